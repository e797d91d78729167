/** Re-applies the rules and the fill-in cells' formats on the sheet as it is now: idempotent, safe after a paste. */
import type { FormDef } from "../form/types";
import { rangeAddress } from "../plan/a1";
import { queueRestore } from "./apply-plan";
import type { Capabilities } from "./capabilities";
import { onSheet } from "./on-sheet";
import { recover } from "./recover";
import type { ExcelRunner } from "./run";
import { protectedAnyway } from "./protection";
import { readSheetState, unprotected } from "./sheet-state";

/** 重新应用: formats of the fill-in cells and the rules, after whatever a paste did. */
export function reapplyRules(run: ExcelRunner, form: FormDef, caps: Capabilities): Promise<void> {
  return onSheet(
    run,
    form,
    (state) => ({ result: undefined, write: () => queueRestore(state.sheet, state.plan, caps) }),
    { caps },
  );
}

/**
 * After a person changed `address`: when the change reached the fill-in cells and left one of
 * them without its text format, unlocked, or a column without its dropdown (a paste of cells
 * does all three), lays them again. Reads first, so an ordinary edit writes nothing (an
 * add-in's write would clear the user's undo history). Returns whether it restored.
 */
export function restoreAfterEdit(
  run: ExcelRunner,
  form: FormDef,
  caps: Capabilities,
  address: string,
): Promise<boolean> {
  return run(async (context) => {
    const state = await readSheetState(context, form);
    const { layout } = state.plan;
    const [top, bottom] = rowSpan(address);
    const from = Math.max(top, layout.firstTaskRow);
    const to = Math.min(bottom, layout.lastRow);
    if (from > to) return false;
    const cols = layout.fillCols;
    const area = rangeAddress(from, Math.min(...cols), to, Math.max(...cols));
    const fill = state.sheet.getRange(area);
    fill.load("numberFormat");
    const lock = state.sheet.getRange(area).format.protection;
    lock.load("locked");
    const rules = caps.dataValidation
      ? state.plan.validations.map((v) => {
          const dv = state.sheet.getRange(v.range).dataValidation;
          dv.load("type");
          return dv;
        })
      : [];
    await context.sync();
    const broken =
      (fill.numberFormat as string[][]).some((row) => row.some((f) => f !== "@")) ||
      lock.locked !== false ||
      rules.some((dv) => dv.type !== "List");
    if (!broken) return false;
    unprotected(state, () => queueRestore(state.sheet, state.plan, caps));
    try {
      await context.sync();
    } catch (e) {
      if (await protectedAnyway(context, form.sheetName, e)) return true;
      throw await recover(context, form, state, e, caps);
    }
    return true;
  });
}

/** 0-based first and last row of an address such as "G7", "G7:H9" or "G:G". */
export function rowSpan(address: string): [number, number] {
  const parts = address.replace(/\$/g, "").split(":");
  const rowOf = (part: string, end: boolean) => {
    const m = /(\d+)$/.exec(part);
    return m ? Number(m[1]) - 1 : end ? Number.MAX_SAFE_INTEGER : 0;
  };
  return [rowOf(parts[0], false), rowOf(parts[parts.length - 1], true)];
}
