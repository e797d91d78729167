/** 添加举措行 / removing an empty measure row, keeping merges, formats, rules and protection. */
import { EMPTY_ROW, isEmptyRow, type Entries, type FormDef, type MeasureRow } from "../form/types";
import { columnLetter, rangeAddress } from "../plan/a1";
import { planSheet } from "../plan/sheet-plan";
import type { SheetPlan } from "../plan/types";
import { cellValue } from "../reading/read-grid";
import { filled, queueFormats, queuePageBreaks, queueTaskMerges } from "./apply-plan";
import type { Capabilities } from "./capabilities";
import { UserFacingError } from "./errors";
import { onSheet, type Step } from "./on-sheet";
import { queueRules } from "./apply-plan";
import type { ExcelRunner } from "./run";
import { selectedOwner, type SheetState } from "./sheet-state";
import { queueText } from "./text-cells";
import { sheetPlanOptions } from "./sheet-language";

export interface RowChange {
  seq: string;
  /** 1-based sheet row of the row added, or of the row that was removed. */
  row: number;
}

function withRows(entries: Entries, seq: string, rows: Entries["rows"][string]): Entries {
  return { ...entries, rows: { ...entries.rows, [seq]: rows } };
}

/** Re-merges the task rows and restyles the sheet after rows moved. */
export function queueRestyle(sheet: Excel.Worksheet, plan: SheetPlan, caps: Capabilities): void {
  // Every task's merges, not only the group's: the page breaks after the moved rows move too.
  queueTaskMerges(sheet, plan);
  for (const r of plan.textRanges) sheet.getRange(r).numberFormat = filled(r, "@");
  queueFormats(sheet, plan);
  for (const r of plan.unlocked) sheet.getRange(r).format.protection.locked = false;
  for (const h of plan.rowHeights) sheet.getRange(h.rows).format.rowHeight = h.height;
  queueRules(sheet, plan, caps);
  // The rows moved: the page breaks are planned again so no task splits across pages.
  if (caps.pageLayout) queuePageBreaks(sheet, plan);
}

/**
 * The write steps of an action that moves rows: `move` queues the structural change, then the sheet is restyled
 * for the plan of the entries after it (`plan`, laid with no row hidden; `planFor` lays it with the rows hidden
 * given), and `last` runs (the selection). Where the pages are planned
 * (ExcelApi 1.9, caps.pageLayout) that plan counts the rows Excel reports hidden after the move (a standard
 * file's spare rows print nothing), loaded in the batch that moved them; the restyle is then a second batch.
 */
export function movedRows<T>(
  result: T,
  plan: SheetPlan,
  planFor: (hiddenRows: number[]) => SheetPlan,
  caps: Capabilities,
  move: (s: SheetState) => void,
  last: (s: SheetState) => void = () => undefined,
): Step<T> {
  if (!caps.pageLayout) {
    return {
      result,
      write: (s) => {
        move(s);
        queueRestyle(s.sheet, plan, caps);
        last(s);
      },
    };
  }
  // Read by `rewrite`, after the sync of the batch that moved the rows.
  const loaded: { rows?: OfficeExtension.ClientResult<Excel.RowProperties[]> } = {};
  return {
    result,
    write: (s) => {
      move(s);
      // One load for every task row after the move (getRowProperties), as readSheetState reads them.
      const { firstTaskRow, lastRow } = plan.layout;
      loaded.rows = s.sheet
        .getRange(`${firstTaskRow + 1}:${lastRow + 1}`)
        .getRowProperties({ rowIndex: true, rowHidden: true });
    },
    rewrite: (s) => {
      const hidden = (loaded.rows?.value ?? []).filter((p) => p.rowHidden).map((p) => p.rowIndex as number);
      queueRestyle(s.sheet, planFor(hidden), caps);
      last(s);
    },
  };
}

export interface AddRowOptions {
  /**
   * "new": a new 具体举措 at the end of the task (添加举措行). "same": one more 完成目标 under the
   * selected row's 具体举措, right after the rows that already share it; the measure cell spans it.
   */
  under?: "new" | "same";
}

export function addMeasureRow(
  run: ExcelRunner,
  form: FormDef,
  caps: Capabilities,
  options: AddRowOptions = {},
): Promise<RowChange> {
  return onSheet(
    run,
    form,
    (state) => {
      const owner = selectedOwner(state);
      const rows = state.reading.entries.rows[owner.seq] ?? [EMPTY_ROW];
      const same = options.under === "same";
      // Under the same measure: after the last row continuing the selected row's measure.
      let at = rows.length;
      if (same) for (at = owner.index + 1; at < rows.length && rows[at].sameMeasure;) at++;
      const added: MeasureRow = same ? { ...EMPTY_ROW, sameMeasure: true } : { ...EMPTY_ROW };
      const next = [...rows.slice(0, at), added, ...rows.slice(at)];
      const after = withRows(state.reading.entries, owner.seq, next);
      const planFor = (hiddenRows: number[]) =>
        planSheet(form, after, form.sheetName, state.lists, { ...sheetPlanOptions(), hiddenRows });
      const plan = planFor([]);
      const place = plan.layout.tasks.find((t) => t.seq === owner.seq);
      if (!place) throw new UserFacingError("rows.selectTask");
      const newRow = place.firstRow + at;
      // Under the same measure the new cell is inside the merge: select its 完成目标.
      const selectCol = same ? plan.layout.col.target : plan.layout.col.measure;
      return movedRows(
        { seq: owner.seq, row: newRow + 1 },
        plan,
        planFor,
        caps,
        (s) => {
          // First: it fails (InactiveWorkbook) when another workbook has the focus, before anything changed.
          s.sheet.activate();
          s.sheet.getRange(`${newRow + 1}:${newRow + 1}`).insert("Down");
          // The row added shows, whatever it took from a hidden row above it (a standard file's spares; ExcelApi 1.2).
          s.sheet.getRange(`${newRow + 1}:${newRow + 1}`).rowHidden = false;
          s.sheet.getRange(rangeAddress(newRow, plan.layout.keyCol)).values = [[owner.seq]];
        },
        (s) => s.sheet.getRange(`${columnLetter(selectCol)}${newRow + 1}`).select(),
      );
    },
    { selection: true, caps },
  );
}

export function removeMeasureRow(run: ExcelRunner, form: FormDef, caps: Capabilities): Promise<RowChange> {
  return onSheet(
    run,
    form,
    (state) => {
      const owner = selectedOwner(state);
      const rows = state.reading.entries.rows[owner.seq] ?? [];
      const taskRows = state.reading.owners.filter((o) => o.seq === owner.seq).map((o) => o.row);
      // A standard file's hidden spare rows are not rows the task shows: the last row it shows stays.
      const hidden = new Set(state.hiddenRows);
      if (!taskRows.some((r) => r !== owner.row && !hidden.has(r))) throw new UserFacingError("rows.lastRow");
      if (!isEmptyRow(rows[owner.index])) throw new UserFacingError("rows.notEmpty");
      // Removing the first row of a shared 具体举措: the next row becomes its first row.
      const kept = rows
        .map((r, i) => (i === owner.index + 1 && !rows[owner.index].sameMeasure ? { ...r, sameMeasure: false } : r))
        .filter((_, i) => i !== owner.index);
      const after = withRows(state.reading.entries, owner.seq, kept);
      const planFor = (hiddenRows: number[]) =>
        planSheet(form, after, form.sheetName, state.lists, { ...sheetPlanOptions(), hiddenRows });
      const plan = planFor([]);
      const { col } = plan.layout;
      // The task's first row holds its official text: empty it by moving the next row up instead.
      const doomed = owner.index === 0 ? taskRows[1] : owner.row;
      return movedRows({ seq: owner.seq, row: owner.row + 1 }, plan, planFor, caps, (s) => {
        if (owner.index === 0) {
          const fills = [col.measure, col.target, col.unit, col.time];
          for (const c of fills) queueText(s.sheet, rangeAddress(owner.row, c), cellValue(s.grid[doomed]?.[c]));
        }
        s.sheet.getRange(`${doomed + 1}:${doomed + 1}`).delete("Up");
      });
    },
    { selection: true, caps, hiddenRows: caps.pageLayout },
  );
}
