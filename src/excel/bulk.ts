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
import { queueText } from "./text-cells";

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
  const fixes: Fix[] = [];
  const tasks = new Set<string>();
  const marked = new Set<string>();
  let kept = 0;
  for (const row of rows) {
    const owner = owners.get(row);
    if (!owner) continue;
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
  return { fixes, outcome: { tasks: tasks.size, cells: fixes.length, kept, marked: marked.size } };
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
  const rows = rowsOfAreas(await selectionAddress(run, caps), form.sheetName);
  return write(run, form, () => rows, values);
}

/**
 * Fills 完成时间 down: the selected row's time (the first selected row that has one) goes into every
 * empty 完成时间 cell below it — to the end of the selection when several rows are selected, else
 * to the last task.
 */
export async function fillTimeDown(run: ExcelRunner, form: FormDef, caps: Capabilities): Promise<BulkOutcome> {
  const selected = rowsOfAreas(await selectionAddress(run, caps), form.sheetName);
  let time = "";
  const rowsOf = (state: SheetState) => {
    const col = state.reading.columns.time as number;
    const first = selected.find((r) => cellText(state.grid[r]?.[col]).trim() !== "");
    if (first === undefined) throw new UserFacingError("bulk.noTime");
    time = cellText(state.grid[first]?.[col]).trim();
    const last =
      selected.length > 1 ? selected[selected.length - 1] : Math.max(...state.reading.owners.map((o) => o.row));
    return state.reading.owners.map((o) => o.row).filter((r) => r > first && r <= last);
  };
  return onSheet(run, form, (state) => {
    const rows = rowsOf(state);
    const { fixes, outcome } = plan(state, rows, { time });
    return fixes.length
      ? {
          result: { ...outcome, kept: 0 },
          write: (s) => {
            for (const f of fixes) queueText(s.sheet, f.address, f.value);
          },
        }
      : { result: { ...outcome, kept: 0 } };
  });
}
