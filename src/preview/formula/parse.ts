/**
 * A tiny Excel formula parser: numbers, strings, TRUE/FALSE, cell and range
 * references (with $ and sheet prefixes), defined names, function calls and the
 * operators = <> < > <= >= & + - * / ^ with Excel's precedence.
 */

export interface CellRef {
  row: number;
  col: number;
  rowAbs: boolean;
  colAbs: boolean;
}

export type Node =
  | { k: "num"; v: number }
  | { k: "str"; v: string }
  | { k: "bool"; v: boolean }
  | { k: "ref"; sheet: string | null; from: CellRef; to: CellRef }
  | { k: "name"; name: string }
  | { k: "call"; fn: string; args: Node[] }
  | { k: "unary"; op: "-" | "+"; arg: Node }
  | { k: "bin"; op: string; left: Node; right: Node };

type Token =
  | { t: "num"; v: number }
  | { t: "str"; v: string }
  | { t: "word"; v: string; sheet: string | null }
  | { t: "op"; v: string };

const WORD = /^[A-Za-z_\\\u00C0-\uFFFF$][A-Za-z0-9_.$\u00C0-\uFFFF]*/;
const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/;

export class FormulaSyntaxError extends Error {}

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  let sheet: string | null = null;
  while (i < src.length) {
    const rest = src.slice(i);
    const ch = src[i];
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '"') {
      let j = i + 1;
      let v = "";
      for (;;) {
        if (j >= src.length) throw new FormulaSyntaxError("unterminated string");
        if (src[j] === '"') {
          if (src[j + 1] !== '"') break;
          v += '"';
          j += 2;
        } else v += src[j++];
      }
      out.push({ t: "str", v });
      i = j + 1;
    } else if (ch === "'") {
      const m = /^'((?:[^']|'')+)'!/.exec(rest);
      if (!m) throw new FormulaSyntaxError("bad sheet name");
      sheet = m[1].replace(/''/g, "'");
      i += m[0].length;
      continue;
    } else if (/[0-9.]/.test(ch) && /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.test(rest)) {
      const m = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(rest) as RegExpExecArray;
      out.push({ t: "num", v: Number(m[0]) });
      i += m[0].length;
    } else if (WORD.test(rest)) {
      const m = WORD.exec(rest) as RegExpExecArray;
      i += m[0].length;
      if (src[i] === "!") {
        sheet = m[0];
        i++;
        continue;
      }
      out.push({ t: "word", v: m[0], sheet });
    } else {
      const op = ["<>", "<=", ">="].find((o) => rest.startsWith(o)) ?? ch;
      if (!"=<>+-*/&^,():%".includes(op[0])) throw new FormulaSyntaxError(`unexpected ${ch}`);
      out.push({ t: "op", v: op });
      i += op.length;
    }
    sheet = null;
  }
  return out;
}

function cellRef(text: string): CellRef | null {
  const m = CELL.exec(text);
  if (!m) return null;
  let col = 0;
  for (const c of m[2].toUpperCase()) col = col * 26 + c.charCodeAt(0) - 64;
  return { colAbs: m[1] === "$", col: col - 1, rowAbs: m[3] === "$", row: Number(m[4]) - 1 };
}

const LEVELS = [["=", "<>", "<", ">", "<=", ">="], ["&"], ["+", "-"], ["*", "/"], ["^"]];

/** Parses a formula ("=…" or without the sign) into a tree. Throws FormulaSyntaxError. */
export function parseFormula(formula: string): Node {
  const tokens = tokenize(formula.trim().replace(/^=/, ""));
  let pos = 0;
  const opAt = (): string | null => {
    const tok = tokens[pos];
    return tok?.t === "op" ? tok.v : null;
  };
  const isOp = (v: string) => opAt() === v;
  const expect = (v: string) => {
    if (!isOp(v)) throw new FormulaSyntaxError(`expected ${v}`);
    pos++;
  };

  function binary(level: number): Node {
    if (level === LEVELS.length) return unary();
    let left = binary(level + 1);
    for (let op = opAt(); op !== null && LEVELS[level].includes(op); op = opAt()) {
      pos++;
      left = { k: "bin", op, left, right: binary(level + 1) };
    }
    return left;
  }
  function unary(): Node {
    if (isOp("-") || isOp("+")) {
      const op = tokens[pos++].v as "-" | "+";
      return { k: "unary", op, arg: unary() };
    }
    const node = primary();
    if (isOp("%")) {
      pos++;
      return { k: "bin", op: "/", left: node, right: { k: "num", v: 100 } };
    }
    return node;
  }
  function primary(): Node {
    const tok = tokens[pos++];
    if (!tok) throw new FormulaSyntaxError("unexpected end");
    if (tok.t === "num") return { k: "num", v: tok.v };
    if (tok.t === "str") return { k: "str", v: tok.v };
    if (tok.t === "op") {
      if (tok.v !== "(") throw new FormulaSyntaxError(`unexpected ${tok.v}`);
      const inner = binary(0);
      expect(")");
      return inner;
    }
    if (isOp("(")) {
      pos++;
      const args: Node[] = [];
      if (!isOp(")")) {
        args.push(binary(0));
        while (isOp(",")) {
          pos++;
          args.push(binary(0));
        }
      }
      expect(")");
      return { k: "call", fn: tok.v.toUpperCase(), args };
    }
    const from = cellRef(tok.v);
    if (from) {
      let to = from;
      if (isOp(":") && tokens[pos + 1]?.t === "word") {
        const end = cellRef((tokens[pos + 1] as { v: string }).v);
        if (!end) throw new FormulaSyntaxError("bad range");
        to = end;
        pos += 2;
      }
      return { k: "ref", sheet: tok.sheet, from, to };
    }
    const upper = tok.v.toUpperCase();
    if (upper === "TRUE" || upper === "FALSE") return { k: "bool", v: upper === "TRUE" };
    return { k: "name", name: tok.v };
  }

  const tree = binary(0);
  if (pos !== tokens.length) throw new FormulaSyntaxError("trailing input");
  return tree;
}
