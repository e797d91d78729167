/**
 * The merged 具体举措 cells of the form's sheet: one measure over several 完成目标 rows.
 * Values alone cannot tell a shared measure from an empty one (a merge reads "" below its
 * first cell), so the merges are read too — with ExcelApi 1.13's getMergedAreasOrNullObject,
 * queued in the same sync as the values. Before 1.13 every row reads as its own measure,
 * which loses nothing typed (the measure stays in the first row).
 */
import type { Entries, FormDef, MeasureRow } from "../form/types";
import { columnLetter } from "../plan/a1";

/** "附件1!E8:E10,'附件 1'!E20:E21" → ["E8:E10", "E20:E21"]. */
export function areasOf(address: string): string[] {
  return address
    .split(",")
    .map((a) => a.slice(a.lastIndexOf("!") + 1).replace(/\$/g, ""))
    .filter(Boolean);
}

/** Queues the read of the merged areas in the form's 具体举措 column; null when this Excel cannot. */
export function probeMeasureMerges(
  sheet: Excel.Worksheet,
  form: FormDef,
  caps: { mergedAreas?: boolean } | undefined,
): Excel.RangeAreas | null {
  const col = form.columns.findIndex((c) => c.key === "measure");
  if (!caps?.mergedAreas || col < 0) return null;
  const letter = columnLetter(col);
  const areas = sheet.getRange(`${letter}:${letter}`).getMergedAreasOrNullObject();
  areas.load("address");
  return areas;
}

/** After the sync: the merged areas found ([] when none, or not asked). */
export function measureMerges(probe: Excel.RangeAreas | null): string[] {
  return probe && !probe.isNullObject ? areasOf(probe.address) : [];
}

const sameText = (a: MeasureRow, b: MeasureRow) =>
  a.measure === b.measure && a.target === b.target && a.unit === b.unit && a.time === b.time;

/**
 * `after` with the shared 具体举措 of `before` where the rows are still there: after a write
 * failed half-way the merges may be gone, but which rows shared a measure is known from before.
 * Rows are matched in order by their text; a row that was not there before keeps its own flag.
 */
export function carrySharedMeasures(before: Entries, after: Entries): Entries {
  const rows: Entries["rows"] = {};
  for (const [seq, list] of Object.entries(after.rows)) {
    const old = before.rows[seq] ?? [];
    let i = 0;
    rows[seq] = list.map((r, j) => {
      if (i < old.length && sameText(old[i], r)) {
        const shared = !!old[i++].sameMeasure && j > 0 && r.measure === "";
        const { sameMeasure: _drop, ...rest } = r;
        return shared ? { ...rest, sameMeasure: true } : rest;
      }
      return r;
    });
  }
  return { ...after, rows };
}
