/**
 * Reading: from a grid of cell values (as Excel returns them, starting at A1)
 * back to the college's entries, mapping every row to its task.
 */
import { cellAddress, parseCell } from "../plan/a1";
import { planLayout } from "../plan/layout";
import { CONTINUED } from "../plan/paper";
import { FORMER_MARK_TITLES, MARK_TITLE } from "../plan/rules";
import {
  isEmptyRow,
  type ColumnKey,
  type Entries,
  type FormDef,
  type HeaderValues,
  type MeasureRow,
} from "../form/types";

export type Cell = string | number | boolean | null | undefined;

export interface RowOwner {
  /** 0-based sheet row. */
  row: number;
  seq: string;
  /** Index of this row among its task's measure rows. */
  index: number;
}

export interface StrayRow {
  row: number;
  /** What the row's 序号 cell holds ("" when the row lies above every task). */
  seq: string;
  values: MeasureRow;
  /** What the row's 不涉及 cell holds: a mark outside every task is no task's mark. */
  mark: string;
}

export interface GridReading {
  /** False when no header row with the form's column titles was found. */
  recognised: boolean;
  headerRow: number;
  /** 0-based column of each form column, as found by its title. */
  columns: Partial<Record<ColumnKey, number>>;
  /** Column of the 不涉及 mark, or -1 when the sheet has none. */
  markCol: number;
  entries: Entries;
  owners: RowOwner[];
  /** Cells of the header line's values (单位（公章） …), by field. */
  headerCells: Partial<Record<keyof HeaderValues, string>>;
  /** Rows where a task starts (its 序号 cell), in sheet order, including repeats. */
  starts: Array<{ row: number; seq: string }>;
  /** Rows with text that belong to no task of the form; they must not be dropped. */
  strays: StrayRow[];
}

/** A cell's value as the text a user typed (numbers as Excel shows them in General format). */
export function cellValue(v: Cell): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

/** A cell's value without surrounding blanks, for matching labels and 序号. */
export function cellText(v: Cell): string {
  return cellValue(v).trim();
}

/** A 序号 cell's text with full-width forms folded (１２ → 12), as the Word reader reads 序号. */
export function seqText(v: Cell): string {
  return cellText(v).normalize("NFKC");
}

function findHeaderRow(
  form: FormDef,
  grid: Cell[][],
): { row: number; columns: Partial<Record<ColumnKey, number>> } | null {
  const limit = Math.min(grid.length, 40);
  for (let r = 0; r < limit; r++) {
    const texts = (grid[r] ?? []).map((v) => cellText(v).replace(/\s/g, ""));
    const columns: Partial<Record<ColumnKey, number>> = {};
    for (const c of form.columns) {
      const at = texts.indexOf(c.title);
      if (at >= 0) columns[c.key] = at;
    }
    if (Object.keys(columns).length === form.columns.length) return { row: r, columns };
  }
  return null;
}

/** The header line's values and the cells they are (or belong) in. */
function readHeader(
  form: FormDef,
  grid: Cell[][],
  above: number,
): { header: HeaderValues; cells: GridReading["headerCells"] } {
  const header: HeaderValues = { unit: "", contact: "", phone: "" };
  const cells: GridReading["headerCells"] = {};
  const labels = form.headerFields.map((f) => f.label);
  const planned = planLayout(form, () => 1).headerFields;
  for (let r = 0; r < above; r++) {
    const row = grid[r] ?? [];
    row.forEach((v, c) => {
      const text = cellText(v);
      const field = form.headerFields.find((f) => text.startsWith(f.label));
      if (!field || cells[field.key]) return;
      const inline = text
        .slice(field.label.length)
        .replace(/^[：:]/, "")
        .trim();
      if (inline) {
        header[field.key] = inline;
        cells[field.key] = cellAddress(r, c);
        return;
      }
      const place = planned.find((p) => p.field.key === field.key);
      cells[field.key] = cellAddress(r, c + (place ? place.valueCols[0] - place.labelCols[0] : 1));
      for (let k = c + 1; k < row.length; k++) {
        const next = cellText(row[k]);
        if (!next) continue;
        if (!labels.some((l) => next.startsWith(l))) {
          header[field.key] = next;
          cells[field.key] = cellAddress(r, k);
        }
        break;
      }
    });
  }
  return { header, cells };
}

/**
 * Rows (0-based) whose 具体举措 cell is covered by a merge that starts in an earlier row,
 * mapped to that row: the measure cell spans them, so they share its 具体举措.
 */
function continuedMeasureRows(merges: readonly string[], measureCol: number): Map<number, number> {
  const out = new Map<number, number>();
  for (const m of merges) {
    const [a, b = a] = m.replace(/^.*!/, "").replace(/\$/g, "").split(":");
    let p: { row: number; col: number };
    let q: { row: number; col: number };
    try {
      [p, q] = [parseCell(a), parseCell(b)];
    } catch {
      continue;
    }
    const [r0, r1] = [Math.min(p.row, q.row), Math.max(p.row, q.row)];
    if (Math.min(p.col, q.col) > measureCol || Math.max(p.col, q.col) < measureCol) continue;
    for (let r = r0 + 1; r <= r1; r++) out.set(r, r0);
  }
  return out;
}

/**
 * Reads a grid (values from A1). `merges` are the sheet's merged areas ("E8:E10"), when the
 * caller can know them: a 具体举措 cell merged over several rows makes the rows after the
 * first share it (sameMeasure). Without them every row stands alone.
 */
export function readGrid(form: FormDef, grid: Cell[][], merges: readonly string[] = []): GridReading {
  const found = findHeaderRow(form, grid);
  const entries: Entries = { header: { unit: "", contact: "", phone: "" }, rows: {} };
  if (!found)
    return {
      recognised: false,
      headerRow: -1,
      columns: {},
      markCol: -1,
      entries,
      headerCells: {},
      owners: [],
      starts: [],
      strays: [],
    };
  const { row: headerRow, columns } = found;
  const markCol = findMarkColumn(grid, headerRow);
  const marks: Record<string, string> = {};
  const { header, cells: headerCells } = readHeader(form, grid, headerRow);
  entries.header = header;
  const known = new Set(form.tasks.map((t) => t.seq));
  const owners: RowOwner[] = [];
  const starts: GridReading["starts"] = [];
  const strays: StrayRow[] = [];
  const at = (row: Cell[], key: ColumnKey) => cellValue(row[columns[key] as number]);
  const continued = continuedMeasureRows(merges, columns.measure as number);
  const ownerOf = new Map<number, string>();
  let current = "";
  let end = grid.length;
  while (end > headerRow + 1 && (grid[end - 1] ?? []).every((v) => cellText(v) === "")) end--;
  for (let r = headerRow + 1; r < end; r++) {
    const row = grid[r] ?? [];
    const seq = seqText(row[columns.seq as number]);
    const values: MeasureRow = {
      measure: at(row, "measure"),
      target: at(row, "target"),
      unit: at(row, "unit"),
      time: at(row, "time"),
    };
    // A task taller than a page continues on the next with its 序号 marked (src/plan/paper.ts).
    const continues = current !== "" && seq === `${current}${CONTINUED}`.normalize("NFKC");
    if (seq && !continues) {
      current = known.has(seq) ? seq : "";
      if (current) starts.push({ row: r, seq });
    }
    const mark = markCol >= 0 ? cellText(row[markCol]) : "";
    if (current && mark && !marks[current]) marks[current] = mark;
    if (!current) {
      if (seq || !isEmptyRow(values) || mark) strays.push({ row: r, seq, values, mark });
      continue;
    }
    const list = (entries.rows[current] ??= []);
    const anchor = continued.get(r);
    if (anchor !== undefined && list.length > 0 && ownerOf.get(anchor) === current) values.sameMeasure = true;
    ownerOf.set(r, current);
    owners.push({ row: r, seq: current, index: list.length });
    list.push(values);
  }
  if (Object.keys(marks).length) entries.marks = marks;
  return { recognised: true, headerRow, columns, markCol, entries, headerCells, owners, starts, strays };
}

/** The mark column's title sits in the header row or, merged, in the row above it. */
function findMarkColumn(grid: Cell[][], headerRow: number): number {
  for (const r of [headerRow, headerRow - 1]) {
    // Blanks removed: the title may be broken over two lines for print ("不涉及\n（注明原因）").
    const titles = [MARK_TITLE, ...FORMER_MARK_TITLES];
    const at = (grid[r] ?? []).findIndex((v) => titles.includes(cellText(v).replace(/\s/g, "")));
    if (at >= 0) return at;
  }
  return -1;
}

/** Entries without tasks whose only rows are empty, and without trailing empty rows. */
export function compactEntries(entries: Entries): Entries {
  const rows: Record<string, MeasureRow[]> = {};
  for (const [seq, list] of Object.entries(entries.rows)) {
    const kept = [...list];
    while (kept.length && isEmptyRow(kept[kept.length - 1])) kept.pop();
    if (kept.length) rows[seq] = kept;
  }
  const out: Entries = { header: { ...entries.header }, rows };
  if (entries.marks && Object.keys(entries.marks).length) out.marks = { ...entries.marks };
  return out;
}
