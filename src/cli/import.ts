/**
 * `fujian1 import DRAFT.docx [--out FILE.xlsx] [--into FILE.xlsx] [--take draft] [--units FILE] [--add-units]
 * [--force]`: a Word draft into the standard file, through the same plan as a reload. Nothing typed is
 * dropped: a draft with rows of no task is refused before writing. The unit list is the college's (the
 * form's starting list, `--units FILE`, or the `--into` file's own): names the draft adds are printed, and
 * put on the list only with --add-units. With --into, the draft fills the tasks empty in that file; the
 * tasks that differ are listed, and taken from the draft only with --take draft.
 */
import { STANDALONE_TEXT } from "../plan/standalone-text";
import * as path from "path";
import type { Entries, FormDef, Lists } from "../form/types";
import { planSheet } from "../plan/sheet-plan";
import { compactEntries, readGrid } from "../reading/read-grid";
import { describePlace, sideBySide } from "../reading/describe-finding";
import { takeTasks, taskChanges } from "../relay/compare-entries";
import { writeWorkbook } from "../xlsx/write-plan";
import { readWorkbookFile } from "../xlsx/read-file";
import { checkWordReading, wordPlace } from "../word/check-docx";
import { newUnits, normaliseDraftUnits } from "../word/draft-units";
import { readDocx } from "../word/read-docx";
import { displayName, errorReason, readInput, writeOutput, type Input } from "./files";
import { outputRefusal } from "./output";
import type { CliIo } from "./io";
import { MSG } from "./messages";
import { echo, printable } from "./printable";
import { loadUnitsFile } from "./units-file";
import { WORD_MSG } from "./word-messages";

export function defaultXlsxName(file: string): string {
  return path.join(path.dirname(file), `${path.basename(file, path.extname(file))}.xlsx`);
}

export interface ImportOptions {
  out?: string;
  force: boolean;
  /** A filled standard file to import into (its entries and lists are the base). */
  into?: string;
  /** "draft": take the draft's version of every task that differs (default: only tasks empty in --into). */
  take?: string;
  /** A college's unit list, one a line. */
  units?: string;
  /** Put the draft's new unit names on the list. */
  addUnits?: boolean;
}

/** The --into file: its entries and lists, or the exit code after saying why it can't be used. */
async function readInto(
  form: FormDef,
  file: string,
  io: CliIo,
): Promise<{ entries: Entries; lists: Lists | null; input: Input } | number> {
  const input = await readInput(file);
  if ("kind" in input) {
    io.err(`${printable(displayName(file))}：${printable(input.message)}\n`);
    return 2;
  }
  const book = await readWorkbookFile(input.bytes, form);
  if ("kind" in book) {
    io.err(`${printable(displayName(file))}：${printable(book.message)}\n`);
    return 2;
  }
  const reading = readGrid(form, book.grid, book.merges);
  if (!reading.recognised || reading.strays.length) {
    io.err(WORD_MSG.intoUnreadable(printable(displayName(file))) + "\n");
    return 2;
  }
  return { entries: compactEntries(reading.entries), lists: book.lists, input };
}

export async function runImport(form: FormDef, file: string, options: ImportOptions, io: CliIo): Promise<number> {
  if (options.take !== undefined && options.take !== "draft") {
    io.err(WORD_MSG.badTake(printable(options.take)) + "\n");
    return 2;
  }
  if (options.take !== undefined && options.into === undefined) {
    io.err(WORD_MSG.takeNeedsInto + "\n");
    return 2;
  }
  if (options.into !== undefined && options.out === undefined) {
    io.err(WORD_MSG.intoNeedsOut + "\n");
    return 2;
  }
  const target = options.out ?? defaultXlsxName(file);
  const input = await readInput(file);
  if ("kind" in input) {
    io.err(`${printable(displayName(file))}：${printable(input.message)}\n`);
    return 2;
  }
  const into = options.into === undefined ? null : await readInto(form, options.into, io);
  if (typeof into === "number") return into;
  const inputs = [
    { file, stat: input.stat },
    ...(into && options.into ? [{ file: options.into, stat: into.input.stat }] : []),
  ];
  const refusal = await outputRefusal({
    out: target,
    ext: ".xlsx",
    example: path.basename(defaultXlsxName(file)),
    inputs,
    force: options.force,
    exists: WORD_MSG.exists,
  });
  if (refusal) {
    io.err(refusal + "\n");
    return 2;
  }
  let listed: string[] | undefined;
  if (options.units !== undefined) {
    const loaded = await loadUnitsFile(options.units, io);
    if (typeof loaded === "number") return loaded;
    listed = loaded;
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
  const draft = normaliseDraftUnits(reading.entries);
  const base: Lists = {
    units: listed ?? (into?.lists?.units.length ? into.lists.units : [...form.lists.units]),
    times: into?.lists?.times.length ? into.lists.times : [...form.lists.times],
  };

  let entries = draft;
  let lines: string[] = [];
  if (into) {
    const changes = taskChanges(form, into.entries, draft);
    const taken = changes.filter((c) => c.change === "new" || (options.take === "draft" && c.change === "different"));
    entries = takeTasks(
      into.entries,
      draft,
      taken.map((c) => c.seq),
    );
    lines = WORD_MSG.changes(
      changes,
      taken.map((c) => c.seq),
      options.take === "draft",
    );
  }
  const added = newUnits(entries, base.units);
  const lists: Lists = options.addUnits ? { ...base, units: [...base.units, ...added] } : base;
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
  const rows = Object.values(draft.rows).reduce((n, r) => n + r.length, 0);
  const marks = Object.keys(draft.marks ?? {}).length;
  io.out(
    WORD_MSG.imported(printable(displayName(file)), printable(target), Object.keys(draft.rows).length, rows, marks) +
      "\n",
  );
  for (const line of lines) io.out(line + "\n");
  if (added.length)
    io.out(
      WORD_MSG.newUnits(
        added.map((u) => printable(u)),
        !!options.addUnits,
      ) + "\n",
    );
  if (reading.restored) io.out(WORD_MSG.restored(reading.restored) + "\n");
  const changed = checkWordReading(form, reading, lists).findings.filter((f) => f.kind === "official-changed");
  if (changed.length) {
    io.out(WORD_MSG.officialHeader + "\n");
    for (const f of changed) {
      const [found, official] = sideBySide(f.detail?.found ?? "", f.detail?.official ?? "");
      io.out(`    ${describePlace(f, "zh")}  ${WORD_MSG.officialFound(echo(found), echo(official))}\n`);
    }
  }
  const notes = WORD_MSG.notes(reading.notes);
  if (notes.length) {
    io.out(WORD_MSG.notesHeader + "\n");
    for (const n of notes) io.out(`    ${n}\n`);
  }
  io.out(WORD_MSG.checkHint(printable(target)) + "\n");
  return 0;
}
