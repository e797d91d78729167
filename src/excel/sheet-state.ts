/**
 * Reads the form's sheet in one sync: its values, protection, lists and the
 * selection — everything an action needs before it writes.
 */
import type { FormDef, Lists } from "../form/types";
import { listColumns } from "../plan/rules";
import { planSheet } from "../plan/sheet-plan";
import type { SheetPlan } from "../plan/types";
import { readGrid, type Cell, type GridReading, type RowOwner } from "../reading/read-grid";
import { parseCell } from "../plan/a1";
import { errorCode, UserFacingError } from "./errors";
import { probeLists, readLists, type ListsProbe } from "./lists-sheet";
import { measureMerges, probeMeasureMerges } from "./measure-merges";
import { sheetPlanOptions } from "./sheet-language";
import { assertOwnTask } from "./unit-scope";

export interface SheetState {
  sheet: Excel.Worksheet;
  grid: Cell[][];
  reading: GridReading;
  lists: Lists;
  listsProbe: ListsProbe;
  wasProtected: boolean;
  /**
   * The top-left cell of the selection on the form's sheet (e.g. "G12"), or null when the
   * selection was not read, is elsewhere, or is not one block of cells (see selectionProblem).
   */
  selected: string | null;
  /** Rows and columns of the selected block (1 × 1 for one cell). */
  selectedSize: { rows: number; cols: number };
  /** Why `selected` is null although the selection was read. */
  selectionProblem: SelectionProblem | null;
  /** The plan of the sheet as it is now (same entries and rows). */
  plan: SheetPlan;
  /** 0-based task rows hidden on the sheet (a standard file's spares), when read (ReadOptions.hiddenRows). */
  hiddenRows: number[];
}

/**
 * Protection the add-in sets: the plan's, for every sheet of the form. The selection mode is
 * left at Excel's default (Normal): naming it needs ExcelApi 1.7.
 */
export function protectOptions(plan: SheetPlan): Excel.WorksheetProtectionOptions {
  return { ...plan.protection };
}

/**
 * What is wrong with the selection for an action on one task: several areas or a chart or
 * shape (Excel then refuses getSelectedRange with InvalidSelection), whole rows or columns,
 * or cells of another sheet.
 */
export type SelectionProblem = "notRange" | "wholeLines" | "elsewhere";

export interface ReadOptions {
  /** Read the selection too: only actions on the selected task need it. */
  selection?: boolean;
  /**
   * This Excel reads merged areas (ExcelApi 1.13): the merged 具体举措 cells are read in the same
   * sync, so a measure shared by several rows stays shared when an action re-plans the sheet.
   */
  mergedAreas?: boolean;
  /** Read which task rows are hidden, for a plan of the pages as they print (ExcelApi 1.9: one more sync). */
  hiddenRows?: boolean;
}

export async function readSheetState(
  context: Excel.RequestContext,
  form: FormDef,
  options: ReadOptions = {},
): Promise<SheetState> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(form.sheetName);
  sheet.load("name");
  sheet.protection.load("protected");
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("values,rowIndex,columnIndex");
  const listsProbe = probeLists(context, listColumns(form.lists));
  const mergesProbe = probeMeasureMerges(sheet, form, options);
  // Queued last: when a chart or several areas are selected it fails the batch, which is then
  // read again without it (one more sync only in that case).
  let selection: Excel.Range | null = null;
  if (options.selection) {
    selection = context.workbook.getSelectedRange();
    selection.load("address");
  }
  let selectionFailed = false;
  try {
    await context.sync();
  } catch (e) {
    if (!selection || errorCode(e) !== "InvalidSelection") throw e;
    selectionFailed = true;
    return readSheetState(context, form, { ...options, selection: false }).then((s) => ({
      ...s,
      selectionProblem: "notRange" as const,
    }));
  }
  if (sheet.isNullObject) throw new UserFacingError("state.noSheet", { sheet: form.sheetName });
  const grid = used.isNullObject ? [] : gridFromUsedRange(used.values as Cell[][], used.rowIndex, used.columnIndex);
  const reading = readGrid(form, grid, measureMerges(mergesProbe));
  if (!reading.recognised) throw new UserFacingError("load.unrecognised", { sheet: form.sheetName });
  const lists = readLists(listsProbe) ?? form.lists;
  const picked = selection && !selectionFailed ? selectedBlock(selection.address, form.sheetName) : null;
  const rows = reading.owners.map((o) => o.row);
  let hiddenRows: number[] = [];
  if (options.hiddenRows && rows.length) {
    // One load for every task row (getRowProperties), not a proxy per row.
    const range = sheet.getRange(`${Math.min(...rows) + 1}:${Math.max(...rows) + 1}`);
    const props = range.getRowProperties({ rowIndex: true, rowHidden: true });
    await context.sync();
    hiddenRows = props.value.filter((p) => p.rowHidden).map((p) => p.rowIndex as number);
  }
  return {
    sheet,
    grid,
    reading,
    lists,
    listsProbe,
    wasProtected: sheet.protection.protected,
    selected: picked && "first" in picked ? picked.first : null,
    selectedSize: picked && "first" in picked ? picked.size : { rows: 1, cols: 1 },
    selectionProblem: picked && "problem" in picked ? picked.problem : null,
    plan: planSheet(form, reading.entries, form.sheetName, lists, { ...sheetPlanOptions(), hiddenRows }),
    hiddenRows,
  };
}

/** "附件1!G12" or "'附件1'!G12:H13" → "G12" when on the sheet, else null. */
export function selectedOn(address: string, sheetName: string): string | null {
  const block = selectedBlock(address, sheetName);
  return "first" in block ? block.first : null;
}

/** The selected block on the sheet: its top-left cell and size, or what is wrong with it. */
export function selectedBlock(
  address: string,
  sheetName: string,
): { first: string; size: { rows: number; cols: number } } | { problem: SelectionProblem } {
  const bang = address.lastIndexOf("!");
  const sheet = address
    .slice(0, bang)
    .replace(/^'(.*)'$/, "$1")
    .replace(/''/g, "'");
  if (sheet !== sheetName) return { problem: "elsewhere" };
  const body = address.slice(bang + 1).replace(/\$/g, "");
  if (body.includes(",")) return { problem: "notRange" };
  const [a, b = a] = body.split(":");
  if (!/\d/.test(a) || !/[A-Za-z]/.test(a) || !/\d/.test(b) || !/[A-Za-z]/.test(b)) return { problem: "wholeLines" };
  const from = parseCell(a);
  const to = parseCell(b);
  return { first: a, size: { rows: to.row - from.row + 1, cols: to.col - from.col + 1 } };
}

/**
 * The task row of the selection, for an action on one task. Several areas, a chart, whole
 * rows or columns, cells of another sheet, or a block over more than one task get a message
 * that asks for one cell of the task. `oneCell` also refuses a block of several cells.
 */
export function selectedOwner(state: SheetState, oneCell = false): RowOwner {
  if (!state.selected) {
    const key =
      state.selectionProblem === "notRange" || state.selectionProblem === "wholeLines"
        ? "selection.oneCell"
        : "rows.selectTask";
    throw new UserFacingError(key);
  }
  const { row } = parseCell(state.selected);
  const { rows, cols } = state.selectedSize;
  if (oneCell && rows * cols > 1) throw new UserFacingError("selection.oneCell");
  const owner = state.reading.owners.find((o) => o.row === row);
  if (!owner) throw new UserFacingError("rows.selectTask");
  const last = state.reading.owners.find((o) => o.row === row + rows - 1);
  if (!last || last.seq !== owner.seq) throw new UserFacingError("selection.oneCell");
  // On a unit's file, a task of another unit is not the pane's to write either.
  assertOwnTask(state, owner.seq);
  return owner;
}

/** Runs queued writes with protection lifted, and puts it back the way the add-in sets it. */
export function unprotected(state: SheetState, queue: () => void): void {
  if (state.wasProtected) state.sheet.protection.unprotect();
  queue();
  state.sheet.protection.protect(protectOptions(state.plan));
}

/** Pads a used range's values so the grid starts at A1. */
export function gridFromUsedRange(values: Cell[][], rowIndex: number, columnIndex: number): Cell[][] {
  const pad = Array<Cell>(columnIndex).fill("");
  return [...Array.from({ length: rowIndex }, () => [] as Cell[]), ...values.map((row) => [...pad, ...row])];
}
