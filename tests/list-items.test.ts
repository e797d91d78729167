import { checkItem, checkPastedItems } from "../src/reading/list-items";

describe("a name checked before it joins a 名单 list", () => {
  it("refuses joint names, leading numbering and sentences, naming what it found", () => {
    expect(checkItem("units", "招生就业处、学生工作处", [])).toEqual({
      name: "招生就业处、学生工作处",
      problem: "separator",
      found: "、",
    });
    expect(checkItem("units", "招生就业处/教务处", []).problem).toBe("separator");
    for (const [name, found] of [
      ["1.现代教育技术中心", "1."],
      ["2、教务处", "2、"],
      ["（3）人事处", "（3）"],
      ["十一、图书馆", "十一、"],
      ["①后勤处", "①"],
    ])
      expect(checkItem("units", name, [])).toEqual({ name, problem: "numbered", found });
    expect(checkItem("units", "一".repeat(41), []).problem).toBe("long");
  });

  it("accepts ordinary names, including ones that merely contain digits, and times as written", () => {
    for (const name of ["现代教育技术中心", "党委（校长）办公室", "第二党支部", "3D打印中心"])
      expect(checkItem("units", name, []).problem).toBeNull();
    expect(checkItem("times", "2026年", []).problem).toBeNull();
    expect(checkItem("times", "2023.12", []).problem).toBeNull();
  });

  it("checks a pasted column item by item: repeats (on the list or in the paste) are duplicates", () => {
    const verdicts = checkPastedItems(
      "units",
      "图书馆\r\n招生就业处、学生工作处\n\n教务处\n1.现代教育技术中心\n图书馆\n",
      ["教务处"],
    );
    expect(verdicts.map((v) => [v.name, v.problem])).toEqual([
      ["图书馆", null],
      ["招生就业处、学生工作处", "separator"],
      ["教务处", "duplicate"],
      ["1.现代教育技术中心", "numbered"],
      ["图书馆", "duplicate"],
    ]);
  });
});
