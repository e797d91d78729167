// Range proxy: values/formulas/numberFormat, derived ranges, merge, insert/delete, clear, select.

import {
  boundingRect,
  intersectRects,
  isWholeColumns,
  isWholeRows,
  MAX_COLS,
  MAX_ROWS,
  parseReference,
  qualifiedAddress,
  Rect,
  rectArea,
  rectToAddress,
} from "../address";
import { ErrorCode, FakeOfficeError } from "../errors";
import { inSheet, resized, rowsBeside } from "./range-geometry";
import {
  readFormulas,
  readNumberFormats,
  readText,
  readValues,
  readValueTypes,
  writeGrid,
  writeNumberFormats,
} from "../model/cells-io";
import { assertAllowed } from "../model/guards";
import { mergeRange, unmergeRange } from "../model/merges";
import { clearRange, deleteRange, insertRange, mergedAreasIn, selectRange } from "../model/range-ops";
import { FakeClientObject, FakeClientResult, installAccessors, ObjectInit, PropTable } from "../runtime/client-object";
import type { FakeRequestContext } from "../runtime/context";
import type { Engine } from "../runtime/engine";
import { RangeRef, requireBoolean, requireNumber, requireOneOf } from "./collection";
import { FakeConditionalFormatCollection } from "./conditional-formats";
import { FakeDataValidation } from "./data-validation";
import { FakeRangeAreas } from "./range-areas";
import { FakeRangeFormat } from "./range-format";
import { FakeWorksheet } from "./worksheet";

function writeCells(t: RangeRef, v: unknown, e: Engine, what: string): void {
  writeGrid(t.sheet, t.rect, v, what, { enforceProtection: true });
  e.wb.touch();
  e.emitChanged(t.sheet, t.rect, "ThisLocalAddin");
}

const RANGE_PROPS: PropTable<RangeRef> = {
  address: { get: (t) => qualifiedAddress(t.sheet.name, t.rect) },
  addressLocal: { get: (t) => qualifiedAddress(t.sheet.name, t.rect) },
  rowIndex: { get: (t) => t.rect.row },
  columnIndex: { get: (t) => t.rect.col },
  rowCount: { get: (t) => t.rect.rows },
  columnCount: { get: (t) => t.rect.cols },
  cellCount: { get: (t) => rectArea(t.rect) },
  isEntireRow: { get: (t) => isWholeRows(t.rect), version: "1.7" },
  isEntireColumn: { get: (t) => isWholeColumns(t.rect), version: "1.7" },
  values: { get: (t) => readValues(t.sheet, t.rect), set: (t, v, e) => writeCells(t, v, e, "values") },
  formulas: { get: (t) => readFormulas(t.sheet, t.rect), set: (t, v, e) => writeCells(t, v, e, "formulas") },
  formulasLocal: { get: (t) => readFormulas(t.sheet, t.rect), set: (t, v, e) => writeCells(t, v, e, "formulasLocal") },
  text: { get: (t) => readText(t.sheet, t.rect) },
  valueTypes: { get: (t) => readValueTypes(t.sheet, t.rect) },
  columnHidden: {
    get: (t) => {
      let hidden = 0;
      for (let c = t.rect.col; c < t.rect.col + t.rect.cols; c++) if (t.sheet.hiddenCols.has(c)) hidden++;
      return hidden === 0 ? false : hidden === t.rect.cols ? true : null;
    },
    set: (t, v, e) => {
      const hide = requireBoolean(v, "columnHidden");
      assertAllowed(t.sheet, "allowFormatColumns", "columnHidden");
      for (let c = t.rect.col; c < t.rect.col + t.rect.cols; c++) {
        if (hide) t.sheet.hiddenCols.add(c);
        else t.sheet.hiddenCols.delete(c);
      }
      e.wb.touch();
    },
    version: "1.2",
  },
  rowHidden: {
    get: (t) => t.sheet.rowsHidden(t.rect.row, t.rect.rows),
    set: (t, v, e) => {
      const hide = requireBoolean(v, "rowHidden");
      assertAllowed(t.sheet, "allowFormatRows", "rowHidden");
      t.sheet.setRowsHidden(t.rect.row, t.rect.rows, hide);
      e.wb.touch();
    },
    version: "1.2",
  },
  numberFormat: {
    get: (t) => readNumberFormats(t.sheet, t.rect),
    set: (t, v, e) => {
      writeNumberFormats(t.sheet, t.rect, v, { enforceProtection: true });
      e.wb.touch();
    },
  },
};

export class FakeRange extends FakeClientObject<RangeRef> {
  declare readonly address: string;
  declare readonly addressLocal: string;
  declare readonly rowIndex: number;
  declare readonly columnIndex: number;
  declare readonly rowCount: number;
  declare readonly columnCount: number;
  declare readonly cellCount: number;
  declare readonly isEntireRow: boolean;
  declare readonly isEntireColumn: boolean;
  declare values: unknown[][];
  declare formulas: unknown[][];
  declare formulasLocal: unknown[][];
  declare readonly text: string[][];
  declare readonly valueTypes: string[][];
  declare numberFormat: unknown[][];
  declare columnHidden: boolean | null;
  declare rowHidden: boolean | null;

  constructor(ctx: FakeRequestContext, resolver: () => RangeRef | null, init: ObjectInit = {}) {
    super(ctx, "Range", resolver, init);
  }

  protected _props(): PropTable<RangeRef> {
    return RANGE_PROPS;
  }

  protected _navs(): Record<string, () => FakeClientObject<unknown>> {
    return {
      format: () => this.format,
      dataValidation: () => this.dataValidation,
      conditionalFormats: () => this.conditionalFormats,
      worksheet: () => this.worksheet,
    };
  }

  _target(): RangeRef | null {
    const t = super._target();
    if (t && !this.context._engine.wb.contains(t.sheet)) {
      throw new FakeOfficeError(ErrorCode.itemNotFound, `The worksheet '${t.sheet.name}' has been deleted.`);
    }
    return t;
  }

  _locate(): { sheet?: string; address?: string } {
    const t = this._target();
    return t ? { sheet: t.sheet.name, address: rectToAddress(t.rect) } : {};
  }

  private get engine(): Engine {
    return this.context._engine;
  }

  get format(): FakeRangeFormat {
    return this._child(
      "format",
      () => new FakeRangeFormat(this.context, "RangeFormat", () => this._target(), { parent: this }),
    );
  }

  get dataValidation(): FakeDataValidation {
    return this._child(
      "dataValidation",
      () =>
        new FakeDataValidation(this.context, "DataValidation", () => this._target(), { parent: this, version: "1.8" }),
    );
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    return this._child(
      "conditionalFormats",
      () =>
        new FakeConditionalFormatCollection(this.context, "ConditionalFormatCollection", () => this._target(), {
          parent: this,
          version: "1.6",
        }),
    );
  }

  get worksheet(): FakeWorksheet {
    return this._child(
      "worksheet",
      () => new FakeWorksheet(this.context, () => this._target()?.sheet ?? null, { parent: this }),
    );
  }

  /** A new range computed from this one when the creating command executes. */
  private _derive(member: string, make: (t: RangeRef) => Rect | null, version?: string): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const t = this._target();
        if (t === null) return null;
        const rect = make(t);
        return rect ? { sheet: t.sheet, rect } : null;
      },
      { parent: this, create: `Range.${member}`, version },
    );
  }

  /** Rect of another range argument (Range proxy or address) on the same sheet. */
  private _other(t: RangeRef, other: FakeRange | string): Rect {
    if (other instanceof FakeRange) {
      const o = other._target();
      if (o === null || o.sheet !== t.sheet) {
        throw new FakeOfficeError(ErrorCode.invalidArgument, "The ranges must be on the same worksheet.");
      }
      return o.rect;
    }
    const ref = typeof other === "string" ? parseReference(other) : null;
    if (!ref || (ref.sheet !== null && ref.sheet.toLowerCase() !== t.sheet.name.toLowerCase())) {
      throw new FakeOfficeError(ErrorCode.invalidArgument, `Invalid range argument: ${String(other)}`);
    }
    return ref.rect;
  }

  getCell(row: number, column: number): FakeRange {
    return this._derive("getCell", (t) =>
      inSheet({ row: t.rect.row + row, col: t.rect.col + column, rows: 1, cols: 1 }),
    );
  }

  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this._derive("getOffsetRange", (t) =>
      inSheet({ ...t.rect, row: t.rect.row + rowOffset, col: t.rect.col + columnOffset }),
    );
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this._derive("getResizedRange", (t) => inSheet(resized(t.rect, deltaRows, deltaColumns)), "1.7");
  }

  getAbsoluteResizedRange(numRows: number, numColumns: number): FakeRange {
    return this._derive(
      "getAbsoluteResizedRange",
      (t) => inSheet({ ...t.rect, rows: numRows, cols: numColumns }),
      "1.7",
    );
  }

  getEntireRow(): FakeRange {
    return this._derive("getEntireRow", (t) => ({ row: t.rect.row, rows: t.rect.rows, col: 0, cols: MAX_COLS }));
  }

  getEntireColumn(): FakeRange {
    return this._derive("getEntireColumn", (t) => ({ row: 0, rows: MAX_ROWS, col: t.rect.col, cols: t.rect.cols }));
  }

  getRow(row: number): FakeRange {
    return this._derive("getRow", (t) => ({
      ...t.rect,
      row: t.rect.row + requireNumber(row, "row", 0, t.rect.rows - 1),
      rows: 1,
    }));
  }

  getColumn(column: number): FakeRange {
    return this._derive("getColumn", (t) => ({
      ...t.rect,
      col: t.rect.col + requireNumber(column, "column", 0, t.rect.cols - 1),
      cols: 1,
    }));
  }

  getLastRow(): FakeRange {
    return this._derive("getLastRow", (t) => ({ ...t.rect, row: t.rect.row + t.rect.rows - 1, rows: 1 }));
  }

  getLastColumn(): FakeRange {
    return this._derive("getLastColumn", (t) => ({ ...t.rect, col: t.rect.col + t.rect.cols - 1, cols: 1 }));
  }

  getLastCell(): FakeRange {
    return this._derive("getLastCell", (t) => ({
      row: t.rect.row + t.rect.rows - 1,
      col: t.rect.col + t.rect.cols - 1,
      rows: 1,
      cols: 1,
    }));
  }

  getRowsAbove(count = 1): FakeRange {
    return this._derive("getRowsAbove", (t) => inSheet(rowsBeside(t.rect, count, "above")), "1.7");
  }

  getRowsBelow(count = 1): FakeRange {
    return this._derive("getRowsBelow", (t) => inSheet(rowsBeside(t.rect, count, "below")), "1.7");
  }

  getBoundingRect(other: FakeRange | string): FakeRange {
    this._assertArgs(other);
    return this._derive("getBoundingRect", (t) => boundingRect(t.rect, this._other(t, other)));
  }

  getIntersection(other: FakeRange | string): FakeRange {
    this._assertArgs(other);
    return this._derive("getIntersection", (t) => {
      const i = intersectRects(t.rect, this._other(t, other));
      if (!i) throw new FakeOfficeError(ErrorCode.itemNotFound, "The ranges do not intersect.");
      return i;
    });
  }

  getIntersectionOrNullObject(other: FakeRange | string): FakeRange {
    this._assertArgs(other);
    return this._derive("getIntersectionOrNullObject", (t) => intersectRects(t.rect, this._other(t, other)), "1.4");
  }

  getUsedRange(valuesOnly = false): FakeRange {
    return this._derive("getUsedRange", (t) => {
      const used = t.sheet.usedRect(valuesOnly);
      const i = used ? intersectRects(used, t.rect) : null;
      if (!i) throw new FakeOfficeError(ErrorCode.itemNotFound, "The range has no used cells.");
      return i;
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return this._derive(
      "getUsedRangeOrNullObject",
      (t) => {
        const used = t.sheet.usedRect(valuesOnly);
        return used ? intersectRects(used, t.rect) : null;
      },
      "1.4",
    );
  }

  /** Merged areas whose top-left cell lies in this range; null object when none. */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(
      this.context,
      () => {
        const t = this._target();
        const rects = t === null ? [] : mergedAreasIn(t.sheet, t.rect);
        return t === null || rects.length === 0 ? null : { sheet: t.sheet, rects };
      },
      { parent: this, create: "Range.getMergedAreasOrNullObject", version: "1.13" },
    );
  }

  merge(across = false): void {
    requireBoolean(across, "across");
    this._queue(
      "merge",
      (t) => {
        assertAllowed(t.sheet, "allowFormatCells", "merge");
        mergeRange(t.sheet, t.rect, across);
        this.engine.wb.touch();
      },
      "1.2",
    );
  }

  unmerge(): void {
    this._queue(
      "unmerge",
      (t) => {
        assertAllowed(t.sheet, "allowFormatCells", "unmerge");
        unmergeRange(t.sheet, t.rect);
        this.engine.wb.touch();
      },
      "1.2",
    );
  }

  /** Only entire rows with shift "Down" are supported (others: UnsupportedOperation). */
  insert(shift: "Down" | "Right"): FakeRange {
    return this._derive("insert", (t) =>
      insertRange(this.engine, t.sheet, t.rect, requireOneOf(shift, ["Down", "Right"], "shift")),
    );
  }

  /** Only entire rows with shift "Up" are supported (others: UnsupportedOperation). */
  delete(shift: "Up" | "Left"): void {
    this._queue("delete", (t) =>
      deleteRange(this.engine, t.sheet, t.rect, requireOneOf(shift, ["Up", "Left"], "shift")),
    );
  }

  /** "Formats"/"All" also unmerge (like Excel); data validation and conditional formats stay. */
  clear(applyTo: string = "All"): void {
    this._queue("clear", (t) =>
      clearRange(
        this.engine,
        t.sheet,
        t.rect,
        requireOneOf(
          applyTo,
          ["All", "Formats", "Contents", "Hyperlinks", "RemoveHyperlinks", "ResetContents"],
          "applyTo",
        ),
      ),
    );
  }

  /** Strict: the range's sheet must be the active sheet (InvalidOperation otherwise). */
  select(): void {
    this._queue("select", (t) => selectRange(this.engine, t.sheet, t.rect));
  }

  /**
   * One entry per row of the range with the properties asked for; only `rowIndex`, `rowHidden` and `address`
   * are modelled (asking for others throws at once: a test must not pass on properties the stand-in lacks).
   */
  getRowProperties(options: {
    rowIndex?: boolean;
    rowHidden?: boolean;
    address?: boolean;
  }): FakeClientResult<Array<{ rowIndex?: number; rowHidden?: boolean; address?: string }>> {
    const unknown = Object.keys(options).filter((k) => !["rowIndex", "rowHidden", "address"].includes(k));
    if (unknown.length) throw new TypeError(`getRowProperties: ${unknown.join(", ")} not modelled by the stand-in`);
    const result = new FakeClientResult<Array<{ rowIndex?: number; rowHidden?: boolean; address?: string }>>();
    this._queue(
      "getRowProperties",
      (t) =>
        result._resolve(
          Array.from({ length: t.rect.rows }, (_, i) => {
            const row = t.rect.row + i;
            return {
              ...(options.address ? { address: qualifiedAddress(t.sheet.name, { ...t.rect, row, rows: 1 }) } : {}),
              ...(options.rowIndex ? { rowIndex: row } : {}),
              ...(options.rowHidden ? { rowHidden: t.sheet.hiddenRows.has(row) } : {}),
            };
          }),
        ),
      "1.9",
    );
    return result;
  }

  calculate(): void {
    this._queue("calculate", () => undefined, "1.6");
  }
}
installAccessors(FakeRange, RANGE_PROPS);
