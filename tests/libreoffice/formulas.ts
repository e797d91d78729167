/**
 * Conditional-format formulas evaluated away from their cells: a rule's
 * formula is written relative to its range's top-left cell; for each cell of
 * the range the relative references are shifted there and made absolute, so
 * the formula can sit in any scratch cell of the same sheet and still mean
 * "this rule, at that cell".
 */
import { columnIndex, columnLetter } from "../../src/plan/a1";

/** Splits a formula into string literals (kept as they are) and the code between them. */
function segments(formula: string): Array<{ code: boolean; text: string }> {
  const out: Array<{ code: boolean; text: string }> = [];
  const re = /"(?:[^"]|"")*"/g;
  let last = 0;
  for (let m = re.exec(formula); m; m = re.exec(formula)) {
    out.push({ code: true, text: formula.slice(last, m.index) }, { code: false, text: m[0] });
    last = m.index + m[0].length;
  }
  out.push({ code: true, text: formula.slice(last) });
  return out;
}

/** A1 references not part of a name or function (names here are CJK, functions are followed by "("). */
const REF = /(?<![A-Za-z0-9_.$\u3400-\u9fff])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(\u3400-\u9fff])/g;

/**
 * The formula (without "=") as it applies at the cell dr rows and dc columns from its anchor, every reference absolute.
 */
export function absoluteAt(formula: string, dr: number, dc: number): string {
  return segments(formula.replace(/^=/, ""))
    .map((s) =>
      s.code
        ? s.text.replace(REF, (_, colAbs: string, col: string, rowAbs: string, row: string) => {
            const c = colAbs ? columnIndex(col) : columnIndex(col) + dc;
            const r = rowAbs ? Number(row) : Number(row) + dr;
            return `$${columnLetter(c)}$${r}`;
          })
        : s.text,
    )
    .join("");
}

/** LibreOffice's API formula syntax separates arguments with ";" (outside string literals). */
export function apiSyntax(formula: string): string {
  return `=${segments(formula)
    .map((s) => (s.code ? s.text.replace(/,/g, ";") : s.text))
    .join("")}`;
}
