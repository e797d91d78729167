/**
 * Where everything of a form sits on its sheet: a pure function of the form
 * and of how many measure rows each task has.
 */
import type { ColumnKey, FormDef, HeaderFieldDef } from "../form/types";

export interface TaskPlace {
  seq: string;
  /** 0-based sheet row of the task's first measure row. */
  firstRow: number;
  rowCount: number;
}

export interface HeaderFieldPlace {
  field: HeaderFieldDef;
  row: number;
  /** Columns (inclusive) of the label and of the fill-in cell. */
  labelCols: [number, number];
  valueCols: [number, number];
}

export interface SheetLayout {
  /** The form's own columns; the mark and key columns follow them. */
  columnCount: number;
  /** Column of the 不涉及 mark (printed beside the form's columns). */
  markCol: number;
  /** Hidden column holding each row's task 序号, for the highlight formulas. */
  keyCol: number;
  /** Columns of the measure row a college fills in. */
  fillCols: number[];
  col: Record<ColumnKey, number>;
  labelRow: number;
  titleRow: number;
  headerFieldRow: number;
  groupHeaderRow: number;
  columnHeaderRow: number;
  firstTaskRow: number;
  /** 0-based index of the last row of the table. */
  lastRow: number;
  tasks: TaskPlace[];
  groups: Array<{ group: number; firstRow: number; lastRow: number }>;
  headerFields: HeaderFieldPlace[];
}

/** Splits the columns into one segment per header field, each with a label and a value part. */
function placeHeaderFields(form: FormDef, row: number): HeaderFieldPlace[] {
  const widths = form.columns.map((c) => c.width);
  const total = widths.reduce((a, b) => a + b, 0);
  const n = form.headerFields.length;
  const cum: number[] = [];
  widths.reduce((acc, w, i) => (cum[i] = acc + w), 0);
  const ends: number[] = [];
  for (let i = 1; i < n; i++) {
    const target = (total * i) / n;
    let best = -1;
    for (let c = 0; c < widths.length; c++) {
      const prev = ends.length ? ends[ends.length - 1] : -1;
      if (c <= prev + 1 || c >= widths.length - 2 * (n - i)) continue;
      if (best < 0 || Math.abs(cum[c] - target) < Math.abs(cum[best] - target)) best = c;
    }
    ends.push(best);
  }
  ends.push(widths.length - 1);
  let start = 0;
  return form.headerFields.map((field, i) => {
    const end = ends[i];
    let labelEnd = start;
    let w = widths[start];
    while (w < field.label.length + 1 && labelEnd < end - 1) w += widths[++labelEnd];
    const place: HeaderFieldPlace = { field, row, labelCols: [start, labelEnd], valueCols: [labelEnd + 1, end] };
    start = end + 1;
    return place;
  });
}

export function planLayout(form: FormDef, rowsPerTask: (seq: string) => number): SheetLayout {
  const col = {} as Record<ColumnKey, number>;
  form.columns.forEach((c, i) => (col[c.key] = i));
  const firstTaskRow = 5;
  const tasks: TaskPlace[] = [];
  let row = firstTaskRow;
  for (const t of form.tasks) {
    const rowCount = Math.max(1, rowsPerTask(t.seq));
    tasks.push({ seq: t.seq, firstRow: row, rowCount });
    row += rowCount;
  }
  const groups: SheetLayout["groups"] = [];
  form.tasks.forEach((t, i) => {
    const place = tasks[i];
    const last = groups[groups.length - 1];
    if (last && last.group === t.group) last.lastRow = place.firstRow + place.rowCount - 1;
    else groups.push({ group: t.group, firstRow: place.firstRow, lastRow: place.firstRow + place.rowCount - 1 });
  });
  return {
    columnCount: form.columns.length,
    markCol: form.columns.length,
    keyCol: form.columns.length + 1,
    fillCols: form.columns.map((c, i) => (c.role === "fill" ? i : -1)).filter((i) => i >= 0),
    col,
    labelRow: 0,
    titleRow: 1,
    headerFieldRow: 2,
    groupHeaderRow: 3,
    columnHeaderRow: 4,
    firstTaskRow,
    lastRow: row - 1,
    tasks,
    groups,
    headerFields: placeHeaderFields(form, 2),
  };
}
