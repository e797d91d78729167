/**
 * Comparing two sets of entries task by task: what a task holds (its measure rows without trailing empty
 * ones, and its 不涉及 mark), a fingerprint of it that a file can carry, and whether two versions are the same.
 */
import { isEmptyRow, type Entries, type FormDef, type MeasureRow } from "../form/types";

/** One task's entry: what the college wrote for it. */
export interface TaskEntry {
  rows: MeasureRow[];
  /** The 不涉及 reason, "" when not marked. */
  mark: string;
}

/** The task's entry as compared: trailing empty rows dropped (spare rows, an empty first row). */
export function taskEntry(entries: Entries, seq: string): TaskEntry {
  const rows = (entries.rows[seq] ?? []).map((r) => ({ ...r }));
  while (rows.length && isEmptyRow(rows[rows.length - 1]) && !rows[rows.length - 1].sameMeasure) rows.pop();
  return { rows, mark: entries.marks?.[seq] ?? "" };
}

export function isEmptyTask(e: TaskEntry): boolean {
  return !e.rows.length && !e.mark;
}

/** Whether a task is filled in: a 具体举措 or a 完成目标 in a row, or a 不涉及 mark (a unit or a time alone is not). */
export function isFilled(e: TaskEntry): boolean {
  return !!e.mark || e.rows.some((r) => r.measure.trim() !== "" || r.target.trim() !== "");
}

function canonical(e: TaskEntry): string {
  return JSON.stringify([e.mark, e.rows.map((r) => [r.measure, r.target, r.unit, r.time, r.sameMeasure ? 1 : 0])]);
}

export function sameTask(a: TaskEntry, b: TaskEntry): boolean {
  return canonical(a) === canonical(b);
}

/** FNV-1a over UTF-16 code units, 32 bits, from a given basis. */
function fnv(text: string, basis: number): number {
  let h = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A short fingerprint of a task's entry (64 bits as 16 hex digits); "0" for an empty task. */
export function fingerprint(e: TaskEntry): string {
  if (isEmptyTask(e)) return "0";
  const text = canonical(e);
  const hex = (n: number) => n.toString(16).padStart(8, "0");
  return hex(fnv(text, 0x811c9dc5)) + hex(fnv(text, 0x050c5d1f));
}

export type TaskComparison = "same" | "different";

/** Per task of the form: whether the two sets hold the same entry. */
export function compareEntries(form: FormDef, a: Entries, b: Entries): Record<string, TaskComparison> {
  const out: Record<string, TaskComparison> = {};
  for (const t of form.tasks) out[t.seq] = sameTask(taskEntry(a, t.seq), taskEntry(b, t.seq)) ? "same" : "different";
  return out;
}

/** Entries with one task's entry replaced (the others shared, not copied deeply). */
export function withTask(entries: Entries, seq: string, e: TaskEntry): Entries {
  const rows = { ...entries.rows };
  if (e.rows.length) rows[seq] = e.rows.map((r) => ({ ...r }));
  else delete rows[seq];
  const marks = { ...(entries.marks ?? {}) };
  if (e.mark) marks[seq] = e.mark;
  else delete marks[seq];
  const out: Entries = { header: entries.header, rows };
  if (Object.keys(marks).length) out.marks = marks;
  return out;
}

/** How a task of incoming entries (a draft imported again) stands against the base (the sheet). */
export type TaskChange = "new" | "different" | "only-base";

/**
 * Per task of the form, in order, how `incoming` differs from `base`: new (empty in base), different (both
 * hold something, not the same), only-base (incoming has nothing). Tasks the same, or empty in both, are left out.
 */
export function taskChanges(
  form: FormDef,
  base: Entries,
  incoming: Entries,
): Array<{ seq: string; change: TaskChange }> {
  const out: Array<{ seq: string; change: TaskChange }> = [];
  for (const t of form.tasks) {
    const a = taskEntry(base, t.seq);
    const b = taskEntry(incoming, t.seq);
    if (sameTask(a, b)) continue;
    out.push({ seq: t.seq, change: isEmptyTask(a) ? "new" : isEmptyTask(b) ? "only-base" : "different" });
  }
  return out;
}

/**
 * The base with incoming's entry for the tasks in `seqs` (a task only in base is never emptied), and its empty
 * header fields filled from incoming.
 */
export function takeTasks(base: Entries, incoming: Entries, seqs: Iterable<string>): Entries {
  let out: Entries = base;
  for (const seq of seqs) {
    const e = taskEntry(incoming, seq);
    if (!isEmptyTask(e)) out = withTask(out, seq, e);
  }
  const header = { ...base.header };
  for (const k of ["unit", "contact", "phone"] as const) if (!header[k].trim()) header[k] = incoming.header[k];
  return { ...out, header };
}
