/**
 * One file's bytes through the same reader and check as the add-in: a workbook (.xlsx) or a Word draft (.docx),
 * read, then checkGrid. Browser-safe and Node-free: the command line (after reading the file from disk) and the
 * collecting page (in its Web Worker) both call this. Never throws.
 */
import type { Entries, FormDef } from "../form/types";
import type { Lang } from "../i18n/strings";
import { checkGrid, type CheckResult } from "../reading/check";
import { readGrid } from "../reading/read-grid";
import { decodeRelay, scopeToUnit, type RelayRecord } from "../relay";
import { fileProblem, type FileProblem } from "../xlsx/problems";
import { readWorkbookFile } from "../xlsx/read-file";
import { checkWordReading } from "../word/check-docx";
import type { WordProblem } from "../word/problems";
import { isDocx, readDocx } from "../word/read-docx";

export type FileStatus = "ready" | "blocked" | "unreadable";

export interface Checked {
  status: FileStatus;
  /** What the bytes turned out to be, when they were a workbook or a Word document. */
  format?: "xlsx" | "docx";
  /** The sheet checked, and other sheets holding the form (not checked). */
  sheet?: string;
  otherFormSheets?: string[];
  result?: CheckResult;
  problem?: FileProblem;
  /** A Word draft's own problem (the same message as `problem`, in any language through problemMessage). */
  wordProblem?: WordProblem;
  /** The entries read (only when asked for, e.g. by merge). */
  entries?: Entries;
  /** The relay's record (a unit's file or a master that was handed out); a unit's file is checked for its tasks. */
  relay?: RelayRecord;
}

export interface CheckBytesOptions {
  withEntries?: boolean;
  /** The file name's extension (".et"): said in the message where it tells more than the bytes. */
  ext?: string;
  /** Language of the places a Word draft's findings are given at (table rows); "zh" as the command line. */
  lang?: Lang;
  /** A college's unit list for Word drafts, which carry none (`--units FILE`); without one units are not looked up. */
  units?: string[];
}

/** A problem said for the file's own kind where its name tells more than its bytes (WPS .et is OLE2 like .xls). */
function named(problem: FileProblem, ext: string | undefined): FileProblem {
  return problem.kind === "legacy-xls" && ext === ".et" ? fileProblem("legacy-xls", { ext }) : problem;
}

export async function checkBytes(bytes: Uint8Array, form: FormDef, options: CheckBytesOptions = {}): Promise<Checked> {
  try {
    if (await isDocx(bytes)) return await checkWordBytes(bytes, form, options);
    const reading = await readWorkbookFile(bytes, form);
    if ("kind" in reading) return { status: "unreadable", problem: named(reading, options.ext) };
    // The workbook's own lists, as the add-in uses them; an emptied column falls back to the form's.
    const own = reading.lists;
    const lists = {
      units: own?.units.length ? own.units : form.lists.units,
      times: own?.times.length ? own.times : form.lists.times,
    };
    const full = checkGrid(form, reading.grid, lists, reading.merges, { hiddenRows: reading.hiddenRows });
    const relay = decodeRelay(reading.relay);
    const result =
      relay?.kind === "unit"
        ? scopeToUnit(form, full, readGrid(form, reading.grid, reading.merges).entries, relay.identity)
        : full;
    const checked: Checked = {
      status: result.summary.ready ? "ready" : "blocked",
      format: "xlsx",
      sheet: reading.sheetName,
      otherFormSheets: reading.otherFormSheets,
      result,
    };
    if (options.withEntries) checked.entries = readGrid(form, reading.grid, reading.merges).entries;
    if (relay) checked.relay = relay;
    return checked;
  } catch (e) {
    return { status: "unreadable", problem: fileProblem("corrupt", {}, e) };
  }
}

/** A Word draft (.docx): the same check, each finding placed at its row of the Word table. */
async function checkWordBytes(bytes: Uint8Array, form: FormDef, options: CheckBytesOptions): Promise<Checked> {
  const reading = await readDocx(bytes, form);
  if (!("grid" in reading)) {
    const kind = reading.kind === "no-table" ? "no-form" : reading.kind === "encrypted" ? "encrypted" : "corrupt";
    return {
      status: "unreadable",
      format: "docx",
      problem: { kind, message: reading.message, params: reading.params },
      wordProblem: reading,
    };
  }
  const lists = options.units ? { units: options.units, times: form.lists.times } : null;
  const result = checkWordReading(form, reading, lists, options.lang ?? "zh");
  const checked: Checked = { status: result.summary.ready ? "ready" : "blocked", format: "docx", result };
  if (options.withEntries) checked.entries = reading.entries;
  return checked;
}
