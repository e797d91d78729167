/**
 * After 不涉及 reasons are written (or cleared): the rows' heights as planned for the entries with those
 * reasons, so a reason prints whole; where this Excel sets page breaks (ExcelApi 1.9), the breaks and the
 * merges cut at them are planned again too. Queued inside an action's write step (protection lifted).
 */
import type { FormDef } from "../form/types";
import { planSheet } from "../plan/sheet-plan";
import { queuePageBreaks, queueTaskMerges } from "./apply-plan";
import type { Capabilities } from "./capabilities";
import type { SheetState } from "./sheet-state";

export function queueFitMarks(
  state: SheetState,
  form: FormDef,
  marks: Record<string, string>,
  caps?: Capabilities,
): void {
  const entries = state.reading.entries;
  const plan = planSheet(form, { ...entries, marks: { ...entries.marks, ...marks } }, form.sheetName, state.lists, {
    hiddenRows: state.hiddenRows,
  });
  // Only a sheet laid out as its plan (same rows) gets the plan's heights.
  if (plan.layout.lastRow !== state.plan.layout.lastRow) return;
  for (const h of plan.rowHeights) state.sheet.getRange(h.rows).format.rowHeight = h.height;
  if (!caps?.pageLayout) return;
  queueTaskMerges(state.sheet, plan);
  queuePageBreaks(state.sheet, plan);
}
