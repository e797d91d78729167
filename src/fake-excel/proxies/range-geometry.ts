// Geometry of derived ranges (getOffsetRange, getResizedRange, getRowsAbove/Below, ...).

import { MAX_COLS, MAX_ROWS, type Rect } from "../address";
import { ErrorCode, FakeOfficeError } from "../errors";

export function inSheet(rect: Rect): Rect {
  if (
    rect.row < 0 ||
    rect.col < 0 ||
    rect.rows < 1 ||
    rect.cols < 1 ||
    rect.row + rect.rows > MAX_ROWS ||
    rect.col + rect.cols > MAX_COLS
  ) {
    throw new FakeOfficeError(ErrorCode.invalidArgument, "The resulting range is outside the worksheet grid.");
  }
  return rect;
}

/**
 * getResizedRange moves the bottom-right corner. Moving it above or left of the first cell is refused
 * (InvalidArgument): Microsoft documents no flipped range (see README, guesses).
 */
export function resized(rect: Rect, deltaRows: number, deltaColumns: number): Rect {
  const out = { ...rect, rows: rect.rows + deltaRows, cols: rect.cols + deltaColumns };
  if (out.rows < 1 || out.cols < 1) {
    throw new FakeOfficeError(
      ErrorCode.invalidArgument,
      `getResizedRange(${deltaRows}, ${deltaColumns}) would move the bottom-right corner past the first cell of a ${rect.rows}x${rect.cols} range.`,
    );
  }
  return out;
}

/**
 * getRowsAbove/getRowsBelow: a positive count is rows outside the range, a negative count rows inside
 * it (its first/last |count| rows), as Microsoft documents; 0 or more rows than the range has: InvalidArgument.
 */
export function rowsBeside(rect: Rect, count: number, side: "above" | "below"): Rect {
  if (!Number.isInteger(count) || count === 0 || -count > rect.rows) {
    throw new FakeOfficeError(
      ErrorCode.invalidArgument,
      `Invalid row count ${count} for a range of ${rect.rows} rows.`,
    );
  }
  if (count < 0) return { ...rect, row: side === "above" ? rect.row : rect.row + rect.rows + count, rows: -count };
  return { ...rect, row: side === "above" ? rect.row - count : rect.row + rect.rows, rows: count };
}
