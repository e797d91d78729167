/**
 * A unit's file (fujian1 split, 分发给各单位) opened with the add-in: only the tasks the unit leads are its to
 * write; every other task is locked in the file, and the pane's writes (which lift the protection for a moment)
 * must leave them alone too. The file is told by its 本单位（…） column, whose cells say 牵头 on the unit's rows.
 */
import { parseCell } from "../plan/a1";
import type { Fix } from "../reading/check";
import type { SheetPlan } from "../plan/types";
import type { Cell, GridReading } from "../reading/read-grid";
import { UNIT_COLUMN_TITLE, UNIT_ROLE_LEAD } from "../relay/names";
import { ROLE_CO, unitPlan } from "../relay/unit-plan";
import { cellText } from "../reading/read-grid";
import { UserFacingError } from "./errors";

/** What the scope needs of the sheet as read (SheetState has it). */
export interface ScopedSheet {
  grid: Cell[][];
  reading: GridReading;
}

export interface UnitScope {
  unit: string;
  /** 序号 of the tasks the unit leads. */
  lead: Set<string>;
  /** 序号 of the tasks where it is a co-unit (read-only in its file). */
  co: Set<string>;
}

/** The unit and its lead tasks when the sheet is a unit's file, else null (a master or a standard file). */
export function unitScope(state: ScopedSheet): UnitScope | null {
  const { grid, reading } = state;
  for (let r = 0; r < Math.min(8, grid.length); r++) {
    const c = (grid[r] ?? []).findIndex((v) => typeof v === "string" && v.startsWith(UNIT_COLUMN_TITLE));
    if (c < 0) continue;
    const title = cellText(grid[r][c]);
    const unit = title.slice(UNIT_COLUMN_TITLE.length).replace(/）$/, "");
    const withRole = (role: string) =>
      new Set(reading.owners.filter((o) => cellText(grid[o.row]?.[c]).trim() === role).map((o) => o.seq));
    return { unit, lead: withRole(UNIT_ROLE_LEAD), co: withRole(ROLE_CO) };
  }
  return null;
}

/** Whether the pane may write into task `seq` (always, outside a unit's file). */
export const mayWrite = (scope: UnitScope | null, seq: string): boolean => !scope || scope.lead.has(seq);

/** For an action on one task: another unit's task is refused, nothing written. */
export function assertOwnTask(state: ScopedSheet, seq: string): void {
  const scope = unitScope(state);
  if (!mayWrite(scope, seq)) throw new UserFacingError("unit.notOwnTask", { unit: scope!.unit, seq });
}

/** For a bulk action: selected tasks, none of them the unit's, are refused, nothing written. */
export function assertSomeOwn(scope: UnitScope | null, seqs: Iterable<string>): void {
  if (scope && ![...seqs].some((s) => scope.lead.has(s)))
    throw new UserFacingError("unit.noOwnTasks", { unit: scope.unit });
}

/** The fixes that do not fall in another unit's task (on a unit's file; all of them elsewhere). */
export function ownFixes(state: ScopedSheet, fixes: Fix[]): Fix[] {
  const scope = unitScope(state);
  if (!scope) return fixes;
  const owners = new Map(state.reading.owners.map((o) => [o.row, o.seq]));
  return fixes.filter((f) => {
    const seq = owners.get(parseCell(f.address.split(":")[0]).row);
    return seq === undefined || scope.lead.has(seq);
  });
}

/**
 * The plan to lay formats, unlocked cells and rules again by (the 修正 of a paste's damage): on a unit's file the
 * unit's plan — only its lead tasks unlocked, other tasks greyed — never the standard plan, which would open them.
 */
export function restorePlan(state: ScopedSheet & { plan: SheetPlan }): SheetPlan {
  const scope = unitScope(state);
  if (!scope) return state.plan;
  const split = { unit: scope.unit, lead: [...scope.lead], co: [...scope.co], locked: [] };
  // The identity only words the note in the first row, a value a restore does not write.
  const id = { masterId: "", handOutId: "", unit: scope.unit, by: "", at: "", tasks: [] };
  return unitPlan(state.plan, split, id);
}
