/** Evaluates a parsed formula against a workbook, with relative references shifted per cell. */
import { callFunction, lift } from "./functions";
import { FormulaSyntaxError, parseFormula, type CellRef, type Node } from "./parse";
import {
  DIV0_ERROR,
  FormulaError,
  NAME_ERROR,
  compare,
  matrix,
  scalarOf,
  toNumber,
  toText,
  type Scalar,
  type Value,
} from "./values";

export interface Area {
  /** Sheet name, or null for the sheet the formula sits on. */
  sheet: string | null;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface EvalContext {
  /** The value of a cell ("" when empty). `sheet` null: the formula's own sheet. */
  cell(sheet: string | null, row: number, col: number): Scalar;
  /** A defined name's reference, or null when unknown. */
  name(name: string): Area | null;
  /** How far the evaluated cell is from the rule's top-left cell; relative references move by it. */
  offset: { rows: number; cols: number };
}

function shift(ref: CellRef, ctx: EvalContext): { row: number; col: number } {
  return { row: ref.row + (ref.rowAbs ? 0 : ctx.offset.rows), col: ref.col + (ref.colAbs ? 0 : ctx.offset.cols) };
}

function readArea(area: Area, ctx: EvalContext): Value {
  if (area.row < 0 || area.col < 0) return new FormulaError("#REF!");
  if (area.rows === 1 && area.cols === 1) return ctx.cell(area.sheet, area.row, area.col);
  return matrix(area.rows, area.cols, (r, c) => ctx.cell(area.sheet, area.row + r, area.col + c));
}

const ARITH: Record<string, (x: number, y: number) => number | FormulaError> = {
  "+": (x, y) => x + y,
  "-": (x, y) => x - y,
  "*": (x, y) => x * y,
  "/": (x, y) => (y === 0 ? DIV0_ERROR : x / y),
  "^": (x, y) => x ** y,
};

function binary(op: string, a: Scalar, b: Scalar): Scalar {
  if (op === "&") {
    const x = toText(a);
    const y = toText(b);
    return x instanceof FormulaError ? x : y instanceof FormulaError ? y : x + y;
  }
  if (op in ARITH) {
    const x = toNumber(a);
    const y = toNumber(b);
    return x instanceof FormulaError ? x : y instanceof FormulaError ? y : ARITH[op](x, y);
  }
  const d = compare(a, b);
  if (d instanceof FormulaError) return d;
  return { "=": d === 0, "<>": d !== 0, "<": d < 0, ">": d > 0, "<=": d <= 0, ">=": d >= 0 }[op] ?? NAME_ERROR;
}

export function evaluate(node: Node, ctx: EvalContext): Value {
  switch (node.k) {
    case "num":
    case "str":
    case "bool":
      return node.v;
    case "ref": {
      const a = shift(node.from, ctx);
      const b = shift(node.to, ctx);
      const row = Math.min(a.row, b.row);
      const col = Math.min(a.col, b.col);
      return readArea(
        { sheet: node.sheet, row, col, rows: Math.abs(a.row - b.row) + 1, cols: Math.abs(a.col - b.col) + 1 },
        ctx,
      );
    }
    case "name": {
      const area = ctx.name(node.name);
      return area ? readArea(area, ctx) : NAME_ERROR;
    }
    case "call":
      return callFunction(
        node.fn,
        node.args.map((arg) => evaluate(arg, ctx)),
      );
    case "unary":
      return lift([evaluate(node.arg, ctx)], (x) => {
        const n = toNumber(x);
        return n instanceof FormulaError ? n : node.op === "-" ? -n : n;
      });
    case "bin":
      return lift([evaluate(node.left, ctx), evaluate(node.right, ctx)], (a, b) => binary(node.op, a, b));
  }
}

/** True when a conditional-format result counts as "apply the format". Errors do not. */
export function isTruthy(v: Value): boolean {
  const x = scalarOf(v);
  if (typeof x === "boolean") return x;
  if (typeof x === "number") return x !== 0;
  return false;
}

const cache = new Map<string, Node | null>();

/** Parses once per formula text; null when the preview cannot read it. */
export function compiled(formula: string): Node | null {
  if (!cache.has(formula)) {
    try {
      cache.set(formula, parseFormula(formula));
    } catch (e) {
      if (!(e instanceof FormulaSyntaxError)) throw e;
      cache.set(formula, null);
    }
  }
  return cache.get(formula) ?? null;
}

/** Evaluates a formula text; unreadable formulas and unknown functions give an error value. */
export function evaluateFormula(formula: string, ctx: EvalContext): Value {
  const tree = compiled(formula);
  return tree ? evaluate(tree, ctx) : NAME_ERROR;
}

/** Whether a formula's value can change with the row or the column offset (relative references). */
export function relativeAxes(node: Node): { rows: boolean; cols: boolean } {
  const out = { rows: false, cols: false };
  const walk = (n: Node): void => {
    if (n.k === "ref") {
      for (const r of [n.from, n.to]) {
        out.rows ||= !r.rowAbs;
        out.cols ||= !r.colAbs;
      }
    } else if (n.k === "call") n.args.forEach(walk);
    else if (n.k === "unary") walk(n.arg);
    else if (n.k === "bin") {
      walk(n.left);
      walk(n.right);
    }
  };
  walk(node);
  return out;
}
