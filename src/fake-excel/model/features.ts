// Data-validation and conditional-format storage (range lists like Excel's sqref).

import { intersectRects, Rect, rectArea, rectsOverlap, sameRect, subtractRect } from "../address";
import { ErrorCode, FakeOfficeError } from "../errors";
import type { SheetModel } from "./sheet";
import type { CondFormatModel, StoredRule, ValidationModel } from "./types";
import type { WorkbookModel } from "./workbook";

// ---- data validation ------------------------------------------------------------------

export function validationsIntersecting(sheet: SheetModel, rect: Rect): ValidationModel[] {
  return sheet.validations.filter((v) => v.areas.some((a) => rectsOverlap(a, rect)));
}

export function validationAt(sheet: SheetModel, row: number, col: number): ValidationModel | undefined {
  const cell: Rect = { row, col, rows: 1, cols: 1 };
  return sheet.validations.find((v) => v.areas.some((a) => rectsOverlap(a, cell)));
}

function coveredArea(v: ValidationModel, rect: Rect): number {
  let n = 0;
  for (const a of v.areas) {
    const i = intersectRects(a, rect);
    if (i) n += rectArea(i);
  }
  return n;
}

/** The one validation covering every cell of rect, or null (none or mixed). */
export function uniformValidation(sheet: SheetModel, rect: Rect): ValidationModel | null {
  const hits = validationsIntersecting(sheet, rect);
  if (hits.length !== 1) return null;
  return coveredArea(hits[0], rect) === rectArea(rect) ? hits[0] : null;
}

export function ruleType(rule: StoredRule | null): string {
  if (!rule) return "None";
  if (rule.list) return "List";
  if (rule.custom) return "Custom";
  if (rule.textLength) return "TextLength";
  if (rule.wholeNumber) return "WholeNumber";
  if (rule.decimal) return "Decimal";
  if (rule.date) return "Date";
  if (rule.time) return "Time";
  return "None";
}

/** "None" | "List" | ... | "Inconsistent" for the cells of rect. */
export function validationTypeOf(sheet: SheetModel, rect: Rect): string {
  const hits = validationsIntersecting(sheet, rect);
  if (hits.length === 0) return "None";
  const v = uniformValidation(sheet, rect);
  return v ? ruleType(v.rule) : "Inconsistent";
}

export type ValidationPatch = Partial<Pick<ValidationModel, "rule" | "prompt" | "errorAlert" | "ignoreBlanks">>;

/**
 * Applies rule/prompt/errorAlert/ignoreBlanks to rect. A rect without validation gets a new
 * stored validation (one entry for the whole rect); a rect that is exactly one stored
 * validation is updated; any other overlap fails with InvalidArgument (call clear() first).
 */
export function applyValidation(wb: WorkbookModel, sheet: SheetModel, rect: Rect, patch: ValidationPatch): void {
  const hits = validationsIntersecting(sheet, rect);
  let target: ValidationModel;
  if (hits.length === 0) {
    target = {
      id: wb.nextValidationId++,
      areas: [{ ...rect }],
      rule: null,
      prompt: { showPrompt: true, title: "", message: "" },
      errorAlert: { showAlert: true, style: "Stop", title: "", message: "" },
      ignoreBlanks: true,
    };
    sheet.validations.push(target);
  } else if (hits.length === 1 && hits[0].areas.length === 1 && sameRect(hits[0].areas[0], rect)) {
    target = hits[0];
  } else {
    throw new FakeOfficeError(
      ErrorCode.invalidArgument,
      "The range partially overlaps cells that already have data validation. Clear the validation first.",
    );
  }
  Object.assign(target, patch);
  wb.touch();
}

/** Removes validation from the cells of rect, splitting stored areas as needed. */
export function clearValidation(wb: WorkbookModel, sheet: SheetModel, rect: Rect): void {
  let changed = false;
  for (const v of sheet.validations) {
    if (!v.areas.some((a) => rectsOverlap(a, rect))) continue;
    v.areas = v.areas.flatMap((a) => subtractRect(a, rect));
    changed = true;
  }
  sheet.validations = sheet.validations.filter((v) => v.areas.length > 0);
  if (changed) wb.touch();
}

// ---- conditional formats ----------------------------------------------------------------

export function condFormatsIntersecting(sheet: SheetModel, rect: Rect): CondFormatModel[] {
  return sheet.condFormats.filter((cf) => cf.areas.some((a) => rectsOverlap(a, rect)));
}

/** Adds a format at the top priority (index 0). Only "Custom" is supported by the fake. */
export function addCondFormat(wb: WorkbookModel, sheet: SheetModel, rect: Rect, type: string): CondFormatModel {
  if (type !== "Custom") {
    throw new FakeOfficeError(
      ErrorCode.unsupportedOperation,
      `The fake Excel only supports conditional formats of type "Custom" (got "${type}").`,
    );
  }
  const cf: CondFormatModel = {
    id: `{CF-${String(wb.nextCondFormatId++).padStart(6, "0")}}`,
    areas: [{ ...rect }],
    type,
    formula: "",
    fill: null,
    fontColor: null,
    fontBold: null,
    fontItalic: null,
    stopIfTrue: false,
  };
  sheet.condFormats.unshift(cf);
  wb.touch();
  return cf;
}

export function clearCondFormats(wb: WorkbookModel, sheet: SheetModel, rect: Rect): void {
  const before = sheet.condFormats.length;
  sheet.condFormats = sheet.condFormats.filter((cf) => !cf.areas.some((a) => rectsOverlap(a, rect)));
  if (sheet.condFormats.length !== before) wb.touch();
}

export function findCondFormat(wb: WorkbookModel, id: string): { sheet: SheetModel; cf: CondFormatModel } | null {
  for (const sheet of wb.sheets) {
    const cf = sheet.condFormats.find((c) => c.id === id);
    if (cf) return { sheet, cf };
  }
  return null;
}
