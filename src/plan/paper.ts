/**
 * Paper: landscape A4 at 100%, as the province's Word table prints. The sheet's
 * column widths are chosen so the printed columns (the form's and the 不涉及
 * mark) fill the printable width at 100%, with body text at 五号 (10.5 pt);
 * the screen can still zoom. The sheet prints at a fixed 100% (see PrintSpec.scale).
 */
import { NO_LINE_START, widthInPoints, wrapText } from "./metrics";
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

/**
 * The mark after a task's 序号 where the task, taller than a page, continues on the next one ("3（续）");
 * the readers take such a row as more rows of that task.
 */
export const CONTINUED = "（续）";

/** Usable height of a page in points: A4's short side less the top and bottom margins. */
export function pageHeight(margins = PAPER_MARGINS): number {
  return A4_POINTS.short - margins.top - margins.bottom;
}

/**
 * Share of the page the planned rows may fill. Excel keeps row heights in whole pixels (up to 0.375 pt more
 * a row than planned); the rest is a margin for the engines' rounding.
 */
export const PAGE_RESERVE = 0.96;

/**
 * A text as a person would break it when it does not fit on one line of a cell `widthPoints` wide: after the
 * closing 》 of a document's name, or before an opening （ ("责任单位" / "（部门）"). Unchanged when it fits,
 * when there is no such place, or when a line would then begin with a mark no line may begin with.
 */
export function breakForPrint(text: string, widthPoints: number, fontSize: number): string {
  if (text.includes("\n") || wrapText(text, widthPoints, fontSize).length === 1) return text;
  for (const at of [text.lastIndexOf("》") + 1, text.indexOf("（")]) {
    // (A 》 at the very end leaves the whole text as the first part, which does not fit: no break either.)
    if (at <= 0) continue;
    const lines = [text.slice(0, at).trimEnd(), text.slice(at).trimStart()];
    if (lines.some((l) => NO_LINE_START.includes(l[0]))) continue;
    // Each part on as few lines as it can take: the break only helps when the first part fits one line.
    if (wrapText(lines[0], widthPoints, fontSize).length === 1) return lines.join("\n");
  }
  return text;
}

export interface PageBreakInput {
  /** Height of every row in points; 0 for a hidden row (it does not print). */
  heights: number[];
  /** Rows repeated at the top of every page after the first (0-based, inclusive). */
  titleRows: [number, number];
  /** The blocks that should stay on one page (tasks), in sheet order: first row and row count. */
  blocks: Array<{ firstRow: number; rowCount: number }>;
  /** Rows inside a block where it may still break when it is taller than a page (0-based). */
  splittable?: (row: number) => boolean;
  /** Height the rows of one page may take. */
  page: number;
}

/**
 * Manual page breaks (0-based rows that begin a page) so that no block is split across pages unless it is
 * taller than a page on its own; such a block begins a page and breaks where it must, at a row where
 * `splittable` allows. Pure: both writers put these breaks into the sheet.
 */
export function planPageBreaks(input: PageBreakInput): number[] {
  const { heights, blocks, page } = input;
  const [t0, t1] = input.titleRows;
  let title = 0;
  for (let r = t0; r <= t1; r++) title += heights[r];
  // Without `splittable` a tall block breaks at the row that overflows, whether every row may begin a page or none.
  // Stryker disable next-line ArrowFunction,BooleanLiteral: all rows or none may begin a page: the same breaks
  const splittable = input.splittable ?? (() => true);
  const breaks: number[] = [];
  const first = blocks.length ? blocks[0].firstRow : heights.length;
  let used = 0;
  for (let r = 0; r < first; r++) used += heights[r];
  const startPage = (row: number) => {
    breaks.push(row);
    used = title;
  };
  for (const b of blocks) {
    let h = 0;
    for (let r = b.firstRow; r < b.firstRow + b.rowCount; r++) h += heights[r];
    if (used + h <= page) {
      used += h;
      continue;
    }
    if (used > title) startPage(b.firstRow);
    // Row by row on the new page: a block taller than a page breaks at the last allowed row that still fits.
    let lastAllowed = -1;
    for (let r = b.firstRow; r < b.firstRow + b.rowCount; r++) {
      if (r > b.firstRow && heights[r] > 0 && splittable(r)) lastAllowed = r;
      if (used + heights[r] > page && used > title) {
        const previous = breaks.length ? breaks[breaks.length - 1] : -1;
        const at = lastAllowed > previous ? lastAllowed : r;
        let carried = 0;
        for (let k = at; k < r; k++) carried += heights[k];
        startPage(at);
        used += carried;
      }
      used += heights[r];
    }
  }
  return breaks;
}
