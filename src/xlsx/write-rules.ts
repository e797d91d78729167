/**
 * The parts of a plan that live beside the cells: the hidden lists sheet and
 * its names, list validations, highlight rules, print setup and protection.
 * Browser-safe (ExcelJS only).
 */
import type { DataValidation, Workbook, Worksheet } from "exceljs";
import { columnLetter } from "../plan/a1";
import { LISTS_NOTE_COL } from "../plan/rules";
import type { ProtectionSpec, SheetPlan } from "../plan/types";
import { argb, widthFromPoints } from "./cell-style";
import { heightFor, lineCount, widthInPoints } from "../plan/metrics";

/** The note's column on the lists sheet, in full-width characters, and its font size (the default, 11 pt). */
const NOTE_CHARS = 48;
const NOTE_FONT_SIZE = 11;
const DEFAULT_ROW_HEIGHT = 15;

/**
 * The lists sheet prints nothing: its print area is one cell of the empty column between the lists and the
 * note, and an empty page is not printed. So printing the whole workbook gives the form alone, and its
 * footer's 共 N 页 counts the form's pages only (LibreOffice counts every printed page of the workbook; its
 * PDF is checked in tests/libreoffice/paper.test.ts). "C$1" is written "$C$1" (see setPrint).
 */
const LISTS_PRINT_AREA = `${columnLetter(LISTS_NOTE_COL - 1)}$1:${columnLetter(LISTS_NOTE_COL - 1)}$1`;

const isRange = (reference: string) => /^=[^(]+![$A-Z]+[$\d]+(:[$A-Z]+[$\d]+)?$/.test(reference);

/** Names whose reference is a formula rather than a range; the package patch writes them. */
export function nameFormulas(plan: SheetPlan): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of plan.lists.columns) if (!isRange(c.reference)) out[c.name] = c.reference.replace(/^=/, "");
  return out;
}

/** ExcelJS 4.4 has range-level validations (one sqref per rule) but leaves them out of its typings. */
interface RangeValidations {
  add(range: string, validation: DataValidation): void;
  model: Record<string, DataValidation | undefined>;
}

export function rangeValidations(sheet: Worksheet): RangeValidations {
  return (sheet as unknown as { dataValidations: RangeValidations }).dataValidations;
}

/**
 * The lists sheet: a title row, then the items as text; and the names the rules refer to. Hidden, except
 * in the standard file, where users add units by typing under the list (its names extend themselves).
 */
export function addListsSheet(workbook: Workbook, plan: SheetPlan): Worksheet {
  const sheet = workbook.addWorksheet(plan.lists.sheetName, { state: plan.standalone ? "visible" : "hidden" });
  plan.lists.columns.forEach((column, c) => {
    const rows = [column.title, ...column.items];
    rows.forEach((text, r) => {
      const cell = sheet.getCell(r + 1, c + 1);
      cell.numFmt = "@";
      cell.value = text;
    });
    sheet.getColumn(c + 1).width = Math.max(10, ...rows.map((t) => [...t].length * 2 + 2));
    // ExcelJS takes only ranges: a formula (the standard file's self-extending lists) is written as a
    // placeholder cell, and the package patch puts the formula in (nameFormulas).
    const placeholder = `${plan.lists.sheetName}!$A$1`;
    workbook.definedNames.add(
      isRange(column.reference) ? column.reference.replace(/^=/, "") : placeholder,
      column.name,
    );
  });
  if (plan.lists.note.length) {
    // One cell merged down as many default-height rows as the wrapped note needs, so the lists keep their rows.
    const [title, ...rest] = plan.lists.note;
    const lines = plan.lists.note.reduce((n, text) => n + lineCount(text, NOTE_CHARS - 2), 0);
    const rows = Math.ceil(heightFor(lines, NOTE_FONT_SIZE) / DEFAULT_ROW_HEIGHT) + 1;
    const cell = sheet.getCell(1, LISTS_NOTE_COL + 1);
    cell.value = { richText: [{ text: title, font: { bold: true } }, { text: `\n${rest.join("\n")}` }] };
    cell.alignment = { wrapText: true, vertical: "top" };
    sheet.mergeCells(1, LISTS_NOTE_COL + 1, rows, LISTS_NOTE_COL + 1);
    sheet.getColumn(LISTS_NOTE_COL + 1).width = widthFromPoints(widthInPoints(NOTE_CHARS));
  }
  sheet.pageSetup = { ...sheet.pageSetup, printArea: LISTS_PRINT_AREA };
  return sheet;
}

/** One list rule per planned range, referring to the list's name; the standard file's prompts without a rule. */
export function addValidations(sheet: Worksheet, plan: SheetPlan): void {
  const validations = rangeValidations(sheet);
  for (const p of plan.standalone?.prompts ?? [])
    validations.add(p.range, {
      // A rule that always holds, for its input message. Not "any": ExcelJS then drops allowBlank, and
      // LibreOffice counts every blank cell under such a rule as invalid.
      type: "custom",
      formulae: ["TRUE"],
      allowBlank: true,
      showInputMessage: true,
      promptTitle: p.title,
      prompt: p.message,
    });
  for (const v of plan.validations) {
    validations.add(v.range, {
      type: "list",
      allowBlank: true,
      formulae: [v.listName],
      showInputMessage: true,
      promptTitle: v.prompt.title,
      prompt: v.prompt.message,
      showErrorMessage: true,
      errorStyle: v.errorAlert.style === "Warning" ? "warning" : "stop",
      errorTitle: v.errorAlert.title,
      error: v.errorAlert.message,
    });
  }
}

/**
 * The highlight rules in plan order: priority 1 is the plan's first rule.
 * ExcelJS cannot write stopIfTrue; the priorities that need it are returned
 * for the package patch (see patch-package.ts).
 */
export function addHighlights(sheet: Worksheet, plan: SheetPlan): number[] {
  const stopIfTrue: number[] = [];
  plan.conditionalFormats.forEach((spec, i) => {
    const priority = i + 1;
    if (spec.stopIfTrue) stopIfTrue.push(priority);
    const color = { argb: argb(spec.fill) };
    sheet.addConditionalFormatting({
      ref: spec.range,
      rules: [
        {
          type: "expression",
          priority,
          formulae: [spec.formula.replace(/^=/, "")],
          style: {
            fill: { type: "pattern", pattern: "solid", fgColor: color, bgColor: color },
            ...(spec.fontColor || spec.bold
              ? {
                  font: {
                    ...(spec.fontColor ? { color: { argb: argb(spec.fontColor) } } : {}),
                    ...(spec.bold ? { bold: true } : {}),
                  },
                }
              : {}),
          },
        },
      ],
    });
  });
  return stopIfTrue;
}

const PAPER: Record<SheetPlan["print"]["paperSize"], number> = { A4: 9 };

/**
 * A4 landscape at the planned scale, in black and white, title rows repeated, margins in inches, page numbers
 * in the footer, and the planned page breaks.
 */
export function setPrint(sheet: Worksheet, plan: SheetPlan): void {
  const p = plan.print;
  const inches = (points: number) => points / 72;
  // ExcelJS writes the print area as `'sheet'!$<from>:$<to>`; "A$1" makes that "$A$1".
  const [from, to = from] = plan.printArea.split(":");
  const absoluteRow = (a: string) => a.replace(/^([A-Z]+)(\d+)$/, "$1$$$2");
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: PAPER[p.paperSize],
    orientation: p.orientation === "Landscape" ? "landscape" : "portrait",
    fitToPage: false,
    scale: p.scale,
    horizontalCentered: p.centerHorizontally,
    blackAndWhite: p.blackAndWhite,
    margins: {
      left: inches(p.margins.left),
      right: inches(p.margins.right),
      top: inches(p.margins.top),
      bottom: inches(p.margins.bottom),
      header: inches(p.margins.header),
      footer: inches(p.margins.footer),
    },
    printArea: `${absoluteRow(from)}:${absoluteRow(to)}`,
    printTitlesRow: p.titleRows.replace(/\$/g, ""),
  };
  sheet.headerFooter = { ...sheet.headerFooter, oddFooter: `&C${p.centerFooter}` };
  // A break "below" a row (ExcelJS, <brk id> in the file) is one above the row that begins the page.
  for (const row of plan.pageBreaks) sheet.getRow(row - 1).addPageBreak();
}

/** Protection without a password, allowing what `p` allows (a plan's protection, or SHEET_PROTECTION). */
export async function protect(sheet: Worksheet, p: ProtectionSpec): Promise<void> {
  await sheet.protect("", {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatCells: p.allowFormatCells,
    formatColumns: p.allowFormatColumns,
    formatRows: p.allowFormatRows,
    insertRows: p.allowInsertRows,
    deleteRows: p.allowDeleteRows,
    sort: p.allowSort,
    autoFilter: p.allowAutoFilter,
  });
}
