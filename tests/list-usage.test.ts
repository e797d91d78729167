/**
 * The reading layer's helpers the pane builds on: where a list item is used, what a rename rewrites, which lists
 * can be saved, separator clean-ups over a range, a finding's row and unit, and compact entries.
 */
import { FUJIAN1, type Entries } from "../src/form";
import { concernsUnit, excerptOf, findingRow, checkGrid, type Finding } from "../src/reading/check";
import { describePlace, findingTitle } from "../src/reading/describe-finding";
import { listProblem, renameFixes, separatorFixes, usagesOf } from "../src/reading/list-usage";
import { cellValue, compactEntries, readGrid } from "../src/reading/read-grid";
import { gridFor } from "./helpers/grid";

const empty = { measure: "", target: "", unit: "", time: "" };

/** Tasks 1–3 filled (sheet rows 6, 7 and 8–9), the rest empty. */
function entries(): Entries {
  return {
    header: { unit: "某学院", contact: "齐心", phone: "18904960016" },
    rows: {
      "1": [{ measure: "m", target: "t", unit: "教务处", time: "2023年" }],
      "2": [{ measure: "m", target: "t", unit: "人事处、教务处", time: "2024年" }],
      "3": [
        { measure: "m", target: "t", unit: "人事处；财务处", time: "2023年" },
        { measure: "m", target: "t", unit: "财务处", time: " 2023年 " },
      ],
    },
  };
}
const reading = () => readGrid(FUJIAN1, gridFor(FUJIAN1, entries()));

describe("where a list item is used", () => {
  it("finds a unit alone or inside a joint value, and a time by its trimmed value", () => {
    expect(usagesOf(reading(), "units", "教务处")).toEqual(["G6", "G7"]);
    expect(usagesOf(reading(), "units", "财务处")).toEqual(["G8", "G9"]);
    expect(usagesOf(reading(), "units", "后勤处")).toEqual([]);
    expect(usagesOf(reading(), "times", "2023年")).toEqual(["H6", "H8", "H9"]);
    expect(usagesOf(reading(), "times", "2024年")).toEqual(["H7"]);
  });

  it("rewrites every value that used a renamed item, keeping the other units of a joint value", () => {
    expect(renameFixes(reading(), "units", [{ from: "教务处", to: "教学管理处" }])).toEqual([
      { address: "G6", value: "教学管理处" },
      { address: "G7", value: "人事处、教学管理处" },
    ]);
    expect(
      renameFixes(reading(), "units", [
        { from: "人事处", to: "人力资源处" },
        { from: "财务处", to: "计划财务处" },
      ]),
    ).toEqual([
      { address: "G7", value: "人力资源处、教务处" },
      { address: "G8", value: "人力资源处、计划财务处" },
      { address: "G9", value: "计划财务处" },
    ]);
    expect(renameFixes(reading(), "times", [{ from: "2024年", to: "2025年" }])).toEqual([
      { address: "H7", value: "2025年" },
    ]);
    expect(renameFixes(reading(), "units", [{ from: "后勤处", to: "总务处" }])).toEqual([]);
  });

  it("rewrites separators only in the rows asked for, and only where they differ", () => {
    expect(separatorFixes(reading(), 0, 100)).toEqual([{ address: "G8", value: "人事处、财务处" }]);
    expect(separatorFixes(reading(), 7, 7)).toEqual([{ address: "G8", value: "人事处、财务处" }]);
    expect(separatorFixes(reading(), 5, 6)).toEqual([]);
    expect(separatorFixes(reading(), 8, 9)).toEqual([]);
  });
});

describe("a list that can be saved", () => {
  it("has no empty item, no repeat (spaces aside) and no separator inside an item", () => {
    expect(listProblem(["教务处", "人事处"])).toBeNull();
    expect(listProblem([])).toBeNull();
    expect(listProblem(["教务处", " "])).toBe("empty");
    expect(listProblem(["教务处", "教务处 "])).toBe("duplicate");
    for (const sep of ["、", "；", ";", "，", ",", "\n"]) expect(listProblem([`教务处${sep}人事处`])).toBe("separator");
  });
});

describe("a finding's row, unit and place", () => {
  const finding = (address?: string): Finding => ({ kind: "missing-time", severity: "error", address });

  it("reads the row of a sheet address, and none otherwise", () => {
    expect(findingRow(finding("G12"))).toBe(12);
    expect(findingRow(finding("AB7"))).toBe(7);
    expect(findingRow(finding())).toBeNull();
    expect(findingRow(finding("第 3 行"))).toBeNull();
    expect(findingRow(finding("xG12"))).toBeNull();
    expect(findingRow(finding("G12x"))).toBeNull();
  });

  it("concerns a unit named in its row, alone or jointly", () => {
    const result = checkGrid(FUJIAN1, gridFor(FUJIAN1, entries()));
    expect(result.rowUnits?.[7]).toEqual(["人事处", "教务处"]);
    expect(result.rowUnits?.[10]).toBeUndefined();
    expect(concernsUnit(result, finding("H7"), "教务处")).toBe(true);
    expect(concernsUnit(result, finding("H7"), "人事处")).toBe(true);
    expect(concernsUnit(result, finding("H7"), "财务处")).toBe(false);
    expect(concernsUnit(result, finding("H10"), "教务处")).toBe(false);
    expect(concernsUnit(result, finding(), "教务处")).toBe(false);
    expect(concernsUnit({ ...result, rowUnits: undefined }, finding("H7"), "教务处")).toBe(false);
  });

  it("cuts an excerpt after 14 characters", () => {
    expect(excerptOf("一二三四五六七八九十一二三四")).toBe("一二三四五六七八九十一二三四");
    expect(excerptOf("一二三四五六七八九十一二三四五")).toBe("一二三四五六七八九十一二三四…");
    expect(excerptOf("一二三", 2)).toBe("一二…");
  });

  it("names the task and the cell, in both languages", () => {
    const f: Finding = { kind: "no-measure", severity: "error", seq: "3", excerpt: "遴选建设", address: "E8" };
    expect(describePlace(f, "zh")).toBe("第 3 项「遴选建设」 E8");
    expect(describePlace(f, "en")).toBe("Task 3 “遴选建设” E8");
    expect(describePlace({ ...f, excerpt: undefined }, "zh")).toBe("第 3 项 E8");
    expect(describePlace({ ...f, seq: undefined }, "en")).toBe("E8");
    expect(describePlace({ ...f, address: undefined }, "zh")).toBe("第 3 项「遴选建设」");
    expect(findingTitle("no-measure", "zh")).toBe("没有举措的任务");
    expect(findingTitle("no-measure", "en")).toBe("Tasks without measures");
  });
});

describe("cell values and compact entries", () => {
  it("shows a cell as typed: numbers as General, booleans in capitals, nothing for what is not a value", () => {
    expect([null, undefined, 2023, 0.5, NaN, Infinity, true, false, "教务处"].map(cellValue)).toEqual([
      "",
      "",
      "2023",
      "0.5",
      "",
      "",
      "TRUE",
      "FALSE",
      "教务处",
    ]);
  });

  it("drops trailing empty rows and tasks with none filled, and keeps marks only when there are some", () => {
    const e: Entries = {
      header: { unit: "u", contact: "c", phone: "p" },
      rows: { "1": [{ ...empty, measure: "m" }, { ...empty }, { ...empty }], "2": [{ ...empty }] },
      marks: {},
    };
    expect(compactEntries(e)).toEqual({
      header: { unit: "u", contact: "c", phone: "p" },
      rows: { "1": [{ ...empty, measure: "m" }] },
    });
    expect(compactEntries({ ...e, marks: { "2": "属省级任务" } }).marks).toEqual({ "2": "属省级任务" });
    // A copy: changing the result leaves the entries as they were.
    const out = compactEntries(e);
    out.header.unit = "x";
    expect(e.header.unit).toBe("u");
  });
});

describe("a blank unit cell is no separator problem", () => {
  it("a cell of spaces is left alone, not rewritten to empty", () => {
    const e: Entries = {
      header: { unit: "u", contact: "c", phone: "p" },
      rows: {
        "1": [{ measure: "m", target: "t", unit: "  ", time: "2023年" }],
        "2": [{ measure: "m", target: "t", unit: "教务处 \n人事处", time: "2023年" }],
      },
    };
    expect(separatorFixes(readGrid(FUJIAN1, gridFor(FUJIAN1, e)), 0, 100)).toEqual([
      { address: "G7", value: "教务处、人事处" },
    ]);
  });
});
