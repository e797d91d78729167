/** Small writes on the form's sheet: fixes, 不涉及 marks, joint units, list edits. */
import type { FormDef, Lists } from "../form/types";
import { parseCell, rangeAddress } from "../plan/a1";
import { listColumns } from "../plan/rules";
import type { Fix } from "../reading/check";
import { listProblem, renameFixes, separatorFixes, usagesOf, type ListKind } from "../reading/list-usage";
import type { Capabilities } from "./capabilities";
import { UserFacingError } from "./errors";
import { queueLists } from "./lists-sheet";
import { onSheet, type Step } from "./on-sheet";
import { queueRestore } from "./apply-plan";
import { queueFitMarks } from "./fit-marks";
import { rowSpan } from "./rules-apply";
import type { ExcelRunner } from "./run";
import { selectedOwner, type SheetState } from "./sheet-state";
import { queueText } from "./text-cells";
import { ownFixes, restorePlan } from "./unit-scope";

function queueFixes(state: SheetState, fixes: Fix[]): void {
  for (const f of fixes) queueText(state.sheet, f.address, f.value);
}

/**
 * Writes accepted fixes in one batch. With `caps`, the fill-in cells' formats and the rules
 * are laid again in the same batch (what a paste broke; the check reports lost dropdowns).
 */
export function applyFixes(run: ExcelRunner, form: FormDef, fixes: Fix[], caps?: Capabilities): Promise<number> {
  return onSheet(
    run,
    form,
    (state) => {
      // On a unit's file, nothing goes into another unit's task.
      const own = ownFixes(state, fixes);
      return {
        result: own.length,
        write: (s) => {
          queueFixes(s, own);
          if (caps) queueRestore(s.sheet, restorePlan(s), caps);
        },
      };
    },
    { caps },
  );
}

/** The task of the selected cell, with its first row. */
function selectedTask(state: SheetState): { seq: string; firstRow: number } {
  const owner = selectedOwner(state);
  const first = state.reading.owners.find((o) => o.seq === owner.seq && o.index === 0);
  return { seq: owner.seq, firstRow: first ? first.row : owner.row };
}

/**
 * Marks the selected task 不涉及 with a reason, or clears the mark when the reason is empty; the task's rows
 * grow to show the reason whole on paper (with `caps`, the page breaks are planned again too).
 */
export function setNotApplicable(
  run: ExcelRunner,
  form: FormDef,
  reason: string,
  caps?: Capabilities,
): Promise<string> {
  return onSheet(
    run,
    form,
    (state) => {
      const task = selectedTask(state);
      const address = rangeAddress(task.firstRow, state.plan.layout.markCol);
      const text = reason.trim();
      return {
        result: task.seq,
        write: (s) => {
          queueFixes(s, [{ address, value: text }]);
          queueFitMarks(s, form, { [task.seq]: text }, caps);
        },
      };
    },
    { selection: true, caps, hiddenRows: caps?.pageLayout },
  );
}

/** Writes several units into the selected 责任单位 cell, lead unit first. */
export function writeUnits(run: ExcelRunner, form: FormDef, units: string[]): Promise<string> {
  return onSheet(
    run,
    form,
    (state) => {
      const col = state.plan.layout.col.unit;
      const elsewhere = state.selected ? parseCell(state.selected).col !== col : state.selectionProblem === "elsewhere";
      if (elsewhere) throw new UserFacingError("units.selectCell");
      selectedOwner(state, true);
      const value = units.join("、");
      return { result: value, write: (s) => queueFixes(s, [{ address: s.selected as string, value }]) };
    },
    { selection: true },
  );
}

/**
 * Normalises 责任单位 values that arrived (typed, pasted) with other separators
 * in the rows of `address`: ；, ;, ，, newlines and spaces become 、. Returns the cells rewritten.
 */
export function normaliseUnits(run: ExcelRunner, form: FormDef, address: string): Promise<number> {
  return onSheet(run, form, (state) => {
    const [from, to] = rowSpan(address);
    const fixes = ownFixes(state, separatorFixes(state.reading, from, to));
    return fixes.length ? { result: fixes.length, write: (s) => queueFixes(s, fixes) } : { result: 0 };
  });
}

export interface ListEdit {
  kind: ListKind;
  items: string[];
  renames?: Array<{ from: string; to: string }>;
}

export type ListEditOutcome =
  { saved: true; rewritten: number } | { saved: false; inUse: Array<{ item: string; cells: string[] }> };

/**
 * Saves a list: renames are carried into every cell that used the old name
 * (inside joint values too). Removing an item still in use needs `confirmed`.
 */
export function editList(
  run: ExcelRunner,
  form: FormDef,
  caps: Capabilities,
  edit: ListEdit,
  confirmed = false,
): Promise<ListEditOutcome> {
  return onSheet(
    run,
    form,
    (state): Step<ListEditOutcome> => {
      const problem = listProblem(edit.items, edit.kind);
      if (problem) throw new UserFacingError(`lists.${problem}`);
      const renames = edit.renames ?? [];
      const renamedFrom = new Set(renames.map((r) => r.from));
      const removed = state.lists[edit.kind].filter((i) => !edit.items.includes(i) && !renamedFrom.has(i));
      const inUse = removed
        .map((item) => ({ item, cells: usagesOf(state.reading, edit.kind, item) }))
        .filter((u) => u.cells.length);
      if (inUse.length && !confirmed) return { result: { saved: false, inUse } };
      const lists: Lists = { ...state.lists, [edit.kind]: edit.items.map((i) => i.trim()) };
      // On a unit's file, other units' tasks keep the old name (they are locked there).
      const fixes = ownFixes(state, renameFixes(state.reading, edit.kind, renames));
      return {
        result: { saved: true, rewritten: fixes.length },
        write: (s, context) => {
          queueLists(context, s.listsProbe, listColumns(lists), caps.editNames);
          queueFixes(s, fixes);
        },
      };
    },
    { caps },
  );
}
