/**
 * The official Word table of a form, as rows of cells: which text each cell
 * holds, which cells continue a vertical merge, which span several columns.
 * Pure; src/word/write-docx.ts renders it with the `docx` package.
 */
import { isEmptyRow, type ColumnKey, type Entries, type FormDef, type MeasureRow } from "../form/types";

/** The word a 不涉及 task shows in its fill cells, followed by "：" and the reason. */
export const NOT_APPLICABLE = "不涉及";
const MARK_SEPARATOR = "：";

export type Merge = "none" | "restart" | "continue";

export interface WordCell {
  text: string;
  /** Number of grid columns the cell spans. */
  span: number;
  merge: Merge;
  /** The form column of the cell's first grid column. */
  key: ColumnKey;
}

export interface WordTable {
  /** Relative widths of the grid columns (the form's column widths). */
  widths: number[];
  /** The two header rows (column groups, then column titles). */
  header: WordCell[][];
  body: WordCell[][];
}

/** What a 不涉及 mark reads as in the fill cells: "不涉及：reason" (a reason already saying 不涉及 is kept as it is). */
export function markText(reason: string): string {
  return reason.startsWith(NOT_APPLICABLE) ? reason : `${NOT_APPLICABLE}${MARK_SEPARATOR}${reason}`;
}

/** The reason of a 不涉及 text written by markText (or typed in a draft: "不涉及（…）" stays whole). */
export function reasonOf(text: string): string {
  const prefix = `${NOT_APPLICABLE}${MARK_SEPARATOR}`;
  return text.startsWith(prefix) && text.length > prefix.length ? text.slice(prefix.length) : text;
}

type Item = { kind: "mark"; reason: string } | { kind: "row"; row: MeasureRow };

/** What a task shows in its fill columns, one item per Word row. */
function itemsOf(entries: Entries, seq: string): Item[] {
  const rows = [...(entries.rows[seq] ?? [])];
  while (rows.length && isEmptyRow(rows[rows.length - 1])) rows.pop();
  const mark = entries.marks?.[seq];
  const items: Item[] = rows.map((row) => ({ kind: "row", row }));
  if (mark) return [{ kind: "mark", reason: mark }, ...items];
  return items.length ? items : [{ kind: "row", row: { measure: "", target: "", unit: "", time: "" } }];
}

export function wordTable(form: FormDef, entries: Entries): WordTable {
  const keys = form.columns.map((c) => c.key);
  const fillKeys = form.columns.filter((c) => c.role === "fill").map((c) => c.key);
  const cell = (key: ColumnKey, text: string, merge: Merge = "none", span = 1): WordCell => ({
    key,
    text,
    merge,
    span,
  });

  const groupsRow: WordCell[] = [];
  form.columns.forEach((c, i) => {
    const last = groupsRow[groupsRow.length - 1];
    if (i > 0 && form.columns[i - 1].group === c.group && last) last.span++;
    else groupsRow.push(cell(c.key, form.columnGroups[c.group]));
  });
  const titlesRow = form.columns.map((c) => cell(c.key, c.title));

  const body: WordCell[][] = [];
  const itemsByTask = form.tasks.map((t) => itemsOf(entries, t.seq));
  const groupSizes = new Map<number, number>();
  form.tasks.forEach((t, i) => groupSizes.set(t.group, (groupSizes.get(t.group) ?? 0) + itemsByTask[i].length));
  const groupRows = new Map<number, number>();
  form.tasks.forEach((t, i) => {
    const items = itemsByTask[i];
    items.forEach((item, k) => {
      const official = (key: ColumnKey, text: string, first: boolean, many: boolean) =>
        cell(key, first ? text : "", first ? (many ? "restart" : "none") : "continue");
      const row: WordCell[] = [];
      const groupFirst = !groupRows.has(t.group);
      const groupSize = groupSizes.get(t.group) ?? 1;
      for (const key of keys) {
        if (key === "seq") row.push(official(key, t.seq, k === 0, items.length > 1));
        else if (key === "mainTask")
          row.push(official(key, form.groups[t.group].title, groupFirst && k === 0, groupSize > 1));
        else if (key === "content") row.push(official(key, t.content, k === 0, items.length > 1));
        else if (key === "department") row.push(official(key, t.department, k === 0, items.length > 1));
        else if (item.kind === "mark") {
          if (key === fillKeys[0]) row.push(cell(key, markText(item.reason), "none", fillKeys.length));
        } else {
          const r = item.row;
          if (key === "measure") {
            const next = items[k + 1];
            // A shared measure merges down; a row that still holds its own text keeps it (nothing dropped).
            const shares = (x: Item | undefined) => x?.kind === "row" && x.row.sameMeasure === true && !x.row.measure;
            const continues = k > 0 && shares(item) && items[k - 1].kind === "row";
            const restarts = shares(next);
            row.push(cell(key, continues ? "" : r.measure, continues ? "continue" : restarts ? "restart" : "none"));
          } else row.push(cell(key, r[key as "target" | "unit" | "time"]));
        }
      }
      groupRows.set(t.group, (groupRows.get(t.group) ?? 0) + 1);
      body.push(row);
    });
  });
  return { widths: form.columns.map((c) => c.width), header: [groupsRow, titlesRow], body };
}
