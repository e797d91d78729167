/**
 * `fujian1 gather MASTER.xlsx FILE... --out OUT.xlsx [--take file|master] [--force]`: the units' files back into
 * the master (src/relay/gather.ts). OUT is the standard file of the gathered entries with a 收回记录 sheet (one
 * line per file) and the master's record; MASTER and the units' files are only read. Only new and changed
 * entries of each unit's own tasks are taken; conflicts (settled by --take) and writes outside a unit's tasks
 * are listed. Exit 0 when all is taken, 1 while conflicts or foreign writes remain or a file was refused, 2 when
 * a file could not be read or OUT could not be written.
 */
import type { FormDef } from "../form/types";
import { planSheet } from "../plan/sheet-plan";
import { STANDALONE_TEXT } from "../plan/standalone-text";
import {
  describeRefusal,
  encodeMaster,
  entryGist,
  gather,
  gatherLogRows,
  STATUS_TEXT,
  type FileReview,
  type GatherFile,
} from "../relay";
import { writeGatheredFile } from "../xlsx/write-relay";
import { checkOutput, displayName, errorReason, writeOutput } from "./files";
import type { CliIo } from "./io";
import { MSG } from "./messages";
import { printable } from "./printable";
import { readRelayFile, stamp } from "./relay-read";

export interface GatherOptions {
  out: string;
  take?: "file" | "master";
  force: boolean;
  now?: Date;
}

function fileLines(r: FileReview): string[] {
  const name = printable(r.file);
  if (r.refused) return [`✘ ${name}  ${MSG.gatherRefused}：${printable(describeRefusal(r.refused))}`];
  const count = (s: keyof typeof STATUS_TEXT.zh) => r.tasks.filter((t) => t.status === s).length;
  const counts = (["new", "changed", "unchanged", "conflict"] as const)
    .filter((s) => count(s))
    .map((s) => `${STATUS_TEXT.zh[s]} ${count(s)} 项`);
  const lines = [`${r.unit ? printable(r.unit) : ""}  ${name}  ${counts.join("，") || MSG.gatherNothing}`];
  for (const t of r.tasks)
    if (t.status === "conflict")
      lines.push(
        `    [冲突] 任务 ${t.seq}：汇总表 ${printable(entryGist(t.master))} ↔ 单位 ${printable(entryGist(t.theirs))}` +
          (t.take === "file" ? "，采用单位的版本" : "，暂保留汇总表的版本"),
      );
  for (const f of r.foreign)
    lines.push(`    [越权] 任务 ${f.seq}：不是本单位牵头的任务，单位写了 ${printable(entryGist(f.theirs))}，未收取`);
  return lines;
}

export async function runGather(
  form: FormDef,
  masterPath: string,
  files: string[],
  options: GatherOptions,
  io: CliIo,
): Promise<number> {
  const early = await checkOutput(
    options.out,
    [masterPath, ...files].map((file) => ({ file })),
    options.force,
  );
  if (!early.ok) {
    const out = printable(options.out);
    io.err((early.reason === "is-input" ? MSG.outIsInput(out) : MSG.outExists(out)) + "\n");
    return 2;
  }
  const masterName = printable(displayName(masterPath));
  const master = await readRelayFile(form, masterPath);
  if ("kind" in master) {
    io.err(`${MSG.unreadable}  ${masterName}  ${master.message}\n`);
    return 2;
  }
  if (master.relay?.kind !== "master") {
    io.err(
      (master.relay?.kind === "unit"
        ? MSG.gatherMasterIsUnit(masterName, printable(master.relay.identity.unit))
        : MSG.gatherNotHandedOut(masterName)) + "\n",
    );
    return 2;
  }
  const inputs: GatherFile[] = [];
  let unreadable = 0;
  for (const file of files) {
    const name = displayName(file);
    const read = await readRelayFile(form, file);
    if ("kind" in read) {
      unreadable++;
      inputs.push({ name, identity: null, problem: read.message });
      continue;
    }
    inputs.push({
      name,
      identity: read.relay?.kind === "unit" ? read.relay.identity : null,
      isMaster: read.relay?.kind === "master",
      entries: read.entries,
      savedAt: stamp(read.stat.mtime),
    });
  }
  const now = options.now ?? new Date();
  const result = gather(
    form,
    { entries: master.entries, record: master.relay.record },
    inputs,
    options.take ? { allConflicts: options.take } : {},
    stamp(now),
  );
  const plan = planSheet(form, result.entries, master.sheetName, master.lists, { standalone: STANDALONE_TEXT });
  const bytes = await writeGatheredFile(plan, encodeMaster(result.record), gatherLogRows(result.record.log), {
    created: now,
  });
  try {
    await writeOutput(options.out, bytes, options.force);
  } catch (e) {
    const out = printable(options.out);
    const exists = (e as NodeJS.ErrnoException).code === "EEXIST";
    io.err((exists ? MSG.outExists(out) : MSG.writeFailed(out, errorReason(e))) + "\n");
    return 2;
  }
  for (const r of result.reviews) for (const line of fileLines(r)) io.out(line + "\n");
  const taken = result.reviews.reduce(
    (n, r) =>
      n +
      r.tasks.filter(
        (t) => t.status === "new" || t.status === "changed" || (t.status === "conflict" && t.take === "file"),
      ).length +
      r.foreign.filter((f) => f.taken).length,
    0,
  );
  const refused = result.reviews.filter((r) => r.refused).length;
  io.out(MSG.gatherWritten(printable(options.out), taken, result.reviews.length - refused) + "\n");
  if (result.open.conflicts) io.out(MSG.gatherOpenConflicts(result.open.conflicts) + "\n");
  if (result.open.foreign) io.out(MSG.gatherOpenForeign(result.open.foreign) + "\n");
  if (refused) io.out(MSG.gatherRefusedCount(refused) + "\n");
  if (unreadable) return 2;
  return result.open.conflicts || result.open.foreign || refused ? 1 : 0;
}
