/** One file through the same pure check as the add-in: read, then checkGrid. Never throws. */
import type { Stats } from "fs";
import * as path from "path";
import type { Entries, FormDef } from "../form/types";
import { checkGrid, type CheckResult } from "../reading/check";
import { readGrid } from "../reading/read-grid";
import { fileProblem, type FileProblem } from "../xlsx/problems";
import { readWorkbookFile } from "../xlsx/read-file";
import { checkWordReading } from "../word/check-docx";
import { isDocx, readDocx } from "../word/read-docx";
import { readInput } from "./files";

export type FileStatus = "ready" | "blocked" | "unreadable";

export interface FileOutcome {
  file: string;
  status: FileStatus;
  /** The file's identity and times, when it could be opened. */
  stat?: Stats;
  /** The sheet checked, and other sheets holding the form (not checked). */
  sheet?: string;
  otherFormSheets?: string[];
  result?: CheckResult;
  problem?: FileProblem;
  /** The entries read (only when asked for, e.g. by merge). */
  entries?: Entries;
}

/** A problem said for the file's own kind where its name tells more than its bytes (WPS .et is OLE2 like .xls). */
function named(problem: FileProblem, file: string): FileProblem {
  const ext = path.extname(file).toLowerCase();
  return problem.kind === "legacy-xls" && ext === ".et" ? fileProblem("legacy-xls", { ext }) : problem;
}

export async function checkFile(
  file: string,
  form: FormDef,
  options: { withEntries?: boolean } = {},
): Promise<FileOutcome> {
  let stat: Stats | undefined;
  try {
    const input = await readInput(file);
    if ("kind" in input) return { file, status: "unreadable", problem: input };
    stat = input.stat;
    if (await isDocx(input.bytes)) return { ...(await checkWordFile(file, input.bytes, form, options)), stat };
    const reading = await readWorkbookFile(input.bytes, form);
    if ("kind" in reading) return { file, status: "unreadable", stat, problem: named(reading, file) };
    // The workbook's own lists, as the add-in uses them; an emptied column falls back to the form's.
    const own = reading.lists;
    const lists = {
      units: own?.units.length ? own.units : form.lists.units,
      times: own?.times.length ? own.times : form.lists.times,
    };
    const result = checkGrid(form, reading.grid, lists, reading.merges, { hiddenRows: reading.hiddenRows });
    const outcome: FileOutcome = {
      file,
      status: result.summary.ready ? "ready" : "blocked",
      stat,
      sheet: reading.sheetName,
      otherFormSheets: reading.otherFormSheets,
      result,
    };
    if (options.withEntries) outcome.entries = readGrid(form, reading.grid, reading.merges).entries;
    return outcome;
  } catch (e) {
    return { file, status: "unreadable", stat, problem: fileProblem("corrupt", {}, e) };
  }
}

/** A Word draft (.docx): the same check, each finding placed at its row of the Word table. */
async function checkWordFile(
  file: string,
  bytes: Uint8Array,
  form: FormDef,
  options: { withEntries?: boolean },
): Promise<FileOutcome> {
  const reading = await readDocx(bytes, form);
  if (!("grid" in reading)) {
    const kind = reading.kind === "no-table" ? "no-form" : reading.kind === "encrypted" ? "encrypted" : "corrupt";
    return { file, status: "unreadable", problem: { kind, message: reading.message, params: reading.params } };
  }
  const result = checkWordReading(form, reading);
  const outcome: FileOutcome = { file, status: result.summary.ready ? "ready" : "blocked", result };
  if (options.withEntries) outcome.entries = reading.entries;
  return outcome;
}
