/** One file from disk through the shared check (src/merge/check-bytes.ts): read, then checkGrid. Never throws. */
import type { Stats } from "fs";
import * as path from "path";
import type { FormDef } from "../form/types";
import { checkBytes, type Checked } from "../merge/check-bytes";
import { fileProblem } from "../xlsx/problems";
import { readInput } from "./files";
import "./inflate";

export type { FileStatus } from "../merge/check-bytes";

export interface FileOutcome extends Checked {
  file: string;
  /** The file's identity and times, when it could be opened. */
  stat?: Stats;
}

export interface CheckFileOptions {
  withEntries?: boolean;
  /** A college's unit list for Word drafts (which carry none): `--units FILE`. */
  units?: string[];
}

export async function checkFile(file: string, form: FormDef, options: CheckFileOptions = {}): Promise<FileOutcome> {
  try {
    const input = await readInput(file);
    if ("kind" in input) return { file, status: "unreadable", problem: input };
    return await checkInput(file, input, form, options);
  } catch (e) {
    return { file, status: "unreadable", problem: fileProblem("corrupt", {}, e) };
  }
}

/** A file already read (its bytes and, when known, its stat) through the shared check. Never throws. */
export async function checkInput(
  file: string,
  input: { bytes: Uint8Array; stat?: Stats },
  form: FormDef,
  options: CheckFileOptions = {},
): Promise<FileOutcome> {
  const { stat } = input;
  try {
    const checked = await checkBytes(input.bytes, form, { ...options, ext: path.extname(file).toLowerCase() });
    return { file, ...checked, stat };
  } catch (e) {
    return { file, status: "unreadable", stat, problem: fileProblem("corrupt", {}, e) };
  }
}
