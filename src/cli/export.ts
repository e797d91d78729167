/**
 * `fujian1 export FILE.xlsx [--out FILE.docx] [--force]`: a filled 附件1 as the province's Word table. The output
 * never replaces the input, nor an existing file without --force.
 */
import * as path from "path";
import type { FormDef } from "../form/types";
import { compactEntries, readGrid } from "../reading/read-grid";
import { readWorkbookFile } from "../xlsx/read-file";
import { writeDocx } from "../word/write-docx";
import { displayName, errorReason, readInput, writeOutput } from "./files";
import { outputRefusal } from "./output";
import type { CliIo } from "./io";
import { MSG } from "./messages";
import { printable } from "./printable";
import { WORD_MSG } from "./word-messages";

export function defaultDocxName(file: string): string {
  return path.join(path.dirname(file), `${path.basename(file, path.extname(file))}.docx`);
}

export async function runExport(
  form: FormDef,
  file: string,
  out: string | undefined,
  io: CliIo,
  force = false,
): Promise<number> {
  const target = out ?? defaultDocxName(file);
  const input = await readInput(file);
  if ("kind" in input) {
    io.err(`${printable(displayName(file))}：${printable(input.message)}\n`);
    return 2;
  }
  const refusal = await outputRefusal({
    out: target,
    ext: ".docx",
    example: path.basename(defaultDocxName(file)),
    inputs: [{ file, stat: input.stat }],
    force,
    exists: WORD_MSG.exists,
  });
  if (refusal) {
    io.err(refusal + "\n");
    return 2;
  }
  const reading = await readWorkbookFile(input.bytes, form);
  if ("kind" in reading) {
    io.err(`${printable(displayName(file))}：${printable(reading.message)}\n`);
    return 2;
  }
  // The merges carry a 具体举措 shared by several rows into the Word table.
  const grid = readGrid(form, reading.grid, reading.merges);
  if (grid.strays.length) {
    io.err(
      WORD_MSG.exportStrays(printable(displayName(file)), grid.strays.map((s) => `第 ${s.row + 1} 行`).join("、")) +
        "\n",
    );
    return 1;
  }
  const entries = compactEntries(grid.entries);
  try {
    await writeOutput(target, await writeDocx(form, entries), force);
  } catch (e) {
    const exists = (e as NodeJS.ErrnoException).code === "EEXIST";
    io.err((exists ? WORD_MSG.exists(printable(target)) : MSG.writeFailed(printable(target), errorReason(e))) + "\n");
    return 2;
  }
  const rows = Object.values(entries.rows).reduce((n, r) => n + r.length, 0);
  io.out(WORD_MSG.exported(printable(target), rows, Object.keys(entries.marks ?? {}).length) + "\n");
  return 0;
}
