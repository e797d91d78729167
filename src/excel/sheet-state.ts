/**
 * Reads the form's sheet in one sync: its values, protection, lists and the
 * selection — everything an action needs before it writes.
 */
import type { FormDef, Lists } from "../form/types";
import { listColumns } from "../plan/rules";
import { planSheet } from "../plan/sheet-plan";
import type { SheetPlan } from "../plan/types";
import { readGrid, type Cell, type GridReading } from "../reading/read-grid";
import { UserFacingError } from "./errors";
import { probeLists, readLists, type ListsProbe } from "./lists-sheet";
import { gridFromUsedRange } from "./load-form";

export interface SheetState {
  sheet: Excel.Worksheet;
  grid: Cell[][];
  reading: GridReading;
  lists: Lists;
  listsProbe: ListsProbe;
  wasProtected: boolean;
  /** The selected cell's address on the form's sheet (e.g. "G12"), or null when elsewhere. */
  selected: string | null;
  /** The plan of the sheet as it is now (same entries and rows). */
  plan: SheetPlan;
}

/** Protection the add-in sets: the plan's, for every sheet of the form. */
export function protectOptions(plan: SheetPlan): Excel.WorksheetProtectionOptions {
  return { ...plan.protection, selectionMode: "Normal" };
}

export async function readSheetState(context: Excel.RequestContext, form: FormDef): Promise<SheetState> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(form.sheetName);
  sheet.load("name");
  sheet.protection.load("protected");
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("values,rowIndex,columnIndex");
  const selection = context.workbook.getSelectedRange();
  selection.load("address");
  const listsProbe = probeLists(context, listColumns(form.lists));
  await context.sync();
  if (sheet.isNullObject) throw new UserFacingError("state.noSheet", { sheet: form.sheetName });
  const grid = used.isNullObject ? [] : gridFromUsedRange(used.values as Cell[][], used.rowIndex, used.columnIndex);
  const reading = readGrid(form, grid);
  if (!reading.recognised) throw new UserFacingError("load.unrecognised", { sheet: form.sheetName });
  const lists = readLists(listsProbe) ?? form.lists;
  return {
    sheet,
    grid,
    reading,
    lists,
    listsProbe,
    wasProtected: sheet.protection.protected,
    selected: selectedOn(selection.address, form.sheetName),
    plan: planSheet(form, reading.entries, form.sheetName, lists),
  };
}

/** "附件1!G12" or "'附件1'!G12:H13" → "G12" when on the sheet, else null. */
export function selectedOn(address: string, sheetName: string): string | null {
  const bang = address.lastIndexOf("!");
  const sheet = address
    .slice(0, bang)
    .replace(/^'(.*)'$/, "$1")
    .replace(/''/g, "'");
  if (sheet !== sheetName) return null;
  return address
    .slice(bang + 1)
    .split(":")[0]
    .replace(/\$/g, "");
}

/** Runs queued writes with protection lifted, and puts it back the way the add-in sets it. */
export function unprotected(state: SheetState, queue: () => void): void {
  if (state.wasProtected) state.sheet.protection.unprotect();
  queue();
  state.sheet.protection.protect(protectOptions(state.plan));
}
