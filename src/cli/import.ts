/**
 * `fujian1 import DRAFT.docx [--out FILE.xlsx] [--force]`: a Word draft into the standard file, through the
 * same plan as a reload. Nothing typed is dropped: a draft with rows of no task is refused before writing.
 */
import { STANDALONE_TEXT } from "../plan/standalone-text";
import * as path from "path";
import type { FormDef } from "../form/types";
import { listsForDraft } from "../form/lists";
import { planSheet } from "../plan/sheet-plan";
import { joinUnits } from "../reading/normalise-values";
import { describePlace } from "../reading/describe-finding";
import { writeWorkbook } from "../xlsx/write-plan";
import { checkWordReading, wordPlace } from "../word/check-docx";
import { readDocx } from "../word/read-docx";
import { displayName, errorReason, readInput, writeOutput } from "./files";
import { outputRefusal } from "./output";
import type { CliIo } from "./io";
import { MSG } from "./messages";
import { echo, printable } from "./printable";
import { WORD_MSG } from "./word-messages";

export function defaultXlsxName(file: string): string {
  return path.join(path.dirname(file), `${path.basename(file, path.extname(file))}.xlsx`);
}

export async function runImport(
  form: FormDef,
  file: string,
  options: { out?: string; force: boolean },
  io: CliIo,
): Promise<number> {
  const target = options.out ?? defaultXlsxName(file);
  const input = await readInput(file);
  if ("kind" in input) {
    io.err(`${printable(displayName(file))}：${printable(input.message)}\n`);
    return 2;
  }
  const refusal = await outputRefusal({
    out: target,
    ext: ".xlsx",
    example: path.basename(defaultXlsxName(file)),
    inputs: [{ file, stat: input.stat }],
    force: options.force,
    exists: WORD_MSG.exists,
  });
  if (refusal) {
    io.err(refusal + "\n");
    return 2;
  }
  const reading = await readDocx(input.bytes, form);
  if (!("grid" in reading)) {
    io.err(`${printable(displayName(file))}：${printable(reading.message)}\n`);
    return 2;
  }
  if (reading.reading.strays.length) {
    const rows = reading.reading.strays.map((s) => wordPlace(reading.wordRows[s.row] ?? 0)).join("、");
    io.err(WORD_MSG.importStrays(rows) + "\n");
    return 1;
  }
  const { entries } = reading;
  // The dropdown list of units is the draft's own (as for the sample), each unit once however it was separated.
  const joined = Object.fromEntries(
    Object.entries(entries.rows).map(([seq, rows]) => [seq, rows.map((r) => ({ ...r, unit: joinUnits(r.unit) }))]),
  );
  const lists = listsForDraft({ ...entries, rows: joined }, form.lists);
  try {
    await writeOutput(
      target,
      await writeWorkbook(planSheet(form, entries, form.sheetName, lists, { standalone: STANDALONE_TEXT })),
      options.force,
    );
  } catch (e) {
    const exists = (e as NodeJS.ErrnoException).code === "EEXIST";
    io.err((exists ? WORD_MSG.exists(printable(target)) : MSG.writeFailed(printable(target), errorReason(e))) + "\n");
    return 2;
  }
  const rows = Object.values(entries.rows).reduce((n, r) => n + r.length, 0);
  const marks = Object.keys(entries.marks ?? {}).length;
  io.out(
    WORD_MSG.imported(printable(displayName(file)), printable(target), Object.keys(entries.rows).length, rows, marks) +
      "\n",
  );
  io.out(WORD_MSG.unitsList(lists.units.length) + "\n");
  const changed = checkWordReading(form, reading).findings.filter((f) => f.kind === "official-changed");
  if (changed.length) {
    io.out(WORD_MSG.officialHeader + "\n");
    for (const f of changed)
      io.out(`    ${describePlace(f, "zh")}  ${WORD_MSG.officialFound(echo(f.detail?.found ?? ""))}\n`);
  }
  if (reading.notes.length) {
    io.out(WORD_MSG.notesHeader + "\n");
    for (const n of reading.notes) io.out(`    ${WORD_MSG.note(n)}\n`);
  }
  io.out(WORD_MSG.checkHint(printable(target)) + "\n");
  return 0;
}
