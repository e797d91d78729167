/**
 * The units a Word draft names, as the person importing it sees them: unit values in the list's form, the names
 * the college's list lacks (offered to add), listed names they were probably meant to be (offered to map to),
 * and the draft's entries once names are mapped. Pure, over entries.
 */
import type { Entries, MeasureRow } from "../../src/form/types";
import { closeNames, mapUnits, newUnits, normaliseDraftUnits } from "../../src/word/draft-units";

const header = { unit: "某某职业技术学院", contact: "李四", phone: "024-12345678" };
const r = (unit: string, measure = "举措"): MeasureRow => ({ measure, target: "目标", unit, time: "2024年" });

/** A draft whose task 3 has one row per unit value given; task 1 is marked 不涉及. */
const draft = (...units: string[]): Entries => ({
  header,
  rows: { "3": units.map((u) => r(u)) },
  marks: { "1": "无此业务" },
});
const unitsOf = (e: Entries) => e.rows["3"].map((row) => row.unit);

describe("a draft's unit values in the list's form", () => {
  it("separators become 、 and each name is kept once; other cells, the header and marks are untouched", () => {
    const out = normaliseDraftUnits(draft("招生就业处/教务处", "教务处 教务处", "人事处"));
    expect(unitsOf(out)).toEqual(["招生就业处、教务处", "教务处", "人事处"]);
    expect(out.rows["3"][0]).toEqual(r("招生就业处、教务处"));
    expect(out.header).toEqual(header);
    expect(out.marks).toEqual({ "1": "无此业务" });
  });

  it("a value on several lines stays as typed (the check asks); a line break only at its end is one line", () => {
    expect(unitsOf(normaliseDraftUnits(draft("教务处\n人事处/财务处", "教务处/人事处\n")))).toEqual([
      "教务处\n人事处/财务处",
      "教务处、人事处",
    ]);
  });

  it("a value of only blanks is empty, an empty one stays empty", () => {
    expect(unitsOf(normaliseDraftUnits(draft("　 ", "")))).toEqual(["", ""]);
  });
});

describe("the names a draft uses that the list lacks", () => {
  it("each once, in order of first use, from joint values and lines; listed names are not new", () => {
    const e: Entries = {
      header,
      rows: { "2": [r("教务处、组织部")], "3": [r("思政部\n组织部"), r("人事处")] },
    };
    expect(newUnits(e, ["教务处", "人事处"])).toEqual(["组织部", "思政部"]);
    expect(newUnits(e, ["教务处", "人事处", "组织部", "思政部"])).toEqual([]);
  });
});

describe("listed names a new name was probably meant to be", () => {
  it("the near miss first, then names containing it, each once", () => {
    expect(closeNames("教务", ["学生处", "教务处实训科", "教务处"])).toEqual(["教务处", "教务处实训科"]);
    expect(closeNames("教务部", ["学生处", "教务处"])).toEqual(["教务处"]);
  });

  it("names containing it, or contained in it, closest first; nothing unrelated", () => {
    expect(closeNames("组织部", ["组织部门工作办公室", "学生处", "党委组织部"])).toEqual([
      "党委组织部",
      "组织部门工作办公室",
    ]);
    expect(closeNames("教务处实训科", ["学生处", "教务处", "实训科"])).toEqual(["教务处", "实训科"]);
    expect(closeNames("校办", ["学生处", "教务处"])).toEqual([]);
  });

  it("at most three", () => {
    expect(closeNames("处", ["国际交流合作处", "学生工作处", "人事处", "教务处"])).toEqual([
      "人事处",
      "教务处",
      "学生工作处",
    ]);
  });
});

describe("the draft with names mapped to listed ones", () => {
  const to = { 组织部: "党委组织部", 思政部: "马克思主义学院" };

  it("alone, in joint values and on lines; a name mapped onto one already there is kept once", () => {
    const out = mapUnits(draft("组织部", "组织部、教务处", "思政部\n组织部", "组织部、党委组织部", ""), to);
    expect(unitsOf(out)).toEqual(["党委组织部", "党委组织部、教务处", "马克思主义学院\n党委组织部", "党委组织部", ""]);
    expect(out.rows["3"][1]).toEqual(r("党委组织部、教务处"));
    expect(out.header).toEqual(header);
    expect(out.marks).toEqual({ "1": "无此业务" });
  });

  it("a joint value with a line break only at its end joins with 、", () => {
    expect(unitsOf(mapUnits(draft("组织部/人事处\n"), to))).toEqual(["党委组织部、人事处"]);
  });

  it("values naming no mapped unit stay exactly as typed; no mapping changes nothing", () => {
    const typed = draft("教务处/人事处", " 人事处 ", "教务处\n\n人事处");
    expect(mapUnits(typed, to)).toEqual(typed);
    expect(mapUnits(draft("组织部/人事处"), {})).toEqual(draft("组织部/人事处"));
  });
});
