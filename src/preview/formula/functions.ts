/** The worksheet functions the preview understands; anything else is #NAME? (not highlighted). */
import {
  FormulaError,
  NA_ERROR,
  VALUE_ERROR,
  criterion,
  flatten,
  isMatrix,
  matrix,
  scalarOf,
  toBool,
  toNumber,
  toText,
  type Scalar,
  type Value,
} from "./values";

/** Applies a scalar function element-wise, broadcasting 1×1, single rows and single columns. */
export function lift(args: Value[], f: (...xs: Scalar[]) => Scalar): Value {
  const arrays = args.filter(isMatrix);
  if (arrays.length === 0) return f(...(args as Scalar[]));
  const rows = Math.max(...arrays.map((a) => a.rows));
  const cols = Math.max(...arrays.map((a) => a.cols));
  const pick = (v: Value, r: number, c: number): Scalar => {
    if (!isMatrix(v)) return v;
    const rr = v.rows === 1 ? 0 : r;
    const cc = v.cols === 1 ? 0 : c;
    return rr < v.rows && cc < v.cols ? v.data[rr][cc] : NA_ERROR;
  };
  return matrix(rows, cols, (r, c) => f(...args.map((a) => pick(a, r, c))));
}

const firstError = (xs: Scalar[]): FormulaError | undefined =>
  xs.find((x): x is FormulaError => x instanceof FormulaError);

function logical(args: Value[], all: boolean): Scalar {
  const xs: boolean[] = [];
  for (const a of args) {
    for (const x of flatten(a)) {
      if (x instanceof FormulaError) return x;
      if (isMatrix(a) && typeof x === "string") continue;
      const b = toBool(x);
      if (b instanceof FormulaError) return b;
      xs.push(b);
    }
  }
  if (xs.length === 0) return VALUE_ERROR;
  return all ? xs.every(Boolean) : xs.some(Boolean);
}

function countIfs(args: Value[]): Scalar {
  if (args.length < 2 || args.length % 2) return VALUE_ERROR;
  const pairs: Array<[Scalar[], (c: Scalar) => boolean]> = [];
  for (let i = 0; i < args.length; i += 2) pairs.push([flatten(args[i]), criterion(scalarOf(args[i + 1]))]);
  const n = pairs[0][0].length;
  if (pairs.some(([cells]) => cells.length !== n)) return VALUE_ERROR;
  let count = 0;
  for (let i = 0; i < n; i++) if (pairs.every(([cells, test]) => test(cells[i]))) count++;
  return count;
}

function sumProduct(args: Value[]): Scalar {
  const lists = args.map(flatten);
  const n = lists[0]?.length ?? 0;
  if (lists.some((l) => l.length !== n)) return VALUE_ERROR;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    let p = 1;
    for (const l of lists) {
      const x = l[i];
      if (x instanceof FormulaError) return x;
      p *= typeof x === "number" ? x : 0;
    }
    sum += p;
  }
  return sum;
}

function find(needle: Scalar, hay: Scalar, start: Scalar = 1, ignoreCase = false): Scalar {
  const err = firstError([needle, hay, start]);
  if (err) return err;
  const s = toNumber(start) as number;
  let n = toText(needle) as string;
  let h = toText(hay) as string;
  if (ignoreCase) [n, h] = [n.toLowerCase(), h.toLowerCase()];
  if (s < 1 || s > h.length + 1) return VALUE_ERROR;
  const at = h.indexOf(n, s - 1);
  return at < 0 ? VALUE_ERROR : at + 1;
}

const textFn = (f: (s: string) => Scalar) => (x: Scalar) => {
  const s = toText(x);
  return s instanceof FormulaError ? s : f(s);
};

type Fn = (args: Value[]) => Value;

const FUNCTIONS: Record<string, Fn> = {
  AND: (a) => logical(a, true),
  OR: (a) => logical(a, false),
  NOT: (a) =>
    lift(a, (x) => {
      const b = toBool(x);
      return b instanceof FormulaError ? b : !b;
    }),
  IF: (a) =>
    lift(a, (c, t = true, f = false) => {
      const b = toBool(c);
      return b instanceof FormulaError ? b : b ? t : f;
    }),
  COUNTIF: (a) => (a.length === 2 ? countIfs(a) : VALUE_ERROR),
  COUNTIFS: countIfs,
  COUNTA: (a) => a.flatMap(flatten).filter((x) => x !== "").length,
  SUMPRODUCT: sumProduct,
  SUM: (a) => {
    const xs = a.flatMap((v) =>
      isMatrix(v) ? flatten(v).filter((x) => typeof x === "number" || x instanceof FormulaError) : [toNumber(v)],
    );
    return firstError(xs as Scalar[]) ?? (xs as number[]).reduce((s, x) => s + x, 0);
  },
  ISNUMBER: (a) => lift(a, (x) => typeof x === "number"),
  ISTEXT: (a) => lift(a, (x) => typeof x === "string" && x !== ""),
  ISBLANK: (a) => lift(a, (x) => x === ""),
  ISERROR: (a) => lift(a, (x) => x instanceof FormulaError),
  LEN: (a) =>
    lift(
      a,
      textFn((s) => s.length),
    ),
  TRIM: (a) =>
    lift(
      a,
      textFn((s) => s.replace(/ +/g, " ").trim()),
    ),
  UPPER: (a) =>
    lift(
      a,
      textFn((s) => s.toUpperCase()),
    ),
  LOWER: (a) =>
    lift(
      a,
      textFn((s) => s.toLowerCase()),
    ),
  EXACT: (a) => lift(a, (x, y) => firstError([x, y]) ?? toText(x) === toText(y)),
  FIND: (a) => lift(a, (n, h, s) => find(n, h, s)),
  SEARCH: (a) => lift(a, (n, h, s) => find(n, h, s, true)),
  LEFT: (a) => lift(a, (x, n = 1) => firstError([x, n]) ?? (toText(x) as string).slice(0, toNumber(n) as number)),
  RIGHT: (a) =>
    lift(a, (x, n = 1) => {
      const s = toText(x);
      const k = toNumber(n);
      return firstError([s, k]) ?? (k === 0 ? "" : (s as string).slice(-(k as number)));
    }),
};

/** Arity checks that Excel would reject at entry. */
const ARITY: Record<string, [number, number]> = {
  NOT: [1, 1],
  IF: [1, 3],
  LEN: [1, 1],
  EXACT: [2, 2],
  FIND: [2, 3],
  SEARCH: [2, 3],
  ISNUMBER: [1, 1],
};

export function callFunction(name: string, args: Value[]): Value {
  const fn = FUNCTIONS[name];
  if (!fn) return new FormulaError("#NAME?");
  const arity = ARITY[name];
  if (arity && (args.length < arity[0] || args.length > arity[1])) return VALUE_ERROR;
  return fn(args);
}
