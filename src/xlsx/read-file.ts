/**
 * Reading a submitted file: from bytes to the form sheet's grid (for
 * checkGrid) and the workbook's own lists. Anything that is not a readable
 * 附件1 workbook comes back as one FileProblem; nothing here throws.
 * Browser-safe: the task pane can read uploaded files with it too.
 */
import { Workbook, type Worksheet } from "exceljs";
import type { FormDef, Lists } from "../form/types";
import { LISTS_SHEET } from "../plan/rules";
import { cellText, readGrid, type Cell } from "../reading/read-grid";
import { HEADER_SEARCH_ROWS, MAX_FILE_BYTES, MAX_ROWS } from "./limits";
import { fileProblem, mb, type FileProblem } from "./problems";
import { sheetGrid } from "./sheet-grid";
import { sniff } from "./sniff";
import { checkInflatedSize, readDirectory } from "./zip-guard";

export interface WorkbookReading {
  /** Name of the sheet the form was found on. */
  sheetName: string;
  grid: Cell[][];
  /** The lists the workbook carries (its hidden 名单 sheet), or null. */
  lists: Lists | null;
}

export { isFileProblem, type FileProblem } from "./problems";

/** The problem with a file's container, or null when it is a zip that may be an xlsx. */
async function containerProblem(bytes: Uint8Array): Promise<FileProblem | null> {
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
  const names = new Set(dir.entries.map((e) => e.name));
  if (!names.has("xl/workbook.xml")) return fileProblem(names.has("word/document.xml") ? "word" : "not-xlsx");
  const inflated = await checkInflatedSize(bytes);
  if (inflated === "size") return fileProblem("zip-bomb", { reason: "size" });
  if (inflated === "corrupt") return fileProblem("corrupt");
  return null;
}

/** The form's column titles found in the sheet's best header candidate (for "columns missing"). */
function titlesFound(form: FormDef, grid: Cell[][]): Set<string> {
  let best = new Set<string>();
  for (const row of grid.slice(0, HEADER_SEARCH_ROWS)) {
    const texts = new Set((row ?? []).map((v) => cellText(v).replace(/\s/g, "")));
    const found = new Set(form.columns.filter((c) => texts.has(c.title)).map((c) => c.title));
    if (found.size > best.size) best = found;
  }
  return best;
}

/** The sheet holding the form: the one of the form's name first, else the first whose header matches. */
function findFormSheet(form: FormDef, workbook: Workbook): { sheet: Worksheet } | FileProblem {
  const sheets = [...workbook.worksheets].sort(
    (a, b) => Number(b.name === form.sheetName) - Number(a.name === form.sheetName),
  );
  let partial: { sheet: Worksheet; found: Set<string> } | null = null;
  for (const sheet of sheets) {
    const { grid } = sheetGrid(sheet, HEADER_SEARCH_ROWS);
    if (readGrid(form, grid).recognised) return { sheet };
    const found = titlesFound(form, grid);
    if (
      found.has(form.columns[0].title) &&
      found.size * 2 >= form.columns.length &&
      (!partial || found.size > partial.found.size)
    )
      partial = { sheet, found };
  }
  if (partial) {
    const missing = form.columns.filter((c) => !partial.found.has(c.title)).map((c) => c.title);
    return fileProblem("missing-columns", { sheet: partial.sheet.name, missing: missing.join("、") });
  }
  return fileProblem("no-form", { sheets: workbook.worksheets.map((s) => s.name).join("、") });
}

/** The hidden 名单 sheet's columns (units, times) below their title row, or null when absent or empty. */
function readListsSheet(workbook: Workbook): Lists | null {
  const sheet = workbook.getWorksheet(LISTS_SHEET);
  if (!sheet) return null;
  const { grid } = sheetGrid(sheet, MAX_ROWS);
  if (!grid.length) return null;
  const column = (c: number) => {
    const items: string[] = [];
    grid.slice(1).forEach((row) => {
      const text = cellText(row[c]);
      if (text && !items.includes(text)) items.push(text);
    });
    return items;
  };
  return { units: column(0), times: column(1) };
}

export async function readWorkbookFile(bytes: Uint8Array, form: FormDef): Promise<WorkbookReading | FileProblem> {
  try {
    const problem = await containerProblem(bytes);
    if (problem) return problem;
    const workbook = new Workbook();
    try {
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch (e) {
      return fileProblem("corrupt", { reason: e instanceof Error ? e.message.slice(0, 80) : "" });
    }
    const found = findFormSheet(form, workbook);
    if ("kind" in found) return found;
    const { grid, overflow } = sheetGrid(found.sheet, MAX_ROWS);
    if (overflow) return fileProblem("too-many-rows", { sheet: found.sheet.name });
    return { sheetName: found.sheet.name, grid, lists: readListsSheet(workbook) };
  } catch (e) {
    return fileProblem("corrupt", { reason: e instanceof Error ? e.message.slice(0, 80) : String(e).slice(0, 80) });
  }
}
