/**
 * `fujian1 merge FILE... --out 汇总.xlsx [--latest] [--force]`: every college's measures in one workbook,
 * each college once. The same file named twice, two files of the same 单位, or an earlier merge's output
 * among the inputs stop the merge before anything is written (unless --latest keeps the newest file of
 * each college); the output never replaces an input, nor an existing file without --force.
 */
import type { FormDef } from "../form/types";
import { writeMerge, type MergeSource } from "../xlsx/write-merge";
import {
  findDuplicates,
  hasDuplicates,
  keepLatest,
  schoolOf,
  type DuplicateKeys,
  type Duplicates as Found,
} from "../merge/duplicates";
import type { FileOutcome } from "./check-file";
import { checkAnyFile } from "./isolate";
import { displayName, errorReason, writeOutput } from "./files";
import { outputRefusal } from "./output";
import type { CliIo } from "./io";
import { MSG } from "./messages";
import { printable } from "./printable";

/** The output's name in examples. */
const MERGE_EXAMPLE = "汇总.xlsx";

export interface MergeOptions {
  out: string;
  force: boolean;
  /** Keep the newest file (by modification time) of each college instead of stopping on duplicates. */
  latest: boolean;
}

/** How merge tells files apart: device and inode, the 单位（公章） of a readable file, its times. */
const KEYS: DuplicateKeys<FileOutcome> = {
  identity: (o) => (o.stat && o.stat.ino !== 0 ? `${o.stat.dev}:${o.stat.ino}` : undefined),
  school: (o) => (o.entries ? schoolOf(o.entries, displayName(o.file)) : undefined),
  modified: (o) => o.stat?.mtimeMs ?? 0,
  isMergeOutput: (o) => o.problem?.kind === "merge-output",
};

type Duplicates = Found<FileOutcome>;

const when = (o: FileOutcome): string => {
  const d = o.stat?.mtime;
  if (!d) return "";
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

const named = (o: FileOutcome) => printable(o.file);
const namedWithTime = (o: FileOutcome) => `${named(o)}（${MSG.modified} ${when(o)}）`;

function duplicatesMessage(d: Duplicates): string {
  const lines = [MSG.duplicatesStopped];
  for (const g of d.sameFile) lines.push(`  ${MSG.sameFileTwice}${g.map(named).join("、")}`);
  for (const g of d.sameSchool)
    lines.push(`  ${MSG.sameSchool(printable(g.school), g.files.length)}${g.files.map(namedWithTime).join("、")}`);
  for (const o of d.mergeOutputs) lines.push(`  ${MSG.mergeOutputInput}${named(o)}`);
  lines.push(MSG.duplicatesHint);
  return lines.join("\n");
}

/** With --latest: one outcome per file and per college (the newest), earlier merges left out; what was dropped. */
function keepLatestSaying(outcomes: FileOutcome[], d: Duplicates): { kept: FileOutcome[]; dropped: string[] } {
  const { kept, dropped } = keepLatest(outcomes, d, KEYS);
  const said = dropped.flatMap((x) =>
    x.reason === "older"
      ? [MSG.droppedOlder(namedWithTime(x.item), named(x.newest))]
      : x.reason === "merge-output"
        ? [MSG.droppedMergeOutput(named(x.item))]
        : [],
  );
  return { kept, dropped: said };
}

export async function runMerge(form: FormDef, files: string[], options: MergeOptions, io: CliIo): Promise<number> {
  const { out } = options;
  // Refused before reading anything when it can be told from the paths alone.
  const request = { out, ext: ".xlsx", example: MERGE_EXAMPLE, force: options.force };
  const early = await outputRefusal({ ...request, inputs: files.map((file) => ({ file })) });
  if (early) {
    io.err(early + "\n");
    return 2;
  }
  const progress = io.errIsTTY && files.length > 1;
  const outcomes: FileOutcome[] = [];
  for (let i = 0; i < files.length; i++) {
    if (progress) io.err(`\r\x1b[K${MSG.progress(i + 1, files.length, printable(displayName(files[i])))}`);
    outcomes.push(await checkAnyFile(form, files[i], { withEntries: true }));
  }
  if (progress) io.err("\r\x1b[K");

  const target = await outputRefusal({ ...request, inputs: outcomes });
  if (target) {
    io.err(target + "\n");
    return 2;
  }
  const duplicates = findDuplicates(outcomes, KEYS);
  const any = hasDuplicates(duplicates);
  let kept = outcomes;
  if (any && !options.latest) {
    io.err(duplicatesMessage(duplicates) + "\n");
    return 2;
  }
  if (any) {
    const latest = keepLatestSaying(outcomes, duplicates);
    kept = latest.kept;
    for (const line of latest.dropped) io.err(line + "\n");
  }

  const sources: MergeSource[] = kept.map((o) => ({
    school: schoolOf(o.entries, displayName(o.file)),
    file: displayName(o.file),
    entries: o.entries,
    summary: o.result?.summary,
    problem: o.problem?.message,
  }));
  const { bytes, measures } = await writeMerge(form, sources);
  try {
    await writeOutput(out, bytes, options.force);
  } catch (e) {
    const exists = (e as NodeJS.ErrnoException).code === "EEXIST";
    io.err((exists ? MSG.outExists(printable(out)) : MSG.writeFailed(printable(out), errorReason(e))) + "\n");
    return 2;
  }
  const unreadable = kept.filter((o) => !o.entries);
  io.out(MSG.merged(printable(out), kept.length - unreadable.length, measures) + "\n");
  if (unreadable.length) {
    io.err(MSG.mergeSkipped(unreadable.length) + "\n");
    for (const o of unreadable) io.err(`  ${printable(displayName(o.file))}  ${printable(o.problem?.message ?? "")}\n`);
    return 2;
  }
  return 0;
}
