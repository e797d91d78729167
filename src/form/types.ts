/** A form definition: 附件1 (or any other form of the same shape) as data. */

/** Official columns are fixed by the province; fill columns are written by the college. */
export type ColumnRole = "official" | "fill";

/** What a column means to the code. Exactly one column has each key. */
export type ColumnKey = "seq" | "mainTask" | "content" | "department" | "measure" | "target" | "unit" | "time";

export interface ColumnDef {
  key: ColumnKey;
  /** Header text as printed, e.g. "责任单位（部门）". */
  title: string;
  role: ColumnRole;
  /** Index into FormDef.columnGroups. */
  group: number;
  /** Column width in characters of the body font. */
  width: number;
}

/** One field of the line under the title, e.g. 单位（公章）. */
export interface HeaderFieldDef {
  key: "unit" | "contact" | "phone";
  label: string;
}

export interface TaskDef {
  /** 序号 as printed ("1" … "54"). */
  seq: string;
  /** Index into FormDef.groups. */
  group: number;
  /** 任务内容. */
  content: string;
  /** 责任部门 (provincial). */
  department: string;
}

export interface GroupDef {
  /** 主要任务. */
  title: string;
}

export interface FormDef {
  /** Identifies the form inside a workbook (stored with it). */
  id: string;
  /** Sheet name, e.g. "附件1". */
  sheetName: string;
  /** First-row label, e.g. "附件1". */
  label: string;
  title: string;
  headerFields: HeaderFieldDef[];
  columnGroups: string[];
  columns: ColumnDef[];
  groups: GroupDef[];
  tasks: TaskDef[];
  /** Default lists for the dropdowns. */
  lists: Lists;
}

/** One measure row written by the college. */
export interface MeasureRow {
  measure: string;
  target: string;
  unit: string;
  time: string;
  /**
   * This row is one more 完成目标 under the 具体举措 of the row above (as in the Word table, where
   * one measure cell spans several target lines); its own `measure` is then "". Absent = false.
   */
  sameMeasure?: boolean;
}

export interface HeaderValues {
  unit: string;
  contact: string;
  phone: string;
}

/** What the college has written: the header line and the measure rows of each task. */
export interface Entries {
  header: HeaderValues;
  /** Keyed by task seq; a task without key has one empty row. */
  rows: Record<string, MeasureRow[]>;
  /** Tasks marked 不涉及 (not applicable), with the reason given. */
  marks?: Record<string, string>;
}

/** The dropdown lists a college controls; they travel with the workbook. */
export interface Lists {
  units: string[];
  times: string[];
}

export const EMPTY_ROW: MeasureRow = Object.freeze({ measure: "", target: "", unit: "", time: "" });

export function isEmptyRow(r: MeasureRow): boolean {
  return !r.measure && !r.target && !r.unit && !r.time;
}

/** The 具体举措 each row stands under: its own, or for a sameMeasure row that of the row it continues. */
export function effectiveMeasures(rows: readonly MeasureRow[]): string[] {
  const out: string[] = [];
  rows.forEach((r, i) => out.push(r.sameMeasure && i > 0 ? out[i - 1] : r.measure));
  return out;
}
