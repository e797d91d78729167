// Synchronous model inspection API (tests, browser preview). Bypasses the proxy/sync machinery.

import { compareRects, lettersToColumn, parseAddress, rectToAddress, Rect } from "./address";
import { cellBorder } from "./model/borders";
import { writeGrid } from "./model/cells-io";
import { ruleType, validationAt } from "./model/features";
import type { SheetModel } from "./model/sheet";
import type {
  CondFormatModel,
  ProtectionOptions,
  StoredRule,
  ValidationErrorAlert,
  ValidationPrompt,
} from "./model/types";
import { resolveListSource } from "./model/validation-eval";
import type { WorkbookModel } from "./model/workbook";
import type { Engine } from "./runtime/engine";
import { FakeUser } from "./user";
import { formatText, type CellValue } from "./values";

export interface CellSnapshot {
  value: CellValue;
  formula: string | null;
  text: string;
  numberFormat: string;
  locked: boolean;
  font: { name: string; size: number; bold: boolean; italic: boolean; color: string; underline: string };
  fill: string | null;
  wrapText: boolean;
  hAlign: string;
  vAlign: string;
  indentLevel: number;
  borders: { top?: string; bottom?: string; left?: string; right?: string };
}

export interface ValidationSnapshot {
  range: string; // "G7:G60" (several areas joined by a space, like sqref)
  type: string;
  rule: StoredRule | null;
  prompt: ValidationPrompt;
  errorAlert: ValidationErrorAlert;
  ignoreBlanks: boolean;
}

export interface CondFormatSnapshot {
  range: string;
  type: string;
  formula: string;
  fill: string | null;
  fontColor: string | null;
  bold: boolean | null;
  priority: number;
  stopIfTrue: boolean;
}

const areasText = (areas: Rect[]): string =>
  [...areas]
    .sort(compareRects)
    .map((a) => rectToAddress(a))
    .join(" ");
const clone = <V>(v: V): V => JSON.parse(JSON.stringify(v)) as V;

export class FakeSheetView {
  constructor(
    private readonly wb: WorkbookModel,
    readonly model: SheetModel,
  ) {}

  get name(): string {
    return this.model.name;
  }
  get id(): string {
    return this.model.id;
  }
  get visibility(): string {
    return this.model.visibility;
  }
  get position(): number {
    return this.wb.position(this.model);
  }
  get tabColor(): string {
    return this.model.tabColor;
  }
  get showGridlines(): boolean {
    return this.model.showGridlines;
  }
  get freezeRows(): number {
    return this.model.freezeRows;
  }
  get freezeColumns(): number {
    return this.model.freezeCols;
  }
  get protection(): { protected: boolean; options: ProtectionOptions; password?: string } {
    return clone(this.model.protection);
  }
  get pageLayout(): Record<string, unknown> {
    const pl = this.model.pageLayout;
    return {
      ...clone({ ...pl, printTitleRows: null, printArea: null }),
      printTitleRows: pl.printTitleRows ? rectToAddress(pl.printTitleRows, true) : null,
      printArea: pl.printArea ? rectToAddress(pl.printArea, true) : null,
    };
  }

  /** Manual page breaks: the 1-based rows that begin a new page. */
  get pageBreaks(): number[] {
    return this.model.rowBreaks.map((r) => r + 1);
  }

  cell(address: string): CellSnapshot {
    const { row: r, col: c } = parseAddress(address);
    const s = this.model;
    const cell = s.cell(r, c);
    const value = cell?.value ?? "";
    const numberFormat = s.fmt(r, c, "numberFormat");
    const border = (side: "top" | "bottom" | "left" | "right") => cellBorder(s, r, c, side)?.style;
    return {
      value,
      formula: cell?.formula ?? null,
      text: formatText(value, numberFormat),
      numberFormat,
      locked: s.fmt(r, c, "locked"),
      font: {
        name: s.fmt(r, c, "fontName"),
        size: s.fmt(r, c, "fontSize"),
        bold: s.fmt(r, c, "fontBold"),
        italic: s.fmt(r, c, "fontItalic"),
        color: s.fmt(r, c, "fontColor"),
        underline: s.fmt(r, c, "fontUnderline"),
      },
      fill: s.fmt(r, c, "fill"),
      wrapText: s.fmt(r, c, "wrapText"),
      hAlign: s.fmt(r, c, "hAlign"),
      vAlign: s.fmt(r, c, "vAlign"),
      indentLevel: s.fmt(r, c, "indentLevel"),
      borders: { top: border("top"), bottom: border("bottom"), left: border("left"), right: border("right") },
    };
  }

  /** Values of a range as a 2-D array ("" for empty cells). */
  values(address: string): CellValue[][] {
    const rect = parseAddress(address);
    const out: CellValue[][] = [];
    for (let r = rect.row; r < rect.row + rect.rows; r++) {
      const row: CellValue[] = [];
      for (let c = rect.col; c < rect.col + rect.cols; c++) row.push(this.model.value(r, c));
      out.push(row);
    }
    return out;
  }

  /** Merged areas, sorted ("A2:H2", ...). */
  merges(): string[] {
    return [...this.model.merges].sort(compareRects).map((m) => rectToAddress(m));
  }

  mergeAreaOf(address: string): string | null {
    const { row, col } = parseAddress(address);
    const m = this.model.mergeAt(row, col);
    return m ? rectToAddress(m) : null;
  }

  /** Column width in points; `col` is a 0-based index or column letters ("C"). Default 48. */
  columnWidth(col: number | string): number {
    return this.model.columnWidth(typeof col === "string" ? lettersToColumn(col) : col);
  }

  /** Whether a column is hidden; `col` is a 0-based index or column letters ("J"). */
  columnHidden(col: number | string): boolean {
    return this.model.hiddenCols.has(typeof col === "string" ? lettersToColumn(col) : col);
  }

  /** Whether a row is hidden; `row` is a 0-based index. */
  rowHidden(row: number): boolean {
    return this.model.hiddenRows.has(row);
  }

  /** Row height in points; `row` is a 0-based index. Default 15. */
  rowHeight(row: number): number {
    return this.model.rowHeight(row);
  }

  usedRange(valuesOnly = false): string | null {
    const r = this.model.usedRect(valuesOnly);
    return r ? rectToAddress(r) : null;
  }

  validations(): ValidationSnapshot[] {
    return this.model.validations.map((v) => ({
      range: areasText(v.areas),
      type: ruleType(v.rule),
      rule: v.rule ? clone(v.rule) : null,
      prompt: { ...v.prompt },
      errorAlert: { ...v.errorAlert },
      ignoreBlanks: v.ignoreBlanks,
    }));
  }

  /** Conditional formats in priority order (index 0 = top priority). */
  conditionalFormats(): CondFormatSnapshot[] {
    return this.model.condFormats.map((cf: CondFormatModel, priority) => ({
      range: areasText(cf.areas),
      type: cf.type,
      formula: cf.formula,
      fill: cf.fill,
      fontColor: cf.fontColor,
      bold: cf.fontBold,
      priority,
      stopIfTrue: cf.stopIfTrue,
    }));
  }
}

export class FakeWorkbookModel {
  readonly user: FakeUser;

  constructor(private readonly engine: Engine) {
    this.user = new FakeUser(engine);
  }

  /** The underlying mutable model (for advanced fixtures and the xlsx writer). */
  get raw(): WorkbookModel {
    return this.engine.wb;
  }

  /** Incremented on every model change. */
  get version(): number {
    return this.engine.wb.version;
  }

  sheetNames(): string[] {
    return this.engine.wb.sheets.map((s) => s.name);
  }

  hasSheet(name: string): boolean {
    return this.engine.wb.sheetByName(name) !== undefined;
  }

  /** Throws (ItemNotFound) when there is no such sheet. */
  sheet(name: string): FakeSheetView {
    return new FakeSheetView(this.engine.wb, this.engine.wb.requireSheet(name));
  }

  names(): { name: string; reference: string; invalid: boolean; comment: string; visible: boolean }[] {
    return this.engine.wb.names.map((n) => ({ ...n }));
  }

  settings(): Record<string, unknown> {
    return clone(Object.fromEntries(this.engine.wb.settings));
  }

  activeSheet(): string | null {
    return this.engine.wb.activeSheet()?.name ?? null;
  }

  /** `address` is the active area; `areas` lists all of a Ctrl+click selection; `object` a selected chart/shape. */
  selection(): { sheet: string; address: string; areas?: string[]; object?: string } | null {
    const sel = this.engine.wb.selection;
    const sheet = sel ? this.engine.wb.sheetById(sel.sheetId) : undefined;
    if (!sel || !sheet) return null;
    return {
      sheet: sheet.name,
      address: rectToAddress(sel.rect),
      ...(sel.areas ? { areas: sel.areas.map((a) => rectToAddress(a)) } : {}),
      ...(sel.object ? { object: sel.object } : {}),
    };
  }

  // ---- fixtures (bypass protection) -----------------------------------------------------

  addSheet(name: string): FakeSheetView {
    const s = this.engine.wb.addSheet(name);
    this.engine.notify();
    return new FakeSheetView(this.engine.wb, s);
  }

  /** Writes a block of values at `topLeft` like the API would, but ignoring sheet protection. */
  setValues(sheet: string, topLeft: string, values: (CellValue | null)[][]): void {
    const s = this.engine.wb.requireSheet(sheet);
    const start = parseAddress(topLeft);
    const rect: Rect = { row: start.row, col: start.col, rows: values.length, cols: values[0]?.length ?? 0 };
    if (rect.rows === 0 || rect.cols === 0) return;
    writeGrid(s, rect, values, "setValues", { enforceProtection: false });
    this.engine.wb.touch();
    this.engine.notify();
  }

  /** Dropdown items for a cell with an in-cell-dropdown list rule, else null. */
  listItemsFor(sheet: string, address: string): string[] | null {
    const s = this.engine.wb.requireSheet(sheet);
    const { row, col } = parseAddress(address);
    const v = validationAt(s, row, col);
    if (!v?.rule?.list || !v.rule.list.inCellDropDown) return null;
    return resolveListSource(this.engine.wb, s, v.rule.list.source);
  }

  subscribe(listener: () => void): () => void {
    return this.engine.subscribe(listener);
  }

  /**
   * Remembers the whole workbook; the function returned puts it back (tests that run one
   * action many times from the same state, e.g. with a failure at every command).
   */
  snapshot(): () => void {
    const saved = deepClone(this.engine.wb);
    return () => {
      Object.assign(this.engine.wb, deepClone(saved));
      this.engine.wb.touch();
    };
  }
}

/** A deep copy keeping prototypes (the model's classes), Maps, Sets and arrays. */
function deepClone<V>(v: V): V {
  if (v === null || typeof v !== "object") return v;
  if (Array.isArray(v)) return v.map(deepClone) as V;
  if (v instanceof Map) return new Map([...v].map(([k, x]) => [k, deepClone(x)])) as V;
  if (v instanceof Set) return new Set([...v].map(deepClone)) as V;
  const out = Object.create(Object.getPrototypeOf(v) as object) as Record<string, unknown>;
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) out[k] = deepClone(x);
  return out as V;
}
