/**
 * The plan: from a form (and the entries to keep) to everything its sheet
 * must hold. Pure; both the Office.js adapter and the xlsx writer render it.
 */
import { EMPTY_ROW, type Entries, type FormDef, type Lists, type MeasureRow } from "../form/types";
import { columnLetter, rangeAddress } from "./a1";
import { planLayout, type SheetLayout } from "./layout";
import { BODY_FONT, HEADING_FONT, LABEL_FONT, TITLE_FONT, linesHeight, textHeight, widthInPoints } from "./metrics";
import {
  CONTINUED,
  PAGE_RESERVE,
  PAPER_MARGINS,
  breakForPrint,
  pageHeight,
  paperWidths,
  planPageBreaks,
} from "./paper";
import { KEY_TITLE, LISTS_SHEET, MARK_TITLE, highlights, listColumns, listsNote, validations } from "./rules";
import { SPARE_ROWS, selfExtendingReference, withoutTrailingEmpty, type StandaloneText } from "./standalone";
import { SHEET_PROTECTION } from "./protection";
import type { FormatSpec, SheetPlan } from "./types";

export interface PlanOptions {
  /**
   * The standard file, for use without the add-in: hidden spare measure rows under every task, a visible
   * self-extending lists sheet, prompts that explain both (src/plan/standalone.ts).
   */
  standalone?: StandaloneText;
  /** The language of the dropdowns' prompts and alerts: the add-in writes them in Office's (default Chinese). */
  lang?: "zh" | "en";
  /**
   * 0-based rows hidden on the sheet as it is (a standard file's spare rows, as the add-in finds them): they
   * print nothing, so they take no room on paper and no share of a merged cell's text, as in the file's own plan.
   */
  hiddenRows?: readonly number[];
}

/**
 * Width of the 不涉及 mark column relative to the form's columns (it prints beside 完成时间),
 * and of the hidden key column in characters.
 */
const MARK_RELATIVE_WIDTH = 12;
const KEY_WIDTH = 6;

interface Area {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
  text: string;
  fontSize: number;
  /** Unwrapped text (the label) takes one line whatever its width. */
  wrap: boolean;
  /** Lines the area keeps room for even when its text needs fewer (a 不涉及 reason typed later). */
  minLines?: number;
}

class Grid {
  readonly values: (string | null)[][];
  readonly merges: string[] = [];
  readonly areas: Area[] = [];
  constructor(rows: number, cols: number) {
    this.values = Array.from({ length: rows }, () => Array<string | null>(cols).fill(""));
  }
  copy(): Grid {
    const out = new Grid(0, 0);
    out.values.push(...this.values.map((r) => [...r]));
    out.merges.push(...this.merges);
    out.areas.push(...this.areas);
    return out;
  }
  /** Puts text in the top-left cell of r0..r1 × c0..c1, merging the area when it is larger than a cell. */
  put(r0: number, c0: number, text: string, fontSize: number, r1 = r0, c1 = c0, wrap = true): void {
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) this.values[r][c] = null;
    this.values[r0][c0] = text;
    if (r1 > r0 || c1 > c0) this.merges.push(rangeAddress(r0, c0, r1, c1));
    this.areas.push({ r0, c0, r1, c1, text, fontSize, wrap });
  }
}

/**
 * Row heights that fit every cell's wrapped text; merged rows share their area's need. Hidden rows
 * keep one line and take no share: the visible rows must show the text on their own.
 */
function fitHeights(grid: Grid, widths: number[], rows: number, hidden: ReadonlySet<number>): number[] {
  const base = Array<number>(rows).fill(linesHeight(1, BODY_FONT.size));
  const need = (a: Area) => {
    if (!a.wrap) return linesHeight(1, a.fontSize);
    let points = 0;
    for (let c = a.c0; c <= a.c1; c++) points += widths[c];
    return Math.max(textHeight(a.text, points, a.fontSize), linesHeight(a.minLines ?? 1, a.fontSize));
  };
  for (const a of grid.areas) if (a.r0 === a.r1) base[a.r0] = Math.max(base[a.r0], need(a));
  for (const a of grid.areas) {
    if (a.r0 === a.r1) continue;
    const shown: number[] = [];
    for (let r = a.r0; r <= a.r1; r++) if (!hidden.has(r)) shown.push(r);
    const deficit = need(a) - shown.reduce((sum, r) => sum + base[r], 0);
    if (deficit > 0 && shown.length) for (const r of shown) base[r] += Math.ceil(deficit / shown.length);
  }
  return base;
}

function runs(heights: number[]): SheetPlan["rowHeights"] {
  const out: SheetPlan["rowHeights"] = [];
  let start = 0;
  for (let r = 1; r <= heights.length; r++) {
    if (r === heights.length || heights[r] !== heights[start]) {
      out.push({ rows: `${start + 1}:${r}`, height: heights[start] });
      start = r;
    }
  }
  return out;
}

/** 1-based runs of 0-based rows, e.g. [8, 9, 10, 14] → ["9:11", "15:15"]. */
function rowRuns(rows: number[]): string[] {
  const out: string[] = [];
  const sorted = [...rows].sort((a, b) => a - b);
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    out.push(`${sorted[i] + 1}:${sorted[j] + 1}`);
    i = j + 1;
  }
  return out;
}

/** How many rows after row k continue its 具体举措. */
function sharedAfter(rows: MeasureRow[], k: number): number {
  let n = 0;
  while (k + n + 1 < rows.length && rows[k + n + 1].sameMeasure) n++;
  return n;
}

function rowsOf(entries: Entries | undefined, seq: string, standalone: boolean): MeasureRow[] {
  const rows = entries?.rows[seq];
  if (!rows || !rows.length) return [EMPTY_ROW];
  return standalone ? withoutTrailingEmpty(rows) : rows;
}

/** Lines of the 不涉及 column every task keeps room for: a reason of about 18 characters prints whole. */
export const REASON_LINES = 3;

/** Runs of rows first..last cut before each row of `breaks` inside it: [[first, end], ...]. */
function segments(first: number, last: number, breaks: ReadonlySet<number>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = first;
  for (let r = first + 1; r <= last; r++)
    if (breaks.has(r)) {
      out.push([start, r - 1]);
      start = r;
    }
  out.push([start, last]);
  return out;
}

/**
 * The groups' and tasks' cells under the header, each merged area cut where a page begins (`breaks`):
 * a 主要任务 repeats its title on every page of its group; a task taller than a page continues with
 * its 序号 marked "（续）" and its official text repeated. Hidden spare rows go into `hidden`.
 */
function layTasks(
  grid: Grid,
  form: FormDef,
  layout: SheetLayout,
  entries: Entries | undefined,
  standalone: boolean,
  breaks: ReadonlySet<number>,
  hidden: Set<number>,
): void {
  const { col } = layout;
  for (const g of layout.groups)
    for (const [a, b] of segments(g.firstRow, g.lastRow, breaks))
      grid.put(a, col.mainTask, form.groups[g.group].title, BODY_FONT.size, b, col.mainTask);
  form.tasks.forEach((t, i) => {
    const place = layout.tasks[i];
    const end = place.firstRow + place.rowCount - 1;
    for (const [a, b] of segments(place.firstRow, end, breaks)) {
      grid.put(a, col.seq, a === place.firstRow ? t.seq : `${t.seq}${CONTINUED}`, BODY_FONT.size, b, col.seq);
      grid.put(a, col.content, t.content, BODY_FONT.size, b, col.content);
      grid.put(a, col.department, t.department, BODY_FONT.size, b, col.department);
    }
    grid.put(place.firstRow, layout.markCol, entries?.marks?.[t.seq] ?? "", BODY_FONT.size, end, layout.markCol);
    // Room for a short reason typed later, where no program fits the row to it (the standard file in WPS).
    grid.areas[grid.areas.length - 1].minLines = REASON_LINES;
    const rows = rowsOf(entries, t.seq, standalone);
    for (let k = rows.length; k < place.rowCount; k++) {
      grid.put(place.firstRow + k, layout.keyCol, t.seq, BODY_FONT.size);
      hidden.add(place.firstRow + k);
    }
    rows.forEach((m, k) => {
      const r = place.firstRow + k;
      // One 具体举措 spans the rows that share it (sameMeasure), as in the Word table.
      if (!m.sameMeasure || k === 0) grid.put(r, col.measure, m.measure, BODY_FONT.size, r + sharedAfter(rows, k));
      grid.put(r, col.target, m.target, BODY_FONT.size);
      grid.put(r, col.unit, m.unit, BODY_FONT.size);
      grid.put(r, col.time, m.time, BODY_FONT.size);
      grid.put(r, layout.keyCol, t.seq, BODY_FONT.size);
    });
  });
}

export function planSheet(
  form: FormDef,
  entries?: Entries,
  sheetName = form.sheetName,
  lists: Lists = form.lists,
  options: PlanOptions = {},
): SheetPlan {
  const text = options.standalone;
  const spare = text ? SPARE_ROWS : 0;
  const layout: SheetLayout = planLayout(form, (seq) => rowsOf(entries, seq, !!text).length + spare);
  const last = layout.columnCount - 1;
  const grid = new Grid(layout.lastRow + 1, layout.keyCol + 1);
  const printed = paperWidths([...form.columns.map((c) => c.width), MARK_RELATIVE_WIDTH]);
  const widths = [...printed, KEY_WIDTH];
  const points = widths.map(widthInPoints);
  const span = (c0: number, c1: number) => points.slice(c0, c1 + 1).reduce((a, b) => a + b, 0);
  const { col } = layout;

  grid.put(layout.labelRow, 0, form.label, LABEL_FONT.size, layout.labelRow, 0, false);
  const title = breakForPrint(form.title, span(0, layout.markCol), TITLE_FONT.size);
  grid.put(layout.titleRow, 0, title, TITLE_FONT.size, layout.titleRow, layout.markCol);
  const header = entries?.header;
  for (const f of layout.headerFields) {
    grid.put(f.row, f.labelCols[0], `${f.field.label}：`, BODY_FONT.size + 1, f.row, f.labelCols[1]);
    grid.put(f.row, f.valueCols[0], header?.[f.field.key] ?? "", BODY_FONT.size + 1, f.row, f.valueCols[1]);
  }
  form.columnGroups.forEach((title, g) => {
    const members = form.columns.map((c, i) => (c.group === g ? i : -1)).filter((i) => i >= 0);
    grid.put(
      layout.groupHeaderRow,
      members[0],
      title,
      HEADING_FONT.size,
      layout.groupHeaderRow,
      members[members.length - 1],
    );
  });
  form.columns.forEach((c, i) =>
    grid.put(layout.columnHeaderRow, i, breakForPrint(c.title, points[i], HEADING_FONT.size), HEADING_FONT.size),
  );
  grid.put(
    layout.groupHeaderRow,
    layout.markCol,
    breakForPrint(MARK_TITLE, points[layout.markCol], HEADING_FONT.size),
    HEADING_FONT.size,
    layout.columnHeaderRow,
    layout.markCol,
  );
  grid.put(layout.groupHeaderRow, layout.keyCol, KEY_TITLE, HEADING_FONT.size, layout.columnHeaderRow, layout.keyCol);

  // The task rows, laid again with the merges cut at the page breaks until the breaks stay the same: a
  // 主要任务 repeats its title on each page of its group, a task taller than a page continues as "3（续）".
  const hidden = new Set<number>(options.hiddenRows);
  const base = grid;
  let breaks: number[] = [];
  let laid = base;
  let heights: number[] = [];
  for (let pass = 0; pass < 4; pass++) {
    laid = base.copy();
    layTasks(laid, form, layout, entries, !!text, new Set(breaks), hidden);
    heights = fitHeights(laid, [...points.slice(0, -1), 1e6], layout.lastRow + 1, hidden);
    const next = planPageBreaks({
      heights: heights.map((h, r) => (hidden.has(r) ? 0 : h)),
      titleRows: [layout.groupHeaderRow, layout.columnHeaderRow],
      blocks: layout.tasks,
      splittable: (r) => laid.values[r][col.measure] !== null,
      page: pageHeight() * PAGE_RESERVE,
    });
    if (next.join() === breaks.join()) break;
    breaks = next;
  }
  const pageBreaks = breaks.map((r) => r + 1);
  const fillCols = layout.fillCols;
  const markRange = rangeAddress(layout.firstTaskRow, layout.markCol, layout.lastRow, layout.markCol);
  const bodyFill = fillCols.length
    ? [rangeAddress(layout.firstTaskRow, fillCols[0], layout.lastRow, fillCols[fillCols.length - 1])]
    : [];
  const headerValues = layout.headerFields.map((f) => rangeAddress(f.row, f.valueCols[0], f.row, f.valueCols[1]));
  const table = rangeAddress(layout.groupHeaderRow, 0, layout.lastRow, layout.markCol);
  const body = (c: number) => rangeAddress(layout.firstTaskRow, c, layout.lastRow, c);
  const centred = [col.seq, col.mainTask, col.unit, col.time];
  const formats: FormatSpec[] = [
    {
      range: rangeAddress(0, 0, layout.lastRow, layout.keyCol),
      font: { ...BODY_FONT },
      wrap: true,
      vAlign: "Center",
      hAlign: "Left",
    },
    { range: rangeAddress(layout.labelRow, 0), font: { ...LABEL_FONT }, wrap: false },
    {
      range: rangeAddress(layout.titleRow, 0, layout.titleRow, layout.markCol),
      font: { ...TITLE_FONT },
      hAlign: "Center",
    },
    {
      range: rangeAddress(layout.headerFieldRow, 0, layout.headerFieldRow, last),
      font: { ...BODY_FONT, size: BODY_FONT.size + 1 },
    },
    ...layout.headerFields.map((f): FormatSpec => ({
      range: rangeAddress(f.row, f.labelCols[0], f.row, f.labelCols[1]),
      hAlign: "Right",
    })),
    {
      range: rangeAddress(layout.groupHeaderRow, 0, layout.columnHeaderRow, layout.keyCol),
      font: { ...HEADING_FONT, bold: true },
      hAlign: "Center",
    },
    ...centred.map((c): FormatSpec => ({ range: body(c), hAlign: "Center" })),
    { range: table, grid: true },
  ];

  return {
    sheetName,
    layout,
    area: rangeAddress(0, 0, layout.lastRow, layout.keyCol),
    values: laid.values,
    textRanges: [...bodyFill, markRange, ...headerValues],
    merges: laid.merges,
    columnWidths: points,
    rowHeights: runs(heights),
    formats,
    unlocked: [...bodyFill, markRange, ...headerValues],
    freezeRows: layout.columnHeaderRow + 1,
    hiddenColumns: [columnLetter(layout.keyCol)],
    // The 不涉及 mark prints beside the form, so a task not applicable shows its reason on paper.
    printArea: rangeAddress(0, 0, layout.lastRow, layout.markCol),
    print: {
      orientation: "Landscape",
      paperSize: "A4",
      titleRows: `$${layout.groupHeaderRow + 1}:$${layout.columnHeaderRow + 1}`,
      scale: 100,
      centerHorizontally: true,
      blackAndWhite: true,
      centerFooter: "第 &P 页，共 &N 页",
      margins: { ...PAPER_MARGINS },
    },
    pageBreaks,
    protection: { ...SHEET_PROTECTION },
    lists: {
      sheetName: LISTS_SHEET,
      columns: listColumns(lists).map((c, i) =>
        text ? { ...c, reference: selfExtendingReference(LISTS_SHEET, i, c.items.length) } : c,
      ),
      note: text ? [...text.note, "", ...listsNote(lists)] : listsNote(lists),
    },
    validations: validations(layout, options.lang),
    conditionalFormats: highlights(layout),
    ...(text
      ? {
          standalone: {
            hiddenRows: rowRuns([...hidden]),
            prompts: [{ range: body(col.measure), ...text.measurePrompt }],
          },
        }
      : {}),
  };
}
