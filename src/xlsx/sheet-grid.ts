/**
 * A worksheet part streamed into the grid readGrid takes: values from A1, merged non-anchors as "", rich
 * text as plain text, formulas as their cached result, dates as YYYY-MM-DD, errors as their code ("#REF!").
 * Nothing is expanded: only cells with a value are kept, at most MAX_COLUMNS columns and `maxRows` rows
 * (below that, the scan only looks for text, for `overflow`); ranges (validations, formats) are never
 * visited. Rows and cells without an `r` attribute follow the previous one, as the standard says.
 */
import type { Cell } from "../reading/read-grid";
import { MAX_COLUMNS } from "./limits";
import { STOP, type PackageParts } from "../ooxml/package-parts";

const pad = (n: number) => String(n).padStart(2, "0");

/** A date as Excel shows it in the default date format of a Chinese locale (time only when it has one). */
export function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return "";
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const h = d.getUTCHours();
  const m = d.getUTCMinutes();
  return h || m ? `${day} ${pad(h)}:${pad(m)}` : day;
}

/** An Excel date serial as a date (as ExcelJS converts it). */
export function serialDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial + (date1904 ? 1462 : 0) - 25569) * 24 * 3600 * 1000));
}

/** A shared string, by index, until the strings are read. */
export class SharedRef {
  constructor(readonly index: number) {}
}

export type RawCell = Cell | SharedRef;

export interface SheetScan {
  /** Rows (0-based) of cells (0-based columns); holes where nothing is stored. */
  rows: RawCell[][];
  /** Whether a cell below `maxRows` holds a value. */
  overflow: boolean;
  /** Merged ranges, 0-based and inclusive, as written (not expanded). */
  merges: Array<[r1: number, c1: number, r2: number, c2: number]>;
  /** The same ranges as written in A1 notation ("E8:E10"). */
  mergeRefs: string[];
  /** Rows (0-based) the sheet hides, below `maxRows`. */
  hiddenRows: number[];
  /**
   * Cells (0-based row, column) holding a formula that was never calculated: no cached value, or an empty
   * one that is not a text result (openpyxl and other libraries write formulas without results; Excel and
   * WPS calculate them when the file is opened, this reader cannot).
   */
  uncalculated: Array<[row: number, col: number]>;
}

/** "BC12" → [11, 54] (0-based row, column); the row is NaN when the reference has none. */
export function parseRef(ref: string): [number, number] {
  let c = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i) | 0x20;
    if (code < 0x61 || code > 0x7a) break;
    c = c * 26 + (code - 0x60);
  }
  const digits = ref.slice(i || ref.length);
  return [digits ? Number(digits) - 1 : NaN, c - 1];
}

export interface ScanOptions {
  maxRows: number;
  /** Style indexes whose number format is a date. */
  dateStyles: Set<number>;
  date1904: boolean;
}

/** Uncalculated formula cells kept per sheet (enough to name some and count them). */
const MAX_UNCALCULATED = 1000;

/** Streams a worksheet part; resolves null when the part does not exist. */
export async function scanSheet(parts: PackageParts, name: string, options: ScanOptions): Promise<SheetScan | null> {
  const scan: SheetScan = { rows: [], overflow: false, merges: [], mergeRefs: [], hiddenRows: [], uncalculated: [] };
  let row = -1;
  let col = -1;
  let type: string | undefined;
  let style = 0;
  let value: string | null = null;
  /** What the text events feed: the cell's <v>, an inline string's <t>, or nothing. */
  let into: "v" | "t" | null = null;
  let inPhonetic = false;
  let formula = false;

  const finishCell = () => {
    const room = scan.uncalculated.length < MAX_UNCALCULATED;
    if (formula && room && row >= 0 && col >= 0 && row < options.maxRows && col < MAX_COLUMNS) {
      // Excel writes an empty text result as t="str" and an empty <v>; no <v>, or an empty number: never calculated.
      if (value === null || (value === "" && type !== "str" && type !== "inlineStr"))
        scan.uncalculated.push([row, col]);
    }
    if (value === null) return;
    // A cell whose row or column is unknown: stored at a negative index, the grid would never read it either.
    // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator: see above.
    if (col < 0 || row < 0) return;
    let v: RawCell;
    switch (type) {
      case "s":
        v = new SharedRef(Number(value));
        break;
      case "str":
      case "inlineStr":
      case "e":
        v = value;
        break;
      case "b":
        v = value.trim() === "1" || value.trim() === "true";
        break;
      case "d":
        v = dateText(new Date(value));
        break;
      default: {
        const n = Number(value);
        if (value.trim() === "" || !Number.isFinite(n)) v = value;
        else v = options.dateStyles.has(style) ? dateText(serialDate(n, options.date1904)) : n;
      }
    }
    if (v === "") return;
    if (row >= options.maxRows) {
      scan.overflow = true;
      throw STOP;
    }
    if (col >= MAX_COLUMNS) return;
    (scan.rows[row] ??= [])[col] = v;
  };

  const found = await parts.parse(name, {
    open(tag, a) {
      switch (tag) {
        case "row":
          row = a.r ? Number(a.r) - 1 : row + 1;
          if (!Number.isInteger(row) || row < 0) row = -1;
          else if (row < options.maxRows && (a.hidden === "1" || a.hidden === "true")) scan.hiddenRows.push(row);
          col = -1;
          return;
        case "c":
          col = a.r ? parseRef(a.r)[1] : col + 1;
          if (row < 0 && a.r) row = parseRef(a.r)[0];
          type = a.t;
          style = a.s ? Number(a.s) : 0;
          value = null;
          formula = false;
          return;
        // <f>, <v> and <t> occur in a worksheet only inside cells (or, <t>, in a cell's phonetic guide).
        case "f":
          formula = true;
          return;
        case "v":
          into = "v";
          value = "";
          return;
        case "rPh":
          inPhonetic = true;
          return;
        case "t":
          if (!inPhonetic) {
            into = "t";
            value ??= "";
          }
          return;
        case "mergeCell": {
          const [from, to] = (a.ref ?? "").split(":");
          const [r1, c1] = parseRef(from);
          const [r2, c2] = parseRef(to ?? from);
          if ([r1, c1, r2, c2].every(Number.isInteger)) {
            scan.merges.push([r1, c1, r2, c2]);
            scan.mergeRefs.push(to ? `${from}:${to}` : `${from}:${from}`);
          }
          return;
        }
      }
    },
    close(tag) {
      if (tag === "v" || tag === "t") into = null;
      else if (tag === "rPh") inPhonetic = false;
      else if (tag === "c") finishCell();
    },
    text(t) {
      if (into) value = (value ?? "") + t;
    },
  });
  return found ? scan : null;
}

/** Every shared-string index the scans refer to. */
export function sharedIndexes(scans: SheetScan[]): Set<number> {
  const out = new Set<number>();
  for (const scan of scans)
    for (const row of scan.rows) for (const v of row ?? []) if (v instanceof SharedRef) out.add(v.index);
  return out;
}

/** The shared strings of the given indexes (rich text as its plain text, phonetic runs left out). */
export async function readSharedStrings(
  parts: PackageParts,
  name: string | undefined,
  wanted: Set<number>,
): Promise<Map<number, string>> {
  const out = new Map<number, string>();
  if (!name || !wanted.size) return out;
  const last = Math.max(...wanted);
  let index = -1;
  let text: string | null = null;
  let inT = false;
  let inPhonetic = false;
  await parts.parse(name, {
    open(tag) {
      if (tag === "si") {
        index++;
        // Stryker disable next-line ConditionalExpression: a string kept though unused is never looked up.
        text = wanted.has(index) ? "" : null;
      } else if (tag === "rPh") inPhonetic = true;
      else if (tag === "t" && !inPhonetic) inT = true;
    },
    close(tag) {
      if (tag === "t") inT = false;
      else if (tag === "rPh") inPhonetic = false;
      else if (tag === "si") {
        if (text !== null) out.set(index, text);
        if (index >= last) throw STOP;
      }
    },
    text(t) {
      if (inT && text !== null) text += t;
    },
  });
  return out;
}

/** Built-in number formats that are dates (ECMA-376 18.8.30, with the CJK ones). */
const DATE_FORMAT_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56,
  57, 58,
]);

/** Whether a format code shows a date or time (ExcelJS's rule: y, m, d, h, s, b outside quotes and brackets). */
export function isDateFormat(code: string): boolean {
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/** The cell styles (cellXfs indexes) whose number format is a date. */
export async function readDateStyles(parts: PackageParts, name: string | undefined): Promise<Set<number>> {
  const out = new Set<number>();
  if (!name) return out;
  const custom = new Map<number, string>();
  let inXfs = false;
  let xf = -1;
  await parts.parse(name, {
    open(tag, a) {
      if (tag === "numFmt" && a.numFmtId) custom.set(Number(a.numFmtId), a.formatCode ?? "");
      else if (tag === "cellXfs") inXfs = true;
      else if (tag === "xf" && inXfs) {
        xf++;
        const id = Number(a.numFmtId ?? 0);
        const code = custom.get(id);
        if (code !== undefined ? isDateFormat(code) : DATE_FORMAT_IDS.has(id)) out.add(xf);
      }
    },
    close(tag) {
      if (tag === "cellXfs") throw STOP;
    },
  });
  return out;
}

/** Whether a row of the grid (dense: "" where nothing is stored) holds anything. */
function hasText(values: Cell[]): boolean {
  return values.some((v) => v !== "");
}

/** Most cell visits spent blanking merged non-anchors; valid merges never overlap, so they stay under this. */
const MERGE_BUDGET = 4_000_000;

/**
 * The scan as a dense grid (a new one: the scan is left as it is, for another grid of it): shared strings
 * resolved, merged non-anchors blanked (only where cells are stored; not with `merges: false`), at most
 * `rows` rows, trailing empty rows dropped. Throws "overlapping merges" when the merges would cost more than
 * any valid sheet's.
 */
export function gridOf(
  scan: SheetScan,
  strings: Map<number, string>,
  options: { merges?: boolean; rows?: number } = {},
): Cell[][] {
  const rows = scan.rows;
  const grid: Cell[][] = [];
  const count = Math.min(rows.length, options.rows ?? rows.length);
  for (let r = 0; r < count; r++) {
    const row = rows[r];
    grid.push(row ? Array.from(row, (v) => (v instanceof SharedRef ? (strings.get(v.index) ?? "") : (v ?? ""))) : []);
  }
  let budget = MERGE_BUDGET;
  for (const [r1, c1, r2, c2] of options.merges === false ? [] : scan.merges) {
    const last = Math.min(r2, grid.length - 1);
    for (let r = Math.max(r1, 0); r <= last; r++) {
      const row = grid[r];
      const end = Math.min(c2, row.length - 1);
      for (let c = Math.max(c1, 0); c <= end; c++) {
        if (--budget < 0) throw new Error("overlapping merges");
        if ((r !== r1 || c !== c1) && rows[r][c] !== undefined) row[c] = "";
      }
    }
  }
  let end = grid.length;
  while (end > 0 && !hasText(grid[end - 1])) end--;
  return grid.slice(0, end);
}
