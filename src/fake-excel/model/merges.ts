// Merging and unmerging (Excel keeps only the top-left value of a merged area).

import { containsRect, Rect, rectsOverlap } from "../address";
import { ErrorCode, FakeOfficeError } from "../errors";
import type { SheetModel } from "./sheet";

/** Merges rect (or each of its rows when `across`); only the top-left value is kept. */
export function mergeRange(sheet: SheetModel, rect: Rect, across: boolean): void {
  const targets: Rect[] = [];
  if (across) for (let r = 0; r < rect.rows; r++) targets.push({ ...rect, row: rect.row + r, rows: 1 });
  else targets.push(rect);
  for (const t of targets) {
    for (const m of sheet.mergesIntersecting(t)) {
      if (!containsRect(t, m)) {
        throw new FakeOfficeError(
          ErrorCode.mergedRangeConflict,
          "Cannot merge a range that partially overlaps an existing merged area.",
        );
      }
    }
  }
  for (const t of targets) {
    if (t.rows * t.cols < 2) continue;
    sheet.assertMaterialisable(t);
    sheet.merges = sheet.merges.filter((m) => !containsRect(t, m));
    for (const [r, c, cell] of sheet.cellsIn(t)) {
      if (r === t.row && c === t.col) continue;
      cell.value = "";
      cell.formula = null;
      sheet.prune(r, c);
    }
    sheet.merges.push({ ...t });
  }
}

/** Unmerges every merged area overlapping rect. */
export function unmergeRange(sheet: SheetModel, rect: Rect): void {
  sheet.merges = sheet.merges.filter((m) => !rectsOverlap(m, rect));
}
