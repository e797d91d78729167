/**
 * The second writer of a sheet plan: an .xlsx file through ExcelJS, holding
 * the same cells, merges, formats, locks, lists, rules and print setup as the
 * Office.js writer (src/excel/apply-plan.ts) puts into a live workbook.
 * Browser-safe: no Node modules, so the task pane can offer the file too.
 */
import { Workbook, type Worksheet } from "exceljs";
import { columnIndex } from "../plan/a1";
import type { SheetPlan } from "../plan/types";
import { applyFormat, bounds, eachCell, widthFromPoints } from "./cell-style";
import { patchPackage } from "./patch-package";
import { addHighlights, addListsSheet, addValidations, nameFormulas, protect, setPrint } from "./write-rules";

export const CREATOR = "附件1 填报助手";

export interface WriteOptions {
  /** Creation time stored in the file's properties (default: now). */
  created?: Date;
}

/** A plan's value as Excel would hold it: text in text cells, plain numbers as numbers elsewhere (序号). */
function cellValueOf(text: string, isText: boolean): string | number {
  if (isText || !/^-?\d{1,15}$/.test(text)) return text;
  const n = Number(text);
  return String(n) === text ? n : text;
}

function writeCells(sheet: Worksheet, plan: SheetPlan): void {
  const textCells = new Set<string>();
  for (const range of plan.textRanges) eachCell(range, (r, c) => textCells.add(`${r}:${c}`));
  const { r0, c0 } = bounds(plan.area);
  plan.values.forEach((row, i) =>
    row.forEach((value, j) => {
      const r = r0 + i + 1;
      const c = c0 + j + 1;
      const isText = textCells.has(`${r}:${c}`);
      const cell = sheet.getCell(r, c);
      if (isText) cell.numFmt = "@";
      // Empty text stays an empty cell, as when Office.js writes "".
      if (value) cell.value = cellValueOf(value, isText);
    }),
  );
}

function writeSheet(sheet: Worksheet, plan: SheetPlan): void {
  writeCells(sheet, plan);
  for (const f of plan.formats) applyFormat(sheet, f);
  // After the formats, and without copying the anchor's style: every cell of a merge keeps its own borders.
  for (const m of plan.merges) sheet.mergeCellsWithoutStyle(m);
  plan.columnWidths.forEach((points, i) => (sheet.getColumn(i + 1).width = widthFromPoints(points)));
  for (const h of plan.rowHeights) {
    const [from, to = from] = h.rows.split(":").map(Number);
    for (let r = from; r <= to; r++) sheet.getRow(r).height = h.height;
  }
  for (const range of plan.unlocked) eachCell(range, (r, c) => (sheet.getCell(r, c).protection = { locked: false }));
  for (const letter of plan.hiddenColumns) sheet.getColumn(columnIndex(letter) + 1).hidden = true;
  for (const rows of plan.standalone?.hiddenRows ?? []) {
    const [from, to = from] = rows.split(":").map(Number);
    for (let r = from; r <= to; r++) sheet.getRow(r).hidden = true;
  }
  const first = plan.unlocked.length ? plan.unlocked[0].split(":")[0] : "A1";
  sheet.views = [
    { state: "frozen", xSplit: 0, ySplit: plan.freezeRows, topLeftCell: `A${plan.freezeRows + 1}`, activeCell: first },
  ];
  setPrint(sheet, plan);
}

/** The workbook for a plan, and the patch its package needs once written. */
export async function buildWorkbook(
  plan: SheetPlan,
  options: WriteOptions = {},
): Promise<{ workbook: Workbook; stopIfTrue: number[] }> {
  const workbook = new Workbook();
  const now = options.created ?? new Date();
  workbook.creator = CREATOR;
  workbook.lastModifiedBy = CREATOR;
  workbook.created = now;
  workbook.modified = now;
  const sheet = workbook.addWorksheet(plan.sheetName);
  writeSheet(sheet, plan);
  addListsSheet(workbook, plan);
  addValidations(sheet, plan);
  const stopIfTrue = addHighlights(sheet, plan);
  await protect(sheet, plan.protection);
  workbook.views = [{ x: 0, y: 0, width: 24000, height: 14000, firstSheet: 0, activeTab: 0, visibility: "visible" }];
  return { workbook, stopIfTrue };
}

/** The .xlsx bytes of a plan: the form's sheet first and active, then the lists sheet. */
export async function writeWorkbook(plan: SheetPlan, options: WriteOptions = {}): Promise<Uint8Array> {
  const { workbook, stopIfTrue } = await buildWorkbook(plan, options);
  const written = await workbook.xlsx.writeBuffer();
  return patchPackage(new Uint8Array(written as ArrayBuffer), { stopIfTrue, nameFormulas: nameFormulas(plan) });
}
