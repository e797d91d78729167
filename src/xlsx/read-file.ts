/**
 * Reading a submitted file: from bytes to the form sheet's grid (for checkGrid) and the workbook's own lists.
 * Anything that is not a readable 附件1 workbook comes back as one FileProblem; nothing here throws.
 *
 * The package is read as the standard describes it, not as one writer lays it out: [Content_Types].xml must
 * be there, the workbook and its sheets are found through the relationships, any namespace prefix and
 * cells without `r` are accepted. Parts are streamed (see sheet-grid.ts): nothing is expanded, and only the
 * parts the check needs are unpacked (workbook, its relationships, styles' number formats, the shared
 * strings that are used, the sheets). Browser-safe: the task pane can read uploaded files with it too.
 */
import { listItems } from "../reading/normalise-values";
import type { FormDef, Lists } from "../form/types";
import { LISTS_SHEET } from "../plan/rules";
import { RELAY_SHEET } from "../relay/identity";
import { cellText, readGrid, type Cell, type GridReading } from "../reading/read-grid";
import { HEADER_SEARCH_ROWS, MAX_FILE_BYTES, MAX_ROWS } from "./limits";
import { DamagedPart, PackageParts, relType, UnpackedTooLarge } from "../ooxml/package-parts";
import { fileProblem, mb, type FileProblem } from "./problems";
import {
  gridOf,
  readDateStyles,
  readSharedStrings,
  scanSheet,
  sharedIndexes,
  type ScanOptions,
  type SheetScan,
} from "./sheet-grid";
import { sniff } from "../ooxml/sniff";
import { TextTooLong } from "../ooxml/xml-stream";
import { readDirectory } from "../ooxml/zip-guard";

export interface WorkbookReading {
  /** Name of the sheet the form was found on. */
  sheetName: string;
  grid: Cell[][];
  /** The lists the workbook carries (its hidden 名单 sheet), or null. */
  lists: Lists | null;
  /** Other sheets that hold the form too (not checked: the filled one is). */
  otherFormSheets: string[];
  /** The form sheet's merged areas ("E8:E10"), as written. */
  merges: string[];
  /** Rows (0-based) of the form sheet that are hidden (the standard file's unused spare rows). */
  hiddenRows: number[];
  /** The cells of the relay's 分发信息 sheet (src/relay/identity.ts), when the workbook has one. */
  relay?: Cell[][];
}

export { isFileProblem, type FileProblem } from "./problems";

const ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet";

/** The sheets of `fujian1 merge`'s output (as src/xlsx/write-merge.ts names them; a test keeps them equal). */
export const MERGE_OUTPUT_SHEETS = ["汇总", "完成情况"];

/** The problem with a file's container, or the package's parts when it may be an xlsx. */
async function openPackage(bytes: Uint8Array): Promise<PackageParts | FileProblem> {
  if (bytes.length > MAX_FILE_BYTES) return fileProblem("too-large", { size: mb(bytes.length) });
  switch (sniff(bytes)) {
    case "empty":
      return fileProblem("empty");
    case "ole2":
      return fileProblem("legacy-xls");
    case "ole2-encrypted":
      return fileProblem("encrypted");
    case "pdf":
      return fileProblem("pdf");
    case "text":
      return fileProblem("text");
    case "unknown":
      return fileProblem("not-zip");
    case "zip":
      break;
  }
  const dir = readDirectory(bytes);
  if (!dir.ok) {
    if (dir.reason === "truncated") return fileProblem("truncated");
    if (dir.reason === "corrupt") return fileProblem("corrupt");
    return fileProblem("zip-bomb", { reason: dir.reason });
  }
  const parts = new PackageParts(bytes, dir.entries);
  if ((await parts.text("mimetype"))?.trim() === ODS_MIME) return fileProblem("ods");
  if (parts.has("xl/workbook.bin")) return fileProblem("xlsb");
  if (parts.has("word/document.xml")) return fileProblem("word");
  if (!parts.has("[Content_Types].xml"))
    return parts.names().some((n) => n.toLowerCase().startsWith("xl/"))
      ? fileProblem("corrupt", { reason: "缺少 [Content_Types].xml" })
      : fileProblem("not-xlsx");
  return parts;
}

interface SheetRef {
  name: string;
  part: string;
}

interface Book {
  sheets: SheetRef[];
  sharedStrings?: string;
  styles?: string;
  date1904: boolean;
}

/** A sheet's relationship id: the r:id attribute, whatever prefix the relationships namespace has. */
function relationshipId(attrs: Record<string, string>): string | undefined {
  for (const [k, v] of Object.entries(attrs)) if (k.endsWith(":id")) return v;
  return undefined;
}

/** The workbook part (from the package relationships), its sheets in order and their parts. */
async function readBook(parts: PackageParts): Promise<Book | FileProblem> {
  const root = await parts.relationships("");
  let workbook = root.find((r) => relType(r, "officeDocument"))?.target;
  if (!workbook && parts.has("xl/workbook.xml")) workbook = "xl/workbook.xml";
  if (!workbook || !parts.has(workbook)) return fileProblem("not-xlsx");
  const rels = await parts.relationships(workbook);
  const byId = new Map<string, string>();
  const book: Book = { sheets: [], date1904: false };
  for (const r of rels) {
    if (relType(r, "sharedStrings")) book.sharedStrings = r.target;
    else if (relType(r, "styles")) book.styles = r.target;
  }
  const declared: Array<{ name: string; id?: string }> = [];
  await parts.parse(workbook, {
    open(tag, a) {
      if (tag === "sheet") declared.push({ name: a.name ?? "", id: relationshipId(a) });
      else if (tag === "workbookPr") book.date1904 = a.date1904 === "1" || a.date1904 === "true";
    },
  });
  for (const r of rels) if (relType(r, "worksheet")) byId.set(r.id, r.target);
  book.sheets = declared.flatMap(({ name, id }) => {
    const part = id && byId.get(id);
    return part ? [{ name, part }] : [];
  });
  return book;
}

/** The form's column titles found in the best header candidate of a sheet's head (for "columns missing"). */
function titlesFound(form: FormDef, head: Cell[][]): Set<string> {
  let best = new Set<string>();
  for (const row of head) {
    const texts = new Set(row.map((v) => cellText(v).replace(/\s/g, "")));
    const found = new Set(form.columns.filter((c) => texts.has(c.title)).map((c) => c.title));
    if (found.size > best.size) best = found;
  }
  return best;
}

/** How much of the form a grid holds: measure rows and 不涉及 marks with text, and header values. */
function filledScore(form: FormDef, grid: Cell[][]): number {
  const { entries } = readGrid(form, grid);
  let n = Object.keys(entries.marks ?? {}).length;
  for (const rows of Object.values(entries.rows))
    n += rows.filter((r) => r.measure || r.target || r.unit || r.time).length;
  return n + (entries.header.unit ? 1 : 0);
}

/**
 * Sheet parts at most this large (declared unpacked) are scanned whole at the first look, and that scan
 * serves every later read: a real 附件1 sheet is under 200 KB, and reading it once costs less than reading
 * its head and then all of it. Larger sheets are looked at by their head only until one is the form.
 */
const WHOLE_SCAN_BYTES = 2 * 1024 * 1024;

/** What one file's reading has scanned so far: sheet scans by part (with the rows they cover) and strings. */
interface ScanCache {
  scans: Map<string, { scan: SheetScan | null; maxRows: number }>;
  strings: Map<number, string>;
}

/**
 * The sheets' grids: the first `rows` rows (all when undefined) with merged non-anchors blanked, or as
 * stored with `merges: false` (the heads: recognising the header row needs the values, not how they show).
 */
async function gridsOf(
  parts: PackageParts,
  book: Book,
  sheets: SheetRef[],
  options: ScanOptions & { merges?: boolean },
  cache: ScanCache,
): Promise<Array<{ sheet: SheetRef; scan: SheetScan; grid: Cell[][] }>> {
  const scans: Array<{ sheet: SheetRef; scan: SheetScan }> = [];
  for (const sheet of sheets) {
    let cached = cache.scans.get(sheet.part);
    if (!cached || cached.maxRows < options.maxRows) {
      // How much is scanned at the first look changes the time, not the grid:
      // Stryker disable all
      const small = parts.size(sheet.part) <= WHOLE_SCAN_BYTES;
      const maxRows = small ? Math.max(options.maxRows, MAX_ROWS) : options.maxRows;
      // Stryker restore all
      cached = { scan: await scanSheet(parts, sheet.part, { ...options, maxRows }), maxRows };
      cache.scans.set(sheet.part, cached);
    }
    if (cached.scan) scans.push({ sheet, scan: cached.scan });
  }
  const wanted = sharedIndexes(scans.map((s) => s.scan));
  // Stryker disable next-line all: strings read before are not read again; reading them again changes nothing.
  for (const i of cache.strings.keys()) wanted.delete(i);
  for (const [i, text] of await readSharedStrings(parts, book.sharedStrings, wanted)) cache.strings.set(i, text);
  const merges = options.merges ?? true;
  return scans.map((s) => ({ ...s, grid: gridOf(s.scan, cache.strings, { merges, rows: options.maxRows }) }));
}

/** The hidden 名单 sheet's columns (units, times) below their title row, or null when absent or empty. */
function listsOf(grid: Cell[][]): Lists | null {
  if (!grid.length) return null;
  const column = (c: number) => {
    const items: string[] = [];
    grid.slice(1).forEach((row) => {
      const text = cellText(row[c]);
      if (text && !items.includes(text)) items.push(text);
    });
    return items;
  };
  // A unit typed on 名单 as "教务处、人事处" or "1.教务处" reads as the names alone (the rule for unit values).
  return { units: listItems(column(0)), times: column(1) };
}

/** Sheet names for a message: each in quotes, so that a name holding "、" stays one name. */
const quoted = (names: string[]): string => names.map((n) => `“${n}”`).join("、");

interface Best {
  sheet: SheetRef;
  grid: Cell[][];
  scan: SheetScan;
  merges: string[];
  score: number;
}

const cellRef = (row: number, col: number): string => `${columnName(col)}${row + 1}`;
const columnName = (c: number): string =>
  (c >= 26 ? columnName(Math.floor(c / 26) - 1) : "") + String.fromCharCode(65 + (c % 26));

/**
 * What keeps the form sheet's content from being read as Excel shows it, or null: formulas in the form's
 * columns that were never calculated (their values are unknown until Excel or WPS calculates and saves
 * them), or one merged area over the header row (Excel shows only its top-left cell; found in the sheet's
 * head, read before the merges, but not in the whole sheet).
 */
function formHidden(form: FormDef, best: Best, head: GridReading): FileProblem | null {
  const header = head.headerRow;
  const titles = new Set((best.grid[header] ?? []).map((v) => cellText(v).replace(/\s/g, "")));
  const recognised = form.columns.every((c) => titles.has(c.title));
  // Only a sheet with uncalculated formulas pays for reading where the form's columns are.
  const uncalculated = best.scan.uncalculated;
  // Stryker disable next-line all: where the header is recognised, the whole sheet's columns are its head's.
  const reading = uncalculated.length && recognised ? readGrid(form, best.grid) : head;
  const last = Math.max(...(Object.values(reading.columns) as number[]), reading.markCol);
  const cells = uncalculated.filter(([, c]) => c <= last);
  if (cells.length) {
    const shown = cells.slice(0, 5).map(([r, c]) => cellRef(r, c));
    return fileProblem("uncalculated", {
      sheet: best.sheet.name,
      count: cells.length >= 1000 ? "1000 多" : String(cells.length),
      cells: shown.join("、") + (cells.length > shown.length ? " 等" : ""),
    });
  }
  if (recognised) return null;
  const over = best.scan.merges.find(([r1, , r2]) => r1 <= header && header <= r2);
  if (!over) return null;
  const [r1, c1, r2, c2] = over;
  return fileProblem("merged-over-form", { sheet: best.sheet.name, range: `${cellRef(r1, c1)}:${cellRef(r2, c2)}` });
}

async function readForm(parts: PackageParts, form: FormDef): Promise<WorkbookReading | FileProblem> {
  const book = await readBook(parts);
  if ("kind" in book) return book;
  const sheetNames = book.sheets.map((s) => s.name);
  if (MERGE_OUTPUT_SHEETS.every((n) => sheetNames.includes(n)) && !sheetNames.includes(form.sheetName))
    return fileProblem("merge-output");
  const dateStyles = await readDateStyles(parts, book.styles);
  const base = { dateStyles, date1904: book.date1904 };
  const cache: ScanCache = { scans: new Map(), strings: new Map() };
  // The heads of every sheet, as stored: which hold the form's header row?
  const heads = await gridsOf(parts, book, book.sheets, { ...base, maxRows: HEADER_SEARCH_ROWS, merges: false }, cache);
  const headReadings = new Map(heads.map((h) => [h.sheet, readGrid(form, h.grid)]));
  const forms = heads.filter((h) => headReadings.get(h.sheet)?.recognised).map((h) => h.sheet);
  if (!forms.length) {
    let partial: { sheet: SheetRef; found: Set<string> } | null = null;
    for (const h of heads) {
      const found = titlesFound(form, h.grid);
      if (
        found.has(form.columns[0].title) &&
        found.size * 2 >= form.columns.length &&
        (!partial || found.size > partial.found.size)
      )
        partial = { sheet: h.sheet, found };
    }
    if (partial) {
      const missing = form.columns.filter((c) => !partial.found.has(c.title)).map((c) => c.title);
      return fileProblem("missing-columns", { sheet: partial.sheet.name, missing: missing.join("、") });
    }
    return fileProblem("no-form", { sheets: quoted(sheetNames) });
  }
  // Every form sheet read whole, one at a time; the most filled one is checked (ties: the form's own name, then
  // the first).
  let best: Best | null = null;
  for (const sheet of forms) {
    const [full] = await gridsOf(parts, book, [sheet], { ...base, maxRows: MAX_ROWS }, cache);
    if (full.scan.overflow) return fileProblem("too-many-rows", { sheet: sheet.name });
    const score = filledScore(form, full.grid);
    const better =
      !best ||
      score > best.score ||
      (score === best.score && sheet.name === form.sheetName && best.sheet.name !== form.sheetName);
    if (better) best = { sheet, grid: full.grid, scan: full.scan, merges: full.scan.mergeRefs, score };
  }
  // Stryker disable next-line all: never true (forms is not empty); it tells TypeScript so.
  if (!best) return fileProblem("no-form", { sheets: quoted(sheetNames) });
  const unreadable = formHidden(form, best, headReadings.get(best.sheet) as GridReading);
  if (unreadable) return unreadable;
  const listsSheet = book.sheets.find((s) => s.name === LISTS_SHEET);
  const lists = listsSheet
    ? listsOf((await gridsOf(parts, book, [listsSheet], { ...base, maxRows: MAX_ROWS }, cache))[0]?.grid ?? [])
    : null;
  const chosen = best.sheet;
  const relaySheet = book.sheets.find((s) => s.name === RELAY_SHEET);
  const relay =
    relaySheet && (await gridsOf(parts, book, [relaySheet], { ...base, maxRows: MAX_ROWS }, cache))[0]?.grid;
  return {
    ...(relay ? { relay } : {}),
    sheetName: chosen.name,
    grid: best.grid,
    lists,
    otherFormSheets: forms.filter((s) => s !== chosen).map((s) => s.name),
    merges: best.merges,
    hiddenRows: best.scan.hiddenRows,
  };
}

export async function readWorkbookFile(bytes: Uint8Array, form: FormDef): Promise<WorkbookReading | FileProblem> {
  try {
    const parts = await openPackage(bytes);
    if ("kind" in parts) return parts;
    return await readForm(parts, form);
  } catch (e) {
    if (e instanceof UnpackedTooLarge) return fileProblem("zip-bomb", { reason: "size" });
    if (e instanceof DamagedPart) return fileProblem("corrupt", {}, e);
    if (e instanceof TextTooLong) return fileProblem("corrupt", { reason: "有一段文字长得不合常理" }, e);
    return fileProblem("corrupt", {}, e);
  }
}
