// Reading and writing cell grids (values, formulas, number formats) with Excel's rules.

import { Rect, rectArea } from "../address";
import { ErrorCode, FakeOfficeError } from "../errors";
import { formatText, interpretInput, valueTypeOf, type CellValue } from "../values";
import { assertAllowed, assertCellsEditable } from "./guards";
import type { SheetModel } from "./sheet";

/** Reads above this many cells would exceed Excel on the web's 5 MB response limit. */
const MAX_READ_CELLS = 1_700_000;
const MAX_RESPONSE_CHARS = 5 * 1024 * 1024;

function grid<V>(rect: Rect, read: (r: number, c: number) => V): V[][] {
  if (rectArea(rect) > MAX_READ_CELLS) {
    throw new FakeOfficeError(
      ErrorCode.responsePayloadSizeLimitExceeded,
      "The response payload size has exceeded the limit (5 MB). Read a smaller range.",
    );
  }
  const out: V[][] = [];
  let size = 0;
  for (let r = rect.row; r < rect.row + rect.rows; r++) {
    const row: V[] = [];
    for (let c = rect.col; c < rect.col + rect.cols; c++) {
      const v = read(r, c);
      size += typeof v === "string" ? v.length + 3 : 6;
      row.push(v);
    }
    out.push(row);
  }
  if (size > MAX_RESPONSE_CHARS) {
    throw new FakeOfficeError(
      ErrorCode.responsePayloadSizeLimitExceeded,
      "The response payload size has exceeded the limit (5 MB).",
    );
  }
  return out;
}

/** Values; formula cells return their formula text (the fake never calculates). */
export function readValues(sheet: SheetModel, rect: Rect): CellValue[][] {
  return grid(rect, (r, c) => sheet.value(r, c));
}

export function readText(sheet: SheetModel, rect: Rect): string[][] {
  return grid(rect, (r, c) => formatText(sheet.value(r, c), sheet.fmt(r, c, "numberFormat")));
}

export function readFormulas(sheet: SheetModel, rect: Rect): CellValue[][] {
  return grid(rect, (r, c) => sheet.cell(r, c)?.formula ?? sheet.value(r, c));
}

export function readNumberFormats(sheet: SheetModel, rect: Rect): string[][] {
  return grid(rect, (r, c) => sheet.fmt(r, c, "numberFormat"));
}

export function readValueTypes(sheet: SheetModel, rect: Rect): string[][] {
  return grid(rect, (r, c) => valueTypeOf(sheet.value(r, c)));
}

/**
 * Checks that `input` has exactly the shape of rect and returns it as a 2-D array; otherwise
 * InvalidArgument. A bare scalar fills the whole range when `fill` is set (values/formulas, as
 * Microsoft documents), else it is accepted only for a single cell.
 */
export function shapeGrid(input: unknown, rect: Rect, what: string, fill = false): unknown[][] {
  const bad = (detail: string): never => {
    throw new FakeOfficeError(
      ErrorCode.invalidArgument,
      `The argument is invalid or missing or has an incorrect format. (${what}: ${detail}; range is ${rect.rows}x${rect.cols})`,
    );
  };
  if (!Array.isArray(input)) {
    if (rect.rows === 1 && rect.cols === 1) return [[input]];
    if (fill) {
      if (rectArea(rect) > MAX_READ_CELLS) bad("too many cells for one write");
      return Array.from({ length: rect.rows }, () => new Array<unknown>(rect.cols).fill(input));
    }
    return bad("a single value can only be written to a single cell");
  }
  if (input.length !== rect.rows) bad(`got ${input.length} rows`);
  for (const row of input) {
    if (!Array.isArray(row) || row.length !== rect.cols) bad("row length differs from the range width");
  }
  return input as unknown[][];
}

function assertCellInput(v: unknown): asserts v is CellValue | null {
  const ok =
    v === null || typeof v === "string" || typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v));
  if (!ok) throw new FakeOfficeError(ErrorCode.invalidArgument, `Invalid cell value: ${String(v)}.`);
}

export interface WriteOptions {
  /** Enforce sheet protection (false for fixture setup). */
  enforceProtection: boolean;
}

/**
 * Writes a values/formulas grid (or one value for every cell): null leaves a cell unchanged, "" clears it, strings are
 * interpreted like typed input (formulas, numbers, dates) unless the cell format is "@".
 * Only the top-left cell of a merged area may receive a non-empty value.
 * All checks run before anything is written.
 */
export function writeGrid(sheet: SheetModel, rect: Rect, input: unknown, what: string, opts: WriteOptions): void {
  const rows = shapeGrid(input, rect, what, true);
  rows.forEach((row) => row.forEach(assertCellInput));
  if (opts.enforceProtection) assertCellsEditable(sheet, rect);
  rows.forEach((row, i) =>
    row.forEach((v, j) => {
      if (v === null || v === "") return;
      const r = rect.row + i;
      const c = rect.col + j;
      const m = sheet.mergeAt(r, c);
      if (m && (m.row !== r || m.col !== c)) {
        throw new FakeOfficeError(
          ErrorCode.invalidArgument,
          `Cannot write a value into a merged cell that is not the top-left cell of its merged area (row ${r + 1}, column ${c + 1}).`,
        );
      }
    }),
  );
  rows.forEach((row, i) =>
    row.forEach((v, j) => {
      if (v === null) return;
      writeCell(sheet, rect.row + i, rect.col + j, v as CellValue);
    }),
  );
}

/** Stores one typed/written value (including automatic number formats for dates, %). */
export function writeCell(sheet: SheetModel, r: number, c: number, v: CellValue): void {
  const fmt = sheet.fmt(r, c, "numberFormat");
  const res = interpretInput(v, fmt);
  sheet.setValue(r, c, res.value, res.formula);
  if (res.autoFormat && fmt === "General") sheet.ensure(r, c).fmt.numberFormat = res.autoFormat;
}

export function writeNumberFormats(sheet: SheetModel, rect: Rect, input: unknown, opts: WriteOptions): void {
  const rows = shapeGrid(input, rect, "numberFormat");
  rows.forEach((row) =>
    row.forEach((v) => {
      if (v !== null && typeof v !== "string") {
        throw new FakeOfficeError(ErrorCode.invalidArgument, `Invalid number format: ${String(v)}.`);
      }
    }),
  );
  if (opts.enforceProtection) {
    assertAllowed(sheet, "allowFormatCells", "numberFormat");
    assertCellsEditable(sheet, rect);
  }
  rows.forEach((row, i) =>
    row.forEach((v, j) => {
      if (v === null) return;
      sheet.ensure(rect.row + i, rect.col + j).fmt.numberFormat = v as string;
    }),
  );
}
