/** `fujian1 check FILE... [--json] [--quiet]`: one file at a time, one summary line each, then its findings. */
import type { FormDef } from "../form/types";
import type { Finding } from "../reading/check";
import { describePlace } from "../reading/describe-finding";
import { describeForCli } from "./finding-text";
import type { FileOutcome } from "./check-file";
import { checkAnyFile } from "./isolate";
import { loadUnitsFile } from "./units-file";
import { displayName } from "./files";
import type { CliIo } from "./io";
import { MSG } from "./messages";
import { echo, printable, safeJson } from "./printable";
import { progressByUnit, shortTime, type ScopedCheck } from "../relay";

export interface JsonFinding {
  kind: string;
  severity: string;
  seq: string | null;
  address: string | null;
  message: string;
}

/** The finding with what came from the file (values, 序号) escaped and cut, ready to be described. */
function echoed(f: Finding): Finding {
  const detail = f.detail && Object.fromEntries(Object.entries(f.detail).map(([k, v]) => [k, echo(v)]));
  return { ...f, seq: f.seq === undefined ? undefined : echo(f.seq, 12), detail };
}

export function jsonOf(o: FileOutcome, debug = false): Record<string, unknown> {
  const base: Record<string, unknown> = { file: o.file, status: o.status };
  if (o.problem) {
    base.problem = { kind: o.problem.kind, message: o.problem.message };
    if (debug && o.problem.detail) base.debug = o.problem.detail;
  }
  if (o.sheet !== undefined) base.sheet = o.sheet;
  if (o.otherFormSheets?.length) base.otherFormSheets = o.otherFormSheets;
  if (o.result) {
    base.summary = o.result.summary;
    base.findings = o.result.findings.map((f): JsonFinding => ({
      kind: f.kind,
      severity: f.severity,
      seq: f.seq ?? null,
      address: f.address ?? null,
      message: describeForCli(echoed(f)),
    }));
  }
  return base;
}

export function summaryLine(o: FileOutcome): string {
  const name = printable(displayName(o.file));
  if (o.problem || !o.result) return `${MSG.unreadable}  ${name}  ${printable(o.problem?.message ?? "")}`;
  const s = o.result.summary;
  const scope = (o.result as Partial<ScopedCheck>).scope;
  const extra = [
    ...(scope ? [MSG.unitScope(printable(scope.unit), scope.tasks.length)] : []),
    MSG.measures(s.withMeasures, s.total),
    ...(s.notApplicable ? [MSG.notApplicable(s.notApplicable)] : []),
    ...(s.warnings ? [MSG.warnings(s.warnings)] : []),
  ];
  return `${s.ready ? MSG.ready : MSG.blocked(s.errors)}  ${name}  ${extra.join("，")}`;
}

export function findingLine(f: Finding): string {
  const e = echoed(f);
  const place = describePlace(e, "zh");
  return `    ${MSG.severity[f.severity]} ${place ? `${place}  ` : ""}${describeForCli(e)}`;
}

/** Lines under the summary that are about the file rather than the form: other form sheets, --debug detail. */
export function noteLines(o: FileOutcome, debug: boolean): string[] {
  const lines: string[] = [];
  if (o.sheet !== undefined && o.otherFormSheets?.length)
    lines.push(`    ${MSG.severity.info} ${MSG.otherFormSheets(printable(o.sheet), o.otherFormSheets.map(printable))}`);
  if (debug && o.problem?.detail) lines.push(`    ${MSG.debug} ${printable(o.problem.detail)}`);
  return lines;
}

export async function runCheck(
  form: FormDef,
  files: string[],
  options: { json: boolean; quiet: boolean; debug?: boolean; byUnit?: boolean; units?: string },
  io: CliIo,
): Promise<number> {
  const debug = !!options.debug;
  let unitList: string[] | undefined;
  if (options.units !== undefined) {
    const loaded = await loadUnitsFile(options.units, io);
    if (typeof loaded === "number") return loaded;
    unitList = loaded;
  }
  const progress = io.errIsTTY && files.length > 1;
  const counts = { ready: 0, blocked: 0, unreadable: 0 };
  const json: Record<string, unknown>[] = [];
  const clear = () => progress && io.err("\r\x1b[K");
  for (let i = 0; i < files.length; i++) {
    if (progress) io.err(`\r\x1b[K${MSG.progress(i + 1, files.length, printable(displayName(files[i])))}`);
    const outcome = await checkAnyFile(form, files[i], {
      ...(options.byUnit ? { withEntries: true } : {}),
      ...(unitList ? { units: unitList } : {}),
    });
    counts[outcome.status]++;
    const units = options.byUnit ? unitProgress(form, outcome) : undefined;
    if (options.json) {
      json.push({ ...jsonOf(outcome, debug), ...(units ? { units } : {}) });
      continue;
    }
    clear();
    io.out(summaryLine(outcome) + "\n");
    for (const line of noteLines(outcome, debug)) io.out(line + "\n");
    if (!options.quiet) for (const f of outcome.result?.findings ?? []) io.out(findingLine(f) + "\n");
    if (units) for (const line of progressLines(units)) io.out(line + "\n");
  }
  clear();
  if (options.json) io.out(safeJson({ files: json }) + "\n");
  else if (files.length > 1) io.out(MSG.total(files.length, counts.ready, counts.blocked, counts.unreadable) + "\n");
  // 2 when any file is unreadable, else 1 when any has blocking findings, else 0.
  return counts.unreadable ? 2 : counts.blocked ? 1 : 0;
}

/** Per unit of a master: tasks it leads, when its file was last gathered, filled and ready (check --by-unit). */
function unitProgress(form: FormDef, o: FileOutcome) {
  if (!o.entries || !o.result || (o.result as Partial<ScopedCheck>).scope) return undefined;
  return progressByUnit(form, o.entries, o.result, o.relay?.kind === "master" ? o.relay.record : null);
}

function progressLines(units: NonNullable<ReturnType<typeof unitProgress>>): string[] {
  if (!units.length) return [`  ${MSG.byUnitNone}`];
  const rows = units.map((u) => [
    printable(u.unit),
    String(u.assigned),
    u.gatheredAt ? shortTime(u.gatheredAt) : MSG.byUnitNever,
    String(u.filled),
    String(u.ready),
  ]);
  const head = MSG.byUnitHead;
  const width = (t: string) => [...t].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
  const cols = head.map((h, c) => Math.max(width(h), ...rows.map((r) => width(r[c]))));
  const line = (r: string[]) => "  " + r.map((t, c) => t + " ".repeat(cols[c] - width(t))).join("  ");
  return [line(head), ...rows.map(line)];
}
