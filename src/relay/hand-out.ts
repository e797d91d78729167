/** 分发: one identity per unit that leads a task, and the master's record of this hand-out. */
import type { Entries, FormDef } from "../form/types";
import { fingerprint, taskEntry } from "./compare-entries";
import type { HandOutIdentity, MasterRecord } from "./identity";
import { leadUnits, splitPlan, type Role, type SplitPlan } from "./units";

export interface HandOutRequest {
  /** The master's record when it was handed out before (its id is kept), else null. */
  record: MasterRecord | null;
  /** A new id, used when the master has none yet (the caller makes ids: this code is pure). */
  newMasterId: string;
  handOutId: string;
  by: string;
  /** ISO 8601. */
  at: string;
}

export interface UnitHandOut {
  unit: string;
  plan: SplitPlan;
  identity: HandOutIdentity;
}

export interface HandOut {
  record: MasterRecord;
  units: UnitHandOut[];
  /** Tasks no unit leads (not assigned): they stay with the coordinator. */
  unassigned: string[];
}

export function handOut(form: FormDef, entries: Entries, req: HandOutRequest): HandOut {
  const masterId = req.record?.masterId || req.newMasterId;
  const bases = form.tasks.map((t) => ({ seq: t.seq, base: fingerprint(taskEntry(entries, t.seq)) }));
  const units = leadUnits(form, entries).map((unit): UnitHandOut => {
    const plan = splitPlan(form, entries, unit);
    const role = (seq: string): Role | "" => (plan.lead.includes(seq) ? "lead" : plan.co.includes(seq) ? "co" : "");
    return {
      unit,
      plan,
      identity: {
        masterId,
        handOutId: req.handOutId,
        unit,
        by: req.by,
        at: req.at,
        tasks: bases.map((b) => ({ ...b, role: role(b.seq) })),
      },
    };
  });
  const led = new Set(units.flatMap((u) => u.plan.lead));
  return {
    record: {
      masterId,
      handOutId: req.handOutId,
      handOutAt: req.at,
      by: req.by,
      // A new hand-out starts from the master as it is now: what earlier gathers took is its base.
      taken: [],
      log: req.record?.log ?? [],
    },
    units,
    unassigned: form.tasks.map((t) => t.seq).filter((s) => !led.has(s)),
  };
}
