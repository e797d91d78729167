/** Formula values: scalars, errors and 2-D arrays, with Excel's coercions and COUNTIF criteria. */

export class FormulaError {
  constructor(readonly code: string) {}
}

/** A blank cell reads as "" (Excel treats it as "" in text and 0 in arithmetic). */
export type Scalar = number | string | boolean | FormulaError;

export interface Matrix {
  rows: number;
  cols: number;
  data: Scalar[][];
}

export type Value = Scalar | Matrix;

export const VALUE_ERROR = new FormulaError("#VALUE!");
export const NAME_ERROR = new FormulaError("#NAME?");
export const NA_ERROR = new FormulaError("#N/A");
export const DIV0_ERROR = new FormulaError("#DIV/0!");

export const isMatrix = (v: Value): v is Matrix => typeof v === "object" && !(v instanceof FormulaError);

export function matrix(rows: number, cols: number, at: (r: number, c: number) => Scalar): Matrix {
  return { rows, cols, data: Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => at(r, c))) };
}

/** A value used where one scalar is wanted: an array gives its top-left element. */
export function scalarOf(v: Value): Scalar {
  return isMatrix(v) ? (v.data[0]?.[0] ?? "") : v;
}

export function flatten(v: Value): Scalar[] {
  return isMatrix(v) ? v.data.flat() : [v];
}

export function toNumber(v: Scalar): number | FormulaError {
  if (v instanceof FormulaError) return v;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v.trim() === "") return 0;
  const n = Number(v);
  return Number.isFinite(n) ? n : VALUE_ERROR;
}

export function toText(v: Scalar): string | FormulaError {
  if (v instanceof FormulaError) return v;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

export function toBool(v: Scalar): boolean | FormulaError {
  if (v instanceof FormulaError) return v;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  const u = v.toUpperCase();
  return u === "TRUE" ? true : u === "FALSE" ? false : VALUE_ERROR;
}

/** Excel's comparison: numbers < text < booleans; text ignores case. */
export function compare(a: Scalar, b: Scalar): number | FormulaError {
  if (a instanceof FormulaError) return a;
  if (b instanceof FormulaError) return b;
  const rank = (x: number | string | boolean) => (typeof x === "number" ? 0 : typeof x === "string" ? 1 : 2);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === "string") {
    const x = a.toLowerCase();
    const y = (b as string).toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const x = Number(a);
  const y = Number(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

function wildcard(pattern: string): RegExp {
  let re = "";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "~" && i + 1 < pattern.length) re += pattern[++i].replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    else if (ch === "?") re += ".";
    else if (ch === "*") re += ".*";
    else re += ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`, "is");
}

const numeric = (s: string): number | null => (s.trim() !== "" && Number.isFinite(Number(s)) ? Number(s) : null);

/** A COUNTIF/COUNTIFS criterion as a predicate over cell values. */
export function criterion(crit: Scalar): (cell: Scalar) => boolean {
  if (crit instanceof FormulaError) return () => false;
  if (typeof crit === "number")
    return (c) => (typeof c === "number" ? c === crit : typeof c === "string" && numeric(c) === crit);
  if (typeof crit === "boolean") return (c) => c === crit;
  const m = /^(<=|>=|<>|=|<|>)?([\s\S]*)$/.exec(crit) as RegExpExecArray;
  const op = m[1] ?? "";
  const rest = m[2];
  const n = numeric(rest);
  if (n !== null) {
    const cmp = (c: Scalar) => (typeof c === "number" ? c : typeof c === "string" ? numeric(c) : null);
    const test: Record<string, (x: number) => boolean> = {
      "": (x) => x === n,
      "=": (x) => x === n,
      "<>": (x) => x !== n,
      "<": (x) => x < n,
      ">": (x) => x > n,
      "<=": (x) => x <= n,
      ">=": (x) => x >= n,
    };
    return (c) => {
      const x = cmp(c);
      return x === null ? op === "<>" : test[op](x);
    };
  }
  if (rest === "") {
    if (op === "<>") return (c) => c !== "";
    return (c) => c === "";
  }
  if (op === "" || op === "=" || op === "<>") {
    const re = wildcard(rest);
    const hit = (c: Scalar) => typeof c === "string" && re.test(c);
    return op === "<>" ? (c) => !hit(c) : hit;
  }
  return (c) => {
    if (typeof c !== "string") return false;
    const d = compare(c, rest) as number;
    return op === "<" ? d < 0 : op === ">" ? d > 0 : op === "<=" ? d <= 0 : d >= 0;
  };
}
