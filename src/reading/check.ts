/**
 * 检查完整性: from a grid of values to findings and a summary. Pure; the add-in
 * and the command line run this same code.
 */
import { isEmptyRow, type FormDef, type Lists, type MeasureRow } from "../form/types";
import { cellAddress } from "../plan/a1";
import { cellText, readGrid, type Cell, type GridReading } from "./read-grid";
import { didYouMean, dropsMonth, hasForeignSeparators, joinUnits, yearOf } from "./normalise-values";
import { excerptOf } from "./excerpt";
import { splitByLines, type LineSplit } from "./line-split";

export { excerptOf };

export type Severity = "error" | "warning" | "info";

export type FindingKind =
  | "not-form"
  | "no-measure"
  | "assigned"
  | "missing-target"
  | "missing-unit"
  | "missing-time"
  | "measure-empty"
  | "blank-row"
  | "unit-separator"
  | "rule-missing"
  | "unknown-unit"
  | "unknown-time"
  | "official-changed"
  | "task-missing"
  | "task-duplicate"
  | "task-order"
  | "stray-row"
  | "header-empty"
  | "header-malformed"
  | "not-applicable"
  | "marked-with-measures"
  | "mark-spilled"
  | "unit-lines"
  | "time-lines"
  | "no-unit-list"
  | "mark-no-reason";

export const SEVERITY: Record<FindingKind, Severity> = {
  "not-form": "error",
  "no-measure": "error",
  // Assigned to a unit but no measure yet: as unfinished as a task with nothing, so it blocks too.
  assigned: "error",
  "missing-target": "error",
  "missing-unit": "error",
  "missing-time": "error",
  "measure-empty": "warning",
  "blank-row": "warning",
  "unit-separator": "error",
  "rule-missing": "warning",
  "unknown-unit": "error",
  "unknown-time": "error",
  "official-changed": "error",
  "task-missing": "error",
  "task-duplicate": "error",
  "task-order": "error",
  "stray-row": "error",
  "header-empty": "error",
  "header-malformed": "error",
  "not-applicable": "info",
  "marked-with-measures": "error",
  "mark-spilled": "error",
  "unit-lines": "error",
  "time-lines": "error",
  "no-unit-list": "info",
  "mark-no-reason": "error",
};

export interface Fix {
  address: string;
  value: string;
}

export interface Finding {
  kind: FindingKind;
  severity: Severity;
  /** Task 序号, when the finding belongs to a task. */
  seq?: string;
  /** A short excerpt of the task's 任务内容. */
  excerpt?: string;
  /** The cell to select, e.g. "G12" (on the form's sheet). */
  address?: string;
  /** Kind-specific details: the value found, a suggestion, the field. */
  detail?: Record<string, string>;
  fix?: Fix;
  /**
   * Fixes the user chooses between (they undo each other's intent, so none is applied in bulk),
   * e.g. for a task marked 不涉及 that has measures: clear the mark, or clear the measures.
   */
  choices?: FixChoice[];
}

export interface FixChoice {
  /**
   * join-units: the lines of a unit cell become one joint unit (each name once). split-lines: the row becomes one
   * row per line (`split`; rows are inserted, not only cells written). edit: the user writes it (the cell is
   * selected; no fixes).
   */
  id: "clear-mark" | "clear-measures" | "join-units" | "split-lines" | "edit";
  fixes: Fix[];
  split?: LineSplit;
}

/** A fix that loses information (the month of 2022.12 → 2022年) is applied only one at a time, by choice. */
export function needsConsent(f: Finding): boolean {
  return f.detail?.dropsMonth === "1";
}

export interface GroupSummary {
  title: string;
  total: number;
  withMeasures: number;
  notApplicable: number;
}

export interface UnitSummary {
  unit: string;
  /** Measure rows this unit leads (named first). */
  leads: number;
  /** Of those, rows still missing 完成目标 or 完成时间. */
  incomplete: number;
}

export interface Summary {
  total: number;
  withMeasures: number;
  withoutMeasures: number;
  notApplicable: number;
  groups: GroupSummary[];
  units: UnitSummary[];
  errors: number;
  warnings: number;
  /** True when nothing blocking remains: 可以提交. */
  ready: boolean;
  /** When only one unit's tasks were checked (a unit's file, src/relay/scope.ts): that unit and their number. */
  scope?: { unit: string; tasks: number };
}

export interface CheckResult {
  findings: Finding[];
  summary: Summary;
  /**
   * The units named in each measure row, by the row number of the findings' addresses (1-based, as in "G12"),
   * so a list can show only one unit's rows. Absent where addresses are not sheet cells (Word drafts).
   */
  rowUnits?: Record<number, string[]>;
}

/** The 1-based row of a finding's address ("G12" → 12), or null. */
export function findingRow(f: Finding): number | null {
  const m = f.address ? /^[A-Z]+(\d+)$/.exec(f.address) : null;
  return m ? Number(m[1]) : null;
}

/** Whether a finding is about a measure row that names `unit` (alone or among joint units). */
export function concernsUnit(result: CheckResult, f: Finding, unit: string): boolean {
  const row = findingRow(f);
  return row !== null && (result.rowUnits?.[row] ?? []).includes(unit);
}

function unitsByRow(reading: GridReading): Record<number, string[]> {
  const out: Record<number, string[]> = {};
  for (const o of reading.owners) {
    const unit = reading.entries.rows[o.seq]?.[o.index]?.unit ?? "";
    const parts = joinUnits(unit).split("、").filter(Boolean);
    if (parts.length) out[o.row + 1] = parts;
  }
  return out;
}

const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^(0\d{2,3})[-—－ ]?\d{7,8}([-—－转]\d{1,6})?$/;

/** Whether a task's rows hold a measure (a 具体举措 or a 完成目标): what "有举措" counts. */
export function hasMeasure(rows: readonly MeasureRow[] | undefined): boolean {
  return !!rows && rows.some((r) => r.measure.trim() !== "" || r.target.trim() !== "");
}

export interface CheckOptions {
  /**
   * Rows (0-based) the sheet hides, when the caller can know them (a file's reader does; the pane does not):
   * a visible empty row under a task's measures then gets a blank-row reminder, as it prints as an empty row.
   */
  hiddenRows?: readonly number[];
  /**
   * There is no list to check units against (a Word draft carries none): units are not looked up, only
   * their separators checked.
   */
  noUnitList?: boolean;
}

/** `merges`: the sheet's merged areas where known, so a 具体举措 spanning several rows counts for each of them. */
export function checkGrid(
  form: FormDef,
  grid: Cell[][],
  lists: Lists = form.lists,
  merges: readonly string[] = [],
  options: CheckOptions = {},
): CheckResult {
  const reading = readGrid(form, grid, merges);
  const findings: Finding[] = [];
  if (!reading.recognised) {
    findings.push({ kind: "not-form", severity: "error", detail: { sheet: form.sheetName } });
    return { findings, summary: summarise(form, reading, findings, new Set()) };
  }
  const taskOf = new Map(form.tasks.map((t) => [t.seq, t]));
  const add = (f: Omit<Finding, "severity">) => {
    const task = f.seq ? taskOf.get(f.seq) : undefined;
    findings.push({ ...f, severity: SEVERITY[f.kind], ...(task ? { excerpt: excerptOf(task.content) } : {}) });
  };
  checkHeader(form, reading, add);
  checkStructure(form, reading, add);
  checkOfficialText(form, grid, reading, add);
  const marked = new Set(Object.keys(reading.entries.marks ?? {}));
  checkRows(form, grid, reading, options.noUnitList ? null : lists, marked, add, lists.times);
  if (options.hiddenRows) checkBlankRows(reading, new Set(options.hiddenRows), add);
  return { findings, summary: summarise(form, reading, findings, marked), rowUnits: unitsByRow(reading) };
}

type Add = (f: Omit<Finding, "severity">) => void;

function checkHeader(form: FormDef, reading: GridReading, add: Add): void {
  const header = reading.entries.header;
  for (const field of form.headerFields) {
    const value = header[field.key].trim();
    const address = reading.headerCells[field.key];
    if (!value) add({ kind: "header-empty", address, detail: { field: field.label } });
    else if (field.key === "phone" && !MOBILE.test(value) && !LANDLINE.test(value))
      add({ kind: "header-malformed", address, detail: { field: field.label, value } });
  }
}

function checkStructure(form: FormDef, reading: GridReading, add: Add): void {
  const seen = new Map<string, number>();
  const order = new Map(form.tasks.map((t, i) => [t.seq, i]));
  let lastIndex = -1;
  const seqCol = reading.columns.seq as number;
  for (const s of reading.starts) {
    if (seen.has(s.seq))
      add({
        kind: "task-duplicate",
        seq: s.seq,
        address: cellAddress(s.row, seqCol),
        detail: { first: String((seen.get(s.seq) as number) + 1) },
      });
    else {
      seen.set(s.seq, s.row);
      const i = order.get(s.seq) as number;
      if (i < lastIndex) add({ kind: "task-order", seq: s.seq, address: cellAddress(s.row, seqCol) });
      lastIndex = Math.max(lastIndex, i);
    }
  }
  for (const t of form.tasks) if (!seen.has(t.seq)) add({ kind: "task-missing", seq: t.seq });
  for (const s of reading.strays)
    add({
      kind: "stray-row",
      address: cellAddress(s.row, seqCol),
      detail: {
        value:
          [s.seq, s.values.measure, s.values.target, s.values.unit, s.values.time, s.mark].find((v) => v.trim()) ?? "",
      },
    });
}

function checkOfficialText(form: FormDef, grid: Cell[][], reading: GridReading, add: Add): void {
  const { columns } = reading;
  const groupStart = new Map<number, number>();
  for (const s of reading.starts) {
    const task = form.tasks.find((t) => t.seq === s.seq);
    if (!task) continue;
    const row = grid[s.row] ?? [];
    const expect = (key: "content" | "department", official: string) => {
      const c = columns[key] as number;
      if (cellText(row[c]) !== official)
        add({
          kind: "official-changed",
          seq: s.seq,
          address: cellAddress(s.row, c),
          detail: { found: cellText(row[c]), official },
          fix: { address: cellAddress(s.row, c), value: official },
        });
    };
    expect("content", task.content);
    expect("department", task.department);
    if (!groupStart.has(task.group)) {
      groupStart.set(task.group, s.row);
      const c = columns.mainTask as number;
      const official = form.groups[task.group].title;
      const found = cellText(row[c]);
      if (found !== official)
        add({
          kind: "official-changed",
          seq: s.seq,
          address: cellAddress(s.row, c),
          detail: { found, official },
          fix: { address: cellAddress(s.row, c), value: official },
        });
    }
  }
}

function checkRows(
  form: FormDef,
  grid: Cell[][],
  reading: GridReading,
  /** null: no unit list to check against. */
  lists: Lists | null,
  marked: Set<string>,
  add: Add,
  timeList: readonly string[],
): void {
  const { columns } = reading;
  const units = new Set(lists?.units ?? []);
  const times = new Set(timeList);
  const at = (row: number, key: "measure" | "target" | "unit" | "time") => cellAddress(row, columns[key] as number);
  const byTask = new Map<string, number[]>();
  for (const o of reading.owners) byTask.set(o.seq, [...(byTask.get(o.seq) ?? []), o.row]);
  for (const t of form.tasks) {
    const rows = reading.entries.rows[t.seq];
    const sheetRows = byTask.get(t.seq) ?? [];
    if (marked.has(t.seq)) {
      checkMarked(grid, reading, lists ?? { units: [], times: [...timeList] }, t.seq, rows ?? [], sheetRows, add);
      checkMarkReason(reading, t.seq, sheetRows, add);
      add({
        kind: "not-applicable",
        seq: t.seq,
        address: sheetRows.length ? cellAddress(sheetRows[0], reading.markCol) : undefined,
        detail: { reason: reading.entries.marks?.[t.seq] ?? "" },
      });
      continue;
    }
    // No measure and no target: one finding for the task — assigned to a unit (the coordinator's 分工) or not.
    const started = hasMeasure(rows);
    if (!started && sheetRows.length) {
      const assignedTo = [...new Set((rows ?? []).flatMap((r) => joinUnits(r.unit).split("、").filter(Boolean)))];
      if (assignedTo.length)
        add({
          kind: "assigned",
          seq: t.seq,
          address: at(sheetRows[0], "measure"),
          detail: { unit: assignedTo.join("、") },
        });
      else add({ kind: "no-measure", seq: t.seq, address: at(sheetRows[0], "measure") });
    }
    (rows ?? []).forEach((r, i) => {
      const row = sheetRows[i];
      // A row under a shared 具体举措 has none of its own; the shared one is checked once, on its first row.
      if (!r.sameMeasure && !r.measure.trim() && sharedTargets(rows ?? [], i))
        add({ kind: "measure-empty", seq: t.seq, address: at(row, "measure") });
      const filled = [r.measure, r.target, r.unit, r.time].some((v) => v.trim() !== "");
      if (!filled) return;
      // What is missing in a row counts once the task has begun (a measure or a target somewhere).
      // Only separators (",", "、") name no unit: missing, not an unknown unit called "".
      const named = joinUnits(r.unit) !== "";
      if (started && !r.target.trim()) add({ kind: "missing-target", seq: t.seq, address: at(row, "target") });
      if (started && !named) add({ kind: "missing-unit", seq: t.seq, address: at(row, "unit") });
      if (started && !r.time.trim()) add({ kind: "missing-time", seq: t.seq, address: at(row, "time") });
      // Several lines in one cell that do not line up with the targets: the user says what they mean.
      if (named && /[\r\n]/.test(r.unit.trim())) checkLines("unit", r, t.seq, i, at(row, "unit"), add);
      else if (named) checkUnit(r.unit, t.seq, at(row, "unit"), units, lists?.units ?? null, add);
      if (/[\r\n]/.test(r.time.trim())) checkLines("time", r, t.seq, i, at(row, "time"), add);
      else if (r.time.trim() && !times.has(r.time)) {
        const year = yearOf(r.time);
        const fix = year && times.has(year) ? { address: at(row, "time"), value: year } : undefined;
        add({
          kind: "unknown-time",
          seq: t.seq,
          address: at(row, "time"),
          detail: {
            value: r.time,
            ...(fix ? { suggestion: fix.value } : {}),
            ...(fix && dropsMonth(r.time) ? { dropsMonth: "1" } : {}),
          },
          ...(fix ? { fix } : {}),
        });
      }
    });
  }
}

/**
 * Empty rows a task shows beside its filled ones: they print as blank rows of the form (in the standard file,
 * spare rows shown with 取消隐藏 and left unused), or a first row left empty above filled ones. A task marked
 * 不涉及 has its own findings, hidden rows are quiet.
 */
function checkBlankRows(reading: GridReading, hidden: ReadonlySet<number>, add: Add): void {
  const marks = reading.entries.marks ?? {};
  for (const o of reading.owners) {
    const rows = reading.entries.rows[o.seq] ?? [];
    const row = rows[o.index];
    if (!row || !isEmptyRow(row) || row.sameMeasure || hidden.has(o.row) || marks[o.seq]) continue;
    // A task with nothing filled: its first row is no-measure's business (its extra rows still print blank).
    if (o.index === 0 && rows.every(isEmptyRow)) continue;
    add({ kind: "blank-row", seq: o.seq, address: cellAddress(o.row, reading.columns.measure as number) });
  }
}

/** Whether row i, or a row after it sharing its 具体举措, has a 完成目标. */
function sharedTargets(rows: MeasureRow[], i: number): boolean {
  for (let k = i; k < rows.length && (k === i || rows[k].sameMeasure); k++) if (rows[k].target.trim()) return true;
  return false;
}

const FILL_KEYS = ["measure", "target", "unit", "time"] as const;

/**
 * A task marked 不涉及 must have no measures. Text in the mark column that belongs to the form's own
 * columns (a listed unit or time, a year), or that sits below the task's first row, is a wide paste
 * spilled one column too far (mark-spilled: clear that cell). Otherwise, when the task has a 具体举措 or a
 * 完成目标, it is a contradiction the user settles: clear the mark, or clear the measures.
 */
function checkMarked(
  grid: Cell[][],
  reading: GridReading,
  lists: Lists,
  seq: string,
  rows: MeasureRow[],
  sheetRows: number[],
  add: Add,
) {
  const filledRows = sheetRows.filter((_, i) => rows[i] && FILL_KEYS.some((k) => rows[i][k].trim() !== ""));
  if (!filledRows.length) return;
  const textAt = (row: number) => cellText(grid[row]?.[reading.markCol]).trim();
  const markCells = sheetRows.filter((row) => textAt(row) !== "");
  const looksSpilled = (row: number) => {
    const v = textAt(row);
    const units = joinUnits(v).split("、");
    return (
      row !== sheetRows[0] ||
      lists.times.includes(v) ||
      yearOf(v) !== null ||
      units.every((u) => lists.units.includes(u))
    );
  };
  if (markCells.every(looksSpilled)) {
    for (const row of markCells) {
      const address = cellAddress(row, reading.markCol);
      add({ kind: "mark-spilled", seq, address, detail: { value: textAt(row) }, fix: { address, value: "" } });
    }
    return;
  }
  // A unit or a time alone (a task assigned, as a unit's file hands it out) is no measure to contradict the mark.
  if (!hasMeasure(rows)) return;
  const clear = (row: number, c: number): Fix => ({ address: cellAddress(row, c), value: "" });
  add({
    kind: "marked-with-measures",
    seq,
    address: cellAddress(markCells[0] ?? sheetRows[0], reading.markCol),
    detail: { reason: reading.entries.marks?.[seq] ?? "", rows: String(filledRows.length) },
    choices: [
      { id: "clear-mark", fixes: markCells.map((row) => clear(row, reading.markCol)) },
      {
        id: "clear-measures",
        fixes: filledRows.flatMap((row) =>
          FILL_KEYS.map((k) => reading.columns[k] as number)
            .filter((c) => cellText(grid[row]?.[c]).trim() !== "")
            .map((c) => clear(row, c)),
        ),
      },
    ],
  });
}

/**
 * A unit or time cell holding several lines (a draft's paragraphs that did not line up with its targets): never
 * joined blindly. The user chooses: for units, one joint unit (each name once); split the row by lines (one row
 * per line, each with its unit and time; nothing lost, nothing joined: src/reading/line-split.ts); or edit it.
 */
function checkLines(
  field: "unit" | "time",
  row: MeasureRow,
  seq: string,
  index: number,
  address: string,
  add: Add,
): void {
  const value = row[field];
  const lines = value
    .split(/[\r\n]+/)
    .map((l) => l.trim())
    .filter(Boolean);
  const joined = joinUnits(value);
  const rows = splitByLines(row);
  const choices: FixChoice[] = [
    ...(field === "unit" ? [{ id: "join-units" as const, fixes: [{ address, value: joined }] }] : []),
    ...(rows ? [{ id: "split-lines" as const, fixes: [], split: { seq, index, from: { ...row }, rows } }] : []),
    { id: "edit", fixes: [] },
  ];
  add({
    kind: field === "unit" ? "unit-lines" : "time-lines",
    seq,
    address,
    detail: {
      value,
      lines: String(lines.length),
      shown: lines.join(" / "),
      targets: String(row.target.split(/[\r\n]+/).filter((l) => l.trim()).length),
      ...(rows ? { rows: String(rows.length) } : {}),
      ...(field === "unit" ? { joined } : {}),
    },
    choices,
  });
}

/** A 不涉及 mark must say why: an empty reason, or one saying only 不涉及, is not one. */
function checkMarkReason(reading: GridReading, seq: string, sheetRows: number[], add: Add): void {
  const reason = (reading.entries.marks?.[seq] ?? "").replace(/[\s：:，,。.（）()]/g, "");
  if (reason && reason !== "不涉及") return;
  add({
    kind: "mark-no-reason",
    seq,
    address: sheetRows.length ? cellAddress(sheetRows[0], reading.markCol) : undefined,
  });
}

function checkUnit(
  value: string,
  seq: string,
  address: string,
  units: Set<string>,
  /** null: no list (units not looked up). */
  list: string[] | null,
  add: Add,
): void {
  const joined = joinUnits(value);
  const parts = joined.split("、");
  const unknown = list ? parts.filter((p) => !units.has(p)) : [];
  if (!unknown.length) {
    if (joined !== value)
      add({
        kind: "unit-separator",
        seq,
        address,
        detail: { value, suggestion: joined },
        fix: { address, value: joined },
      });
    return;
  }
  const guesses = unknown.map((u) => [u, didYouMean(u, list ?? [])] as const);
  const fixable = guesses.every(([, g]) => g !== null);
  const suggestion = fixable ? parts.map((p) => guesses.find(([u]) => u === p)?.[1] ?? p).join("、") : undefined;
  add({
    kind: "unknown-unit",
    seq,
    address,
    detail: {
      value,
      unknown: unknown.join("、"),
      ...(suggestion ? { suggestion } : {}),
      ...(hasForeignSeparators(value) ? { separators: "1" } : {}),
    },
    ...(suggestion ? { fix: { address, value: suggestion } } : {}),
  });
}

function summarise(form: FormDef, reading: GridReading, findings: Finding[], marked: Set<string>): Summary {
  const rows = reading.entries.rows;
  const withMeasure = (seq: string) => !marked.has(seq) && hasMeasure(rows[seq]);
  const groups: GroupSummary[] = form.groups.map((g, i) => {
    const tasks = form.tasks.filter((t) => t.group === i);
    return {
      title: g.title,
      total: tasks.length,
      withMeasures: tasks.filter((t) => withMeasure(t.seq)).length,
      notApplicable: tasks.filter((t) => marked.has(t.seq)).length,
    };
  });
  const unitMap = new Map<string, UnitSummary>();
  for (const [seq, list] of Object.entries(rows)) {
    if (marked.has(seq)) continue;
    for (const r of list) {
      const lead = joinUnits(r.unit).split("、")[0];
      if (!lead) continue;
      const u = unitMap.get(lead) ?? { unit: lead, leads: 0, incomplete: 0 };
      u.leads++;
      if (!r.target.trim() || !r.time.trim()) u.incomplete++;
      unitMap.set(lead, u);
    }
  }
  const withMeasures = form.tasks.filter((t) => withMeasure(t.seq)).length;
  const notApplicable = form.tasks.filter((t) => marked.has(t.seq)).length;
  const errors = findings.filter((f) => f.severity === "error").length;
  return {
    total: form.tasks.length,
    withMeasures,
    withoutMeasures: form.tasks.length - withMeasures - notApplicable,
    notApplicable,
    groups,
    units: [...unitMap.values()].sort((a, b) => b.leads - a.leads),
    errors,
    warnings: findings.filter((f) => f.severity === "warning").length,
    ready: reading.recognised && errors === 0,
  };
}
