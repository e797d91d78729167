// Entire-row insert/delete: shifts cells, formats, row heights, merges, validation and
// conditional-format ranges, print titles, freeze panes, selection, and every formula
// (cells, names, validation sources, conditional formats), like Excel does.
// Inserted rows take the cell formats of the row above ("format same as above").

import { isWholeColumns, MAX_COLS, MAX_ROWS, Rect } from "../address";
import { ErrorCode, FakeOfficeError } from "../errors";
import { shiftRowsInFormula, shiftSpan } from "../refs";
import { SheetModel } from "./sheet";
import type { CellData, CellFormat } from "./types";
import type { WorkbookModel } from "./workbook";

/** New rect after a row shift; null when all its rows are deleted. Whole columns stay whole. */
export function shiftRectRows(rect: Rect, at: number, count: number): Rect | null {
  if (isWholeColumns(rect)) return rect;
  const moved = shiftSpan(rect.row, rect.row + rect.rows - 1, at, count);
  if (!moved) return null;
  return { ...rect, row: moved[0], rows: moved[1] - moved[0] + 1 };
}

function shiftIndexMap<V>(map: Map<number, V>, at: number, count: number): void {
  const entries = [...map];
  map.clear();
  for (const [i, v] of entries) {
    if (count < 0 && i >= at && i < at - count) continue;
    const j = i >= at ? i + count : i;
    if (j >= 0 && j < MAX_ROWS) map.set(j, v);
  }
}

/** A set of row indexes moved like shiftIndexMap moves a map's keys (rows deleted leave it). */
function shiftIndexSet(set: Set<number>, at: number, count: number): void {
  const moved = new Map([...set].map((i) => [i, true]));
  shiftIndexMap(moved, at, count);
  set.clear();
  for (const i of moved.keys()) set.add(i);
}

function cloneFmt(f: Partial<CellFormat>): Partial<CellFormat> {
  return { ...f };
}

function shiftCells(sheet: SheetModel, at: number, count: number): void {
  const entries = [...sheet.cells];
  sheet.cells.clear();
  for (const [k, cell] of entries) {
    const r = Math.floor(k / MAX_COLS);
    const c = k % MAX_COLS;
    if (count < 0 && r >= at && r < at - count) continue;
    const nr = r >= at ? r + count : r;
    if (nr < MAX_ROWS) sheet.cells.set(SheetModel.key(nr, c), cell);
  }
}

function copyFormatsFromAbove(sheet: SheetModel, at: number, count: number): void {
  if (at === 0) return;
  const above = at - 1;
  const rowLayer = sheet.rowFmt.get(above);
  const sources: [number, CellData][] = [];
  for (const [, c, cell] of sheet.cellsIn({ row: above, col: 0, rows: 1, cols: MAX_COLS })) {
    if (Object.keys(cell.fmt).length > 0) sources.push([c, cell]);
  }
  for (let r = at; r < at + count; r++) {
    if (rowLayer) sheet.rowFmt.set(r, cloneFmt(rowLayer));
    for (const [c, src] of sources) sheet.ensure(r, c).fmt = cloneFmt(src.fmt);
  }
}

function shiftSheetFeatures(sheet: SheetModel, at: number, count: number): void {
  sheet.merges = sheet.merges
    .map((m) => shiftRectRows(m, at, count))
    .filter((m): m is Rect => m !== null && m.rows * m.cols > 1);
  for (const v of sheet.validations) {
    v.areas = v.areas.map((a) => shiftRectRows(a, at, count)).filter((a): a is Rect => a !== null);
  }
  sheet.validations = sheet.validations.filter((v) => v.areas.length > 0);
  for (const cf of sheet.condFormats) {
    cf.areas = cf.areas.map((a) => shiftRectRows(a, at, count)).filter((a): a is Rect => a !== null);
  }
  sheet.condFormats = sheet.condFormats.filter((cf) => cf.areas.length > 0);
  const pl = sheet.pageLayout;
  if (pl.printTitleRows) pl.printTitleRows = shiftRectRows(pl.printTitleRows, at, count);
  if (pl.printArea) pl.printArea = shiftRectRows(pl.printArea, at, count);
  // Manual breaks move with their rows; a break whose row is deleted goes with it.
  sheet.rowBreaks = sheet.rowBreaks
    .filter((r) => count > 0 || r < at || r >= at - count)
    .map((r) => (r >= at ? r + count : r))
    .filter((r) => r > 0);
  if (sheet.freezeRows > at) sheet.freezeRows = Math.max(at, sheet.freezeRows + count);
}

function shiftCommon(wb: WorkbookModel, sheet: SheetModel, at: number, count: number): void {
  shiftCells(sheet, at, count);
  shiftIndexMap(sheet.rowFmt, at, count);
  shiftIndexMap(sheet.rowHeights, at, count);
  shiftIndexSet(sheet.hiddenRows, at, count);
  shiftSheetFeatures(sheet, at, count);
  wb.rewriteFormulas((f, home) => shiftRowsInFormula(f, home ? home.name : null, sheet.name, at, count));
  if (wb.selection?.sheetId === sheet.id && !wb.selection.object) {
    const sel = shiftRectRows(wb.selection.rect, at, count);
    wb.selection = { sheetId: sheet.id, rect: sel ?? { row: Math.min(at, MAX_ROWS - 1), col: 0, rows: 1, cols: 1 } };
  }
  wb.touch();
}

/** Inserts `count` entire rows before row index `at`. */
export function insertRows(wb: WorkbookModel, sheet: SheetModel, at: number, count: number): void {
  const tail: Rect = { row: MAX_ROWS - count, col: 0, rows: count, cols: MAX_COLS };
  for (const [, , cell] of sheet.cellsIn(tail)) {
    if (cell.value !== "" || cell.formula !== null) {
      throw new FakeOfficeError(
        ErrorCode.nonBlankCellOffSheet,
        "Microsoft Excel can't insert new cells because it would push non-empty cells off the end of the worksheet.",
      );
    }
  }
  shiftCommon(wb, sheet, at, count);
  copyFormatsFromAbove(sheet, at, count);
}

/** Deletes `count` entire rows starting at row index `at`. */
export function deleteRows(wb: WorkbookModel, sheet: SheetModel, at: number, count: number): void {
  shiftCommon(wb, sheet, at, -count);
}
