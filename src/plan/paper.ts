/**
 * Paper: landscape A4 at 100%, as the province's Word table prints. The sheet's
 * column widths are chosen so the printed columns (the form's and the 不涉及
 * mark) fill the printable width at 100%, with body text at 五号 (10.5 pt);
 * the screen can still zoom. The sheet prints at a fixed 100% (see PrintSpec.scale).
 */
import { widthInPoints } from "./metrics";
import type { PrintSpec } from "./types";

/** A4 in points (210 × 297 mm). */
export const A4_POINTS = { long: 841.89, short: 595.28 } as const;

export const PAPER_MARGINS: PrintSpec["margins"] = { left: 28, right: 28, top: 40, bottom: 42, header: 16, footer: 18 };

/**
 * An .xlsx stores widths in characters of the default font's digit. Excel
 * rounds that digit to whole pixels (Calibri 11: 7 px); LibreOffice uses the
 * unrounded advance (Carlito 11: 7.43 px) and so lays the same file out about
 * 6% wider. The columns are planned this much narrower than the page, so both
 * print at 100%.
 */
export const ENGINE_RESERVE = 0.92;

/** Width the printed columns may take, in the plan's points. */
export function printableWidth(margins = PAPER_MARGINS): number {
  return (A4_POINTS.long - margins.left - margins.right) * ENGINE_RESERVE;
}

/**
 * Column widths in characters of the body font for the printed columns: the
 * relative widths (the form's, then the mark's) scaled so their widths in
 * points add up to no more than `available`. Tenths of a character.
 */
export function paperWidths(relative: number[], available = printableWidth()): number[] {
  const total = relative.reduce((a, b) => a + b, 0);
  let scale = (available - widthInPoints(0) * relative.length) / (widthInPoints(1) - widthInPoints(0)) / total;
  for (;;) {
    const widths = relative.map((w) => Math.floor(w * scale * 10) / 10);
    if (widths.reduce((a, w) => a + widthInPoints(w), 0) <= available) return widths;
    scale *= 0.995;
  }
}
