/**
 * 检查完整性 for a Word draft: the draft's grid through the same check as a
 * sheet, with each finding's place given as the row of the Word table (the
 * sheet's cell addresses mean nothing in Word, and its fixes do not apply).
 */
import type { FormDef, Lists } from "../form/types";
import type { Lang } from "../i18n/strings";
import { parseCell } from "../plan/a1";
import { checkGrid, type CheckResult, type Finding } from "../reading/check";
import type { RowNote, WordNote, WordReading } from "./read-docx";
import { wt } from "./strings";

/** "表格第 12 行" / "table row 12"; above the table: "表格上方" / "above the table". */
export function wordPlace(row: number, lang: Lang = "zh"): string {
  return row <= 0 ? wt(lang, "word.place.above") : wt(lang, "word.place.row", { row });
}

/** The notes of rows matched without 序号 (by their official text). */
function matchedByText(notes: WordNote[]): RowNote[] {
  return notes.filter((n): n is RowNote => n.kind === "matched-by-text");
}

/**
 * The reader's notes in words, rows matched without 序号 summed in one line (a draft without any 序号 has one
 * per task). `apart`: the line only counts them, and `matched` lists them one a line (the pane shows that list
 * behind a toggle); otherwise (the command line) the line names their tasks.
 */
export function describeNotes(notes: WordNote[], lang: Lang = "zh", apart = false): string[] {
  const matched = matchedByText(notes);
  const out = notes.filter((n) => n.kind !== "matched-by-text").map((n) => describeNote(n, lang));
  if (matched.length > 1)
    out.unshift(
      apart
        ? wt(lang, "word.note.matchedByTextCount", { count: matched.length })
        : wt(lang, "word.note.matchedByTextSum", {
            count: matched.length,
            seqs: matched.map((n) => n.seq).join("、"),
          }),
    );
  else if (matched.length) out.unshift(describeNote(matched[0], lang));
  return out;
}

/** The rows matched without 序号, one line each, when describeNotes sums them up (more than one). */
export function matchedRows(notes: WordNote[], lang: Lang = "zh"): string[] {
  const matched = matchedByText(notes);
  return matched.length > 1
    ? matched.map((n) => wt(lang, "word.note.matchedRow", { place: wordPlace(n.row, lang), seq: n.seq }))
    : [];
}

/** What the reader decided, in words. */
export function describeNote(n: WordNote, lang: Lang = "zh"): string {
  if (n.kind === "extra-column") return wt(lang, "word.note.extraColumn", { title: n.title });
  const key = n.kind === "mark-from-text" ? "word.note.markFromText" : "word.note.matchedByText";
  return wt(lang, key, { place: wordPlace(n.row, lang), seq: n.seq });
}

/**
 * The draft checked as a sheet would be. A Word file carries no unit list: without one (`lists` null) units are
 * not looked up, and one note says so; with one (a college's, e.g. `--units FILE`) they are, as on a sheet.
 */
export function checkWordReading(
  form: FormDef,
  reading: WordReading,
  lists: Lists | null = null,
  lang: Lang = "zh",
): CheckResult {
  const result = checkGrid(form, reading.grid, lists ?? form.lists, reading.merges, { noUnitList: !lists });
  const findings = result.findings.map((f): Finding => {
    const { fix: _fix, choices: _choices, address, ...rest } = f;
    if (!address) return rest;
    const row = reading.wordRows[parseCell(address).row] ?? 0;
    return { ...rest, address: wordPlace(row, lang) };
  });
  if (!lists) findings.push({ kind: "no-unit-list", severity: "info" });
  return { findings, summary: result.summary };
}
