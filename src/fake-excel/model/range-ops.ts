// Model operations behind Range methods: entire-row insert/delete, clear, select, merged areas.

import { intersectRects, isWholeRows, Rect } from "../address";
import { ErrorCode, FakeOfficeError } from "../errors";
import type { Engine } from "../runtime/engine";
import { assertAllowed, assertCellsEditable } from "./guards";
import { unmergeRange } from "./merges";
import type { SheetModel } from "./sheet";
import { deleteRows, insertRows } from "./structure";

const unsupported = (what: string): never => {
  throw new FakeOfficeError(ErrorCode.unsupportedOperation, `The fake Excel only supports ${what}.`);
};

/** range.insert(shift): only entire rows with "Down" (else UnsupportedOperation). */
export function insertRange(engine: Engine, sheet: SheetModel, rect: Rect, shift: string): Rect {
  if (shift !== "Down" || !isWholeRows(rect)) unsupported("inserting entire rows (shift Down)");
  assertAllowed(sheet, "allowInsertRows", "insert rows");
  insertRows(engine.wb, sheet, rect.row, rect.rows);
  return rect;
}

/** range.delete(shift): only entire rows with "Up"; locked cells block it on protected sheets. */
export function deleteRange(engine: Engine, sheet: SheetModel, rect: Rect, shift: string): void {
  if (shift !== "Up" || !isWholeRows(rect)) unsupported("deleting entire rows (shift Up)");
  assertAllowed(sheet, "allowDeleteRows", "delete rows");
  assertCellsEditable(sheet, rect);
  deleteRows(engine.wb, sheet, rect.row, rect.rows);
}

/** range.clear(applyTo): "Formats"/"All" also unmerge; validation and conditional formats stay. */
export function clearRange(engine: Engine, sheet: SheetModel, rect: Rect, mode: string): void {
  const contents = mode === "All" || mode === "Contents" || mode === "ResetContents";
  const formats = mode === "All" || mode === "Formats";
  if (contents) assertCellsEditable(sheet, rect);
  if (formats) assertAllowed(sheet, "allowFormatCells", "clear formats");
  if (contents) sheet.clearContents(rect);
  if (formats) {
    sheet.clearFormats(rect);
    unmergeRange(sheet, rect);
  }
  engine.wb.touch();
  if (contents) engine.emitChanged(sheet, rect, "ThisLocalAddin");
}

/** range.select(): strict, the sheet must be the active sheet. */
export function selectRange(engine: Engine, sheet: SheetModel, rect: Rect): void {
  const wb = engine.wb;
  if (wb.activeSheetId !== sheet.id) {
    throw new FakeOfficeError(
      ErrorCode.invalidOperation,
      "Cannot select a range on a worksheet that is not active. Activate the worksheet first.",
    );
  }
  wb.selection = { sheetId: sheet.id, rect: { ...rect } };
  wb.touch();
  engine.emitSelectionChanged(sheet, rect);
}

/** Merged areas whose top-left cell lies in rect (reading order); InvalidOperation above 512. */
export function mergedAreasIn(sheet: SheetModel, rect: Rect): Rect[] {
  const areas = sheet.merges.filter((m) => intersectRects({ ...m, rows: 1, cols: 1 }, rect) !== null);
  if (areas.length > 512) {
    throw new FakeOfficeError(ErrorCode.invalidOperation, "The range contains more than 512 merged areas.");
  }
  return [...areas].sort((a, b) => a.row - b.row || a.col - b.col);
}
