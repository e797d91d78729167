// Conversion of written values (what Excel does when a value is typed or written through
// `range.values`) and a small number-format renderer for `range.text`.
// Formulas are stored, never evaluated.

import { dateToSerial, parseTyped, type CellValue, type Interpreted } from "./typed-input";

export { dateToSerial, type CellValue, type Interpreted };

export function serialToDate(serial: number): { year: number; month: number; day: number } {
  const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86400000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * What Excel stores when `input` is written into a cell whose number format is `numberFormat`.
 * - "@" (Text): strings are kept verbatim (no formula, no conversion).
 * - leading apostrophe: the rest is kept as text.
 * - "=..." (and "+x"/"-x" that is not a number) becomes a formula (stored, not evaluated).
 * - numbers ("1,234"), percentages, $ amounts, TRUE/FALSE, dates ("1/2/2024", "2023-12", "2023/12/1",
 *   "2023年12月") and times ("10:30") are converted, and a matching number format is applied
 *   (typed-input.ts).
 */
export function interpretInput(input: CellValue, numberFormat: string): Interpreted {
  if (typeof input !== "string") return { value: input, formula: null };
  if (input === "") return { value: "", formula: null };
  if (numberFormat === "@") return { value: input, formula: null };
  if (input.startsWith("'")) return { value: input.slice(1), formula: null };
  if (input.startsWith("=") && input.length > 1) return { value: input, formula: input };
  const typed = parseTyped(input);
  if (typed) return typed;
  if ((input.startsWith("+") || input.startsWith("-")) && input.length > 1) {
    const formula = `=${input}`;
    return { value: formula, formula };
  }
  return { value: input, formula: null };
}

function generalNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  const abs = Math.abs(n);
  if (abs >= 1e11 || (abs !== 0 && abs < 1e-9)) {
    const [mantissa, exponent] = n.toExponential(5).split("e");
    const exp = Number(exponent);
    return `${mantissa.replace(/\.?0+$/, "")}E${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  }
  return String(Number(n.toPrecision(10)));
}

function fixed(n: number, decimals: number, grouping: boolean): string {
  const s = Math.abs(n).toFixed(decimals);
  const [int, frac] = s.split(".");
  const grouped = grouping ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : int;
  return (n < 0 ? "-" : "") + grouped + (frac !== undefined ? `.${frac}` : "");
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

type Token = { kind: "lit"; text: string } | { kind: "code"; code: string };

function tokenizeDateFormat(fmt: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < fmt.length) {
    const rest = fmt.slice(i);
    const quoted = /^"([^"]*)"/.exec(rest);
    const code = /^(yyyy|yy|mmmm|mmm|mm|m|dd|d|hh|h|ss|s)/i.exec(rest);
    if (quoted) {
      out.push({ kind: "lit", text: quoted[1] });
      i += quoted[0].length;
    } else if (rest.startsWith("\\")) {
      out.push({ kind: "lit", text: rest.charAt(1) });
      i += 2;
    } else if (code) {
      out.push({ kind: "code", code: code[1].toLowerCase() });
      i += code[1].length;
    } else {
      out.push({ kind: "lit", text: rest.charAt(0) });
      i += 1;
    }
  }
  return out;
}

function formatDate(serial: number, fmt: string): string {
  const { year, month, day } = serialToDate(serial);
  const secs = Math.round((serial - Math.floor(serial)) * 86400);
  const [hh, mi, ss] = [Math.floor(secs / 3600), Math.floor(secs / 60) % 60, secs % 60];
  const tokens = tokenizeDateFormat(fmt);
  const codes = tokens.filter((t): t is { kind: "code"; code: string } => t.kind === "code").map((t) => t.code);
  const pad = (n: number) => String(n).padStart(2, "0");
  let ci = -1;
  return tokens
    .map((t) => {
      if (t.kind === "lit") return t.text;
      ci++;
      const prev = codes[ci - 1] ?? "";
      const next = codes[ci + 1] ?? "";
      const minutes = (t.code === "m" || t.code === "mm") && (prev.startsWith("h") || next.startsWith("s"));
      if (minutes) return t.code === "mm" ? pad(mi) : String(mi);
      const map: Record<string, string> = {
        yyyy: String(year),
        yy: String(year).slice(-2),
        mmmm: MONTHS[month - 1],
        mmm: MONTHS[month - 1],
        mm: pad(month),
        m: String(month),
        dd: pad(day),
        d: String(day),
        hh: pad(hh),
        h: String(hh),
        ss: pad(ss),
        s: String(ss),
      };
      return map[t.code];
    })
    .join("");
}

/** Displayed text of a value under a number format (subset of Excel's format language). */
export function formatText(value: CellValue, numberFormat: string): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const fmt = numberFormat.split(";")[0];
  if (fmt === "General" || fmt === "@" || fmt === "") return generalNumber(value);
  const pct = /^(#,##)?0(\.0+)?%$/.exec(fmt);
  if (pct) return `${fixed(value * 100, pct[2] ? pct[2].length - 1 : 0, false)}%`;
  const num = /^(\$?)(#,##)?0(\.0+)?$/.exec(fmt);
  if (num) {
    const text = fixed(value, num[3] ? num[3].length - 1 : 0, Boolean(num[2]));
    return num[1] && value < 0 ? `-$${text.slice(1)}` : num[1] + text;
  }
  const stripped = fmt.replace(/"[^"]*"/g, "");
  if (/[ydmhs]/i.test(stripped)) return formatDate(value, fmt);
  return generalNumber(value);
}

export type ValueType = "Empty" | "String" | "Double" | "Boolean" | "Error";

export function valueTypeOf(value: CellValue): ValueType {
  if (value === "") return "Empty";
  if (typeof value === "number") return "Double";
  if (typeof value === "boolean") return "Boolean";
  return /^#(REF!|NAME\?|VALUE!|DIV\/0!|N\/A|NUM!|NULL!)$/.test(value) ? "Error" : "String";
}
