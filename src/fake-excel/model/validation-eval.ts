// Evaluation of data-validation rules against cell values (what Excel checks when a user
// types, and what `dataValidation.valid` reports). Custom formulas are not evaluated
// (treated as valid); list sources are resolved through names and ranges in the model.

import { intersectRects, parseReference, Rect, rectArea } from "../address";
import { formatText, type CellValue } from "../values";
import { validationsIntersecting } from "./features";
import type { SheetModel } from "./sheet";
import type { BasicRule, ValidationModel } from "./types";
import type { WorkbookModel } from "./workbook";

const MAX_NAME_DEPTH = 5;

function rangeTexts(sheet: SheetModel, rect: Rect): string[] {
  const out: string[] = [];
  const limit = Math.min(rect.rows, 100_000);
  for (let r = rect.row; r < rect.row + limit; r++) {
    for (let c = rect.col; c < rect.col + Math.min(rect.cols, 1000); c++) {
      const cell = sheet.cell(r, c);
      if (!cell || (cell.value === "" && cell.formula === null)) continue;
      out.push(formatText(cell.value, sheet.fmt(r, c, "numberFormat")));
    }
  }
  return out;
}

/**
 * Items of a list source: a comma list ("a,b,c": split on ASCII commas, not trimmed), or a
 * reference formula ("=Name", "=Lists!$A$1:$A$9", "=$A$1:$A$3" on `home`). Empty cells of a
 * source range are skipped. Returns null when the source cannot be resolved (#REF!, unknown
 * name, formula that would need evaluation).
 */
export function resolveListSource(wb: WorkbookModel, home: SheetModel, source: string, depth = 0): string[] | null {
  if (!source.startsWith("=")) return source.split(",");
  if (depth > MAX_NAME_DEPTH || source.includes("#REF!")) return null;
  const body = source.slice(1).trim();
  const ref = parseReference(body);
  if (ref) {
    const sheet = ref.sheet === null ? home : wb.sheetByName(ref.sheet);
    return sheet ? rangeTexts(sheet, ref.rect) : null;
  }
  const name = wb.nameByName(body);
  if (name && !name.invalid) return resolveListSource(wb, home, name.reference, depth + 1);
  return null;
}

function numericFormula(wb: WorkbookModel, home: SheetModel, formula: string): number | null {
  const body = formula.startsWith("=") ? formula.slice(1).trim() : formula.trim();
  if (body !== "" && Number.isFinite(Number(body))) return Number(body);
  const ref = parseReference(body);
  if (ref && ref.rect.rows === 1 && ref.rect.cols === 1) {
    const sheet = ref.sheet === null ? home : wb.sheetByName(ref.sheet);
    const v = sheet?.value(ref.rect.row, ref.rect.col);
    if (typeof v === "number") return v;
  }
  return null;
}

function compare(wb: WorkbookModel, home: SheetModel, rule: BasicRule, n: number): boolean {
  const a = numericFormula(wb, home, rule.formula1);
  const b = rule.formula2 === undefined ? null : numericFormula(wb, home, rule.formula2);
  if (a === null) return true; // cannot evaluate: treat as valid
  switch (rule.operator) {
    case "Between":
      return b === null || (n >= Math.min(a, b) && n <= Math.max(a, b));
    case "NotBetween":
      return b === null || n < Math.min(a, b) || n > Math.max(a, b);
    case "EqualTo":
      return n === a;
    case "NotEqualTo":
      return n !== a;
    case "GreaterThan":
      return n > a;
    case "LessThan":
      return n < a;
    case "GreaterThanOrEqualTo":
      return n >= a;
    case "LessThanOrEqualTo":
      return n <= a;
    default:
      return true;
  }
}

/** True when `value` (displayed as `text`) satisfies validation `v` on sheet `home`. */
export function checkValue(
  wb: WorkbookModel,
  home: SheetModel,
  v: ValidationModel,
  value: CellValue,
  text: string,
): boolean {
  const rule = v.rule;
  if (!rule) return true;
  if (value === "") return v.ignoreBlanks;
  if (rule.list) {
    const items = resolveListSource(wb, home, rule.list.source);
    return items !== null && (items.includes(text) || items.includes(String(value)));
  }
  if (rule.textLength) return compare(wb, home, rule.textLength, text.length);
  const num = typeof value === "number" ? value : null;
  if (rule.wholeNumber) return num !== null && Number.isInteger(num) && compare(wb, home, rule.wholeNumber, num);
  if (rule.decimal) return num !== null && compare(wb, home, rule.decimal, num);
  if (rule.date) return num !== null && compare(wb, home, rule.date, num);
  if (rule.time) return num !== null && compare(wb, home, rule.time, num);
  return true; // custom: formulas are not evaluated by the fake
}

/** `dataValidation.valid` over rect: true, false, or null when mixed. */
export function rangeValidity(wb: WorkbookModel, sheet: SheetModel, rect: Rect): boolean | null {
  const seen = new Set<boolean>();
  let covered = 0;
  for (const v of validationsIntersecting(sheet, rect)) {
    for (const a of v.areas) {
      const part = intersectRects(a, rect);
      if (!part) continue;
      covered += rectArea(part);
      let filled = 0;
      for (const [r, c, cell] of sheet.cellsIn(part)) {
        if (cell.value === "" && cell.formula === null) continue;
        filled++;
        seen.add(checkValue(wb, sheet, v, cell.value, formatText(cell.value, sheet.fmt(r, c, "numberFormat"))));
      }
      if (filled < rectArea(part)) seen.add(checkValue(wb, sheet, v, "", ""));
    }
  }
  if (covered < rectArea(rect)) seen.add(true);
  return seen.size === 1 ? [...seen][0] : null;
}
