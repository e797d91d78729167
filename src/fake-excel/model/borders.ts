// Cell borders: each cell stores its own sides; a side also shows the neighbour's opposite
// side (shared edge), like Excel's grid.

import { intersectRects, MAX_COLS, MAX_ROWS, Rect, rectArea } from "../address";
import type { SheetModel } from "./sheet";
import type { BorderSpec } from "./types";

export type Side = "top" | "bottom" | "left" | "right";
type BorderKey = "borderTop" | "borderBottom" | "borderLeft" | "borderRight";
const SIDE_KEY: Record<Side, BorderKey> = {
  top: "borderTop",
  bottom: "borderBottom",
  left: "borderLeft",
  right: "borderRight",
};

/** Border on a cell side: its own, or the neighbour's opposite side (shared edge). */
export function cellBorder(sheet: SheetModel, row: number, col: number, side: Side): BorderSpec | null {
  const own = sheet.fmt(row, col, SIDE_KEY[side]) as BorderSpec | null;
  if (own) return own;
  if (side === "top" && row > 0) return sheet.fmt(row - 1, col, "borderBottom");
  if (side === "bottom" && row < MAX_ROWS - 1) return sheet.fmt(row + 1, col, "borderTop");
  if (side === "left" && col > 0) return sheet.fmt(row, col - 1, "borderRight");
  if (side === "right" && col < MAX_COLS - 1) return sheet.fmt(row, col + 1, "borderLeft");
  return null;
}

/** Sets one side on every cell of rect and clears the neighbours' opposite side. */
export function setBorder(sheet: SheetModel, rect: Rect, side: Side, spec: BorderSpec | null): void {
  sheet.setFmt(rect, SIDE_KEY[side], spec);
  const n: Rect =
    side === "top"
      ? { ...rect, row: rect.row - 1 }
      : side === "bottom"
        ? { ...rect, row: rect.row + 1 }
        : side === "left"
          ? { ...rect, col: rect.col - 1 }
          : { ...rect, col: rect.col + 1 };
  const opposite: Side = ({ top: "bottom", bottom: "top", left: "right", right: "left" } as const)[side];
  const clip = intersectRects(n, { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS });
  if (!clip) return;
  const key = SIDE_KEY[opposite];
  if (rectArea(clip) <= 100_000) {
    for (let r = clip.row; r < clip.row + clip.rows; r++) {
      for (let c = clip.col; c < clip.col + clip.cols; c++) {
        if (sheet.fmt(r, c, key) !== null) sheet.ensure(r, c).fmt[key] = null;
      }
    }
  } else {
    for (const [, , cell] of sheet.cellsIn(clip)) if (cell.fmt[key]) cell.fmt[key] = null;
  }
}
