/**
 * After a write batch failed half-way (Excel batches are not transactions: the commands
 * before the failing one stay applied), a follow-up batch reads the sheet back, repairs its
 * formats, rules and lists for what it now holds, and protects it again. What did change is
 * measured against the state read before the action, so the message can say it truthfully.
 */
import type { FormDef, Lists } from "../form/types";
import { rangeAddress, parseCell } from "../plan/a1";
import { listColumns } from "../plan/rules";
import { planSheet } from "../plan/sheet-plan";
import type { SheetPlan } from "../plan/types";
import type { GridReading } from "../reading/read-grid";
import { filled, queueFormats, queuePageBreaks, queueTaskMerges } from "./apply-plan";
import type { Capabilities } from "./capabilities";
import { queueLists, readLists } from "./lists-sheet";
import { diagnostics } from "./diagnostics";
import { queueRules } from "./apply-plan";
import { restorePlan } from "./unit-scope";
import { carrySharedMeasures } from "./measure-merges";
import { isProtected } from "./protection";
import { protectOptions, readSheetState, unprotected, type SheetState } from "./sheet-state";
import { sheetPlanOptions } from "./sheet-language";

/** What a failed action left changed, compared with the sheet before it. */
export interface Changes {
  /** Cells whose value differs (addresses on the sheet as it is now). */
  cells: string[];
  /** Tasks whose number of measure rows differs. */
  rows: Array<{ seq: string; from: number; to: number }>;
  /** The dropdown lists differ. */
  lists: boolean;
}

export function noChanges(c: Changes): boolean {
  return c.cells.length === 0 && c.rows.length === 0 && !c.lists;
}

/** An action that failed after it had started writing; describeError turns it into words. */
export class ActionFailure extends Error {
  constructor(
    /** What Excel threw. */
    readonly cause: unknown,
    /** What changed, or null when the sheet could not be read back. */
    readonly changes: Changes | null,
    /** The form's sheet is protected now. */
    readonly protectedAfter: boolean,
    /** Formats, rules and lists are as planned for what the sheet holds now (laid again, or never touched). */
    readonly repaired: boolean,
    /** False when it failed before writing anything (protection was never lifted). */
    readonly wrote = true,
  ) {
    super("ActionFailure");
    this.name = "ActionFailure";
  }
}

/** A failure before the first write: nothing changed, protection untouched. */
export function failedBeforeWriting(cause: unknown): ActionFailure {
  return new ActionFailure(cause, { cells: [], rows: [], lists: false }, true, true, false);
}

/** Differences in entries (values, rows per task, marks, header) and lists. */
export function diffReadings(before: GridReading, after: GridReading, listsBefore: Lists, listsAfter: Lists): Changes {
  const cells: string[] = [];
  const rows: Changes["rows"] = [];
  const seqs = new Set([...Object.keys(before.entries.rows), ...Object.keys(after.entries.rows)]);
  const fields = ["measure", "target", "unit", "time"] as const;
  for (const seq of seqs) {
    const a = before.entries.rows[seq] ?? [];
    const b = after.entries.rows[seq] ?? [];
    if (a.length !== b.length) {
      rows.push({ seq, from: a.length, to: b.length });
      continue;
    }
    const owners = after.owners.filter((o) => o.seq === seq);
    b.forEach((row, i) => {
      for (const f of fields) {
        if (row[f] === a[i][f]) continue;
        const col = after.columns[f];
        if (owners[i] && col !== undefined) cells.push(rangeAddress(owners[i].row, col));
      }
    });
  }
  const marksBefore = before.entries.marks ?? {};
  const marksAfter = after.entries.marks ?? {};
  for (const seq of new Set([...Object.keys(marksBefore), ...Object.keys(marksAfter)])) {
    if ((marksBefore[seq] ?? "") === (marksAfter[seq] ?? "")) continue;
    const first = after.owners.find((o) => o.seq === seq);
    if (first && after.markCol >= 0) cells.push(rangeAddress(first.row, after.markCol));
  }
  for (const k of ["unit", "contact", "phone"] as const) {
    const cell = after.headerCells[k];
    if (before.entries.header[k] !== after.entries.header[k] && cell) cells.push(cell);
  }
  const lists = JSON.stringify(listsBefore) !== JSON.stringify(listsAfter);
  cells.sort((x, y) => parseCell(x).row - parseCell(y).row || parseCell(x).col - parseCell(y).col);
  return { cells, rows, lists };
}

/**
 * Lays the task rows again: merges (with the official text they repeat at page breaks), the hidden key
 * column, text format, fonts and borders, unlocked fill-in cells, row heights, rules.
 */
export function queueRepair(sheet: Excel.Worksheet, plan: SheetPlan, caps: Capabilities): void {
  const { layout } = plan;
  queueTaskMerges(sheet, plan);
  const keys = plan.values.slice(layout.firstTaskRow, layout.lastRow + 1).map((r) => [r[layout.keyCol] ?? ""]);
  sheet.getRange(rangeAddress(layout.firstTaskRow, layout.keyCol, layout.lastRow, layout.keyCol)).values = keys;
  for (const r of plan.textRanges) sheet.getRange(r).numberFormat = filled(r, "@");
  queueFormats(sheet, plan);
  for (const r of plan.unlocked) sheet.getRange(r).format.protection.locked = false;
  for (const h of plan.rowHeights) sheet.getRange(h.rows).format.rowHeight = h.height;
  queueRules(sheet, plan, caps);
  if (caps.pageLayout) queuePageBreaks(sheet, plan);
}

/** Lists that lost their items half-way (cleared, not yet written) are not lists to keep. */
function usable(lists: Lists): boolean {
  return lists.units.length > 0 && lists.times.length > 0;
}

/**
 * The follow-up after a failed write: never throws, returns the failure to report.
 * `caps` null: the action touched no formats (nothing to repair but protection).
 */
export async function recover(
  context: Excel.RequestContext,
  form: FormDef,
  before: SheetState,
  cause: unknown,
  caps: Capabilities | null,
  log: (e: unknown) => void = diagnostics.at("recover"),
): Promise<ActionFailure> {
  let after: SheetState | null = null;
  try {
    after = await readSheetState(context, form, { mergedAreas: caps?.mergedAreas });
  } catch (e) {
    log(e);
  }
  const changes = after ? diffReadings(before.reading, after.reading, before.lists, after.lists) : null;
  let repaired = false;
  if (caps && after && after.reading.strays.length === 0) {
    const now = after;
    const held = readLists(now.listsProbe);
    const lists = held && usable(held) ? held : before.lists;
    try {
      unprotected(now, () => {
        queueLists(context, now.listsProbe, listColumns(lists), caps.editNames);
        // Merges the failed write undid are laid again: which rows shared a 具体举措 is known from before.
        const entries = carrySharedMeasures(before.reading.entries, now.reading.entries);
        // On a unit's file, by the unit's plan: other units' tasks stay locked and greyed.
        const plan = planSheet(form, entries, form.sheetName, lists, sheetPlanOptions());
        queueRepair(now.sheet, restorePlan({ ...now, plan }), caps);
      });
      await context.sync();
      repaired = true;
      if (changes) changes.lists = JSON.stringify(lists) !== JSON.stringify(before.lists);
    } catch (e) {
      log(e);
    }
  }
  const protectedAfter = repaired || (await protectAgain(context, form, before, log));
  // An action that wrote values only left no formats to repair.
  return new ActionFailure(cause, changes, protectedAfter, repaired || caps === null);
}

/** Protection alone, in its own batch; true when the sheet is protected afterwards. */
async function protectAgain(
  context: Excel.RequestContext,
  form: FormDef,
  before: SheetState,
  log: (e: unknown) => void,
): Promise<boolean> {
  try {
    const protection = context.workbook.worksheets.getItem(form.sheetName).protection;
    protection.load("protected");
    await context.sync();
    if (protection.protected) return true;
    protection.protect(protectOptions(before.plan));
    await context.sync();
    return true;
  } catch (e) {
    log(e);
    return isProtected(context, form.sheetName);
  }
}
