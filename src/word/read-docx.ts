/**
 * Word in: a 附件1 drafted in Word or WPS, back to the college's entries.
 * The table is found by its header row (the form's column titles, in any
 * grid: two header rows with merged titles, extra grid columns), its rows are
 * laid into a grid shaped like the form's sheet, and that grid goes through
 * the same reading and check as a sheet (src/reading): tasks by 序号 (or, when
 * a row has none, by its official text), official text differing from the
 * province's as findings, rows of no task kept as strays, never dropped.
 * What Word shows as merged (序号…责任部门 and a shared 具体举措 merged down,
 * 主要任务 merged down its group) is read as the sheet reads merges.
 * Browser-safe: jszip and saxes (src/word/xml-tree.ts; faster than a DOM on these files).
 */
import JSZip from "jszip";
import { isEmptyRow, type ColumnKey, type Entries, type FormDef, type MeasureRow } from "../form/types";
import { rangeAddress } from "../plan/a1";
import { MARK_TITLE } from "../plan/rules";
import { readGrid, type Cell, type GridReading } from "../reading/read-grid";
import { MAX_UNPACKED_BYTES, MAX_ZIP_ENTRIES } from "../ooxml/limits";
import { sniff } from "../ooxml/sniff";
import { checkInflatedSize, readDirectory } from "../ooxml/zip-guard";
import { readDocumentXml, type DocxBlock, type DocxTable } from "./docx-xml";
import { NOT_APPLICABLE, reasonOf } from "./layout";
import { readNumbering } from "./numbering";
import { wordProblem, type WordProblem } from "./problems";
import { splitRow, type BodyRow } from "./split-rows";

/**
 * Something the reader decided that the person importing should know about: a row read as a task's (`row`: 1-based
 * row of the Word table, counting the header rows), or a column of no 附件1 column (`title`: its title).
 */
export type WordNote = RowNote | { kind: "extra-column"; title: string };
export type RowNote = { kind: "mark-from-text" | "matched-by-text"; row: number; seq: string };

export interface WordReading {
  /** The draft as a grid shaped like the form's sheet (header line in row 3, titles in row 5). */
  grid: Cell[][];
  /** The reading of that grid (strays, starts, owners). */
  reading: GridReading;
  /** The college's entries: header, measure rows (with sameMeasure), 不涉及 marks. */
  entries: Entries;
  /** Word table row (1-based) of each grid row, 0 above the table. */
  wordRows: number[];
  /**
   * The grid's 具体举措 cells merged down over shared measures ("E8:E9"), as the sheet merges them (the
   * same form as the .xlsx reader's merges), for a check that reads shared measures from merges.
   */
  merges: string[];
  notes: WordNote[];
  /** Official cells whose text differed from the province's only by blanks, restored to it. */
  restored: number;
}

/** Text compared with the form's titles and official text: no blanks, full-width forms folded. */
export function fold(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, "");
}

/** Text without any blanks (spaces, full-width spaces, line breaks): differences only of these are layout. */
export function bare(text: string): string {
  return text.replace(/\s+/g, "");
}

/** 序号 as typed: "３", "3.", "3、", "（3）" → "3". */
function seqOf(text: string): string {
  return text
    .normalize("NFKC")
    .trim()
    .replace(/^\((\d+)\)$/, "$1")
    .replace(/[.、．,，]$/, "");
}

/**
 * Each grid column's form column, from the header's titles: in one row, or broken across two rows ("序" over
 * "号", "责任单位" over "（部门）"), spread over them, or with an empty row between. `row` is the header's last row.
 */
function headerColumns(form: FormDef, table: DocxTable): { row: number; owner: (ColumnKey | undefined)[] } | null {
  const rows = Math.min(table.rows.length, 8);
  const texts = resolvedTexts(table, rows);
  const own = ownTexts(table, rows);
  const titles = form.columns.map((c) => [c.key, fold(c.title)] as const);
  const match = (line: string[], r: number) => {
    const owner: (ColumnKey | undefined)[] = Array(table.columns).fill(undefined);
    for (const cell of table.rows[r]) {
      const hit = titles.find(([, t]) => t === fold(line[cell.col] ?? ""));
      if (hit) for (let c = cell.col; c < cell.col + cell.span; c++) owner[c] = hit[0];
    }
    return titles.every(([k]) => owner.includes(k)) ? owner : null;
  };
  const empty = (r: number) => own[r].every((t) => !fold(t));
  for (let r = 0; r < rows; r++) {
    const single = match(texts[r], r);
    if (single) return { row: r, owner: single };
    // The next row with text (an empty row between is skipped) completes the titles of this one.
    let next = r + 1;
    while (next < rows && empty(next)) next++;
    if (next >= rows || empty(r)) continue;
    const joined = texts[r].map((t, c) => t + own[next][c]);
    const owner = match(joined, next);
    if (owner) return { row: next, owner };
  }
  return null;
}

/** The text of each grid column in the first `rows` rows, only where a cell starts (merges not carried). */
function ownTexts(table: DocxTable, rows: number): string[][] {
  return table.rows.slice(0, rows).map((cells) => {
    const line: string[] = Array(table.columns).fill("");
    for (const cell of cells)
      if (cell.vMerge !== "continue")
        for (let c = cell.col; c < cell.col + cell.span; c++) line[c] = cell.lines.join("");
    return line;
  });
}

/** The text each grid column shows in the first `rows` rows, vertical merges carried down. */
function resolvedTexts(table: DocxTable, rows: number): string[][] {
  const out: string[][] = [];
  for (let r = 0; r < rows; r++) {
    const line: string[] = Array(table.columns).fill("");
    for (const cell of table.rows[r]) {
      const text = cell.vMerge === "continue" ? (out[r - 1]?.[cell.col] ?? "") : cell.lines.join("");
      for (let c = cell.col; c < cell.col + cell.span; c++) line[c] = text;
    }
    out.push(line);
  }
  return out;
}

/** A fill cell's text: its paragraphs as lines, empty lines at either end dropped, the whole trimmed. */
function fillText(lines: string[]): string {
  return lines.join("\n").trim();
}

/** An official cell's text: Word's line breaks are layout, not text. */
function officialText(lines: string[]): string {
  return lines.map((l) => l.trim()).join("");
}

/** The header line's values (单位（公章）：…  联系人：…  联系电话：…) from the lines above the table. */
export function headerValues(form: FormDef, lines: string[]): Entries["header"] {
  const header: Entries["header"] = { unit: "", contact: "", phone: "" };
  const found = new Set<string>();
  for (const line of lines) {
    const hits = form.headerFields
      .map((f) => ({ f, at: line.indexOf(f.label) }))
      .filter((h) => h.at >= 0 && !found.has(h.f.key))
      .sort((a, b) => a.at - b.at);
    hits.forEach((h, i) => {
      const end = i + 1 < hits.length ? hits[i + 1].at : line.length;
      const value = line
        .slice(h.at + h.f.label.length, end)
        .replace(/^\s*[：:]/, "")
        .replace(/^[\s_＿]+|[\s_＿]+$/g, "");
      header[h.f.key] = value;
      found.add(h.f.key);
    });
  }
  return header;
}

function bodyRows(form: FormDef, table: DocxTable, start: number, owner: (ColumnKey | undefined)[]): BodyRow[] {
  const fillKeys = form.columns.filter((c) => c.role === "fill").map((c) => c.key);
  const colsOf = (key: ColumnKey) => owner.map((k, i) => (k === key ? i : -1)).filter((i) => i >= 0);
  const fillCols = fillKeys.flatMap(colsOf);
  const out: BodyRow[] = [];
  for (let r = start; r < table.rows.length; r++) {
    const row: BodyRow = { wordRow: r + 1, cells: {}, fillSpan: false, extra: [] };
    for (const cell of table.rows[r]) {
      const key = owner[cell.col];
      if (!key) {
        const text = officialText(cell.lines);
        if (text) row.extra.push({ col: cell.col, text });
        continue;
      }
      const prev = row.cells[key];
      const lines = prev ? [...prev.lines, ...cell.lines] : cell.lines;
      row.cells[key] = {
        text: "",
        lines,
        continued: cell.vMerge === "continue",
        spanned: false,
        ...(cell.numbered || prev?.numbered ? { numbered: true } : {}),
      };
      const covered = new Set<ColumnKey>();
      for (let c = cell.col + 1; c < cell.col + cell.span; c++) {
        const k = owner[c];
        if (k && k !== key && !row.cells[k]) covered.add(k);
      }
      for (const k of covered) row.cells[k] = { text: "", lines: [], continued: false, spanned: true };
      if (key === fillKeys[0] && fillCols.every((c) => c >= cell.col && c < cell.col + cell.span)) row.fillSpan = true;
    }
    for (const [key, cell] of Object.entries(row.cells) as Array<[ColumnKey, NonNullable<BodyRow["cells"][ColumnKey]>]>)
      cell.text =
        form.columns.find((c) => c.key === key)?.role === "fill" ? fillText(cell.lines) : officialText(cell.lines);
    out.push(...splitRow(row));
  }
  return out;
}

/** Header rows repeated inside the body (a draft that copied them onto each page). */
function isHeaderRepeat(form: FormDef, row: BodyRow): boolean {
  const texts = Object.values(row.cells).map((c) => fold(c?.text ?? ""));
  const titles = new Set(form.columns.map((c) => fold(c.title)));
  const groups = new Set(form.columnGroups.map(fold));
  const nonEmpty = texts.filter(Boolean);
  return (
    nonEmpty.length > 0 && (nonEmpty.every((t) => groups.has(t)) || nonEmpty.filter((t) => titles.has(t)).length >= 4)
  );
}

function problemIn(table: DocxTable): WordProblem | null {
  for (let r = 0; r < table.rows.length; r++)
    for (const cell of table.rows[r])
      if (cell.unsupported.length) return wordProblem(cell.unsupported[0], { row: String(r + 1) });
  return null;
}

/** The draft's blocks (paragraphs and tables) to a reading. Pure. */
export function readDocxBlocks(
  form: FormDef,
  blocks: DocxBlock[],
  /** Lines of the page headers, where some drafts put 单位（公章）/联系人/联系电话. */
  pageHeaders: string[] = [],
): WordReading | WordProblem {
  const tables = blocks.filter((b): b is { kind: "table"; table: DocxTable } => b.kind === "table");
  let mainIndex = -1;
  let header: ReturnType<typeof headerColumns> = null;
  for (let i = 0; i < blocks.length && !header; i++) {
    const b = blocks[i];
    if (b.kind !== "table") continue;
    header = headerColumns(form, b.table);
    if (header) mainIndex = i;
  }
  if (!header) return wordProblem("no-table", { tables: String(tables.length) });
  const main = (blocks[mainIndex] as { table: DocxTable }).table;
  // The table may go on in further tables of the same grid (a draft split at a page).
  const parts: Array<{ table: DocxTable; start: number; offset: number }> = [
    { table: main, start: header.row + 1, offset: 0 },
  ];
  let offset = main.rows.length;
  for (const b of blocks.slice(mainIndex + 1)) {
    if (b.kind !== "table") continue;
    if (b.table.columns !== main.columns) break;
    parts.push({ table: b.table, start: 0, offset });
    offset += b.table.rows.length;
  }
  for (const p of parts) {
    const problem = problemIn(p.table);
    if (problem) return problem;
  }

  const above = blocks.slice(0, mainIndex).flatMap((b) => (b.kind === "paragraph" ? [b.text] : []));
  const tableAbove = main.rows.slice(0, header.row).map((cells) => cells.map((c) => c.lines.join("")).join(" "));
  const headerLine = headerValues(form, [...above.flatMap((t) => t.split("\n")), ...tableAbove, ...pageHeaders]);

  const rows = parts.flatMap((p) =>
    bodyRows(form, p.table, p.start, header!.owner).map((r) => ({ ...r, wordRow: r.wordRow + p.offset })),
  );
  return layGrid(
    form,
    rows.filter((r) => !isHeaderRepeat(form, r)),
    headerLine,
    header.owner,
    main,
  );
}

function layGrid(
  form: FormDef,
  rows: BodyRow[],
  header: Entries["header"],
  owner: (ColumnKey | undefined)[],
  main: DocxTable,
): WordReading {
  const width = form.columns.length + 1;
  const markCol = form.columns.length;
  const blank = (): Cell[] => Array<Cell>(width).fill("");
  const grid: Cell[][] = [blank(), blank(), blank(), blank(), blank()];
  form.headerFields.forEach((f, i) => (grid[2][i * 2] = `${f.label}：${header[f.key]}`));
  form.columns.forEach((c, i) => (grid[4][i] = c.title));
  grid[4][markCol] = MARK_TITLE;
  const wordRows: number[] = [0, 0, 0, 0, 0];
  const notes: WordNote[] = [];
  const markRows = new Set<number>();
  const sameRows = new Set<number>();
  const bySeq = new Map(form.tasks.map((t) => [t.seq, t]));
  const byContent = new Map(form.tasks.map((t) => [fold(t.content), t]));
  const fillKeys = form.columns.filter((c) => c.role === "fill").map((c) => c.key);
  const extraTitles = new Map<number, string>();
  let previous: { seq: string; content: string } | null = null;
  let currentTask: FormDef["tasks"][number] | undefined;
  let restored = 0;

  for (const row of rows) {
    const g = blank();
    const text = (key: ColumnKey) => row.cells[key]?.text ?? "";
    const continued = (key: ColumnKey) => row.cells[key]?.continued ?? false;
    const allEmpty = form.columns.every((c) => !text(c.key)) && !row.extra.length;
    if (allEmpty && form.columns.every((c) => !continued(c.key))) {
      // A row with nothing in it (not even a merge going on): nothing to keep.
      continue;
    }
    // Which task the row starts, if any.
    let seq = continued("seq") ? "" : seqOf(text("seq"));
    const content = continued("content") ? "" : text("content");
    // A 序号 from Word's automatic numbering counts on by itself; the official text says which task it is.
    const byText = content ? byContent.get(fold(content)) : undefined;
    if (seq && row.cells.seq?.numbered && byText && byText.seq !== seq) {
      seq = byText.seq;
      notes.push({ kind: "matched-by-text", row: row.wordRow, seq });
    } else if (seq && previous && seq === previous.seq && (!content || fold(content) === fold(previous.content)))
      seq = "";
    else if (seq && !bySeq.has(seq) && content && byContent.has(fold(content))) {
      seq = byContent.get(fold(content))!.seq;
      notes.push({ kind: "matched-by-text", row: row.wordRow, seq });
    } else if (!seq && content && (!previous || fold(content) !== fold(previous.content))) {
      const task = byContent.get(fold(content));
      if (task) {
        seq = task.seq;
        notes.push({ kind: "matched-by-text", row: row.wordRow, seq });
      } else seq = `?${[...content].slice(0, 12).join("")}`;
    }
    if (seq) previous = { seq, content };
    if (seq) currentTask = bySeq.get(seq);
    form.columns.forEach((c, i) => {
      if (c.role !== "official") return;
      g[i] = c.key === "seq" ? seq : text(c.key);
      // Official text that differs only by blanks (Word's wrapping, spaced-out names) is the province's.
      const official =
        c.key === "content" ? currentTask?.content : c.key === "department" ? currentTask?.department : undefined;
      const group = c.key === "mainTask" && currentTask ? form.groups[currentTask.group].title : undefined;
      const expected = seq ? (official ?? group) : c.key === "mainTask" ? group : undefined;
      if (expected && g[i] && g[i] !== expected && bare(g[i] as string) === bare(expected)) {
        g[i] = expected;
        restored++;
      }
    });
    // 不涉及: one cell over the fill columns, or typed in 具体举措 with the rest empty, in a task's row (before any
    // task it belongs to none: the row is kept apart, as text outside every task).
    const measure = text(fillKeys[0]);
    const restEmpty = fillKeys.slice(1).every((k) => !text(k));
    if (previous && measure.startsWith(NOT_APPLICABLE) && restEmpty && (row.fillSpan || !continued(fillKeys[0]))) {
      g[markCol] = reasonOf(measure);
      markRows.add(grid.length);
      if (!row.fillSpan) notes.push({ kind: "mark-from-text", row: row.wordRow, seq: previous.seq });
    } else {
      form.columns.forEach((c, i) => {
        if (c.role === "fill") g[i] = text(c.key);
      });
      if (continued(fillKeys[0])) sameRows.add(grid.length);
    }
    for (const e of row.extra) {
      if (!extraTitles.has(e.col)) extraTitles.set(e.col, "");
      g.push(e.text);
    }
    grid.push(g);
    wordRows.push(row.wordRow);
  }
  if (extraTitles.size) {
    const texts = resolvedTexts(main, Math.min(main.rows.length, 8));
    for (const col of extraTitles.keys()) {
      const title = texts.map((t) => t[col]).find((t) => t && !owner[col]) ?? "";
      notes.push({ kind: "extra-column", title: title || `第 ${col + 1} 列` });
    }
  }

  const reading = readGrid(form, grid);
  const entries = entriesOf(reading, markRows, sameRows);
  const measureCol = form.columns.findIndex((c) => c.key === fillKeys[0]);
  const merges: string[] = [];
  for (let r = 0; r < grid.length; r++) {
    if (!sameRows.has(r + 1) || sameRows.has(r)) continue;
    let end = r + 1;
    while (sameRows.has(end + 1)) end++;
    merges.push(rangeAddress(r, measureCol, end, measureCol));
  }
  return { grid, reading, entries, wordRows, notes, merges, restored };
}

/** The reading's entries without the 不涉及 rows, with shared measures marked, trailing empty rows dropped. */
function entriesOf(reading: GridReading, markRows: Set<number>, sameRows: Set<number>): Entries {
  const rows: Record<string, MeasureRow[]> = {};
  for (const o of reading.owners) {
    if (markRows.has(o.row)) continue;
    const list = (rows[o.seq] ??= []);
    const value = reading.entries.rows[o.seq][o.index];
    const same = sameRows.has(o.row) && list.length > 0 && !value.measure;
    list.push(same ? { ...value, sameMeasure: true } : { ...value });
  }
  for (const [seq, list] of Object.entries(rows)) {
    while (list.length && isEmptyRow(list[list.length - 1])) list.pop();
    if (!list.length) delete rows[seq];
  }
  const out: Entries = { header: { ...reading.entries.header }, rows };
  const marks = reading.entries.marks;
  if (marks && Object.keys(marks).length) out.marks = { ...marks };
  return out;
}

/** Whether bytes are a Word document (.docx): a zip holding word/document.xml. */
export async function isDocx(bytes: Uint8Array): Promise<boolean> {
  if (sniff(bytes) !== "zip") return false;
  const dir = readDirectory(bytes);
  return dir.ok && dir.entries.some((e) => e.name === "word/document.xml");
}

/** A .docx file's bytes to a reading, or why they can't be read. Never throws. */
export async function readDocx(bytes: Uint8Array, form: FormDef): Promise<WordReading | WordProblem> {
  try {
    const kind = sniff(bytes);
    if (kind === "empty") return wordProblem("empty");
    if (kind === "ole2-encrypted") return wordProblem("encrypted");
    if (kind === "ole2") return wordProblem("legacy-doc");
    if (kind !== "zip") return wordProblem("not-docx");
    const dir = readDirectory(bytes);
    if (!dir.ok)
      return dir.reason === "entries" || dir.reason === "size"
        ? wordProblem("zip-bomb")
        : wordProblem("corrupt", { reason: "zip" });
    if (dir.entries.length > MAX_ZIP_ENTRIES) return wordProblem("zip-bomb");
    if (!dir.entries.some((e) => e.name === "word/document.xml")) return wordProblem("not-docx");
    const inflated = await checkInflatedSize(bytes, MAX_UNPACKED_BYTES);
    if (inflated === "size") return wordProblem("zip-bomb");
    if (inflated === "corrupt") return wordProblem("corrupt", { reason: "zip" });
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file("word/document.xml")!.async("string");
    const numbering = readNumbering((await zip.file("word/numbering.xml")?.async("string")) ?? null);
    const pageHeaders: string[] = [];
    for (const name of Object.keys(zip.files)
      .filter((n) => /^word\/header\d*\.xml$/.test(n))
      .sort())
      for (const b of readDocumentXml(await zip.file(name)!.async("string")))
        if (b.kind === "paragraph") pageHeaders.push(...b.text.split("\n"));
    return readDocxBlocks(form, readDocumentXml(xml, numbering), pageHeaders);
  } catch (e) {
    return wordProblem("corrupt", { reason: e instanceof Error ? e.message.slice(0, 80) : String(e).slice(0, 80) });
  }
}
