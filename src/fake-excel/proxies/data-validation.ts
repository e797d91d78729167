// DataValidation proxy (ExcelApi 1.8). Rules are stored per range like Excel's sqref:
// setting a rule on G7:G60 stores ONE validation. Setting anything on a range that partly
// overlaps a different validation fails with InvalidArgument (call clear() first).
// Changing validation on a protected sheet is always refused (AccessDenied).

import { parseReference, qualifiedAddress, Rect } from "../address";
import { ErrorCode, FakeOfficeError } from "../errors";
import {
  applyValidation,
  clearValidation,
  uniformValidation,
  validationsIntersecting,
  validationTypeOf,
  ValidationPatch,
} from "../model/features";
import { assertAllowed } from "../model/guards";
import type { SheetModel } from "../model/sheet";
import type { BasicRule, StoredRule, ValidationErrorAlert, ValidationPrompt } from "../model/types";
import { checkValue, rangeValidity } from "../model/validation-eval";
import { FakeClientObject, installAccessors, PropSpec, PropTable } from "../runtime/client-object";
import type { Engine } from "../runtime/engine";
import { formatText, dateToSerial } from "../values";
import { RangeRef, requireBoolean, requireOneOf, requireString } from "./collection";
import { FakeRange } from "./range";
import { FakeRangeAreas } from "./range-areas";

const bad = (msg: string): never => {
  throw new FakeOfficeError(ErrorCode.invalidArgument, msg);
};

const OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqualTo",
  "LessThanOrEqualTo",
] as const;

function rangeSource(v: FakeRange): string {
  const r = v._target();
  if (!r) return bad("The source range is a null object.");
  return `=${qualifiedAddress(r.sheet.name, r.rect, true)}`;
}

function formulaArg(v: unknown, what: string): string {
  if (v instanceof FakeRange) return rangeSource(v);
  if (typeof v === "number" && Number.isFinite(v)) return `=${v}`;
  if (v instanceof Date) return `=${dateToSerial(v.getFullYear(), v.getMonth() + 1, v.getDate())}`;
  if (typeof v === "string" && v.trim() !== "") return v.startsWith("=") ? v : `=${v}`;
  return bad(`${what} is missing or invalid.`);
}

function listSource(e: Engine, source: unknown): string {
  if (source instanceof FakeRange) return rangeSource(source);
  const s = requireString(source, "list.source");
  if (s.trim() === "") bad("The list source is empty.");
  if (!s.startsWith("=")) {
    if (s.length > 255) bad("The list source string cannot be longer than 255 characters. Use a range instead.");
    return s;
  }
  const body = s.slice(1).trim();
  const ref = parseReference(body);
  if (ref) {
    if (ref.sheet !== null && !e.wb.sheetByName(ref.sheet)) bad(`The sheet '${ref.sheet}' does not exist.`);
    if (ref.rect.rows !== 1 && ref.rect.cols !== 1)
      bad("The list source must be a delimited list, or a reference to a single row or column.");
  } else if (!body.includes("(") && !e.wb.nameByName(body)) bad(`A named range you specified cannot be found: ${body}`);
  return s;
}

function basic(v: unknown, what: string): BasicRule {
  if (!v || typeof v !== "object") return bad(`${what} must be an object.`);
  const o = v as Record<string, unknown>;
  const operator = requireOneOf(o.operator, OPERATORS, `${what}.operator`);
  const out: BasicRule = { operator, formula1: formulaArg(o.formula1, `${what}.formula1`) };
  if (operator === "Between" || operator === "NotBetween") out.formula2 = formulaArg(o.formula2, `${what}.formula2`);
  return out;
}

/** Validates a rule written by the add-in and converts it to the stored form. */
function normaliseRule(e: Engine, v: unknown): StoredRule {
  if (!v || typeof v !== "object") return bad("rule must be an object.");
  const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined && x !== null);
  if (entries.length !== 1) return bad("A data validation rule must have exactly one rule type.");
  const [key, body] = entries[0];
  if (!body || typeof body !== "object") return bad(`rule.${key} must be an object.`);
  const o = body as Record<string, unknown>;
  switch (key) {
    case "list":
      return {
        list: {
          inCellDropDown: o.inCellDropDown === undefined ? true : requireBoolean(o.inCellDropDown, "inCellDropDown"),
          source: listSource(e, o.source),
        },
      };
    case "custom": {
      const f = requireString(o.formula, "custom.formula");
      if (f.trim() === "") bad("custom.formula is empty.");
      return { custom: { formula: f.startsWith("=") ? f : `=${f}` } };
    }
    case "textLength":
    case "wholeNumber":
    case "decimal":
    case "date":
    case "time":
      return { [key]: basic(body, key) };
    default:
      return bad(`Unknown data validation rule type '${key}'.`);
  }
}

function patchProp(
  key: "prompt" | "errorAlert",
  check: (v: Record<string, unknown>) => Partial<ValidationPrompt & ValidationErrorAlert>,
): PropSpec<RangeRef> {
  return {
    get: (t) => uniformValidation(t.sheet, t.rect)?.[key] ?? null,
    set: (t, v, e) => {
      if (!v || typeof v !== "object") bad(`${key} must be an object.`);
      assertAllowed(t.sheet, null, `dataValidation.${key}`);
      const current = uniformValidation(t.sheet, t.rect)?.[key];
      const base =
        key === "prompt"
          ? { showPrompt: true, title: "", message: "" }
          : { showAlert: true, style: "Stop", title: "", message: "" };
      applyValidation(e.wb, t.sheet, t.rect, {
        [key]: { ...base, ...(current ?? {}), ...check(v as Record<string, unknown>) },
      } as ValidationPatch);
    },
  };
}

function pickStrings(v: Record<string, unknown>, keys: string[], bools: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) if (v[k] !== undefined) out[k] = requireString(v[k], k);
  for (const k of bools) if (v[k] !== undefined) out[k] = requireBoolean(v[k], k);
  return out;
}

const DV_PROPS: PropTable<RangeRef> = {
  type: { get: (t) => validationTypeOf(t.sheet, t.rect) },
  valid: { get: (t, e) => rangeValidity(e.wb, t.sheet, t.rect) },
  rule: {
    get: (t) => uniformValidation(t.sheet, t.rect)?.rule ?? null,
    set: (t, v, e) => {
      const rule = normaliseRule(e, v);
      assertAllowed(t.sheet, null, "dataValidation.rule");
      applyValidation(e.wb, t.sheet, t.rect, { rule });
    },
  },
  ignoreBlanks: {
    get: (t) => uniformValidation(t.sheet, t.rect)?.ignoreBlanks ?? null,
    set: (t, v, e) => {
      const ignoreBlanks = requireBoolean(v, "ignoreBlanks");
      assertAllowed(t.sheet, null, "dataValidation.ignoreBlanks");
      applyValidation(e.wb, t.sheet, t.rect, { ignoreBlanks });
    },
  },
  prompt: patchProp("prompt", (v) => pickStrings(v, ["title", "message"], ["showPrompt"])),
  errorAlert: patchProp("errorAlert", (v) => {
    const out = pickStrings(v, ["title", "message"], ["showAlert"]);
    if (v.style !== undefined)
      out.style = requireOneOf(v.style, ["Stop", "Warning", "Information"], "errorAlert.style");
    return out;
  }),
};

/** Invalid cells of rect (each as its own 1x1 area). */
function invalidCells(e: Engine, sheet: SheetModel, rect: Rect): Rect[] {
  const out: Rect[] = [];
  for (const v of validationsIntersecting(sheet, rect)) {
    for (const [r, c, cell] of sheet.cellsIn(rect)) {
      if (!v.areas.some((a) => r >= a.row && r < a.row + a.rows && c >= a.col && c < a.col + a.cols)) continue;
      if (cell.value === "" && cell.formula === null) continue;
      if (!checkValue(e.wb, sheet, v, cell.value, formatText(cell.value, sheet.fmt(r, c, "numberFormat")))) {
        out.push({ row: r, col: c, rows: 1, cols: 1 });
      }
    }
  }
  return out.sort((a, b) => a.row - b.row || a.col - b.col);
}

export class FakeDataValidation extends FakeClientObject<RangeRef> {
  declare readonly type: string;
  declare readonly valid: boolean | null;
  declare rule: StoredRule | null;
  declare ignoreBlanks: boolean | null;
  declare prompt: ValidationPrompt | null;
  declare errorAlert: ValidationErrorAlert | null;

  protected _props(): PropTable<RangeRef> {
    return DV_PROPS;
  }

  clear(): void {
    this._queue("clear", (t) => {
      assertAllowed(t.sheet, null, "dataValidation.clear");
      clearValidation(this.context._engine.wb, t.sheet, t.rect);
    });
  }

  getInvalidCellsOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(
      this.context,
      () => {
        const t = this._target();
        if (t === null) return null;
        const rects = invalidCells(this.context._engine, t.sheet, t.rect);
        return rects.length === 0 ? null : { sheet: t.sheet, rects };
      },
      { parent: this, create: "DataValidation.getInvalidCellsOrNullObject", version: "1.9" },
    );
  }
}
installAccessors(FakeDataValidation, DV_PROPS);
