/** 进度: per unit, the tasks it leads, when its file was last gathered, how many are filled and how many ready. */
import type { Entries, FormDef } from "../form/types";
import type { CheckResult } from "../reading/check";
import { isFilled, taskEntry } from "./compare-entries";
import type { MasterRecord } from "./identity";
import { leadUnits, splitPlan } from "./units";

export interface UnitProgress {
  unit: string;
  assigned: number;
  /** When a file of this unit was last gathered (ISO 8601), or "" never. */
  gatheredAt: string;
  /** Tasks with a measure, a 完成目标 or a 不涉及 mark. */
  filled: number;
  /** Filled tasks without a blocking finding. */
  ready: number;
}

export function progressByUnit(
  form: FormDef,
  entries: Entries,
  check: CheckResult,
  record: MasterRecord | null,
): UnitProgress[] {
  const blocked = new Set(check.findings.filter((f) => f.severity === "error" && f.seq).map((f) => f.seq as string));
  return leadUnits(form, entries).map((unit) => {
    const { lead } = splitPlan(form, entries, unit);
    const filled = lead.filter((seq) => isFilled(taskEntry(entries, seq)));
    const gathered = (record?.log ?? []).filter((l) => l.unit === unit && !l.note).map((l) => l.at);
    return {
      unit,
      assigned: lead.length,
      gatheredAt: gathered.sort().pop() ?? "",
      filled: filled.length,
      ready: filled.filter((s) => !blocked.has(s)).length,
    };
  });
}
