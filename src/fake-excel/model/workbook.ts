// The workbook model: sheets, defined names, settings, selection, and the bookkeeping that
// keeps formulas/names/validation sources consistent across sheet renames and deletes.
// Model methods throw FakeOfficeError with Excel's codes; the proxies call them at sync time.

import { lettersToColumn, parseReference, Rect } from "../address";
import { ErrorCode, FakeOfficeError } from "../errors";
import { invalidateSheetInFormula, renameSheetInFormula } from "../refs";
import { SheetModel } from "./sheet";
import type { NameModel, StoredRule, Visibility } from "./types";

const BAD_SHEET_CHARS = /[[\]:*?/\\]/;

export class WorkbookModel {
  sheets: SheetModel[] = [];
  names: NameModel[] = [];
  readonly settings = new Map<string, unknown>();
  activeSheetId: string | null = null;
  /**
   * What the user has selected: `rect` is the active area; `areas` (when several, Ctrl+click)
   * lists every area; `object` names a selected chart or shape (no range is selected then).
   */
  selection: { sheetId: string; rect: Rect; areas?: Rect[]; object?: string } | null = null;
  calculationMode = "Automatic";
  /** Incremented by every mutation; used to notify subscribers. */
  version = 0;
  private nextSheetId = 1;
  nextValidationId = 1;
  nextCondFormatId = 1;

  touch(): void {
    this.version++;
  }

  sheetByName(name: string): SheetModel | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  sheetById(id: string): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  /** getItem semantics: by name (case-insensitive) or id. */
  requireSheet(key: string): SheetModel {
    const s = this.sheetByName(key) ?? this.sheetById(key);
    if (!s)
      throw new FakeOfficeError(ErrorCode.itemNotFound, `The requested resource doesn't exist. (worksheet '${key}')`);
    return s;
  }

  contains(sheet: SheetModel): boolean {
    return this.sheets.includes(sheet);
  }

  position(sheet: SheetModel): number {
    return this.sheets.indexOf(sheet);
  }

  activeSheet(): SheetModel | undefined {
    return this.activeSheetId ? this.sheetById(this.activeSheetId) : undefined;
  }

  private checkSheetName(name: string, self?: SheetModel): void {
    if (
      typeof name !== "string" ||
      name.length === 0 ||
      name.length > 31 ||
      BAD_SHEET_CHARS.test(name) ||
      name.startsWith("'") ||
      name.endsWith("'") ||
      name.toLowerCase() === "history"
    ) {
      throw new FakeOfficeError(ErrorCode.invalidArgument, `The worksheet name '${name}' is invalid.`);
    }
    const existing = this.sheetByName(name);
    if (existing && existing !== self) {
      throw new FakeOfficeError(ErrorCode.itemAlreadyExists, `A worksheet named '${name}' already exists.`);
    }
  }

  addSheet(name?: string): SheetModel {
    let finalName = name;
    if (finalName === undefined || finalName === null) {
      let n = 1;
      while (this.sheetByName(`Sheet${n}`)) n++;
      finalName = `Sheet${n}`;
    }
    this.checkSheetName(finalName);
    const id = `{00000000-0001-0000-${String(this.nextSheetId++).padStart(4, "0")}-000000000000}`;
    const sheet = new SheetModel(id, finalName);
    this.sheets.push(sheet);
    if (!this.activeSheetId) this.activeSheetId = id;
    this.touch();
    return sheet;
  }

  renameSheet(sheet: SheetModel, name: string): void {
    if (sheet.name === name) return;
    this.checkSheetName(name, sheet);
    const old = sheet.name;
    sheet.name = name;
    this.rewriteFormulas((f) => renameSheetInFormula(f, old, name));
    this.touch();
  }

  visibleSheets(): SheetModel[] {
    return this.sheets.filter((s) => s.visibility === "Visible");
  }

  setVisibility(sheet: SheetModel, v: Visibility): void {
    if (!["Visible", "Hidden", "VeryHidden"].includes(v)) {
      throw new FakeOfficeError(ErrorCode.invalidArgument, `Invalid visibility '${String(v)}'.`);
    }
    if (v !== "Visible" && sheet.visibility === "Visible" && this.visibleSheets().length === 1) {
      throw new FakeOfficeError(ErrorCode.invalidOperation, "A workbook must contain at least one visible worksheet.");
    }
    sheet.visibility = v;
    if (v !== "Visible" && this.activeSheetId === sheet.id) this.activateNextVisible(sheet);
    this.touch();
  }

  private activateNextVisible(from: SheetModel): void {
    const idx = this.sheets.indexOf(from);
    const ordered = [...this.sheets.slice(idx + 1), ...this.sheets.slice(0, idx).reverse()];
    const next = ordered.find((s) => s.visibility === "Visible" && s !== from);
    this.activeSheetId = next ? next.id : null;
    if (next) this.selection = { sheetId: next.id, rect: { row: 0, col: 0, rows: 1, cols: 1 } };
  }

  activate(sheet: SheetModel): void {
    if (sheet.visibility !== "Visible") {
      throw new FakeOfficeError(ErrorCode.invalidOperation, "A hidden worksheet cannot be activated.");
    }
    if (this.activeSheetId !== sheet.id) {
      this.activeSheetId = sheet.id;
      this.selection = { sheetId: sheet.id, rect: { row: 0, col: 0, rows: 1, cols: 1 } };
      this.touch();
    }
  }

  moveSheet(sheet: SheetModel, position: number): void {
    if (!Number.isInteger(position) || position < 0 || position >= this.sheets.length) {
      throw new FakeOfficeError(ErrorCode.invalidArgument, `Invalid worksheet position ${position}.`);
    }
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(position, 0, sheet);
    this.touch();
  }

  deleteSheet(sheet: SheetModel): void {
    if (sheet.visibility === "VeryHidden") {
      throw new FakeOfficeError(
        ErrorCode.invalidOperation,
        "A very hidden worksheet must be made visible before it is deleted.",
      );
    }
    if (sheet.visibility === "Visible" && this.visibleSheets().length === 1) {
      throw new FakeOfficeError(ErrorCode.invalidOperation, "A workbook must contain at least one visible worksheet.");
    }
    if (this.activeSheetId === sheet.id) this.activateNextVisible(sheet);
    this.sheets = this.sheets.filter((s) => s !== sheet);
    if (this.selection?.sheetId === sheet.id) this.selection = null;
    this.rewriteFormulas((f) => invalidateSheetInFormula(f, sheet.name));
    this.touch();
  }

  // ---- defined names ----------------------------------------------------------------

  nameByName(name: string): NameModel | undefined {
    const lower = name.toLowerCase();
    return this.names.find((n) => n.name.toLowerCase() === lower);
  }

  static isValidName(name: string): boolean {
    if (typeof name !== "string" || name.length === 0 || name.length > 255) return false;
    if (!/^[A-Za-z_\\\u00C0-\uFFFF][A-Za-z0-9_.\\?\u00C0-\uFFFF]*$/.test(name)) return false;
    if (/^(r|c)$/i.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name) || /^(true|false)$/i.test(name)) return false;
    const cellLike = /^([A-Za-z]{1,3})(\d+)$/.exec(name);
    if (cellLike) {
      try {
        lettersToColumn(cellLike[1]);
        return Number(cellLike[2]) > 1048576;
      } catch {
        return true;
      }
    }
    return true;
  }

  addName(name: string, reference: string, comment = ""): NameModel {
    if (!WorkbookModel.isValidName(name)) {
      throw new FakeOfficeError(ErrorCode.invalidArgument, `The name '${name}' is not valid.`);
    }
    if (this.nameByName(name)) {
      throw new FakeOfficeError(ErrorCode.itemAlreadyExists, `A name '${name}' already exists.`);
    }
    this.checkNameReference(reference);
    const model: NameModel = { name, reference, comment, visible: true, invalid: reference.includes("#REF!") };
    this.names.push(model);
    this.touch();
    return model;
  }

  checkNameReference(reference: string): void {
    if (typeof reference !== "string" || !reference.startsWith("=") || reference.length < 2) {
      throw new FakeOfficeError(
        ErrorCode.invalidArgument,
        "The reference of a name must be a formula starting with '='.",
      );
    }
    const ref = parseReference(reference);
    if (ref?.sheet && !this.sheetByName(ref.sheet)) {
      throw new FakeOfficeError(ErrorCode.invalidArgument, `The sheet '${ref.sheet}' in the reference does not exist.`);
    }
  }

  deleteName(model: NameModel): void {
    this.names = this.names.filter((n) => n !== model);
    this.touch();
  }

  // ---- formula bookkeeping ------------------------------------------------------------

  /**
   * Rewrites every formula site: cell formulas, defined names, validation rule sources and
   * formulas, conditional-format formulas. `home` is the sheet a formula lives on (null for names).
   */
  rewriteFormulas(fn: (formula: string, home: SheetModel | null) => string): void {
    for (const n of this.names) {
      n.reference = fn(n.reference, null);
      n.invalid = n.reference.includes("#REF!");
    }
    for (const sheet of this.sheets) {
      for (const cell of sheet.cells.values()) {
        if (cell.formula === null) continue;
        cell.formula = fn(cell.formula, sheet);
        cell.value = cell.formula;
      }
      for (const v of sheet.validations) if (v.rule) v.rule = rewriteRule(v.rule, (f) => fn(f, sheet));
      for (const cf of sheet.condFormats) cf.formula = fn(cf.formula, sheet);
    }
  }
}

function rewriteRule(rule: StoredRule, fn: (f: string) => string): StoredRule {
  const out: StoredRule = { ...rule };
  if (out.list && out.list.source.startsWith("=")) out.list = { ...out.list, source: fn(out.list.source) };
  if (out.custom) out.custom = { formula: fn(out.custom.formula) };
  for (const k of ["textLength", "wholeNumber", "decimal", "date", "time"] as const) {
    const b = out[k];
    if (!b) continue;
    out[k] = { ...b, formula1: fn(b.formula1), ...(b.formula2 !== undefined ? { formula2: fn(b.formula2) } : {}) };
  }
  return out;
}
