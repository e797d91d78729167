import fc from "fast-check";
import { checkItem, checkPastedItems } from "../src/reading/list-items";
import { listProblem } from "../src/reading/list-usage";
import { isUnitName, listItems, separatorIn, separatorWords, unitNames } from "../src/reading/normalise-values";
import { t } from "../src/i18n/strings";
import { editsOf } from "../src/taskpane/hooks/useLists";

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

describe("the 名单 editor follows the one rule for unit values (unitNames)", () => {
  it("adds a name spaced out for alignment as the name it is; refuses full-width numbering and words apart", () => {
    expect(checkItem("units", "教 务 处", [])).toEqual({ name: "教务处", problem: null });
    expect(checkItem("units", "教 务 处", ["教务处"]).problem).toBe("duplicate");
    expect(checkItem("units", "１．教务处", [])).toEqual({ name: "１．教务处", problem: "numbered", found: "１．" });
    expect(checkItem("units", "党委 组织部", [])).toEqual({ name: "党委 组织部", problem: "separator", found: " " });
    expect(checkItem("units", "12", []).problem).toBe("numbered");
    // The same names through the other doors: a 名单 sheet read back, a --units file.
    expect(listItems(["教 务 处", "１．人事处"])).toEqual(["教务处", "人事处"]);
  });

  it("reads each name of a value once, without numbering or a number left alone by a separator", () => {
    expect(unitNames("教务处、1.人事处；（2）财务处")).toEqual(["教务处", "人事处", "财务处"]);
    expect(unitNames("教务处、教务处 教务处")).toEqual(["教务处"]);
    expect(unitNames("教务处、1")).toEqual(["教务处"]);
    expect(unitNames("教务处 2 人事处")).toEqual(["教务处", "人事处"]);
    expect(unitNames("、；\n")).toEqual([]);
    expect(isUnitName("教务处")).toBe(true);
    expect(isUnitName(" 教务处 ")).toBe(true);
    for (const v of ["教务处、人事处", "1.教务处", "教 务 处", "、", ""])
      expect([v, isUnitName(v)]).toEqual([v, false]);
    expect(listItems(["教务处、人事处", "1.教务处", "", "财务处\n人事处"])).toEqual(["教务处", "人事处", "财务处"]);
  });

  it("saves a renamed item by the same rule: a name spaced out is that name; a numbered one is refused on save", () => {
    const item = (id: number, original: string | null, value: string) => ({ id, original, value });
    const [units] = editsOf({
      units: [item(1, "教务处", "教 务 处"), item(2, "人事处", "教 学 处"), item(3, null, "１．后勤处")],
      times: [],
    });
    expect(units).toEqual({
      kind: "units",
      items: ["教务处", "教学处", "１．后勤处"],
      renames: [{ from: "人事处", to: "教学处" }],
    });
    expect(listProblem(units.items)).toBe("separator");
    expect(listProblem(units.items.slice(0, 2))).toBeNull();
  });

  // Any pasted block: what the editor accepts is one list item by the rule every other door uses.
  const SEPARATORS = "、；;，,/／|｜\n\r\t 　";
  const piece = fc.oneof(
    fc.constantFrom("教务处", "人事处", "党委组织部", "思政部", "图书馆", "3D打印中心"),
    fc.constantFrom(...[...SEPARATORS], "1.", "2、", "（3）", "①", "一、", "１．", "(4)"),
    fc.string({ maxLength: 3 }),
  );
  const pasted = fc.array(piece, { maxLength: 12 }).map((p) => p.join(""));

  it("never accepts an item holding a separator, a line break or leading numbering, nor one twice", () => {
    fc.assert(
      fc.property(pasted, fc.subarray(["教务处", "人事处"]), (text, existing) => {
        const accepted = checkPastedItems("units", text, existing)
          .filter((v) => !v.problem)
          .map((v) => v.name);
        for (const name of accepted) {
          expect(unitNames(name)).toEqual([name]);
          expect(isUnitName(name)).toBe(true);
          expect(name).not.toMatch(/[、；;，,/／|｜\n\r\t]/);
        }
        const list = [...existing, ...accepted];
        if (list.length) expect(listProblem(list)).toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});

describe("a refusal names an invisible separator in words, in both languages", () => {
  it("says 空格 / a space, 全角空格, 换行, 制表符 where a quoted blank would show as “ ”", () => {
    const words = (found: string) => [separatorWords(found, "zh"), separatorWords(found, "en")];
    expect(words(" ")).toEqual(["空格", "a space"]);
    expect(words("   ")).toEqual(["空格", "a space"]);
    expect(words("\u3000")).toEqual(["全角空格", "a full-width space"]);
    expect(words(" \u3000")).toEqual(["空格和全角空格", "a space and a full-width space"]);
    expect(words("\n")).toEqual(["换行", "a line break"]);
    expect(words("\r")).toEqual(["换行", "a line break"]);
    expect(words("\t")).toEqual(["制表符", "a tab"]);
    expect(words("\u00a0")).toEqual(["空白字符（U+00A0）", "a blank (U+00A0)"]);
    // A visible separator stays quoted.
    expect(words("、")).toEqual(["“、”", "“、”"]);
    expect(words("／")).toEqual(["“／”", "“／”"]);
  });

  it("the 名单 editor's refusal of a name with a blank between words reads the blank's name", () => {
    const why = (name: string, lang: "zh" | "en") => {
      const v = checkItem("units", name, []);
      expect(v.problem).toBe("separator");
      return t(lang, "pane.lists.why.separator", { found: separatorWords(v.found!, lang) });
    };
    expect(why("党委 组织部", "zh")).toMatch(/^一项只能写一个名称，不能含有空格。/);
    expect(why("党委 组织部", "en")).toMatch(/^one item holds one name and cannot contain a space\./);
    expect(why("党委\u3000组织部", "zh")).toContain("不能含有全角空格。");
    expect(why("党委\u3000组织部", "en")).toContain("cannot contain a full-width space.");
    expect(why("招生就业处、学生工作处", "zh")).toContain("不能含有“、”。");
    expect(why("招生就业处、学生工作处", "en")).toContain("cannot contain “、”.");
  });

  it("finds the separator past leading numbering (the --units file drops numbering, then names what joins)", () => {
    expect(separatorIn("1. 教务处、人事处")).toBe("、");
    expect(separatorIn("（2）教务处\t人事处")).toBe("\t");
    expect(separatorIn(" 教务处  人事处 ")).toBe("  ");
    expect(separatorIn("教务处")).toBeNull();
  });
});

describe("a time item and the edges of the rule", () => {
  it("a time joining two times is refused by its separator; one time is added trimmed", () => {
    expect(checkItem("times", "2023年、2024年", [])).toEqual({
      name: "2023年、2024年",
      problem: "separator",
      found: "、",
    });
    expect(checkItem("times", "2023年\n2024年", []).found).toBe("\n");
    expect(checkItem("times", " 2026年 ", [])).toEqual({ name: "2026年", problem: null });
  });

  it("40 characters is still a name; an item on the list with spaces around it is the same item", () => {
    expect(checkItem("units", "一".repeat(40), []).problem).toBeNull();
    expect(checkItem("units", "教务处", [" 教务处 "]).problem).toBe("duplicate");
    expect(checkItem("times", "2026年", ["2026年 "]).problem).toBe("duplicate");
  });

  it("a pasted line of spaces is no item", () => {
    expect(checkPastedItems("units", "教务处\n   \n\u3000\n人事处", []).map((v) => v.name)).toEqual([
      "教务处",
      "人事处",
    ]);
  });
});

describe("numbering in Word's legal (大写) numerals", () => {
  it("壹、 and （贰） are numbering, as 一、 and （2） are (Word numbers lists 壹贰叁 in chineseLegalSimplified)", () => {
    expect(unitNames("壹、教务处；（贰）人事处\n拾壹、财务处")).toEqual(["教务处", "人事处", "财务处"]);
    expect(checkItem("units", "叁、图书馆", [])).toEqual({ name: "叁、图书馆", problem: "numbered", found: "叁、" });
    expect(unitNames("教务处、壹")).toEqual(["教务处"]);
  });
});
