/**
 * What the charts show, from the colleges' entries (pure): tasks with measures per college, a task × college grid
 * of measures / 不涉及 / nothing, how many colleges cover each task, and the completion years of the measure rows.
 * A task counts as having measures exactly as the check's summary counts it (有举措: not marked 不涉及, and a
 * 具体举措 or 完成目标 in some row).
 */
import { effectiveMeasures, isEmptyRow, type Entries, type FormDef } from "../form/types";
import { hasMeasure } from "../reading/check";
import { yearOf } from "../reading/normalise-values";

export interface College {
  school: string;
  entries: Entries;
}

/** 2: has measures, 1: marked 不涉及, 0: neither. */
export type Cover = 0 | 1 | 2;

export interface ChartData {
  seqs: string[];
  /** A short text of each task (its 任务内容's start), for tooltips. */
  excerpts: string[];
  schools: string[];
  /** Per college: tasks with measures, and marked 不涉及. */
  perCollege: Array<{ withMeasures: number; notApplicable: number }>;
  /** cover[task][college]. */
  cover: Cover[][];
  /** Per task: colleges with measures. */
  coverage: number[];
  /** Measure rows per completion year ("2025年"), in year order; rows without a readable year under `null`. */
  years: Array<{ year: string | null; rows: number }>;
}

export function coverOf(entries: Entries, seq: string): Cover {
  if (entries.marks?.[seq] !== undefined) return 1;
  return hasMeasure(entries.rows[seq]) ? 2 : 0;
}

export function chartData(form: FormDef, colleges: College[]): ChartData {
  const cover = form.tasks.map((t) => colleges.map((c) => coverOf(c.entries, t.seq)));
  const perCollege = colleges.map((_, j) => ({
    withMeasures: cover.filter((row) => row[j] === 2).length,
    notApplicable: cover.filter((row) => row[j] === 1).length,
  }));
  const years = new Map<string | null, number>();
  for (const c of colleges)
    for (const t of form.tasks) {
      if (coverOf(c.entries, t.seq) !== 2) continue;
      const rows = c.entries.rows[t.seq] ?? [];
      const measures = effectiveMeasures(rows);
      rows.forEach((r, i) => {
        if (isEmptyRow({ ...r, measure: measures[i] })) return;
        const year = yearOf(r.time);
        years.set(year, (years.get(year) ?? 0) + 1);
      });
    }
  const yearList = [...years.entries()]
    .map(([year, rows]) => ({ year, rows }))
    .sort((a, b) => (a.year === null ? 1 : b.year === null ? -1 : a.year.localeCompare(b.year)));
  return {
    seqs: form.tasks.map((t) => t.seq),
    excerpts: form.tasks.map((t) =>
      [...t.content].length > 24 ? `${[...t.content].slice(0, 24).join("")}…` : t.content,
    ),
    schools: colleges.map((c) => c.school),
    perCollege,
    cover,
    coverage: cover.map((row) => row.filter((v) => v === 2).length),
    years: yearList,
  };
}
