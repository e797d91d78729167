/**
 * `fujian1 split MASTER.xlsx --out DIR [--by 发展规划处] [--force]`: one file per unit that leads a task,
 * DIR/附件1-<单位>.xlsx, each the standard file with only that unit's tasks open (src/relay/unit-plan.ts).
 * The master learns its id and this hand-out (its hidden 分发信息 sheet, nothing else of it changes), so that
 * gather can tell its units' files from any other. Nothing is replaced without --force; when the master cannot
 * be updated, the files just written are removed again.
 */
import { randomUUID } from "crypto";
import { promises as fs } from "fs";
import * as path from "path";
import type { FormDef } from "../form/types";
import { planSheet } from "../plan/sheet-plan";
import { STANDALONE_TEXT } from "../plan/standalone-text";
import { encodeMaster, fileSafe, handOut, RELAY_SHEET } from "../relay";
import { setHiddenSheet, writeUnitFiles } from "../xlsx/write-relay";
import { checkOutput, displayName, errorReason, writeOutput } from "./files";
import type { CliIo } from "./io";
import { MSG } from "./messages";
import { printable } from "./printable";
import { readRelayFile, stamp } from "./relay-read";

export interface SplitOptions {
  out: string;
  by?: string;
  force: boolean;
  /** The hand-out time (tests); default now. */
  now?: Date;
}

export const unitFileName = (form: FormDef, unit: string): string => `${form.label}-${fileSafe(unit)}.xlsx`;

export async function runSplit(form: FormDef, masterPath: string, options: SplitOptions, io: CliIo): Promise<number> {
  const name = printable(displayName(masterPath));
  const master = await readRelayFile(form, masterPath);
  if ("kind" in master) {
    io.err(`${MSG.unreadable}  ${name}  ${master.message}\n`);
    return 2;
  }
  if (master.relay?.kind === "unit") {
    io.err(MSG.splitUnitFile(name, printable(master.relay.identity.unit)) + "\n");
    return 2;
  }
  const now = options.now ?? new Date();
  const by = options.by?.trim() || master.entries.header.unit.trim() || MSG.defaultBy;
  const record = master.relay?.kind === "master" ? master.relay.record : null;
  const out = handOut(form, master.entries, {
    record,
    newMasterId: randomUUID(),
    handOutId: randomUUID(),
    by,
    at: stamp(now),
  });
  if (!out.units.length) {
    io.err(MSG.splitNobody(name) + "\n");
    return 1;
  }
  try {
    await fs.mkdir(options.out, { recursive: true });
  } catch (e) {
    io.err(MSG.writeFailed(printable(options.out), errorReason(e)) + "\n");
    return 2;
  }
  const targets = out.units.map((u) => ({ unit: u, file: path.join(options.out, unitFileName(form, u.unit)) }));
  for (const t of targets) {
    const check = await checkOutput(t.file, [{ file: masterPath, stat: master.stat }], options.force);
    if (!check.ok) {
      const file = printable(t.file);
      io.err((check.reason === "is-input" ? MSG.outIsInput(file) : MSG.splitExists(file)) + "\n");
      return 2;
    }
  }
  const written: string[] = [];
  const undo = async () => {
    for (const f of written) await fs.rm(f, { force: true }).catch(() => undefined);
  };
  try {
    const plan = planSheet(form, master.entries, master.sheetName, master.lists, { standalone: STANDALONE_TEXT });
    const files = await writeUnitFiles(plan, out.units, { created: now });
    for (let i = 0; i < targets.length; i++) {
      await writeOutput(targets[i].file, files[i], options.force);
      written.push(targets[i].file);
    }
    const patched = await setHiddenSheet(master.bytes, RELAY_SHEET, encodeMaster(out.record));
    await writeOutput(masterPath, patched, true);
  } catch (e) {
    await undo();
    io.err(MSG.splitFailed(errorReason(e)) + "\n");
    return 2;
  }
  io.out(MSG.splitDone(targets.length, printable(options.out)) + "\n");
  for (const t of targets)
    io.out(`  ${printable(displayName(t.file))}  ${MSG.splitCounts(t.unit.plan.lead.length, t.unit.plan.co.length)}\n`);
  if (out.unassigned.length) io.out(MSG.splitUnassigned(out.unassigned) + "\n");
  io.out(MSG.splitMasterNoted(name, !record) + "\n");
  return 0;
}
