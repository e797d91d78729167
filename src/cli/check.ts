/** `fujian1 check FILE... [--json] [--quiet]`: one file at a time, one summary line each, then its findings. */
import type { FormDef } from "../form/types";
import type { Finding } from "../reading/check";
import { describeFinding, describePlace } from "../reading/describe-finding";
import { checkFile, type FileOutcome } from "./check-file";
import { displayName } from "./files";
import { MSG } from "./messages";
import type { CliIo } from "./io";

export interface JsonFinding {
  kind: string;
  severity: string;
  seq: string | null;
  address: string | null;
  message: string;
}

export function jsonOf(o: FileOutcome): Record<string, unknown> {
  const base: Record<string, unknown> = { file: o.file, status: o.status };
  if (o.problem) base.problem = { kind: o.problem.kind, message: o.problem.message };
  if (o.result) {
    base.summary = o.result.summary;
    base.findings = o.result.findings.map((f): JsonFinding => ({
      kind: f.kind,
      severity: f.severity,
      seq: f.seq ?? null,
      address: f.address ?? null,
      message: describeFinding(f, "zh"),
    }));
  }
  return base;
}

export function summaryLine(o: FileOutcome): string {
  const name = displayName(o.file);
  if (o.problem || !o.result) return `${MSG.unreadable}  ${name}  ${o.problem?.message ?? ""}`;
  const s = o.result.summary;
  const extra = [
    MSG.measures(s.withMeasures, s.total),
    ...(s.notApplicable ? [MSG.notApplicable(s.notApplicable)] : []),
    ...(s.warnings ? [MSG.warnings(s.warnings)] : []),
  ];
  return `${s.ready ? MSG.ready : MSG.blocked(s.errors)}  ${name}  ${extra.join("，")}`;
}

export function findingLine(f: Finding): string {
  const place = describePlace(f, "zh");
  return `    ${MSG.severity[f.severity]} ${place ? `${place}  ` : ""}${describeFinding(f, "zh")}`;
}

export async function runCheck(
  form: FormDef,
  files: string[],
  options: { json: boolean; quiet: boolean },
  io: CliIo,
): Promise<number> {
  const progress = io.errIsTTY && files.length > 1;
  const counts = { ready: 0, blocked: 0, unreadable: 0 };
  const json: Record<string, unknown>[] = [];
  const clear = () => progress && io.err("\r\x1b[K");
  for (let i = 0; i < files.length; i++) {
    if (progress) io.err(`\r\x1b[K${MSG.progress(i + 1, files.length, displayName(files[i]))}`);
    const outcome = await checkFile(files[i], form);
    counts[outcome.status]++;
    if (options.json) {
      json.push(jsonOf(outcome));
      continue;
    }
    clear();
    io.out(summaryLine(outcome) + "\n");
    if (!options.quiet) for (const f of outcome.result?.findings ?? []) io.out(findingLine(f) + "\n");
  }
  clear();
  if (options.json) io.out(JSON.stringify({ files: json }, null, 2) + "\n");
  else if (files.length > 1) io.out(MSG.total(files.length, counts.ready, counts.blocked, counts.unreadable) + "\n");
  // 2 when any file is unreadable, else 1 when any has blocking findings, else 0.
  return counts.unreadable ? 2 : counts.blocked ? 1 : 0;
}
