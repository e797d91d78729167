/** 检查完整性 in Excel: one sync to read, then the same pure check the command line uses. */
import type { FormDef } from "../form/types";
import { listColumns } from "../plan/rules";
import { checkGrid, type CheckResult } from "../reading/check";
import type { Cell } from "../reading/read-grid";
import { probeLists, readLists } from "./lists-sheet";
import { gridFromUsedRange } from "./load-form";
import type { ExcelRunner } from "./run";

/**
 * Checks the form's sheet, or — when the workbook has none — the active sheet,
 * which then yields a "not 附件1" finding instead of an error.
 */
export function checkSheet(run: ExcelRunner, form: FormDef): Promise<CheckResult> {
  return run(async (context) => {
    const named = context.workbook.worksheets.getItemOrNullObject(form.sheetName);
    const active = context.workbook.worksheets.getActiveWorksheet();
    const usedNamed = named.getUsedRangeOrNullObject(true);
    const usedActive = active.getUsedRangeOrNullObject(true);
    for (const u of [usedNamed, usedActive]) u.load("values,rowIndex,columnIndex");
    const lists = probeLists(context, listColumns(form.lists));
    await context.sync();
    const used = named.isNullObject ? usedActive : usedNamed;
    const grid = used.isNullObject ? [] : gridFromUsedRange(used.values as Cell[][], used.rowIndex, used.columnIndex);
    return checkGrid(form, grid, readLists(lists) ?? form.lists);
  });
}

/** Activates the form's sheet and selects a cell, for a finding the user clicked. */
export function selectCell(run: ExcelRunner, form: FormDef, address: string): Promise<void> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(form.sheetName);
    sheet.activate();
    sheet.getRange(address).select();
    await context.sync();
  });
}
