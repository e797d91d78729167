/**
 * For each finding kind, a sheet whose only problem it is, and the verdict a user must see: blocks 可以提交, or
 * warns, or informs. Written out here, not read from the code: a kind turned into a warning must fail.
 * tests/check-verdicts.test.ts checks them in the check's summary, tests/check-exit-codes.test.ts in `fujian1 check`.
 */
import { FUJIAN1, type Entries } from "../../src/form";
import type { FindingKind } from "../../src/reading/check";
import type { Cell } from "../../src/reading/read-grid";
import { gridFor, setCell } from "./grid";

export type Verdict = "blocks" | "warns" | "informs";

const row = { measure: "举措", target: "目标", unit: "教务处", time: "2023年" };
const empty = { measure: "", target: "", unit: "", time: "" };

function complete(): Entries {
  return {
    header: { unit: "某学院", contact: "齐心", phone: "18904960016" },
    rows: Object.fromEntries(FUJIAN1.tasks.map((t) => [t.seq, [{ ...row }]])),
  };
}

/** A complete grid (every task one listed, filled row; task 1 on sheet row 6) changed by `edit`. */
export function grid(edit: (g: Cell[][]) => void = () => {}, entries = complete()): Cell[][] {
  const g = gridFor(FUJIAN1, entries);
  edit(g);
  return g;
}

/**
 * Each kind the check reports, its verdict, and a sheet whose only problem it is. A Record, so that a kind added to
 * the check without a case here fails the type check (rule-missing is the pane's own, from Excel's validations).
 */
// no-unit-list is a Word draft's own (a .docx carries no list): tests/word/cli.test.ts.
export const BY_KIND: Record<
  Exclude<FindingKind, "rule-missing" | "no-unit-list">,
  { verdict: Verdict; sheet: () => Cell[][] }
> = {
  "not-form": {
    verdict: "blocks",
    sheet: () => [
      ["姓名", "电话"],
      ["张三", "1"],
    ],
  },
  "no-measure": {
    verdict: "blocks",
    sheet: () => {
      const e = complete();
      e.rows["1"] = [{ ...empty }];
      return grid(undefined, e);
    },
  },
  // A task given to a unit with nothing else yet blocks as a task without a measure does.
  assigned: {
    verdict: "blocks",
    sheet: () => {
      const e = complete();
      e.rows["1"] = [{ ...empty, unit: "教务处" }];
      return grid(undefined, e);
    },
  },
  "missing-target": { verdict: "blocks", sheet: () => grid((g) => setCell(g, "F6", "")) },
  "missing-unit": { verdict: "blocks", sheet: () => grid((g) => setCell(g, "G6", "")) },
  "missing-time": { verdict: "blocks", sheet: () => grid((g) => setCell(g, "H6", "")) },
  "measure-empty": { verdict: "warns", sheet: () => grid((g) => setCell(g, "E6", "")) },
  "blank-row": {
    verdict: "warns",
    sheet: () => {
      const e = complete();
      e.rows["1"] = [{ ...row }, { ...empty }];
      return grid(undefined, e);
    },
  },
  "unit-separator": { verdict: "blocks", sheet: () => grid((g) => setCell(g, "G6", "教务处；人事处")) },
  "unknown-unit": { verdict: "blocks", sheet: () => grid((g) => setCell(g, "G6", "后勤处")) },
  "unknown-time": { verdict: "blocks", sheet: () => grid((g) => setCell(g, "H6", "明年")) },
  "official-changed": { verdict: "blocks", sheet: () => grid((g) => setCell(g, "C7", "被改动的任务内容")) },
  "task-missing": { verdict: "blocks", sheet: () => grid((g) => g.splice(6, 1)) },
  // Task 1's row twice: the same official text, a second start of 序号 1.
  "task-duplicate": { verdict: "blocks", sheet: () => grid((g) => g.splice(6, 0, [...g[5]])) },
  // Tasks 2 and 3 swapped (neither carries the group's title, which only the first row of a group shows).
  "task-order": { verdict: "blocks", sheet: () => grid((g) => ([g[6], g[7]] = [g[7], g[6]])) },
  "stray-row": {
    verdict: "blocks",
    sheet: () => grid((g) => g.push([99, "", "", "", "不属于任何任务的举措", "目标", "教务处", "2023年"])),
  },
  "header-empty": { verdict: "blocks", sheet: () => grid((g) => setCell(g, "E3", "")) },
  "header-malformed": { verdict: "blocks", sheet: () => grid((g) => setCell(g, "G3", "1890496")) },
  "not-applicable": {
    verdict: "informs",
    sheet: () => {
      const e = complete();
      e.rows["42"] = [{ ...empty }];
      e.marks = { "42": "属省级任务" };
      return grid(undefined, e);
    },
  },
  "marked-with-measures": { verdict: "blocks", sheet: () => grid((g) => setCell(g, "I6", "属省级部门职责")) },
  "mark-spilled": { verdict: "blocks", sheet: () => grid((g) => setCell(g, "I6", "2024年")) },
  // Units or times on several lines in one row: the user says whether they are shared or each target's own.
  "unit-lines": { verdict: "blocks", sheet: () => grid((g) => setCell(g, "G6", "教务处\n人事处")) },
  "time-lines": { verdict: "blocks", sheet: () => grid((g) => setCell(g, "H6", "2023年\n2024年")) },
  "mark-no-reason": {
    verdict: "blocks",
    sheet: () => {
      const e = complete();
      e.rows["42"] = [{ ...empty }];
      e.marks = { "42": "不涉及" };
      return grid(undefined, e);
    },
  },
};
export const CASES = Object.entries(BY_KIND).map(([kind, c]) => ({ kind: kind as FindingKind, ...c }));
