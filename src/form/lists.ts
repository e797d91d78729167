/** The dropdown lists a new form starts from, and the lists a draft implies. */
import type { Entries, Lists } from "./types";

/**
 * A starting point for any vocational college: offices most colleges have. The blank form
 * offers these; a college edits the list (名单) to its own units before handing the file out.
 */
export const GENERIC_UNITS: readonly string[] = Object.freeze([
  "党委办公室",
  "院长办公室",
  "党委宣传部",
  "教务处",
  "学生工作处",
  "招生就业处",
  "人事处",
  "财务处",
  "科研处",
  "质量管理办公室",
  "国际交流合作处",
  "继续教育学院",
  "马克思主义学院",
  "各二级学院",
]);

/** Collective unit names go after the named offices. */
const COLLECTIVE_UNITS = new Set(["学校", "相关学院", "各二级学院"]);

/** The units a draft uses, in order of first use, named offices before collective names. */
export function unitsOf(entries: Entries): string[] {
  const units: string[] = [];
  for (const rows of Object.values(entries.rows))
    for (const r of rows) for (const u of r.unit.split("、")) if (u && !units.includes(u)) units.push(u);
  return [...units.filter((u) => !COLLECTIVE_UNITS.has(u)), ...units.filter((u) => COLLECTIVE_UNITS.has(u))];
}

/** The years a draft names, as a continuous list from the first to the last (e.g. 2021年 … 2025年). */
export function yearsOf(entries: Entries): string[] {
  const years: number[] = [];
  for (const rows of Object.values(entries.rows))
    for (const r of rows) for (const y of r.time.matchAll(/(\d{4})年/g)) years.push(Number(y[1]));
  const out: string[] = [];
  if (years.length) for (let y = Math.min(...years); y <= Math.max(...years); y++) out.push(`${y}年`);
  return out;
}

/** The lists for a draft: its own units (a college's draft comes with its offices), the form's years. */
export function listsForDraft(entries: Entries, base: Lists): Lists {
  const units = unitsOf(entries);
  return { units: units.length ? units : [...base.units], times: [...base.times] };
}
