/**
 * Queues the commands that render a sheet plan onto a worksheet. No sync here:
 * the caller decides when the batch goes to Excel.
 */
import { columnLetter, parseCell, rangeAddress } from "../plan/a1";
import type { FormatSpec, SheetPlan } from "../plan/types";
import type { Capabilities } from "./capabilities";

const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"] as const;

/** Rows and columns of an A1 range such as "E6:H60". */
export function shapeOf(address: string): { rows: number; cols: number } {
  const [a, b = a] = address.split(":").map(parseCell);
  return { rows: b.row - a.row + 1, cols: b.col - a.col + 1 };
}

export function filled<T>(address: string, value: T): T[][] {
  const { rows, cols } = shapeOf(address);
  return Array.from({ length: rows }, () => Array<T>(cols).fill(value));
}

function queueFormat(sheet: Excel.Worksheet, spec: FormatSpec): void {
  const format = sheet.getRange(spec.range).format;
  if (spec.font) {
    format.font.name = spec.font.name;
    format.font.size = spec.font.size;
    format.font.bold = spec.font.bold ?? false;
  }
  if (spec.wrap !== undefined) format.wrapText = spec.wrap;
  if (spec.hAlign) format.horizontalAlignment = spec.hAlign;
  if (spec.vAlign) format.verticalAlignment = spec.vAlign;
  if (spec.grid) {
    for (const edge of EDGES) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.weight = "Thin";
      border.color = "#000000";
    }
  }
}

export function queueFormats(sheet: Excel.Worksheet, plan: SheetPlan): void {
  for (const f of plan.formats) queueFormat(sheet, f);
}

/** Features of the plan this Excel could not take, as message keys of i18n. */
export type SkippedFeature = "feature.print" | "feature.freeze" | "feature.validation" | "feature.highlights";

/**
 * Queues the plan (all but the frozen header and print setup, see queueViewAndPrint) on an
 * empty, unprotected worksheet and protects it at the end. Returns the parts that this
 * Excel's API sets cannot render.
 */
export function queuePlan(sheet: Excel.Worksheet, plan: SheetPlan, caps: Capabilities): SkippedFeature[] {
  const skipped: SkippedFeature[] = [];
  for (const r of plan.textRanges) sheet.getRange(r).numberFormat = filled(r, "@");
  sheet.getRange(plan.area).values = plan.values as unknown as string[][];
  for (const m of plan.merges) sheet.getRange(m).merge(false);
  queueFormats(sheet, plan);
  plan.columnWidths.forEach((w, i) => {
    const l = columnLetter(i);
    sheet.getRange(`${l}:${l}`).format.columnWidth = w;
  });
  for (const h of plan.rowHeights) sheet.getRange(h.rows).format.rowHeight = h.height;
  for (const r of plan.unlocked) sheet.getRange(r).format.protection.locked = false;
  for (const c of plan.hiddenColumns) sheet.getRange(`${c}:${c}`).columnHidden = true;
  if (caps.dataValidation) queueValidations(sheet, plan);
  else skipped.push("feature.validation");
  if (caps.conditionalFormats) queueHighlights(sheet, plan);
  else skipped.push("feature.highlights");
  if (!caps.freezePanes) skipped.push("feature.freeze");
  if (!caps.pageLayout) skipped.push("feature.print");
  sheet.protection.protect({ ...plan.protection }); // selectionMode stays Normal (naming it needs ExcelApi 1.7)
  return skipped;
}

/**
 * Frozen header and print setup: optional, queued in their own batch once the sheet is
 * active (freezing panes acts on the sheet's window), so a failure there never costs the load.
 */
export function queueViewAndPrint(sheet: Excel.Worksheet, plan: SheetPlan, caps: Capabilities): void {
  if (caps.freezePanes) sheet.freezePanes.freezeRows(plan.freezeRows);
  if (caps.pageLayout) queuePrint(sheet, plan);
}

/** One list rule per column range, replacing whatever a paste left there. */
export function queueValidations(sheet: Excel.Worksheet, plan: SheetPlan): void {
  for (const v of plan.validations) {
    const dv = sheet.getRange(v.range).dataValidation;
    dv.clear();
    dv.ignoreBlanks = true;
    dv.rule = { list: { inCellDropDown: true, source: `=${v.listName}` } };
    dv.prompt = { showPrompt: true, title: v.prompt.title, message: v.prompt.message };
    dv.errorAlert = {
      showAlert: true,
      style: v.errorAlert.style,
      title: v.errorAlert.title,
      message: v.errorAlert.message,
    };
  }
}

/** The highlight rules; each add() goes to the top, so the lowest priority is added first. */
export function queueHighlights(sheet: Excel.Worksheet, plan: SheetPlan): void {
  for (const spec of [...plan.conditionalFormats].reverse()) {
    const cf = sheet.getRange(spec.range).conditionalFormats.add("Custom");
    cf.custom.rule.formula = spec.formula;
    cf.custom.format.fill.color = spec.fill;
    if (spec.fontColor) cf.custom.format.font.color = spec.fontColor;
    if (spec.bold) cf.custom.format.font.bold = true;
    cf.stopIfTrue = spec.stopIfTrue;
  }
}

function queuePrint(sheet: Excel.Worksheet, plan: SheetPlan): void {
  const p = plan.print;
  const layout = sheet.pageLayout;
  layout.orientation = p.orientation;
  layout.paperSize = p.paperSize;
  layout.centerHorizontally = p.centerHorizontally;
  layout.blackAndWhite = p.blackAndWhite;
  layout.leftMargin = p.margins.left;
  layout.rightMargin = p.margins.right;
  layout.topMargin = p.margins.top;
  layout.bottomMargin = p.margins.bottom;
  layout.headerMargin = p.margins.header;
  layout.footerMargin = p.margins.footer;
  layout.zoom = { scale: p.scale };
  layout.setPrintTitleRows(p.titleRows);
  layout.setPrintArea(plan.printArea);
  layout.headersFooters.defaultForAllPages.centerFooter = p.centerFooter;
  queuePageBreaks(sheet, plan);
}

/**
 * The planned page breaks, replacing the manual ones the sheet has (ExcelApi 1.9, like the page layout; Excel
 * refuses them on a protected sheet, so callers queue this while protection is lifted).
 */
export function queuePageBreaks(sheet: Excel.Worksheet, plan: SheetPlan): void {
  const breaks = sheet.horizontalPageBreaks;
  breaks.removePageBreaks();
  for (const row of plan.pageBreaks) breaks.add(`A${row}`);
}

/**
 * The task rows' merges and official text laid again as planned: after rows moved, the page breaks move,
 * and with them the places where a 主要任务 (or a task taller than a page) is cut and its text repeated.
 * Needs the sheet unprotected.
 */
export function queueTaskMerges(sheet: Excel.Worksheet, plan: SheetPlan): void {
  const { layout } = plan;
  sheet.getRange(rangeAddress(layout.firstTaskRow, 0, layout.lastRow, layout.markCol)).unmerge();
  const fills = new Set(layout.fillCols);
  for (let c = 0; c < layout.columnCount; c++) {
    if (fills.has(c)) continue;
    const values = plan.values.slice(layout.firstTaskRow, layout.lastRow + 1).map((r) => [r[c] ?? ""]);
    sheet.getRange(rangeAddress(layout.firstTaskRow, c, layout.lastRow, c)).values = values;
  }
  for (const m of plan.merges)
    if (parseCell(m.split(":")[0]).row >= layout.firstTaskRow) sheet.getRange(m).merge(false);
}

/** Queues validations (clear + set) and highlights (clear + add) over the plan's ranges. */
export function queueRules(sheet: Excel.Worksheet, plan: SheetPlan, caps: Capabilities): void {
  const { layout } = plan;
  const body = rangeAddress(layout.firstTaskRow, 0, layout.lastRow, layout.keyCol);
  if (caps.dataValidation) queueValidations(sheet, plan);
  if (caps.conditionalFormats) {
    sheet.getRange(body).conditionalFormats.clearAll();
    queueHighlights(sheet, plan);
  }
}

/**
 * What a paste of cells breaks in the fill-in cells, laid again: the text format, unlocked
 * cells, fonts, borders and alignment — then the rules (validation removed by the paste).
 */
export function queueRestore(sheet: Excel.Worksheet, plan: SheetPlan, caps: Capabilities): void {
  for (const r of plan.textRanges) sheet.getRange(r).numberFormat = filled(r, "@");
  queueFormats(sheet, plan);
  for (const r of plan.unlocked) sheet.getRange(r).format.protection.locked = false;
  queueRules(sheet, plan, caps);
}
