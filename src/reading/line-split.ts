/**
 * "Split by lines": a measure row whose 责任单位 or 完成时间 cell holds several lines (a draft's paragraphs that
 * did not line up with its 完成目标) becomes one row per line, when the user asks. Pure; the check offers it as
 * a choice (src/reading/check.ts) and the add-in applies it (src/excel/split-lines.ts).
 *
 * The rule loses nothing and joins nothing: the row becomes as many rows as its longest cell has lines. Line k
 * of each cell goes to row k; a unit or time written once (one line) stands for every row, as in the import
 * (src/word/split-rows.ts); a 完成目标 is never copied, so rows beyond the targets' lines get an empty target,
 * which the check then asks for. The first row keeps the 具体举措; the others continue it (sameMeasure).
 */
import type { MeasureRow } from "../form/types";
import { joinUnits } from "./normalise-values";

export interface LineSplit {
  seq: string;
  /** The row's index among the task's measure rows. */
  index: number;
  /** The row as the check read it: the split is refused when the row changed since. */
  from: MeasureRow;
  /** The rows it becomes, in order. */
  rows: MeasureRow[];
}

function linesOf(value: string): string[] {
  return value
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/** The rows a measure row becomes when split by lines, or null when no cell holds several lines. */
export function splitByLines(row: MeasureRow): MeasureRow[] | null {
  const target = linesOf(row.target);
  // A unit line in the list's form (its names joined by 、, numbering dropped): the one rule for unit values.
  const unit = linesOf(row.unit).map(joinUnits).filter(Boolean);
  const time = linesOf(row.time);
  const n = Math.max(target.length, unit.length, time.length);
  if (n < 2) return null;
  const each = (lines: string[], k: number) => (lines.length === 1 ? lines[0] : (lines[k] ?? ""));
  return Array.from({ length: n }, (_, k) => ({
    measure: k === 0 ? row.measure : "",
    target: target[k] ?? "",
    unit: each(unit, k),
    time: each(time, k),
    ...(k > 0 || row.sameMeasure ? { sameMeasure: true } : {}),
  }));
}
