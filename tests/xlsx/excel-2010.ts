/**
 * Which worksheet functions a formula calls, and those that Excel 2010 (and the WPS versions that follow it) does
 * not have: functions introduced with Excel 2013, 2016/2019, 2021 and Microsoft 365, listed from Microsoft's
 * function reference as remembered (not re-read here). A file stores such functions with an `_xlfn.` prefix,
 * which older versions show as #NAME?; the tests reject that prefix outright as well.
 */

/** Functions added after Excel 2010 (a selection: the ones a list or highlight rule might reach for). */
export const NEWER_THAN_EXCEL_2010: readonly string[] = [
  // 2013
  "IFNA",
  "XOR",
  "DAYS",
  "ISOWEEKNUM",
  "SHEET",
  "SHEETS",
  "FORMULATEXT",
  "ISFORMULA",
  "NUMBERVALUE",
  "UNICHAR",
  "UNICODE",
  "FILTERXML",
  "WEBSERVICE",
  "ENCODEURL",
  // 2016 / 2019
  "CONCAT",
  "TEXTJOIN",
  "IFS",
  "SWITCH",
  "MAXIFS",
  "MINIFS",
  // 2021 and Microsoft 365 (dynamic arrays)
  "FILTER",
  "UNIQUE",
  "SORT",
  "SORTBY",
  "SEQUENCE",
  "RANDARRAY",
  "XLOOKUP",
  "XMATCH",
  "LET",
  "LAMBDA",
  "TEXTSPLIT",
  "TEXTBEFORE",
  "TEXTAFTER",
  "VSTACK",
  "HSTACK",
  "TOCOL",
  "TOROW",
  "MAP",
  "REDUCE",
  "SCAN",
  "BYROW",
  "BYCOL",
  "MAKEARRAY",
];

/** Function names called in a formula (string literals skipped), `_xlfn.`/`_xlws.` prefixes removed, in order. */
export function functionsIn(formula: string): string[] {
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""');
  const out: string[] = [];
  for (const m of code.matchAll(/(?<![A-Za-z0-9_.$\u3400-\u9fff])((?:_xl(?:fn|ws)\.)*)([A-Z][A-Z0-9.]*)\(/g))
    if (!out.includes(m[2])) out.push(m[2]);
  return out;
}
