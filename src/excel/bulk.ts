/**
 * Bulk help for a coordinating office: one 责任单位 and/or one 完成时间 for every selected task
 * row at once (the selection may be several areas — Ctrl+click — read as RangeAreas, ExcelApi 1.9),
 * and 完成时间 filled down from the selected row. Only empty cells are written: what someone
 * already wrote is never replaced, and the outcome says how many cells were kept.
 */
import type { FormDef } from "../form/types";
import { parseCell, rangeAddress } from "../plan/a1";
import type { Fix } from "../reading/check";
import { cellText } from "../reading/read-grid";
import type { Capabilities } from "./capabilities";
import { errorCode, UserFacingError } from "./errors";
import { onSheet } from "./on-sheet";
import type { ExcelRunner } from "./run";
import type { SheetState } from "./sheet-state";
import { queueFitMarks } from "./fit-marks";
import { queueText } from "./text-cells";
import { filledForMark } from "../relay/scope";
import { assertSomeOwn, mayWrite, unitScope } from "./unit-scope";

export interface BulkValues {
  unit?: string;
  time?: string;
}

export interface BulkOutcome {
  /** Tasks that got at least one cell. */
  tasks: number;
  /** Cells written. */
  cells: number;
  /** Cells left as they were because they already held something. */
  kept: number;
  /** Selected tasks skipped because they are marked 不涉及. */
  marked: number;
  /** Selected tasks skipped because, on a unit's file, another unit leads them. */
  others: number;
}

/** 0-based sheet rows of an address list such as "附件1!E6:E9, 附件1!G12" on `sheetName`. */
export function rowsOfAreas(address: string, sheetName: string): number[] {
  const rows = new Set<number>();
  for (const part of address.split(",")) {
    const area = part.trim();
    const bang = area.lastIndexOf("!");
    const sheet =
      bang < 0
        ? sheetName
        : area
            .slice(0, bang)
            .replace(/^'(.*)'$/, "$1")
            .replace(/''/g, "'");
    if (sheet !== sheetName) throw new UserFacingError("bulk.elsewhere", { sheet: sheetName });
    const [a, b = a] = area
      .slice(bang + 1)
      .replace(/\$/g, "")
      .split(":");
    const rowOf = (s: string) => (/\d/.test(s) ? parseCell(/[A-Za-z]/.test(s) ? s : `A${s}`).row : null);
    const from = rowOf(a);
    const to = rowOf(b);
    if (from === null || to === null) throw new UserFacingError("bulk.wholeColumns");
    for (let r = Math.min(from, to); r <= Math.max(from, to); r++) rows.add(r);
  }
  return [...rows].sort((x, y) => x - y);
}

/** 0-based rows of the areas that lie in column `col` alone (e.g. a 主要任务 cell clicked), on `sheetName`. */
export function rowsInColumn(address: string, sheetName: string, col: number): number[] {
  const rows: number[] = [];
  for (const part of address.split(",")) {
    const ends = part
      .trim()
      .slice(part.trim().lastIndexOf("!") + 1)
      .replace(/\$/g, "")
      .split(":");
    if (!ends.every((e) => /^[A-Za-z]+\d+$/.test(e))) continue;
    const [a, b = a] = ends.map(parseCell);
    if (a.col === col && b.col === col) rows.push(...rowsOfAreas(part, sheetName));
  }
  return rows;
}

/**
 * The selected rows, with every task of a 主要任务 group whose own cell is selected: clicking the merged 主要任务
 * cell means the whole group, also where the printed form repeats that cell on a later page.
 */
export function withGroups(form: FormDef, state: Pick<SheetState, "reading">, rows: number[], groupRows: number[]) {
  if (!groupRows.length) return rows;
  const { owners } = state.reading;
  const groupOf = new Map(form.tasks.map((t) => [t.seq, t.group]));
  const picked = new Set(owners.filter((o) => groupRows.includes(o.row)).map((o) => groupOf.get(o.seq)));
  const all = new Set([...rows, ...owners.filter((o) => picked.has(groupOf.get(o.seq))).map((o) => o.row)]);
  return [...all].sort((x, y) => x - y);
}

/** The selection's address: every area with ExcelApi 1.9, else the one block Excel can give. */
// RangeAreas (getSelectedRanges) is ExcelApi 1.9, the requirement set of `pageLayout`.
async function selectionAddress(run: ExcelRunner, caps: Capabilities): Promise<string> {
  return run(async (context) => {
    const range = caps.pageLayout ? context.workbook.getSelectedRanges() : context.workbook.getSelectedRange();
    range.load("address");
    try {
      await context.sync();
    } catch (e) {
      if (errorCode(e) !== "InvalidSelection") throw e;
      // Several areas on an Excel without RangeAreas, or a chart or shape selected.
      throw new UserFacingError(caps.pageLayout ? "bulk.notCells" : "bulk.oneArea", { need: "ExcelApi 1.9" });
    }
    return range.address;
  });
}

function plan(state: SheetState, rows: number[], values: BulkValues): { fixes: Fix[]; outcome: BulkOutcome } {
  const { reading } = state;
  const marks = reading.entries.marks ?? {};
  const owners = new Map(reading.owners.map((o) => [o.row, o]));
  const scope = unitScope(state);
  const fixes: Fix[] = [];
  const tasks = new Set<string>();
  const marked = new Set<string>();
  const others = new Set<string>();
  let kept = 0;
  for (const row of rows) {
    const owner = owners.get(row);
    if (!owner) continue;
    if (!mayWrite(scope, owner.seq)) {
      others.add(owner.seq);
      continue;
    }
    if (marks[owner.seq]) {
      marked.add(owner.seq);
      continue;
    }
    for (const key of ["unit", "time"] as const) {
      const value = values[key];
      if (!value) continue;
      const col = reading.columns[key] as number;
      const now = cellText(state.grid[row]?.[col]).trim();
      if (now === value) continue;
      if (now) kept++;
      else {
        fixes.push({ address: rangeAddress(row, col), value });
        tasks.add(owner.seq);
      }
    }
  }
  assertSomeOwn(
    scope,
    rows.flatMap((r) => owners.get(r)?.seq ?? []),
  );
  return { fixes, outcome: { tasks: tasks.size, cells: fixes.length, kept, marked: marked.size, others: others.size } };
}

function write(run: ExcelRunner, form: FormDef, rowsOf: (s: SheetState) => number[], values: BulkValues) {
  return onSheet(run, form, (state) => {
    const rows = rowsOf(state);
    if (!rows.some((r) => state.reading.owners.some((o) => o.row === r)))
      throw new UserFacingError("bulk.noTasks", { sheet: form.sheetName });
    const { fixes, outcome } = plan(state, rows, values);
    if (!fixes.length) return { result: outcome };
    return {
      result: outcome,
      write: (s) => {
        for (const f of fixes) queueText(s.sheet, f.address, f.value);
      },
    };
  });
}

/** Writes `values` into the empty 责任单位 / 完成时间 cells of every selected task row. */
export async function assignToSelection(
  run: ExcelRunner,
  form: FormDef,
  caps: Capabilities,
  values: BulkValues,
): Promise<BulkOutcome> {
  if (!values.unit && !values.time) throw new UserFacingError("bulk.nothing");
  const address = await selectionAddress(run, caps);
  const rows = rowsOfAreas(address, form.sheetName);
  return write(
    run,
    form,
    (state) =>
      withGroups(form, state, rows, rowsInColumn(address, form.sheetName, state.reading.columns.mainTask as number)),
    values,
  );
}

export interface FillDownOutcome {
  /** The time written. */
  time: string;
  /** Cells written, and the tasks they belong to. */
  cells: number;
  tasks: number;
  /** 1-based sheet rows of the first and last cell written (absent when none was). */
  from?: number;
  to?: number;
  /** Selected tasks left out because they have no 具体举措 or 完成目标 yet. */
  empty: number;
  /** Selected tasks skipped because they are marked 不涉及. */
  marked: number;
  /** Selected tasks skipped because, on a unit's file, another unit leads them. */
  others: number;
}

/** The rows a fill down writes into, and why others were left out. */
export function fillDownRows(
  state: Pick<SheetState, "reading" | "grid">,
  selected: number[],
): { time: string; rows: number[]; empty: number; marked: number; others: number } {
  const { reading } = state;
  const col = reading.columns.time as number;
  const timeAt = (r: number) => cellText(state.grid[r]?.[col]).trim();
  const first = selected.find((r) => timeAt(r) !== "");
  if (first === undefined) throw new UserFacingError("bulk.noTime");
  const marks = reading.entries.marks ?? {};
  const rowOf = (o: { seq: string; index: number }) => reading.entries.rows[o.seq]?.[o.index];
  const hasWork = (o: { seq: string; index: number }) => {
    const r = rowOf(o);
    return !!r && (r.measure.trim() !== "" || r.target.trim() !== "" || !!r.sameMeasure);
  };
  const taskHasWork = (seq: string) =>
    (reading.entries.rows[seq] ?? []).some((r) => r.measure.trim() !== "" || r.target.trim() !== "");
  const scope = unitScope(state);
  assertSomeOwn(
    scope,
    reading.owners.filter((o) => selected.includes(o.row)).map((o) => o.seq),
  );
  const below = reading.owners.filter((o) => o.row > first).sort((a, b) => a.row - b.row);
  const rows: number[] = [];
  const empty = new Set<string>();
  const marked = new Set<string>();
  const others = new Set<string>();
  if (selected.length > 1) {
    // Several rows selected: the selection alone, rows that hold a measure or a target.
    const chosen = new Set(selected);
    for (const o of below) {
      if (!chosen.has(o.row)) continue;
      if (!mayWrite(scope, o.seq)) others.add(o.seq);
      else if (marks[o.seq]) marked.add(o.seq);
      else if (!taskHasWork(o.seq)) empty.add(o.seq);
      else if (hasWork(o) && timeAt(o.row) === "") rows.push(o.row);
    }
  } else {
    // One cell: down through the tasks that have a measure or a target, to the first task that has none.
    for (const o of below) {
      if (!mayWrite(scope, o.seq)) {
        // Other units' tasks are passed over, as marked ones are (they are not the unit's to fill).
        others.add(o.seq);
        continue;
      }
      if (marks[o.seq]) continue;
      if (!taskHasWork(o.seq)) break;
      if (hasWork(o) && timeAt(o.row) === "") rows.push(o.row);
    }
  }
  return { time: timeAt(first), rows, empty: empty.size, marked: marked.size, others: others.size };
}

/**
 * Fills 完成时间 down: the time of the first selected row that has one goes into the empty 完成时间
 * cells below it — of the selected rows when several are selected, else of the rows below that
 * already hold a 具体举措 or 完成目标, stopping at the first task that has neither (never into a task
 * that has nothing). Tasks marked 不涉及 are passed over.
 */
export async function fillTimeDown(run: ExcelRunner, form: FormDef, caps: Capabilities): Promise<FillDownOutcome> {
  const selected = rowsOfAreas(await selectionAddress(run, caps), form.sheetName);
  return onSheet(run, form, (state) => {
    const { time, rows, empty, marked, others } = fillDownRows(state, selected);
    const col = state.reading.columns.time as number;
    const owners = new Map(state.reading.owners.map((o) => [o.row, o.seq]));
    const result: FillDownOutcome = {
      time,
      cells: rows.length,
      tasks: new Set(rows.map((r) => owners.get(r))).size,
      ...(rows.length ? { from: rows[0] + 1, to: rows[rows.length - 1] + 1 } : {}),
      empty,
      marked,
      others,
    };
    if (!rows.length) return { result };
    return {
      result,
      write: (s) => {
        for (const r of rows) queueText(s.sheet, rangeAddress(r, col), time);
      },
    };
  });
}

export interface MarkOutcome {
  /** 序号 of the tasks marked 不涉及 now. */
  marked: string[];
  /** Selected tasks left unmarked because they hold measures (marking them would contradict them). */
  filled: string[];
  /** Selected tasks already marked with this reason. */
  already: number;
  /** Selected tasks left alone because, on a unit's file, another unit leads them. */
  others: string[];
}

/** The tasks a bulk 不涉及 marks, and the ones it leaves alone, from the selected rows. */
export function markPlan(state: Pick<SheetState, "reading" | "grid">, rows: number[], reason: string): MarkOutcome {
  const { reading } = state;
  const marks = reading.entries.marks ?? {};
  const seqs = [...new Set(rows.flatMap((r) => reading.owners.filter((o) => o.row === r).map((o) => o.seq)))];
  const scope = unitScope(state);
  assertSomeOwn(scope, seqs);
  const out: MarkOutcome = { marked: [], filled: [], already: 0, others: [] };
  for (const seq of seqs) {
    if (!mayWrite(scope, seq)) {
      out.others.push(seq);
      continue;
    }
    const filled = filledForMark(reading.entries.rows[seq] ?? [], scope !== null);
    if (marks[seq] === reason) out.already++;
    else if (filled) out.filled.push(seq);
    else out.marked.push(seq);
  }
  return out;
}

/**
 * Marks every selected task 不涉及 with one reason (a range or a Ctrl-selection over several tasks).
 * A task that holds anything in its fill-in columns is left alone and named: marking it would make a
 * contradiction (不涉及 with measures) for the check to report.
 */
export async function markSelection(
  run: ExcelRunner,
  form: FormDef,
  caps: Capabilities,
  reason: string,
): Promise<MarkOutcome> {
  const text = reason.trim();
  if (!text) throw new UserFacingError("bulk.noReason");
  const address = await selectionAddress(run, caps);
  const selected = rowsOfAreas(address, form.sheetName);
  return onSheet(
    run,
    form,
    (state) => {
      const main = state.reading.columns.mainTask as number;
      const rows = withGroups(form, state, selected, rowsInColumn(address, form.sheetName, main));
      if (!rows.some((r) => state.reading.owners.some((o) => o.row === r)))
        throw new UserFacingError("bulk.noTasks", { sheet: form.sheetName });
      const out = markPlan(state, rows, text);
      if (!out.marked.length) return { result: out };
      const firstRow = new Map<string, number>();
      for (const o of state.reading.owners) if (!firstRow.has(o.seq)) firstRow.set(o.seq, o.row);
      return {
        result: out,
        write: (s) => {
          for (const seq of out.marked)
            queueText(s.sheet, rangeAddress(firstRow.get(seq) as number, s.plan.layout.markCol), text);
          // The rows grow to show the reason whole on paper.
          queueFitMarks(s, form, Object.fromEntries(out.marked.map((seq) => [seq, text])), caps);
        },
      };
    },
    { hiddenRows: caps.pageLayout },
  );
}
