/** Arrow-key movement over the grid: merged areas are one stop, hidden columns are skipped. */
import type { Rect } from "../fake-excel";
import type { GridCell, SheetData } from "./sheet-data";

/** The cell reached from the selection by one step of (dr, dc). */
export function step(data: SheetData, from: Rect, dr: number, dc: number): GridCell | null {
  let row = dr > 0 ? from.row + from.rows - 1 + dr : from.row + dr;
  let col = dc > 0 ? from.col + from.cols - 1 + dc : from.col + dc;
  while (col >= 0 && col < data.cols && data.colWidths[col] === 0) col += dc || 1;
  row = Math.min(Math.max(row, 0), data.rows - 1);
  col = Math.min(Math.max(col, 0), data.cols - 1);
  return data.owners[row]?.[col] ?? null;
}
