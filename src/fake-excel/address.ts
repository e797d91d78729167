// A1-style address utilities shared by the fake Excel runtime, its model and tests.
// All indexes are 0-based. Whole rows/columns are represented by rects spanning
// MAX_COLS/MAX_ROWS; they are never materialised cell by cell.

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** 0 -> "A", 25 -> "Z", 26 -> "AA", 16383 -> "XFD". */
export function columnToLetters(index: number): string {
  if (!Number.isInteger(index) || index < 0 || index >= MAX_COLS) {
    throw new RangeError(`Column index out of range: ${index}`);
  }
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** "A" -> 0, "XFD" -> 16383 (case-insensitive). Throws RangeError when invalid. */
export function lettersToColumn(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) throw new RangeError(`Invalid column letters: ${letters}`);
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  if (n > MAX_COLS) throw new RangeError(`Column out of range: ${letters}`);
  return n - 1;
}

const CELL_RE = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COL_RE = /^\$?([A-Za-z]{1,3})$/;
const ROW_RE = /^\$?(\d{1,7})$/;

function parseRow(text: string): number {
  const n = Number(text);
  if (n < 1 || n > MAX_ROWS) throw new RangeError(`Row out of range: ${text}`);
  return n - 1;
}

/** Parses "A1", "$A$1", "A1:H60", "A:D", "3:5" (no sheet prefix). Throws RangeError when invalid. */
export function parseAddress(address: string): Rect {
  const parts = address.trim().split(":");
  if (parts.length === 1) {
    const m = CELL_RE.exec(parts[0]);
    if (!m) throw new RangeError(`Invalid address: ${address}`);
    return { row: parseRow(m[2]), col: lettersToColumn(m[1]), rows: 1, cols: 1 };
  }
  if (parts.length !== 2) throw new RangeError(`Invalid address: ${address}`);
  const [a, b] = parts;
  const ca = CELL_RE.exec(a);
  const cb = CELL_RE.exec(b);
  if (ca && cb) {
    const r1 = parseRow(ca[2]);
    const r2 = parseRow(cb[2]);
    const c1 = lettersToColumn(ca[1]);
    const c2 = lettersToColumn(cb[1]);
    return span(r1, r2, c1, c2);
  }
  const ka = COL_RE.exec(a);
  const kb = COL_RE.exec(b);
  if (ka && kb) return span(0, MAX_ROWS - 1, lettersToColumn(ka[1]), lettersToColumn(kb[1]));
  const ra = ROW_RE.exec(a);
  const rb = ROW_RE.exec(b);
  if (ra && rb) return span(parseRow(ra[1]), parseRow(rb[1]), 0, MAX_COLS - 1);
  throw new RangeError(`Invalid address: ${address}`);
}

/** Like parseAddress but returns null instead of throwing. */
export function tryParseAddress(address: string): Rect | null {
  try {
    return parseAddress(address);
  } catch {
    return null;
  }
}

function span(r1: number, r2: number, c1: number, c2: number): Rect {
  const row = Math.min(r1, r2);
  const col = Math.min(c1, c2);
  return { row, col, rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
}

export function isWholeColumns(r: Rect): boolean {
  return r.row === 0 && r.rows === MAX_ROWS;
}

export function isWholeRows(r: Rect): boolean {
  return r.col === 0 && r.cols === MAX_COLS;
}

/** Address text of a rect: "A1", "A1:H5", "A:D", "3:5" ("1:1048576" for the whole sheet). */
export function rectToAddress(r: Rect, absolute = false): string {
  const d = absolute ? "$" : "";
  if (isWholeRows(r)) return `${d}${r.row + 1}:${d}${r.row + r.rows}`;
  if (isWholeColumns(r)) {
    return `${d}${columnToLetters(r.col)}:${d}${columnToLetters(r.col + r.cols - 1)}`;
  }
  const first = `${d}${columnToLetters(r.col)}${d}${r.row + 1}`;
  if (r.rows === 1 && r.cols === 1) return first;
  return `${first}:${d}${columnToLetters(r.col + r.cols - 1)}${d}${r.row + r.rows}`;
}

/** toAddress(0, 0) -> "A1"; toAddress(6, 6, 54, 1) -> "G7:G60". */
export function toAddress(row: number, col: number, rows = 1, cols = 1): string {
  return rectToAddress({ row, col, rows, cols });
}

/** Quotes a sheet name for use in a reference when Excel would ("'附件1 新'", "'2024'"). */
export function quoteSheetName(name: string): string {
  const plain = /^[A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*$/.test(name);
  const looksLikeRef = /^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name);
  if (plain && !looksLikeRef) return name;
  return `'${name.replace(/'/g, "''")}'`;
}

/** "附件1!A1:H5"; absolute gives "Lists!$A$1:$A$12". */
export function qualifiedAddress(sheetName: string, r: Rect, absolute = false): string {
  return `${quoteSheetName(sheetName)}!${rectToAddress(r, absolute)}`;
}

/** Splits "'My sheet'!A1:B2" / "=Lists!$A$1:$A$9" / "A1" into sheet name (unquoted) and rect. */
export function parseReference(ref: string): { sheet: string | null; rect: Rect } | null {
  let text = ref.trim();
  if (text.startsWith("=")) text = text.slice(1).trim();
  let sheet: string | null = null;
  const bang = text.lastIndexOf("!");
  if (bang >= 0) {
    const raw = text.slice(0, bang);
    text = text.slice(bang + 1);
    if (raw.startsWith("'")) {
      if (!raw.endsWith("'") || raw.length < 3) return null;
      sheet = raw.slice(1, -1).replace(/''/g, "'");
    } else {
      if (!/^[^\s'"()=,;:!]+$/.test(raw)) return null;
      sheet = raw;
    }
  }
  const rect = tryParseAddress(text);
  return rect ? { sheet, rect } : null;
}

export function rectArea(r: Rect): number {
  return r.rows * r.cols;
}

export function containsCell(r: Rect, row: number, col: number): boolean {
  return row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols;
}

export function containsRect(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.col + inner.cols <= outer.col + outer.cols
  );
}

export function intersectRects(a: Rect, b: Rect): Rect | null {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const rowEnd = Math.min(a.row + a.rows, b.row + b.rows);
  const colEnd = Math.min(a.col + a.cols, b.col + b.cols);
  if (rowEnd <= row || colEnd <= col) return null;
  return { row, col, rows: rowEnd - row, cols: colEnd - col };
}

export function rectsOverlap(a: Rect, b: Rect): boolean {
  return intersectRects(a, b) !== null;
}

export function sameRect(a: Rect, b: Rect): boolean {
  return a.row === b.row && a.col === b.col && a.rows === b.rows && a.cols === b.cols;
}

export function boundingRect(a: Rect, b: Rect): Rect {
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  const rowEnd = Math.max(a.row + a.rows, b.row + b.rows);
  const colEnd = Math.max(a.col + a.cols, b.col + b.cols);
  return { row, col, rows: rowEnd - row, cols: colEnd - col };
}

/** a minus b as up to four disjoint rects (top, bottom, left, right bands). */
export function subtractRect(a: Rect, b: Rect): Rect[] {
  const i = intersectRects(a, b);
  if (!i) return [a];
  const out: Rect[] = [];
  if (i.row > a.row) out.push({ row: a.row, col: a.col, rows: i.row - a.row, cols: a.cols });
  const iEnd = i.row + i.rows;
  const aEnd = a.row + a.rows;
  if (aEnd > iEnd) out.push({ row: iEnd, col: a.col, rows: aEnd - iEnd, cols: a.cols });
  if (i.col > a.col) out.push({ row: i.row, col: a.col, rows: i.rows, cols: i.col - a.col });
  const icEnd = i.col + i.cols;
  const acEnd = a.col + a.cols;
  if (acEnd > icEnd) out.push({ row: i.row, col: icEnd, rows: i.rows, cols: acEnd - icEnd });
  return out;
}

/** Sorts rects by top row, then left column (reading order). */
export function compareRects(a: Rect, b: Rect): number {
  return a.row - b.row || a.col - b.col;
}
