// Rewriting of A1 references inside formula text: follows sheet renames, sheet deletion
// (references become #REF!) and entire-row insert/delete, like Excel adjusts formulas,
// defined names, validation sources and conditional-format rules. String literals are
// left alone. Only row structure changes are supported (columns are not shifted).

import { columnToLetters, lettersToColumn, MAX_ROWS, quoteSheetName } from "./address";

export interface RefEndpoint {
  col: number | null; // null for whole-row references ("3:5")
  row: number | null; // null for whole-column references ("A:D")
  colAbs: boolean;
  rowAbs: boolean;
}

export interface ParsedRef {
  sheet: string | null; // unquoted sheet name, null when unqualified
  start: RefEndpoint;
  end: RefEndpoint | null;
}

/** A new reference, literal replacement text, or null to keep the original text. */
type Replacement = ParsedRef | string | null;

const SHEET = String.raw`(?:'(?:[^']|'')+'|[A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*)!`;
const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d{1,7}`;
const REF_RE = new RegExp(
  String.raw`(${SHEET})?(${CELL}(?::${CELL})?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d{1,7}:\$?\d{1,7})`,
  "y",
);
const IDENT = /[A-Za-z0-9_.\u00C0-\uFFFF#$!']/;

function parseEndpoint(text: string): RefEndpoint | null {
  const m = /^(\$?)([A-Za-z]{0,3})(\$?)(\d{0,7})$/.exec(text);
  if (!m) return null;
  const hasCol = m[2] !== "";
  const hasRow = m[4] !== "";
  if (!hasCol && !hasRow) return null;
  let col: number | null = null;
  let row: number | null = null;
  try {
    if (hasCol) col = lettersToColumn(m[2]);
  } catch {
    return null;
  }
  if (hasRow) {
    row = Number(m[4]) - 1;
    if (row < 0 || row >= MAX_ROWS) return null;
  }
  // "$3" alone: the $ belongs to the row
  const colAbs = hasCol ? m[1] === "$" : false;
  const rowAbs = hasCol ? m[3] === "$" : m[1] === "$" || m[3] === "$";
  return { col, row, colAbs, rowAbs };
}

function formatEndpoint(e: RefEndpoint): string {
  const c = e.col === null ? "" : `${e.colAbs ? "$" : ""}${columnToLetters(e.col)}`;
  const r = e.row === null ? "" : `${e.rowAbs ? "$" : ""}${e.row + 1}`;
  return c + r;
}

export function formatRef(ref: ParsedRef): string {
  const prefix = ref.sheet === null ? "" : `${quoteSheetName(ref.sheet)}!`;
  return prefix + formatEndpoint(ref.start) + (ref.end ? `:${formatEndpoint(ref.end)}` : "");
}

function parseRefText(sheetPart: string | undefined, body: string): ParsedRef | null {
  let sheet: string | null = null;
  if (sheetPart) {
    const raw = sheetPart.slice(0, -1);
    sheet = raw.startsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  }
  const [a, b] = body.split(":");
  const start = parseEndpoint(a);
  const end = b === undefined ? null : parseEndpoint(b);
  if (!start || (b !== undefined && !end)) return null;
  return { sheet, start, end };
}

/** Calls `fn` for every reference in the formula; a non-null result replaces it. */
export function mapRefs(formula: string, fn: (ref: ParsedRef) => Replacement): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      const close = formula.indexOf('"', i + 1);
      let end = close < 0 ? formula.length : close + 1;
      while (end < formula.length && formula[end] === '"') {
        const next = formula.indexOf('"', end + 1);
        end = next < 0 ? formula.length : next + 1;
      }
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    const prev = i > 0 ? formula[i - 1] : "";
    if (prev === "" || !IDENT.test(prev)) {
      REF_RE.lastIndex = i;
      const m = REF_RE.exec(formula);
      if (m) {
        const after = formula.charAt(i + m[0].length);
        const parsed = after !== "(" && !IDENT.test(after) ? parseRefText(m[1], m[2]) : null;
        if (parsed) {
          const rep = fn(parsed);
          if (rep === null) out += m[0];
          else if (typeof rep === "string") out += rep;
          else out += formatRef(rep);
          i += m[0].length;
          continue;
        }
      }
    }
    out += ch;
    i += 1;
  }
  return out;
}

function sameSheet(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

export function renameSheetInFormula(formula: string, oldName: string, newName: string): string {
  return mapRefs(formula, (ref) =>
    ref.sheet !== null && sameSheet(ref.sheet, oldName) ? { ...ref, sheet: newName } : null,
  );
}

/** References to a deleted sheet become "#REF!" followed by the cell part ("=#REF!$A$1:$A$9"). */
export function invalidateSheetInFormula(formula: string, name: string): string {
  return mapRefs(formula, (ref) =>
    ref.sheet !== null && sameSheet(ref.sheet, name) ? "#REF!" + formatRef({ ...ref, sheet: null }) : null,
  );
}

/**
 * New [start, end] of a row span after inserting (`count` > 0) or deleting (`count` < 0)
 * rows at `at`. Returns null when the whole span is deleted.
 */
export function shiftSpan(start: number, end: number, at: number, count: number): [number, number] | null {
  if (count > 0) {
    const s = start >= at ? start + count : start;
    const e = end >= at ? end + count : end;
    if (s >= MAX_ROWS) return null;
    return [s, Math.min(e, MAX_ROWS - 1)];
  }
  const n = -count;
  const delEnd = at + n; // exclusive
  const s = start >= delEnd ? start - n : start >= at ? at : start;
  const e = end >= delEnd ? end - n : end >= at ? at - 1 : end;
  return e < s ? null : [s, e];
}

/**
 * Shifts row references that point at `targetSheet` (qualified, or unqualified when the
 * formula lives on that sheet: `homeSheet`).
 */
export function shiftRowsInFormula(
  formula: string,
  homeSheet: string | null,
  targetSheet: string,
  at: number,
  count: number,
): string {
  return mapRefs(formula, (ref) => {
    const sheet = ref.sheet ?? homeSheet;
    if (sheet === null || !sameSheet(sheet, targetSheet)) return null;
    const r1 = ref.start.row;
    if (r1 === null) return null; // whole columns: unaffected
    const r2 = ref.end?.row ?? r1;
    const moved = shiftSpan(r1, r2, at, count);
    if (!moved) return ref.sheet === null ? "#REF!" : `${quoteSheetName(ref.sheet)}!#REF!`;
    if (moved[0] === r1 && moved[1] === r2) return null;
    const start = { ...ref.start, row: moved[0] };
    const end = ref.end ? { ...ref.end, row: moved[1] } : null;
    return { ...ref, start, end };
  });
}
