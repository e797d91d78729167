/**
 * The relay's hidden sheet (分发信息) in the live workbook: read its cells, or write them (the sheet added when
 * missing, its old contents cleared, text cells, hidden). One batch each.
 */
import { rangeAddress } from "../plan/a1";
import type { Cell } from "../reading/read-grid";
import { RELAY_SHEET } from "../relay/names";
import type { ExcelRunner } from "./run";
import { gridFromUsedRange } from "./sheet-state";

export function readRelayRows(run: ExcelRunner): Promise<Cell[][] | null> {
  return run(async (context) => {
    const used = context.workbook.worksheets.getItemOrNullObject(RELAY_SHEET).getUsedRangeOrNullObject(true);
    used.load("values,rowIndex,columnIndex");
    await context.sync();
    return used.isNullObject ? null : gridFromUsedRange(used.values as Cell[][], used.rowIndex, used.columnIndex);
  });
}

/** `rows` must be rectangular (src/relay/identity.ts rectangular). */
export function writeRelayRows(run: ExcelRunner, rows: string[][]): Promise<void> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    const existing = sheets.getItemOrNullObject(RELAY_SHEET);
    const used = existing.getUsedRangeOrNullObject(true);
    await context.sync();
    const sheet = existing.isNullObject ? sheets.add(RELAY_SHEET) : existing;
    if (!existing.isNullObject && !used.isNullObject) used.clear("Contents");
    const range = sheet.getRange(rangeAddress(0, 0, rows.length - 1, rows[0].length - 1));
    range.numberFormat = rows.map((r) => r.map(() => "@"));
    range.values = rows;
    sheet.visibility = "Hidden";
    await context.sync();
  });
}
