/**
 * Whether a command may write its output file, as one message when it may not: a name that is not the format
 * written (附件1.csv for an .xlsx), a folder (existing, or written as one: "汇总/"), one of the inputs, or an
 * existing file without --force. Every command that writes asks this before reading or writing anything else.
 */
import * as path from "path";
import type { Stats } from "fs";
import { checkOutput, withExtension, wrongExtension } from "./files";
import { MSG } from "./messages";
import { printable } from "./printable";

export interface OutputRequest {
  out: string;
  /** The extension of what is written: ".xlsx" or ".docx". */
  ext: string;
  /** A file name to suggest inside a folder given as the output, e.g. "汇总.xlsx". */
  example: string;
  inputs: Array<{ file: string; stat?: Stats }>;
  force: boolean;
  /** The message for an existing output without --force (export and import word it their way). */
  exists?: (file: string) => string;
}

export async function outputRefusal(request: OutputRequest): Promise<string | null> {
  const { out, ext } = request;
  const shown = printable(out);
  const check = await checkOutput(out, request.inputs, request.force);
  if (!check.ok && check.reason === "folder") return MSG.outIsFolder(shown, printable(path.join(out, request.example)));
  if (wrongExtension(out, ext)) return MSG.outExtension(shown, ext, printable(withExtension(out, ext)));
  if (check.ok) return null;
  switch (check.reason) {
    case "is-input":
      return MSG.outIsInput(shown);
    case "exists":
      return (request.exists ?? MSG.outExists)(shown);
  }
}
