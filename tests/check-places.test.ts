/**
 * Where the check points and what it names: the rows of duplicated and misplaced tasks, blank rows that print
 * (and those that do not), the header field to fill, text spilled into the 不涉及 column.
 */
import { FUJIAN1, type Entries } from "../src/form";
import { checkGrid, type CheckResult } from "../src/reading/check";
import { describeFinding } from "../src/reading/describe-finding";
import type { Cell } from "../src/reading/read-grid";
import { gridFor, setCell } from "./helpers/grid";

const row = { measure: "举措", target: "目标", unit: "教务处", time: "2023年" };
const empty = { measure: "", target: "", unit: "", time: "" };

function complete(): Entries {
  return {
    header: { unit: "某学院", contact: "齐心", phone: "18904960016" },
    rows: Object.fromEntries(FUJIAN1.tasks.map((t) => [t.seq, [{ ...row }]])),
  };
}

const found = (r: CheckResult, kind: string) =>
  r.findings.filter((f) => f.kind === kind).map((f) => [f.seq, f.address, f.detail]);

describe("tasks out of place", () => {
  it("a duplicated task names the row where it first stands", () => {
    const grid = gridFor(FUJIAN1, complete());
    grid.splice(8, 0, [...grid[5]]); // task 1 again, on sheet row 9
    const r = checkGrid(FUJIAN1, grid);
    expect(found(r, "task-duplicate")).toEqual([["1", "A9", { first: "6" }]]);
    expect(describeFinding(r.findings[0], "zh")).toBe("序号重复（第 6 行已有）。");
  });

  it("a task out of order is pointed at by its 序号 cell", () => {
    const grid = gridFor(FUJIAN1, complete());
    [grid[6], grid[7]] = [grid[7], grid[6]];
    expect(found(checkGrid(FUJIAN1, grid), "task-order")).toEqual([["2", "A8", undefined]]);
  });

  it("a missing task has no cell, and a row of no task points at its 序号 cell", () => {
    const grid = gridFor(FUJIAN1, complete());
    grid.splice(6, 1);
    grid.push([99, "", "", "", "举措"]);
    const r = checkGrid(FUJIAN1, grid);
    expect(found(r, "task-missing")).toEqual([["2", undefined, undefined]]);
    expect(found(r, "stray-row")).toEqual([[undefined, "A59", { value: "99" }]]);
  });
});

describe("the header line", () => {
  it("names the field to fill and the cell of its value", () => {
    const grid = gridFor(FUJIAN1, complete());
    setCell(grid, "C3", "");
    setCell(grid, "E3", "");
    const r = checkGrid(FUJIAN1, grid);
    expect(found(r, "header-empty")).toEqual([
      [undefined, "C3", { field: "单位（公章）" }],
      [undefined, "E3", { field: "联系人" }],
    ]);
    expect(r.findings.map((f) => describeFinding(f, "zh"))).toEqual(["请填写“单位（公章）”。", "请填写“联系人”。"]);
  });

  it("names a malformed phone number with its value", () => {
    const grid = gridFor(FUJIAN1, complete());
    setCell(grid, "G3", " 12345 ");
    expect(found(checkGrid(FUJIAN1, grid), "header-malformed")).toEqual([
      [undefined, "G3", { field: "联系电话", value: "12345" }],
    ]);
  });
});

describe("blank rows that print", () => {
  /** Task 1 with a filled row and an empty one under it (sheet rows 6 and 7), task 2 with two empty rows. */
  function sheet(): Cell[][] {
    const e = complete();
    e.rows["1"] = [{ ...row }, { ...empty }];
    e.rows["2"] = [{ ...empty }, { ...empty }];
    return gridFor(FUJIAN1, e);
  }
  const blanks = (grid: Cell[][], hiddenRows?: number[]) =>
    checkGrid(FUJIAN1, grid, FUJIAN1.lists, [], hiddenRows ? { hiddenRows } : {})
      .findings.filter((f) => f.kind === "blank-row")
      .map((f) => [f.seq, f.address, f.severity]);

  it("are reminded of where the file says which rows are hidden, each once", () => {
    expect(blanks(sheet(), [])).toEqual([
      ["1", "E7", "warning"],
      ["2", "E9", "warning"],
    ]);
  });

  it("are quiet when hidden, when the caller cannot know, or in a task marked 不涉及", () => {
    expect(blanks(sheet(), [6, 8])).toEqual([]);
    expect(blanks(sheet(), [6])).toEqual([["2", "E9", "warning"]]);
    expect(blanks(sheet())).toEqual([]);
    const marked = sheet();
    setCell(marked, "I8", "属省级任务");
    expect(blanks(marked, [])).toEqual([["1", "E7", "warning"]]);
  });

  it("include an empty first row above filled ones, not the first row of a task with nothing", () => {
    const e = complete();
    e.rows["1"] = [{ ...empty }, { ...row }];
    expect(blanks(gridFor(FUJIAN1, e), [])).toEqual([["1", "E6", "warning"]]);
  });

  it("do not include a row under a shared 具体举措", () => {
    const e = complete();
    e.rows["1"] = [{ ...row }, { ...empty, target: "目标二" }];
    const grid = gridFor(FUJIAN1, e);
    const result = checkGrid(FUJIAN1, grid, FUJIAN1.lists, ["E6:E7"], { hiddenRows: [] });
    expect(result.findings.map((f) => f.kind)).not.toContain("blank-row");
    expect(result.findings.map((f) => f.kind)).not.toContain("measure-empty");
  });
});

describe("text in the 不涉及 column of a filled task", () => {
  const withMark = (cells: Record<string, string>) => {
    const e = complete();
    e.rows["1"] = [{ ...row }, { ...row }];
    const grid = gridFor(FUJIAN1, e);
    for (const [a, v] of Object.entries(cells)) setCell(grid, a, v);
    return checkGrid(FUJIAN1, grid);
  };

  it("is a spill when it is a listed unit, a listed time, a year, or below the task's first row", () => {
    for (const v of ["教务处", "教务处、人事处", "2024年", "2030", "明年底"].slice(0, 4))
      expect([v, withMark({ I6: v }).findings.map((f) => f.kind)]).toEqual([v, ["mark-spilled", "not-applicable"]]);
    expect(found(withMark({ I7: "属省级任务" }), "mark-spilled")).toEqual([["1", "I7", { value: "属省级任务" }]]);
  });

  it("is a contradiction when it reads as a reason on the first row, with the rows that have measures", () => {
    const r = withMark({ I6: "属省级任务" });
    const [f] = r.findings.filter((x) => x.kind === "marked-with-measures");
    expect(f).toMatchObject({ seq: "1", address: "I6", detail: { reason: "属省级任务", rows: "2" } });
    expect(f.choices?.[1].fixes.map((x) => x.address)).toEqual(["E6", "F6", "G6", "H6", "E7", "F7", "G7", "H7"]);
    // A unit that is not on the list is a reason too (not a spill).
    expect(withMark({ I6: "后勤处" }).findings.map((x) => x.kind)).toContain("marked-with-measures");
  });
});
