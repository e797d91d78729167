// What Excel makes of text typed (or written through `range.values`) into a General cell.
// Locale: en-US (Microsoft's samples and the reference use it), plus the zh-CN forms 2023年12月
// and 2023/12/1 that our users type. The stand-in converts the union, so the add-in cannot pass a
// test by relying on a form staying text in one locale. See README "values written to General cells".

export type CellValue = string | number | boolean;

export interface Interpreted {
  /** Stored value ("" = empty). For formula cells this is the formula text (not evaluated). */
  value: CellValue;
  formula: string | null;
  /** Number format Excel applies automatically (only when the cell's format is "General"). */
  autoFormat?: string;
}

/** Serial number of a calendar date (Excel 1900 date system, valid after 1900-03-01). */
export function dateToSerial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86400000);
}

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 9999) return false;
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCMonth() === m - 1;
}

const NUMBER_RE = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const MONTHS = "january february march april may june july august september october november december".split(" ");

/** Two-digit years: 00–29 are 2000–2029, 30–99 are 1930–1999 (Windows' default cutoff). */
function fullYear(y: string): number {
  const n = Number(y);
  if (y.length > 2) return n;
  return n < 30 ? 2000 + n : 1900 + n;
}

/** 1–12 for "Jan" or "January" (any case), else 0. */
function monthOf(name: string): number {
  const n = name.toLowerCase();
  return MONTHS.findIndex((full) => n === full || n === full.slice(0, 3)) + 1;
}

function date(y: number, m: number, d: number, autoFormat: string): Interpreted | null {
  return validDate(y, m, d) ? { value: dateToSerial(y, m, d), formula: null, autoFormat } : null;
}

/** Numbers, thousands separators, percentages and $ amounts. */
function parseNumber(t: string): Interpreted | null {
  const pct = t.endsWith("%");
  let core = pct ? t.slice(0, -1).trim() : t;
  let negative = false;
  let currency = false;
  const money = /^([+-]?)\$\s?([+-]?)(.+)$/.exec(core);
  if (money && !pct) {
    currency = true;
    negative = (money[1] === "-") !== (money[2] === "-");
    core = money[3];
  }
  if (!/\d/.test(core) || !NUMBER_RE.test(core) || (currency && /^[+-]/.test(core))) return null;
  const n = Number(core.replace(/,/g, "")) * (negative ? -1 : 1);
  if (!Number.isFinite(n)) return null;
  const decimals = core.includes(".") && !/e/i.test(core);
  if (pct) return { value: n / 100, formula: null, autoFormat: decimals ? "0.00%" : "0%" };
  if (currency) return { value: n, formula: null, autoFormat: decimals ? "$#,##0.00" : "$#,##0" };
  if (core.includes(",")) return { value: n, formula: null, autoFormat: decimals ? "#,##0.00" : "#,##0" };
  return { value: n, formula: null };
}

/** Dates and times in the forms Excel recognises (see the module comment for the locale). */
function parseDate(t: string, thisYear: number): Interpreted | null {
  let m: RegExpExecArray | null;
  // The API reports the short date as m/d/yyyy in every locale (office-js #229: "2018-12-31" -> m/d/yyyy).
  if ((m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(t))) return date(+m[1], +m[2], +m[3], "m/d/yyyy");
  if ((m = /^(\d{1,2})([-/])(\d{1,2})\2(\d{4}|\d{2})$/.exec(t))) return date(fullYear(m[4]), +m[1], +m[3], "m/d/yyyy");
  if ((m = /^(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?$/.exec(t)))
    return date(+m[1], +m[2], Number(m[3] ?? 1), m[3] ? 'yyyy"年"m"月"d"日"' : 'yyyy"年"m"月"');
  if ((m = /^(\d{1,2})-([A-Za-z]{3,9})-(\d{4}|\d{2})$/.exec(t)) && monthOf(m[2]))
    return date(fullYear(m[3]), monthOf(m[2]), +m[1], "d-mmm-yy");
  if ((m = /^([A-Za-z]{3,9})\.? (\d{1,2}), (\d{4})$/.exec(t)) && monthOf(m[1]))
    return date(+m[3], monthOf(m[1]), +m[2], "d-mmm-yy");
  if ((m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(t)) && +m[1] < 24 && +m[2] < 60 && Number(m[3] ?? 0) < 60) {
    const secs = +m[1] * 3600 + +m[2] * 60 + Number(m[3] ?? 0);
    return { value: secs / 86400, formula: null, autoFormat: m[3] ? "h:mm:ss" : "h:mm" };
  }
  if ((m = /^(\d{4})[-/](\d{1,2})$/.exec(t))) return date(+m[1], +m[2], 1, "mmm-yy");
  // Month and day only: this year's date ("3/15", "15-Feb", as in Microsoft's own "15-Feb" sample).
  if ((m = /^(\d{1,2})-([A-Za-z]{3,9})$/.exec(t)) && monthOf(m[2]))
    return date(thisYear, monthOf(m[2]), +m[1], "d-mmm");
  if ((m = /^(\d{1,2})[-/](\d{1,2})$/.exec(t))) return date(thisYear, +m[1], +m[2], "d-mmm");
  return null;
}

/** Converts numeric/date/boolean-looking text like Excel's General cells do; null if it stays text. */
export function parseTyped(text: string, thisYear = new Date().getFullYear()): Interpreted | null {
  const t = text.trim();
  if (t === "") return null;
  const number = parseNumber(t);
  if (number) return number;
  if (/^(true|false)$/i.test(t)) return { value: t.toUpperCase() === "TRUE", formula: null };
  return parseDate(t, thisYear);
}
