/**
 * Parses the seed: a text dump of the Word table of 附件1. Each table cell
 * starts with a tab; a cell's further lines follow without one; blank lines
 * occur between rows and inside cells.
 */
import { ColumnDef, ColumnKey, Entries, FormDef, GroupDef, HeaderFieldDef, MeasureRow, TaskDef } from "./types";
import { GENERIC_UNITS, yearsOf } from "./lists";
import { Repair, joinUnits, repairLine, repairTitle, repairWrapped } from "./normalise";

export interface ParsedSeed {
  form: FormDef;
  /** The college's draft found in the seed. */
  draft: Entries;
  /** Every repair made to the text, in document order. */
  repairs: Repair[];
}

export class SeedFormatError extends Error {}

/** Header titles of 附件1 and what they mean, with print widths (characters). */
const COLUMN_KEYS: ReadonlyArray<{ title: string; key: ColumnKey; width: number }> = [
  { title: "序号", key: "seq", width: 4 },
  { title: "主要任务", key: "mainTask", width: 10 },
  { title: "任务内容", key: "content", width: 24 },
  { title: "责任部门", key: "department", width: 12 },
  { title: "具体举措", key: "measure", width: 18 },
  { title: "完成目标", key: "target", width: 26 },
  { title: "责任单位（部门）", key: "unit", width: 11 },
  { title: "完成时间", key: "time", width: 8 },
];
const FILL_KEYS: ReadonlySet<ColumnKey> = new Set(["measure", "target", "unit", "time"]);
const HEADER_LABELS: ReadonlyArray<HeaderFieldDef> = [
  { key: "unit", label: "单位（公章）" },
  { key: "contact", label: "联系人" },
  { key: "phone", label: "联系电话" },
];

/** Splits the dump into table cells, each a list of raw lines. */
function splitCells(lines: readonly string[]): string[][] {
  const cells: string[][] = [];
  for (const line of lines) {
    if (line.startsWith("\t")) cells.push([line.slice(1)]);
    else if (cells.length > 0) cells[cells.length - 1].push(line);
  }
  return cells.map(trimBlankEdges);
}

function trimBlankEdges(lines: string[]): string[] {
  let a = 0;
  let b = lines.length;
  while (a < b && lines[a].trim() === "") a++;
  while (b > a && lines[b - 1].trim() === "") b--;
  return lines.slice(a, b);
}

/** Groups of non-blank lines separated by blank lines. */
function segments(lines: readonly string[]): string[][] {
  const out: string[][] = [];
  let cur: string[] = [];
  for (const l of lines) {
    if (l.trim() === "") {
      if (cur.length) out.push(cur);
      cur = [];
    } else cur.push(l);
  }
  if (cur.length) out.push(cur);
  return out;
}

function parseHeaderLine(line: string, log: Repair[]): Record<string, string> {
  const values: Record<string, string> = {};
  const labels = HEADER_LABELS.map((f) => f.label);
  for (const [i, label] of labels.entries()) {
    const start = line.indexOf(label);
    if (start < 0) throw new SeedFormatError(`header line lacks ${label}`);
    const from = line.indexOf("：", start) + 1;
    const next = labels
      .slice(i + 1)
      .map((l) => line.indexOf(l))
      .filter((p) => p > from);
    const end = next.length ? Math.min(...next) : line.length;
    values[label] = repairLine(line.slice(from, end), log);
  }
  return values;
}

/** Joins a unit cell's names with 、 (the form's separator), logging every rewrite of the college's text. */
function joinLogged(raw: string, log: Repair[]): string {
  const joined = joinUnits(raw);
  if (joined !== raw) log.push({ rule: "unit-separator", from: raw, to: joined });
  return joined;
}

/**
 * Spreads a task's draft cells over measure rows. A unit or time cell whose
 * values are separated by blank lines holds one value per measure row; then
 * each line of 完成目标 is a row's target. Otherwise the task has one row.
 * A single 具体举措 beside several rows stands over all of them, as the Word
 * table shows it: the rows after the first share it (sameMeasure).
 */
function draftRows(cells: string[][], log: Repair[]): MeasureRow[] {
  const [measureCell, targetCell, unitCell, timeCell] = cells;
  const para = (lines: string[]) => lines.map((l) => repairLine(l, log)).filter((l) => l !== "");
  const measures = para(measureCell);
  const targets = para(targetCell);
  const units = segments(unitCell).map((s) => joinLogged(para(s).join("\n"), log));
  const times = segments(timeCell).map((s) => para(s).join(""));
  if (units.length <= 1 && times.length <= 1) {
    const row = {
      measure: measures.join("\n"),
      target: targets.join("\n"),
      unit: units[0] ?? "",
      time: times[0] ?? "",
    };
    return [row];
  }
  const n = targets.length > 1 ? targets.length : Math.max(units.length, times.length);
  const spread = (values: string[], sep: string, logged: boolean): string[] => {
    if (values.length === 1) return Array<string>(n).fill(values[0]);
    const out = Array.from({ length: n }, (_, i) => values[i] ?? "");
    if (values.length > n) {
      const rest = values.slice(n - 1);
      out[n - 1] = rest.join(sep);
      if (logged) log.push({ rule: "unit-separator", from: rest.join("\n"), to: out[n - 1] });
    }
    return out;
  };
  const shared = measures.length !== n;
  const m = shared ? [measures.join("\n"), ...Array<string>(n - 1).fill("")] : measures;
  const t = spread(targets, "\n", false);
  const u = spread(units, "、", true);
  const h = spread(times, "、", false);
  return Array.from({ length: n }, (_, i) => ({
    measure: m[i],
    target: t[i],
    unit: u[i],
    time: h[i],
    ...(shared && i > 0 ? { sameMeasure: true } : {}),
  }));
}

export function parseSeed(text: string, id = "fujian1-liaoning-2021"): ParsedSeed {
  const repairs: Repair[] = [];
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const firstCell = lines.findIndex((l) => l.startsWith("\t"));
  if (firstCell < 0) throw new SeedFormatError("no table found");
  const pre = lines.slice(0, firstCell).filter((l) => l.trim() !== "");
  const headerIdx = pre.findIndex((l) => l.includes(HEADER_LABELS[0].label));
  if (headerIdx < 2) throw new SeedFormatError("title or header line missing");
  const label = repairLine(pre[0], repairs);
  const title = repairTitle(repairWrapped(pre.slice(1, headerIdx), repairs), repairs);
  const headerValues = parseHeaderLine(pre[headerIdx], repairs);

  const cells = splitCells(lines.slice(firstCell));
  const seqAt = cells.findIndex((c) => repairWrapped(c) === COLUMN_KEYS[0].title);
  if (seqAt < 1) throw new SeedFormatError("column header 序号 not found");
  const columnGroups = cells.slice(0, seqAt).map((c) => repairWrapped(c, repairs));
  const width = COLUMN_KEYS.length;
  const headerCells = cells.slice(seqAt, seqAt + width).map((c) => repairWrapped(c, repairs));
  const columns: ColumnDef[] = COLUMN_KEYS.map((k, i) => {
    if (headerCells[i] !== k.title)
      throw new SeedFormatError(`column ${i + 1} is "${headerCells[i]}", expected "${k.title}"`);
    const role = FILL_KEYS.has(k.key) ? "fill" : "official";
    return { key: k.key, title: k.title, role, group: role === "official" ? 0 : 1, width: k.width };
  });

  const body = cells.slice(seqAt + width);
  if (body.length % width !== 0)
    throw new SeedFormatError(`table body has ${body.length} cells, not a multiple of ${width}`);
  const groups: GroupDef[] = [];
  const tasks: TaskDef[] = [];
  const draft: Entries = {
    header: { unit: headerValues["单位（公章）"], contact: headerValues["联系人"], phone: headerValues["联系电话"] },
    rows: {},
  };
  for (let r = 0; r < body.length; r += width) {
    const row = body.slice(r, r + width);
    const seq = repairWrapped(row[0], repairs);
    if (!/^\d+$/.test(seq) || Number(seq) !== tasks.length + 1)
      throw new SeedFormatError(`row ${r / width + 1}: 序号 "${seq}" out of order`);
    const mainTask = repairWrapped(row[1], repairs);
    if (mainTask) groups.push({ title: mainTask });
    else if (!groups.length) throw new SeedFormatError(`task ${seq} has no 主要任务`);
    tasks.push({
      seq,
      group: groups.length - 1,
      content: repairWrapped(row[2], repairs),
      department: repairWrapped(row[3], repairs),
    });
    const rows = draftRows(row.slice(4), repairs);
    if (rows.some((m) => m.measure || m.target || m.unit || m.time)) draft.rows[seq] = rows;
  }
  return {
    form: {
      id,
      sheetName: label,
      label,
      title,
      headerFields: [...HEADER_LABELS],
      columnGroups,
      columns,
      groups,
      tasks,
      lists: defaultLists(draft),
    },
    draft,
    repairs,
  };
}

/** The default lists: a generic unit list (a starting point for any college) and the years the draft names. */
function defaultLists(draft: Entries): FormDef["lists"] {
  return { units: [...GENERIC_UNITS], times: yearsOf(draft) };
}
