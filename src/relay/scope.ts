/**
 * A unit's own check (本单位 7 项任务): the findings of the tasks it leads, and a summary over them only.
 * Header fields and the other units' tasks are the coordinator's business, not the unit's.
 */
import type { Entries, FormDef, MeasureRow } from "../form/types";
import type { CheckResult, Summary } from "../reading/check";
import { taskEntry } from "./compare-entries";
import type { HandOutIdentity } from "./identity";

export interface ScopedCheck extends CheckResult {
  /** The unit and its tasks, when the check was limited to them. */
  scope: { unit: string; tasks: string[] };
}

function hasMeasure(entries: Entries, seq: string): boolean {
  return taskEntry(entries, seq).rows.some((r) => r.measure.trim() !== "" || r.target.trim() !== "");
}

/**
 * Whether a bulk 不涉及 leaves a task alone because the college wrote something in it (marking it would contradict
 * that). In a master or a standard file any fill-in cell counts. On a unit's file, for a task the unit leads, only a
 * 具体举措 or a 完成目标 does: the hand-out wrote the unit's own name into 责任单位 (and the coordinator may have
 * written a 完成时间), so a task holding only those is one the unit has not filled yet. The mark never overwrites
 * them: they stay beside it, as the check allows (a mark contradicts measures, not an assignment).
 */
export function filledForMark(rows: readonly MeasureRow[], unitFile: boolean): boolean {
  const keys = unitFile ? (["measure", "target"] as const) : (["measure", "target", "unit", "time"] as const);
  return rows.some((r) => keys.some((k) => r[k].trim() !== ""));
}

export function scopeCheck(
  form: FormDef,
  result: CheckResult,
  entries: Entries,
  unit: string,
  tasks: readonly string[],
): ScopedCheck {
  const mine = new Set(tasks);
  const findings = result.findings.filter((f) => f.seq !== undefined && mine.has(f.seq));
  const marked = (seq: string) => !!entries.marks?.[seq];
  const notApplicable = tasks.filter(marked).length;
  const withMeasures = tasks.filter((s) => !marked(s) && hasMeasure(entries, s)).length;
  const errors = findings.filter((f) => f.severity === "error").length;
  const summary: Summary = {
    ...result.summary,
    total: tasks.length,
    withMeasures,
    withoutMeasures: tasks.length - withMeasures - notApplicable,
    notApplicable,
    groups: form.groups
      .map((g, i) => {
        const inGroup = form.tasks.filter((t) => t.group === i && mine.has(t.seq)).map((t) => t.seq);
        return {
          title: g.title,
          total: inGroup.length,
          withMeasures: inGroup.filter((s) => !marked(s) && hasMeasure(entries, s)).length,
          notApplicable: inGroup.filter(marked).length,
        };
      })
      .filter((g) => g.total > 0),
    errors,
    warnings: findings.filter((f) => f.severity === "warning").length,
    ready: errors === 0 && !result.findings.some((f) => f.kind === "not-form"),
    scope: { unit, tasks: tasks.length },
  };
  return { ...result, findings, summary, scope: { unit, tasks: [...tasks] } };
}

/** A unit's file checked for the tasks it leads, as handed out. */
export function scopeToUnit(form: FormDef, result: CheckResult, entries: Entries, id: HandOutIdentity): ScopedCheck {
  const tasks = id.tasks.filter((t) => t.role === "lead").map((t) => t.seq);
  return scopeCheck(form, result, entries, id.unit, tasks);
}
