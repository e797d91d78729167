/**
 * What the check offers and counts, as a user sees it: fixes that keep every listed unit they touch, did-you-mean
 * within its distance, cells of only spaces as empty, counts per unit, phone numbers, dates Excel stored as numbers.
 */
import fc from "fast-check";
import { FUJIAN1, type Entries } from "../src/form";
import { checkGrid, needsConsent, type Finding } from "../src/reading/check";
import { describeFinding } from "../src/reading/describe-finding";
import { didYouMean, distance, dropsMonth, yearOf } from "../src/reading/normalise-values";
import type { Cell } from "../src/reading/read-grid";
import { gridFor, setCell } from "./helpers/grid";

const UNITS = FUJIAN1.lists.units;
const row = { measure: "举措", target: "目标", unit: "教务处", time: "2023年" };

function complete(): Entries {
  return {
    header: { unit: "某学院", contact: "齐心", phone: "18904960016" },
    rows: Object.fromEntries(FUJIAN1.tasks.map((t) => [t.seq, [{ ...row }]])),
  };
}

/** The findings on one cell of a complete grid whose cell `address` holds `value`. */
function findingsAt(address: string, value: Cell): Finding[] {
  const grid = gridFor(FUJIAN1, complete());
  setCell(grid, address, value);
  return checkGrid(FUJIAN1, grid).findings.filter((f) => f.address === address);
}

/** The fix of the only finding on G6 (责任单位 of task 1) when it holds `value`. */
function unitFix(value: string): string | undefined {
  const found = findingsAt("G6", value);
  expect(found).toHaveLength(1);
  return found[0].fix?.value;
}

describe("a fix for an off-list joint unit", () => {
  it("replaces only the slip and keeps every listed unit in its place", () => {
    expect(unitFix("教务部、人事处")).toBe("教务处、人事处");
    expect(unitFix("人事处、教务部")).toBe("人事处、教务处");
    expect(unitFix("人事处、教务部、财务处")).toBe("人事处、教务处、财务处");
    expect(unitFix("教务部；人事处")).toBe("教务处、人事处");
    expect(findingsAt("G6", "教务部、人事处")[0].detail).toMatchObject({
      unknown: "教务部",
      suggestion: "教务处、人事处",
    });
  });

  it("keeps the listed units, in order, whatever the slip's place among them (property)", () => {
    const listed = fc.uniqueArray(fc.constantFrom(...UNITS.filter((u) => u !== "教务处")), {
      minLength: 1,
      maxLength: 4,
    });
    fc.assert(
      fc.property(listed, fc.nat(4), fc.constantFrom("、", "；", "，", ";"), (units, at, sep) => {
        const i = at % (units.length + 1);
        const typed = [...units.slice(0, i), "教务部", ...units.slice(i)];
        const expected = [...units.slice(0, i), "教务处", ...units.slice(i)].join("、");
        expect(unitFix(typed.join(sep))).toBe(expected);
        // The fix applied, the cell has nothing left to report.
        expect(findingsAt("G6", expected)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it("offers no fix when any part has no near listed name, and names only the unknown parts", () => {
    const [f] = findingsAt("G6", "人事处、后勤处、教务部");
    expect(f).toMatchObject({ kind: "unknown-unit", detail: { unknown: "后勤处、教务部" } });
    expect(f.fix).toBeUndefined();
    expect(f.detail?.suggestion).toBeUndefined();
  });

  it("says when other separators were used, and joins listed units with 、 keeping them all", () => {
    expect(findingsAt("G6", "教务部；人事处")[0].detail?.separators).toBe("1");
    expect(findingsAt("G6", "教务部、人事处")[0].detail?.separators).toBeUndefined();
    // Each separator other than 、 is named (in `fujian1 check --json`), one kind at a time.
    for (const sep of ["；", ";", "，", ",", "\t", " ", "/", "／"])
      expect([sep, findingsAt("G6", `教务部${sep}人事处`)[0].detail?.separators]).toEqual([sep, "1"]);
    expect(findingsAt("G6", " 教务部 ")[0].detail?.separators).toBeUndefined();
    const [sep] = findingsAt("G6", "人事处，教务处 财务处");
    expect(sep).toMatchObject({ kind: "unit-separator", fix: { address: "G6", value: "人事处、教务处、财务处" } });
    expect(describeFinding(sep, "zh")).toBe("“人事处，教务处 财务处”应写成“人事处、教务处、财务处”。");
  });
});

describe("did-you-mean", () => {
  it("proposes a listed name only within its distance limit (a third of the name, at least 1)", () => {
    expect(didYouMean("教务部", UNITS)).toBe("教务处");
    // Same stem, two edits away from 教务处 in a four-character name: too far.
    expect(didYouMean("教务管理", UNITS)).toBeNull();
    expect(findingsAt("G6", "教务管理")[0].fix).toBeUndefined();
    // Six characters allow two edits.
    expect(didYouMean("国际交流合作部", UNITS)).toBe("国际交流合作处");
    expect(didYouMean("国际交流部门", UNITS)).toBeNull();
  });

  it("needs the name's stem: a near miss of another office is not proposed", () => {
    expect(didYouMean("财务部", ["教务处", "财务处"])).toBe("财务处");
    expect(didYouMean("教务部", ["财务处"])).toBeNull();
    expect(didYouMean("务处", ["教务处"])).toBe("教务处"); // part of one listed name
  });

  it("takes the one listed name a value contains or is part of, not one of several", () => {
    expect(didYouMean("继续教育", UNITS)).toBe("继续教育学院");
    expect(didYouMean("学院", ["继续教育学院", "马克思主义学院"])).toBeNull();
    expect(didYouMean("本校教务处", UNITS)).toBe("教务处");
    expect(didYouMean("处", ["教务处"])).toBeNull();
  });

  it("takes the near miss that keeps the stem, the first listed on a tie, and allows an edit per three characters", () => {
    // A one-character slip of another office's name (no common stem) is not a near miss.
    expect(didYouMean("财务部", ["教务部"])).toBeNull();
    expect(didYouMean("教务部", ["教务处", "教务科"])).toBe("教务处");
    expect(didYouMean("教务部", ["教务科", "教务处"])).toBe("教务科");
    // A two-character name needs its first character kept; a longer one its first two.
    expect(didYouMean("团部", ["团委"])).toBe("团委");
    expect(didYouMean("继续育学院", UNITS)).toBe("继续教育学院");
    // Eight characters allow two edits.
    expect(didYouMean("国际交流合作科室", UNITS)).toBe("国际交流合作处");
    expect(findingsAt("G6", "国际交流合作科室")[0].fix?.value).toBe("国际交流合作处");
    // A listed name is its own nearest.
    expect(didYouMean("教务处", ["教务处"])).toBe("教务处");
  });

  it("measures edits in characters", () => {
    expect(distance("教务处", "教务处")).toBe(0);
    expect(distance("教务处", "教务部")).toBe(1);
    expect(distance("教务处", "教务")).toBe(1);
    expect(distance("", "教务处")).toBe(3);
    expect(distance("kitten", "sitting")).toBe(3);
  });
});

describe("a cell of only spaces is empty", () => {
  it.each([
    ["F6", "missing-target"],
    ["G6", "missing-unit"],
    ["H6", "missing-time"],
  ])("%s holding spaces is %s", (address, kind) => {
    for (const blank of ["   ", "\u3000", " \n "])
      expect(findingsAt(address, blank).map((f) => [f.kind, f.severity])).toEqual([[kind, "error"]]);
  });

  it("a 责任单位 of only separators names no unit: missing, not an unknown unit called “”", () => {
    for (const v of [",", "、", " ；/ "])
      expect(findingsAt("G6", v).map((f) => [f.kind, f.severity])).toEqual([["missing-unit", "error"]]);
  });

  it("a measure row of only spaces is no measure", () => {
    const grid = gridFor(FUJIAN1, complete());
    for (const a of ["E6", "F6", "G6", "H6"]) setCell(grid, a, "  ");
    const result = checkGrid(FUJIAN1, grid);
    expect(result.findings.map((f) => [f.kind, f.address])).toEqual([["no-measure", "E6"]]);
    expect(result.summary).toMatchObject({ withMeasures: 53, withoutMeasures: 1, ready: false });
  });
});

describe("the summary's counts", () => {
  it("counts per leading unit the rows it leads and those still missing 完成目标 or 完成时间", () => {
    const e = complete();
    e.rows["1"] = [{ ...row, unit: "人事处、教务处" }];
    e.rows["2"] = [
      { ...row, unit: "人事处", target: "" },
      { ...row, unit: "人事处", time: "" },
      { ...row, unit: "人事处" },
    ];
    e.rows["3"] = [
      { ...row, unit: "财务处；人事处" },
      { ...row, unit: "财务处", target: "  " },
      { ...row, unit: "财务处", time: "　" },
    ];
    e.rows["4"] = [{ ...row, unit: "" }];
    e.rows["5"] = [{ ...row, unit: "科研处" }];
    e.marks = { "5": "属省级任务" };
    const { units } = checkGrid(FUJIAN1, gridFor(FUJIAN1, e)).summary;
    expect(units).toEqual([
      { unit: "教务处", leads: 49, incomplete: 0 },
      { unit: "人事处", leads: 4, incomplete: 2 },
      { unit: "财务处", leads: 3, incomplete: 2 },
    ]);
  });

  it("counts errors and warnings apart", () => {
    const grid = gridFor(FUJIAN1, complete());
    setCell(grid, "E6", ""); // warning: target without measure
    setCell(grid, "E7", "");
    setCell(grid, "G8", "后勤处"); // error
    const { summary } = checkGrid(FUJIAN1, grid);
    expect([summary.errors, summary.warnings, summary.ready]).toEqual([1, 2, false]);
  });
});

describe("the contact phone", () => {
  it("accepts a whole mobile or landline number only", () => {
    const malformed = (phone: string) => {
      const grid = gridFor(FUJIAN1, complete());
      setCell(grid, "G3", phone);
      return checkGrid(FUJIAN1, grid).findings.some((f) => f.kind === "header-malformed");
    };
    for (const ok of [
      "18904960016",
      "0416-2345678",
      "024-23456789",
      "041623456789",
      "0416-2345678-123",
      "0416 2345678",
    ])
      expect([ok, malformed(ok)]).toEqual([ok, false]);
    for (const bad of [
      "电话18904960016",
      "189049600161",
      "12904960016",
      "1890496001",
      "电话0416-2345678",
      "0416-2345678号",
      "416-2345678",
      "0416-234567",
      "0416-2345678-1234567",
    ])
      expect([bad, malformed(bad)]).toEqual([bad, true]);
  });
});

describe("a completion time Excel stored as a date", () => {
  it("becomes its year, offered only by consent because the month is dropped", () => {
    // 45261 is 2023-12-01 in the 1900 date system.
    expect(yearOf("45261")).toBe("2023年");
    expect(dropsMonth("45261")).toBe(true);
    const [f] = findingsAt("H6", 45261);
    expect(f).toMatchObject({ kind: "unknown-time", fix: { address: "H6", value: "2023年" } });
    expect(needsConsent(f)).toBe(true);
    expect(describeFinding(f, "en")).toContain("the month is dropped");
  });

  it("a year alone drops nothing and is fixed in bulk", () => {
    for (const v of ["2023", "２０２３", "2023年底", 2023]) {
      const [f] = findingsAt("H6", v);
      expect([v, f.fix?.value, needsConsent(f)]).toEqual([v, "2023年", false]);
    }
    for (const v of ["2023.12", "2023-6", "2023/06/30", "2023年6月", "２０２３-１２"])
      expect([v, dropsMonth(v)]).toEqual([v, true]);
  });

  it("typed with a Chinese input method's full-width separators, it is read as typed half-width", () => {
    // WPS and Word with a Chinese input method type ２０２３．１２ or 2023／6: the same date as 2023.12.
    for (const v of ["2023．12", "２０２３．１２", "2023／6", "2023－06－30"]) {
      const [f] = findingsAt("H6", v);
      expect([v, f.kind, f.fix?.value, needsConsent(f)]).toEqual([v, "unknown-time", "2023年", true]);
    }
    // A year Excel shows with a decimal (2023.0) has no month to drop: fixed in bulk, as 2023 is.
    for (const v of ["2023.0", "2023.00", "２０２３．０"]) {
      const [f] = findingsAt("H6", v);
      expect([v, f.fix?.value, needsConsent(f), dropsMonth(v)]).toEqual([v, "2023年", false, false]);
      expect(describeFinding(f, "zh")).toBe(`“${v}”不在完成时间列表中，应写成“2023年”。`);
    }
    // A month written 0 after other digits is still a month (2023.01 → January).
    expect(dropsMonth("2023.01")).toBe(true);
  });

  it("reads each way of writing a year, a month or a day after it, and nothing else", () => {
    const fixed = (v: string) => findingsAt("H6", v)[0]?.fix?.value ?? null;
    expect(yearOf("2023年")).toBe("2023年");
    for (const v of ["2023", "2023.0", "2023-6", "2023/06", "2023.6.30", "2023-06-30", "2023年6月"])
      expect([v, fixed(v)]).toEqual([v, "2023年"]);
    for (const v of ["2023年6月30日", "2023年12月1日", "2023年底", "2023年末", " 2023 年 ", "2023\t年"])
      expect([v, fixed(v)]).toEqual([v, "2023年"]);
    for (const v of ["202", "20235", "2023年6", "2023-123", "2023.6.", "2023年6月30", "x2023", "2023x", "2023年初"])
      expect([v, fixed(v), yearOf(v)]).toEqual([v, null, null]);
    // A year off the list (the list has 2023年 to 2025年 and 长期) is not offered.
    expect(fixed("2030.6")).toBeNull();
  });

  it("drops the month only of a date with one", () => {
    for (const v of ["2023-6", "2023/06/30", "2023.6.30", "2023年6月", "2023年6月30日", "45261"])
      expect([v, dropsMonth(v)]).toEqual([v, true]);
    for (const v of ["2023", "2023年", "2023年底", "2023.0", "长期", "45261x", "4526"])
      expect([v, dropsMonth(v)]).toEqual([v, false]);
  });

  it("a serial date is five digits and an optional fraction, nothing around them", () => {
    for (const v of ["045261", "45261e0", "4.5261e4", "45261.", "x45261"]) expect([v, yearOf(v)]).toEqual([v, null]);
    expect(yearOf("45261.55")).toBe("2023年");
    for (const v of ["45261.55", "45261.5"]) expect([v, dropsMonth(v)]).toEqual([v, true]);
    for (const v of ["045261", "45261.", "x2023-6", "2023年12", "202312"])
      expect([v, dropsMonth(v)]).toEqual([v, false]);
    expect(dropsMonth("2023年12月")).toBe(true);
  });

  it("only serial numbers of the years 2000 to 2059 are dates", () => {
    expect(yearOf("36526")).toBe("2000年");
    expect(yearOf("36525")).toBeNull();
    expect(yearOf("58440")).toBe("2059年");
    expect(yearOf("58441")).toBeNull();
    expect(yearOf("45261.5")).toBe("2023年");
    expect(yearOf("452611")).toBeNull();
    // A time not on the list and not a year gets no fix.
    expect(findingsAt("H6", "明年")[0].fix).toBeUndefined();
  });
});

describe("messages that name what they found", () => {
  it("a row outside every task is named by its first text, whichever column holds it", () => {
    const grid = gridFor(FUJIAN1, complete());
    grid.splice(5, 0, ["", "", "", "", "", "", "", "2023年"]); // above task 1
    grid.push([99, "", "", "", "", "", "", ""], ["", "", "", "", "", "目标", "人事处", ""]); // under a 序号 of no task
    const strays = checkGrid(FUJIAN1, grid).findings.filter((f) => f.kind === "stray-row");
    expect(strays.map((f) => [f.address, describeFinding(f, "zh")])).toEqual([
      ["A6", "“2023年”不属于任何任务。"],
      ["A61", "“99”不属于任何任务。"],
      ["A62", "“目标”不属于任何任务。"],
    ]);
  });

  it("official text that was deleted is said to be deleted, not “now ”", () => {
    const [f] = findingsAt("C6", "");
    expect(f).toMatchObject({ kind: "official-changed", fix: { address: "C6", value: FUJIAN1.tasks[0].content } });
    expect(describeFinding(f, "zh")).toBe("省里下发的文字被删除了，可恢复原文。");
    expect(describeFinding(f, "en")).toBe("The official text was deleted; it can be restored.");
    // Both texts side by side (issue 18): what the cell says now and what the province wrote.
    const official = FUJIAN1.tasks[0].content;
    expect(describeFinding(findingsAt("C6", "改过的")[0], "en")).toBe(
      `Differs from the official text: now “改过的”, officially “${official}”. It can be restored.`,
    );
  });
});

describe("a 不涉及 mark outside every task", () => {
  it("is a row of no task, quoted by its reason, never a mark silently dropped", () => {
    const grid = gridFor(FUJIAN1, complete());
    grid.splice(5, 0, ["", "", "", "", "", "", "", "", "本校无此项"]); // above task 1
    grid.push([99, "", "", "", "", "", "", ""], ["", "", "", "", "", "", "", "", "不涉及"]); // under a 序号 of no task
    const { findings, summary } = checkGrid(FUJIAN1, grid);
    const strays = findings.filter((f) => f.kind === "stray-row");
    expect(strays.map((f) => [f.address, f.severity, describeFinding(f, "zh")])).toEqual([
      ["A6", "error", "“本校无此项”不属于任何任务。"],
      ["A61", "error", "“99”不属于任何任务。"],
      ["A62", "error", "“不涉及”不属于任何任务。"],
    ]);
    expect(summary.ready).toBe(false);
    // Not taken as a mark of the task above or below it.
    expect(findings.filter((f) => f.kind === "not-applicable")).toEqual([]);
  });
});
