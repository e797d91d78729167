/**
 * Who does what: the unit of a task (its lead, named first, and its co-units after 、) and, for one unit,
 * which tasks it edits (it leads them), which it sees as 协办 (it is a co-unit) and which are locked.
 */
import type { Entries, FormDef, MeasureRow } from "../form/types";
import { joinUnits } from "../reading/normalise-values";

export interface TaskUnits {
  /** The unit named first in the task's first row that names one; "" when the task is not assigned. */
  lead: string;
  /** Every other unit the task's rows name, in order of appearance, without the lead. */
  co: string[];
}

export type Role = "lead" | "co";

/** The parts of a unit value ("教务处、人事处", also with other separators) as listed names. */
export function unitParts(value: string): string[] {
  return value.trim() ? joinUnits(value).split("、").filter(Boolean) : [];
}

export function taskUnits(rows: readonly MeasureRow[] | undefined): TaskUnits {
  const names: string[] = [];
  for (const r of rows ?? []) for (const u of unitParts(r.unit)) if (!names.includes(u)) names.push(u);
  const [lead = "", ...co] = names;
  return { lead, co };
}

/** Each task's units, by 序号 (every task of the form, assigned or not). */
export function assignments(form: FormDef, entries: Entries): Record<string, TaskUnits> {
  const out: Record<string, TaskUnits> = {};
  for (const t of form.tasks) out[t.seq] = taskUnits(entries.rows[t.seq]);
  return out;
}

/** The units that lead at least one task, in the order of their first task. */
export function leadUnits(form: FormDef, entries: Entries): string[] {
  const out: string[] = [];
  for (const t of form.tasks) {
    const { lead } = taskUnits(entries.rows[t.seq]);
    if (lead && !out.includes(lead)) out.push(lead);
  }
  return out;
}

export interface SplitPlan {
  unit: string;
  /** Tasks the unit leads: editable in its file. */
  lead: string[];
  /** Tasks where it is a co-unit: shown read-only, marked 协办. */
  co: string[];
  /** Every other task: locked and out of the way. */
  locked: string[];
}

export function splitPlan(form: FormDef, entries: Entries, unit: string): SplitPlan {
  const plan: SplitPlan = { unit, lead: [], co: [], locked: [] };
  for (const t of form.tasks) {
    const u = taskUnits(entries.rows[t.seq]);
    if (u.lead === unit) plan.lead.push(t.seq);
    else if (u.co.includes(unit)) plan.co.push(t.seq);
    else plan.locked.push(t.seq);
  }
  return plan;
}

/** A unit's name as part of a file name: characters no file system takes become "_". */
export function fileSafe(unit: string): string {
  // eslint-disable-next-line no-control-regex
  const safe = unit.replace(/[\\/:*?"<>|\u0000-\u001f]/g, "_").replace(/^[.\s]+|[.\s]+$/g, "");
  return safe || "_";
}
