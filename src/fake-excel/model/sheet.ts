// One worksheet of the model: sparse cells, layered formats, merges, sizes.
// Validations and conditional formats are stored here too but handled by their own modules.

import { isWholeColumns, isWholeRows, MAX_COLS, MAX_ROWS, Rect, rectArea, rectsOverlap } from "../address";
import { FakeOfficeError } from "../errors";
import type { CellValue } from "../values";
import {
  CellData,
  CellFormat,
  CondFormatModel,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_FORMAT,
  DEFAULT_ROW_HEIGHT,
  defaultPageLayout,
  defaultProtectionOptions,
  FormatKey,
  ProtectionModel,
  ValidationModel,
  Visibility,
} from "./types";

/** Cell-by-cell operations beyond this many cells fail like Excel's payload limits would. */
const MAX_MATERIALISED = 5_000_000;

export class SheetModel {
  name: string;
  visibility: Visibility = "Visible";
  tabColor = "";
  showGridlines = true;
  readonly cells = new Map<number, CellData>();
  readonly rowFmt = new Map<number, Partial<CellFormat>>();
  readonly colFmt = new Map<number, Partial<CellFormat>>();
  readonly colWidths = new Map<number, number>();
  /** Hidden columns (0-based). */
  readonly hiddenCols = new Set<number>();
  /** Hidden rows (0-based). */
  readonly hiddenRows = new Set<number>();
  readonly rowHeights = new Map<number, number>();
  defaultColWidth = DEFAULT_COLUMN_WIDTH;
  defaultRowHeight = DEFAULT_ROW_HEIGHT;
  merges: Rect[] = [];
  validations: ValidationModel[] = [];
  condFormats: CondFormatModel[] = [];
  protection: ProtectionModel = { protected: false, options: defaultProtectionOptions() };
  freezeRows = 0;
  freezeCols = 0;
  pageLayout = defaultPageLayout();
  /** Manual horizontal page breaks: 0-based rows that begin a new page, ascending. */
  rowBreaks: number[] = [];

  constructor(
    readonly id: string,
    name: string,
  ) {
    this.name = name;
  }

  static key(row: number, col: number): number {
    return row * MAX_COLS + col;
  }

  cell(row: number, col: number): CellData | undefined {
    return this.cells.get(SheetModel.key(row, col));
  }

  ensure(row: number, col: number): CellData {
    const k = SheetModel.key(row, col);
    let c = this.cells.get(k);
    if (!c) {
      c = { value: "", formula: null, fmt: {} };
      this.cells.set(k, c);
    }
    return c;
  }

  /** Drops a cell entry that holds nothing. */
  prune(row: number, col: number): void {
    const k = SheetModel.key(row, col);
    const c = this.cells.get(k);
    if (c && c.value === "" && c.formula === null && Object.keys(c.fmt).length === 0) this.cells.delete(k);
  }

  fmt<K extends FormatKey>(row: number, col: number, key: K): CellFormat[K] {
    const own = this.cell(row, col)?.fmt[key];
    if (own !== undefined) return own as CellFormat[K];
    const r = this.rowFmt.get(row)?.[key];
    if (r !== undefined) return r as CellFormat[K];
    const c = this.colFmt.get(col)?.[key];
    if (c !== undefined) return c as CellFormat[K];
    return DEFAULT_FORMAT[key];
  }

  /** Materialised cells inside rect. */
  *cellsIn(rect: Rect): Generator<[number, number, CellData]> {
    if (rectArea(rect) <= this.cells.size * 2) {
      for (let r = rect.row; r < rect.row + rect.rows; r++) {
        for (let c = rect.col; c < rect.col + rect.cols; c++) {
          const cell = this.cell(r, c);
          if (cell) yield [r, c, cell];
        }
      }
      return;
    }
    for (const [k, cell] of [...this.cells]) {
      const r = Math.floor(k / MAX_COLS);
      const c = k % MAX_COLS;
      if (r >= rect.row && r < rect.row + rect.rows && c >= rect.col && c < rect.col + rect.cols) {
        yield [r, c, cell];
      }
    }
  }

  /** Applies a format value to every cell of rect; whole rows/columns use the row/column layer. */
  setFmt<K extends FormatKey>(rect: Rect, key: K, value: CellFormat[K]): void {
    const wholeCols = isWholeColumns(rect);
    const wholeRows = isWholeRows(rect);
    if (wholeCols || wholeRows) {
      for (const [, , cell] of this.cellsIn(rect)) cell.fmt[key] = value;
      if (wholeCols) {
        for (let c = rect.col; c < rect.col + rect.cols; c++) this.layer(this.colFmt, c)[key] = value;
        for (const [r, f] of this.rowFmt) {
          if (f[key] === undefined) continue;
          if (wholeRows) f[key] = value;
          else for (let c = rect.col; c < rect.col + rect.cols; c++) this.ensure(r, c).fmt[key] = value;
        }
      } else {
        for (let r = rect.row; r < rect.row + rect.rows; r++) this.layer(this.rowFmt, r)[key] = value;
      }
      return;
    }
    this.assertMaterialisable(rect);
    for (let r = rect.row; r < rect.row + rect.rows; r++) {
      for (let c = rect.col; c < rect.col + rect.cols; c++) this.ensure(r, c).fmt[key] = value;
    }
  }

  private layer(map: Map<number, Partial<CellFormat>>, index: number): Partial<CellFormat> {
    let f = map.get(index);
    if (!f) {
      f = {};
      map.set(index, f);
    }
    return f;
  }

  assertMaterialisable(rect: Rect): void {
    if (rectArea(rect) > MAX_MATERIALISED) {
      throw new FakeOfficeError("RangeExceedsLimit", "The range is too large for this operation.");
    }
  }

  /** Distinct effective values of a format key over rect (exact for ranges up to 100k cells). */
  distinct<K extends FormatKey>(rect: Rect, key: K): Set<CellFormat[K]> {
    const out = new Set<CellFormat[K]>();
    if (rectArea(rect) <= 100_000) {
      for (let r = rect.row; r < rect.row + rect.rows; r++) {
        for (let c = rect.col; c < rect.col + rect.cols; c++) out.add(this.fmt(r, c, key));
      }
      return out;
    }
    let materialised = 0;
    for (const [r, c] of this.cellsIn(rect)) {
      out.add(this.fmt(r, c, key));
      materialised++;
    }
    if (materialised < rectArea(rect)) {
      let rowsWithout = rect.rows;
      for (const [r, f] of this.rowFmt) {
        if (r < rect.row || r >= rect.row + rect.rows || f[key] === undefined) continue;
        out.add(f[key] as CellFormat[K]);
        rowsWithout--;
      }
      if (rowsWithout > 0) {
        let colsWithout = rect.cols;
        for (const [c, f] of this.colFmt) {
          if (c < rect.col || c >= rect.col + rect.cols || f[key] === undefined) continue;
          out.add(f[key] as CellFormat[K]);
          colsWithout--;
        }
        if (colsWithout > 0) out.add(DEFAULT_FORMAT[key]);
      }
    }
    return out;
  }

  anyLocked(rect: Rect): boolean {
    return this.distinct(rect, "locked").has(true);
  }

  setValue(row: number, col: number, value: CellValue, formula: string | null): void {
    const cell = this.ensure(row, col);
    cell.value = value;
    cell.formula = formula;
    this.prune(row, col);
  }

  value(row: number, col: number): CellValue {
    return this.cell(row, col)?.value ?? "";
  }

  clearContents(rect: Rect): void {
    for (const [r, c, cell] of this.cellsIn(rect)) {
      cell.value = "";
      cell.formula = null;
      this.prune(r, c);
    }
  }

  clearFormats(rect: Rect): void {
    for (const [r, c, cell] of this.cellsIn(rect)) {
      cell.fmt = {};
      this.prune(r, c);
    }
    const wipe = (map: Map<number, Partial<CellFormat>>, from: number, count: number, whole: boolean) => {
      if (!whole) return;
      for (const i of [...map.keys()]) if (i >= from && i < from + count) map.delete(i);
    };
    wipe(this.colFmt, rect.col, rect.cols, isWholeColumns(rect));
    wipe(this.rowFmt, rect.row, rect.rows, isWholeRows(rect));
  }

  // ---- merges -----------------------------------------------------------------------

  mergeAt(row: number, col: number): Rect | undefined {
    return this.merges.find((m) => row >= m.row && row < m.row + m.rows && col >= m.col && col < m.col + m.cols);
  }

  mergesIntersecting(rect: Rect): Rect[] {
    return this.merges.filter((m) => rectsOverlap(m, rect));
  }

  // ---- sizes and extent -------------------------------------------------------------

  columnWidth(col: number): number {
    return this.colWidths.get(col) ?? this.defaultColWidth;
  }

  rowHeight(row: number): number {
    return this.rowHeights.get(row) ?? this.defaultRowHeight;
  }

  /** Range.rowHidden: true when every row of from..from+count-1 is hidden, false when none is, else null. */
  rowsHidden(from: number, count: number): boolean | null {
    let hidden = 0;
    for (const r of this.hiddenRows) if (r >= from && r < from + count) hidden++;
    return hidden === 0 ? false : hidden === count ? true : null;
  }

  setRowsHidden(from: number, count: number, hide: boolean): void {
    for (let r = from; r < from + count; r++) {
      if (hide) this.hiddenRows.add(r);
      else this.hiddenRows.delete(r);
    }
  }

  setColumnWidth(from: number, count: number, width: number): void {
    if (count === MAX_COLS) {
      this.colWidths.clear();
      this.defaultColWidth = width;
      return;
    }
    for (let c = from; c < from + count; c++) this.colWidths.set(c, width);
  }

  setRowHeight(from: number, count: number, height: number): void {
    if (count === MAX_ROWS) {
      this.rowHeights.clear();
      this.defaultRowHeight = height;
      return;
    }
    for (let r = from; r < from + count; r++) this.rowHeights.set(r, height);
  }

  /** Bounding box of cells with a value (valuesOnly) or with any value or format. */
  usedRect(valuesOnly = false): Rect | null {
    let r1 = Infinity;
    let c1 = Infinity;
    let r2 = -1;
    let c2 = -1;
    for (const [k, cell] of this.cells) {
      const hasValue = cell.value !== "" || cell.formula !== null;
      if (!hasValue && (valuesOnly || Object.keys(cell.fmt).length === 0)) continue;
      const r = Math.floor(k / MAX_COLS);
      const c = k % MAX_COLS;
      r1 = Math.min(r1, r);
      c1 = Math.min(c1, c);
      r2 = Math.max(r2, r);
      c2 = Math.max(c2, c);
    }
    if (r2 < 0) return null;
    return { row: r1, col: c1, rows: r2 - r1 + 1, cols: c2 - c1 + 1 };
  }
}
