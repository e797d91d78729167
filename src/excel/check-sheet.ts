/**
 * 检查完整性 in Excel: one sync to read, then the same pure check the command line uses; with
 * data validation available, one more to find fill-in cells that lost their dropdown.
 */
import type { FormDef } from "../form/types";
import { listColumns } from "../plan/rules";
import { parseCell, rangeAddress } from "../plan/a1";
import { planSheet } from "../plan/sheet-plan";
import type { SheetPlan } from "../plan/types";
import { checkGrid, SEVERITY, type CheckResult, type Finding } from "../reading/check";
import { cellValue, readGrid, type Cell, type GridReading } from "../reading/read-grid";
import type { Capabilities } from "./capabilities";
import { probeLists, readLists } from "./lists-sheet";
import { gridFromUsedRange } from "./sheet-state";
import { measureMerges, probeMeasureMerges } from "./measure-merges";
import type { ExcelRunner } from "./run";
import { UNIT_COLUMN_TITLE } from "../relay/names";

/**
 * Checks the form's sheet, or — when the workbook has none — the active sheet,
 * which then yields a "not 附件1" finding instead of an error.
 */
export function checkSheet(run: ExcelRunner, form: FormDef, caps?: Capabilities): Promise<CheckResult> {
  return run(async (context) => {
    const named = context.workbook.worksheets.getItemOrNullObject(form.sheetName);
    const active = context.workbook.worksheets.getActiveWorksheet();
    const usedNamed = named.getUsedRangeOrNullObject(true);
    const usedActive = active.getUsedRangeOrNullObject(true);
    for (const u of [usedNamed, usedActive]) u.load("values,rowIndex,columnIndex");
    const lists = probeLists(context, listColumns(form.lists));
    const merges = probeMeasureMerges(named, form, caps);
    await context.sync();
    const used = named.isNullObject ? usedActive : usedNamed;
    const grid = used.isNullObject ? [] : gridFromUsedRange(used.values as Cell[][], used.rowIndex, used.columnIndex);
    const merged = named.isNullObject ? [] : measureMerges(merges);
    // A unit's file (fujian1 split, 分发给各单位) has a 本单位 column: its identity is read then (one more sync,
    // with the relay's code loaded on demand) and only its tasks are checked.
    const unitFile = !named.isNullObject && grid.slice(0, 8).some((row) => row.some((v) => isUnitColumnTitle(v)));
    const scoped = async (result: CheckResult): Promise<CheckResult> => {
      if (!unitFile) return result;
      const relay = await import(/* webpackChunkName: "check-panel" */ "./relay-check");
      return relay.scopeUnitFile(context, form, result, readGrid(form, grid, merged).entries);
    };
    const result = checkGrid(form, grid, readLists(lists) ?? form.lists, merged);
    if (!caps?.dataValidation || named.isNullObject) return scoped(result);
    const reading = readGrid(form, grid, merged);
    if (!reading.recognised) return scoped(result);
    const lost = await cellsWithoutDropdown(context, named, planSheet(form, reading.entries, form.sheetName));
    return scoped(lost.length ? withLostDropdowns(result, reading, grid, lost) : result);
  });
}

/**
 * Fill-in cells of the dropdown columns that have no list rule any more (a paste of cells
 * removes it). One more sync, and per-cell reads only for a column that is not whole.
 */
async function cellsWithoutDropdown(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  plan: SheetPlan,
): Promise<string[]> {
  const columns = plan.validations.map((v) => {
    const dv = sheet.getRange(v.range).dataValidation;
    dv.load("type");
    return { range: v.range, dv };
  });
  await context.sync();
  const broken = columns.filter((c) => c.dv.type !== "List");
  if (!broken.length) return [];
  const cells = broken.flatMap((c) => {
    const [a, b = a] = c.range.split(":").map(parseCell);
    return Array.from({ length: b.row - a.row + 1 }, (_, i) => {
      const address = rangeAddress(a.row + i, a.col);
      const dv = sheet.getRange(address).dataValidation;
      dv.load("type");
      return { address, dv };
    });
  });
  await context.sync();
  return cells.filter((c) => c.dv.type !== "List").map((c) => c.address);
}

function withLostDropdowns(result: CheckResult, reading: GridReading, grid: Cell[][], lost: string[]): CheckResult {
  const findings = lost.map((address): Finding => {
    const { row, col } = parseCell(address);
    const seq = reading.owners.find((o) => o.row === row)?.seq;
    // Writing the cell's own value back lets the fix lay the dropdown and format again.
    return {
      kind: "rule-missing",
      severity: SEVERITY["rule-missing"],
      ...(seq ? { seq } : {}),
      address,
      fix: { address, value: cellValue(grid[row]?.[col]) },
    };
  });
  return { ...result, findings: [...result.findings, ...findings] };
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

function isUnitColumnTitle(v: Cell): boolean {
  return typeof v === "string" && v.startsWith(UNIT_COLUMN_TITLE);
}
