/** `fujian1 merge FILE... --out 汇总.xlsx`: every college's measures in one workbook. */
import type { FormDef } from "../form/types";
import { writeMerge, type MergeSource } from "../xlsx/write-merge";
import { checkFile } from "./check-file";
import { displayName, errorReason, samePath, stem, writeOutput } from "./files";
import type { CliIo } from "./io";
import { MSG } from "./messages";

export async function runMerge(form: FormDef, files: string[], out: string, io: CliIo): Promise<number> {
  const clash = files.find((f) => samePath(f, out));
  if (clash) {
    io.err(MSG.outIsInput(clash) + "\n");
    return 2;
  }
  const progress = io.errIsTTY && files.length > 1;
  const sources: MergeSource[] = [];
  for (let i = 0; i < files.length; i++) {
    if (progress) io.err(`\r\x1b[K${MSG.progress(i + 1, files.length, displayName(files[i]))}`);
    const o = await checkFile(files[i], form, { withEntries: true });
    const school = o.entries?.header.unit.trim() || stem(o.file);
    sources.push({
      school,
      file: displayName(o.file),
      entries: o.entries,
      summary: o.result?.summary,
      problem: o.problem?.message,
    });
  }
  if (progress) io.err("\r\x1b[K");
  const { bytes, measures } = await writeMerge(form, sources);
  try {
    await writeOutput(out, bytes);
  } catch (e) {
    io.err(MSG.writeFailed(out, errorReason(e)) + "\n");
    return 2;
  }
  const unreadable = sources.filter((s) => !s.entries);
  io.out(MSG.merged(out, sources.length - unreadable.length, measures) + "\n");
  if (unreadable.length) {
    io.err(MSG.mergeSkipped(unreadable.length) + "\n");
    for (const s of unreadable) io.err(`  ${s.file}  ${s.problem ?? ""}\n`);
    return 2;
  }
  return 0;
}
