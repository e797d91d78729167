/**
 * A unit's file (fujian1 split, 分发给各单位) opened with the add-in: only the tasks the unit leads are its to
 * write; every other task is locked in the file, and the pane's writes (which lift the protection for a moment)
 * must leave them alone too. The file is told by its 本单位（…） column, whose cells say 牵头 on the unit's rows.
 */
import { UNIT_COLUMN_TITLE, UNIT_ROLE_LEAD } from "../relay/names";
import { cellText } from "../reading/read-grid";
import { UserFacingError } from "./errors";
import type { SheetState } from "./sheet-state";

export interface UnitScope {
  unit: string;
  /** 序号 of the tasks the unit leads. */
  lead: Set<string>;
}

/** The unit and its lead tasks when the sheet is a unit's file, else null (a master or a standard file). */
export function unitScope(state: Pick<SheetState, "grid" | "reading">): UnitScope | null {
  const { grid, reading } = state;
  for (let r = 0; r < Math.min(8, grid.length); r++) {
    const c = (grid[r] ?? []).findIndex((v) => typeof v === "string" && v.startsWith(UNIT_COLUMN_TITLE));
    if (c < 0) continue;
    const title = cellText(grid[r][c]);
    const unit = title.slice(UNIT_COLUMN_TITLE.length).replace(/）$/, "");
    const lead = new Set(
      reading.owners.filter((o) => cellText(grid[o.row]?.[c]).trim() === UNIT_ROLE_LEAD).map((o) => o.seq),
    );
    return { unit, lead };
  }
  return null;
}

/** Whether the pane may write into task `seq` (always, outside a unit's file). */
export const mayWrite = (scope: UnitScope | null, seq: string): boolean => !scope || scope.lead.has(seq);

/** For an action on one task: another unit's task is refused, nothing written. */
export function assertOwnTask(state: Pick<SheetState, "grid" | "reading">, seq: string): void {
  const scope = unitScope(state);
  if (!mayWrite(scope, seq)) throw new UserFacingError("unit.notOwnTask", { unit: scope!.unit, seq });
}

/** For a bulk action: selected tasks, none of them the unit's, are refused, nothing written. */
export function assertSomeOwn(scope: UnitScope | null, seqs: Iterable<string>): void {
  if (scope && ![...seqs].some((s) => scope.lead.has(s)))
    throw new UserFacingError("unit.noOwnTasks", { unit: scope.unit });
}
