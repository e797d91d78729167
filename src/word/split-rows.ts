/**
 * Paragraphs become rows when they line up: a draft written one Word row per task often holds several
 * 完成目标 as paragraphs of one cell, with one 责任单位 and one 完成时间 per paragraph (or one for all).
 * Such a row becomes one target row per paragraph under the row's one 具体举措 (shared, as a vertically
 * merged draft reads), each with its own unit and year. When the counts do not line up, the row stays
 * whole (the check then asks about a unit or time cell holding several lines). Pure.
 */
import type { ColumnKey } from "../form/types";

export interface BodyCell {
  text: string;
  /** The cell's paragraphs, as Word shows them (soft line breaks inside a paragraph as "\n"). */
  lines: string[];
  /** The cell continues a vertical merge from the row above. */
  continued: boolean;
  /** The cell is covered by a cell to its left spanning several columns. */
  spanned: boolean;
  /** Its text starts with a label of Word's automatic numbering. */
  numbered?: boolean;
}

export interface BodyRow {
  wordRow: number;
  cells: Partial<Record<ColumnKey, BodyCell>>;
  /** The cell starting in the first fill column covers every fill column. */
  fillSpan: boolean;
  extra: Array<{ col: number; text: string }>;
}

/** The paragraphs of a cell that hold text. */
export function paragraphsOf(cell: BodyCell | undefined): string[] {
  return (cell?.lines ?? []).map((l) => l.trim()).filter(Boolean);
}

/** How a row's 完成目标, 责任单位 and 完成时间 paragraphs line up: the number of target rows, or 1. */
export function alignedCount(row: BodyRow): number {
  const { measure, target, unit, time } = row.cells;
  if (row.fillSpan || !target || target.continued || target.spanned || measure?.continued) return 1;
  const n = paragraphsOf(target).length;
  if (n < 2) return 1;
  const fits = (cell: BodyCell | undefined) => {
    const k = paragraphsOf(cell).length;
    return !cell?.continued && (k === 1 || k === n);
  };
  return fits(unit) && fits(time) ? n : 1;
}

function cellOf(text: string, continued = false): BodyCell {
  return { text, lines: text ? [text] : [], continued, spanned: false };
}

/** The row as it reads: one row, or one row per aligned target paragraph. */
export function splitRow(row: BodyRow): BodyRow[] {
  const n = alignedCount(row);
  if (n === 1) return [row];
  const targets = paragraphsOf(row.cells.target);
  const pick = (key: "unit" | "time", k: number) => {
    const parts = paragraphsOf(row.cells[key]);
    return parts.length === n ? parts[k] : parts[0];
  };
  return targets.map((target, k) => {
    const fill = { target: cellOf(target), unit: cellOf(pick("unit", k)), time: cellOf(pick("time", k)) };
    if (k === 0) return { ...row, cells: { ...row.cells, ...fill } };
    const cells: BodyRow["cells"] = {};
    for (const key of Object.keys(row.cells) as ColumnKey[]) cells[key] = cellOf("", true);
    return { wordRow: row.wordRow, fillSpan: false, extra: [], cells: { ...cells, ...fill } };
  });
}
