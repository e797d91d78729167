/**
 * What the pane's write actions run (载入附件1, rows, 不涉及, units, fixes, the 名单, the rules after an edit):
 * loaded on first use by services.ts and word-services.ts, prefetched once the pane is idle, so the Excel writers
 * and the sheet plan's write side stay out of the start-up scripts.
 */
export { loadForm } from "../excel/load-form";
export { addMeasureRow, removeMeasureRow } from "../excel/measure-rows";
export { reapplyRules, restoreAfterEdit } from "../excel/rules-apply";
export { applyFixes, editList, normaliseUnits, setNotApplicable, writeUnits } from "../excel/sheet-actions";
