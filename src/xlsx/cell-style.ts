/**
 * From the plan's units and formats to ExcelJS cell styles. Browser-safe.
 *
 * Column widths: the plan gives points (as Office.js sets them); an .xlsx
 * stores characters of the default font's widest digit, padding included.
 * ExcelJS's default font is Calibri 11, whose digit is 7 px at 96 dpi, so
 * width = pixels / 7 with pixels = round(points × 96 / 72) — the same whole
 * pixels Excel keeps when Office.js sets a width in points. One character
 * unit is therefore 5.25 pt; the stored width is kept to 1/256 as Excel does.
 */
import type { Alignment, Border, Worksheet } from "exceljs";
import { parseCell } from "../plan/a1";
import type { FormatSpec, HAlign, VAlign } from "../plan/types";

export const DIGIT_PIXELS = 7;
export const PIXELS_PER_POINT = 96 / 72;

/** Column width in the file's characters for a width in points. */
export function widthFromPoints(points: number): number {
  const pixels = Math.round(points * PIXELS_PER_POINT);
  return Math.round((pixels / DIGIT_PIXELS) * 256) / 256;
}

/** Width in points of a column width in characters (inverse of widthFromPoints up to whole pixels). */
export function pointsFromWidth(width: number): number {
  return (width * DIGIT_PIXELS) / PIXELS_PER_POINT;
}

/** "#D9D9D9" → "FFD9D9D9". */
export function argb(color: string): string {
  return `FF${color.replace(/^#/, "").toUpperCase()}`;
}

/** Rows and columns (0-based, inclusive) of "A1" or "A1:H5". */
export function bounds(range: string): { r0: number; c0: number; r1: number; c1: number } {
  const [a, b = a] = range.split(":");
  const p = parseCell(a);
  const q = parseCell(b);
  return {
    r0: Math.min(p.row, q.row),
    c0: Math.min(p.col, q.col),
    r1: Math.max(p.row, q.row),
    c1: Math.max(p.col, q.col),
  };
}

/** Calls fn with the 1-based row and column of every cell of a range. */
export function eachCell(range: string, fn: (row: number, col: number) => void): void {
  const { r0, c0, r1, c1 } = bounds(range);
  for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) fn(r + 1, c + 1);
}

const H: Record<HAlign, Alignment["horizontal"]> = { Left: "left", Center: "center", Right: "right" };
const V: Record<VAlign, Alignment["vertical"]> = { Top: "top", Center: "middle", Bottom: "bottom" };
const THIN: Partial<Border> = { style: "thin", color: { argb: "FF000000" } };

/**
 * Applies one format spec to every cell of its range, as the Office.js writer
 * does: a font replaces the whole font (bold off unless set), alignment and
 * wrap change only what the spec names, a grid puts thin borders on every edge.
 */
export function applyFormat(sheet: Worksheet, spec: FormatSpec): void {
  eachCell(spec.range, (r, c) => {
    const cell = sheet.getCell(r, c);
    if (spec.font) cell.font = { name: spec.font.name, size: spec.font.size, bold: spec.font.bold ?? false };
    if (spec.wrap !== undefined || spec.hAlign || spec.vAlign) {
      const alignment: Partial<Alignment> = { ...cell.alignment };
      if (spec.wrap !== undefined) alignment.wrapText = spec.wrap;
      if (spec.hAlign) alignment.horizontal = H[spec.hAlign];
      if (spec.vAlign) alignment.vertical = V[spec.vAlign];
      cell.alignment = alignment;
    }
    if (spec.grid) cell.border = { top: { ...THIN }, left: { ...THIN }, bottom: { ...THIN }, right: { ...THIN } };
  });
}
