/**
 * A workbook file opened in the stand-in for Excel (src/fake-excel) the way Excel presents it, and saved back.
 *
 * Opening reads the .xlsx with ExcelJS and puts into a fresh stand-in: the sheets in order with their names and
 * visibility (a hidden sheet stays hidden), every cell's stored value (as stored: opening a file is not typing,
 * so no text becomes a number or a date), number formats, merged areas, hidden columns and rows, the locked flag
 * of every cell, data validation (lists, custom rules, prompts and alerts), the highlight rules (custom formulas
 * with their fill, in priority order), the workbook's names, and last each sheet's protection with the options the file
 * allows (format rows / columns / cells …). From then on the stand-in is as strict as Excel: a person typing into
 * a locked cell of a protected sheet is refused, and so is the API.
 *
 * A name defined by a formula (the standard file's self-extending lists, `OFFSET(名单!$A$2,0,0,…)`) becomes the
 * range Excel evaluates it to when the file is opened: from its anchor down to the last non-empty cell of that
 * column below it. Not modelled (the stand-in has no such thing, and no add-in code reads them): row heights and
 * column widths, fonts, fills and borders, page setup.
 *
 * Saving writes the cells whose values differ from what was opened — on any sheet — into a copy of the original
 * file (ExcelJS; the names, which ExcelJS cannot write back when a formula defines them, are put back as they
 * were), the way a save keeps everything else of the workbook. Rows or merged areas added or removed
 * in the stand-in cannot be carried into the copy: the save refuses then, rather than write a wrong file.
 */
import { Workbook, type CellValue as XlsxValue, type Worksheet } from "exceljs";
import { createFakeExcel, parseAddress, type FakeExcelOptions } from "../../src/fake-excel";
import type { ExcelRunner } from "../../src/excel/run";

type Value = string | number | boolean;

interface SheetCells {
  name: string;
  /** "r,c" (0-based) → the value as opened. */
  values: Map<string, Value>;
  merges: string[];
}

export interface OpenedFile {
  fake: ReturnType<typeof createFakeExcel>;
  run: ExcelRunner;
  model: ReturnType<typeof createFakeExcel>["workbook"];
  /** The cells changed since opening: sheet, A1 address, value. */
  changes(): Array<{ sheet: string; address: string; value: Value | "" }>;
  /** The original file with the changed values written in (the original bytes are not touched). */
  save(): Promise<Uint8Array>;
}

function stored(v: XlsxValue): { value: Value | null; formula?: string } {
  if (v === null || v === undefined) return { value: null };
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return { value: v };
  if (v instanceof Date) return { value: v.toISOString() };
  if ("richText" in v) return { value: v.richText.map((p) => p.text).join("") };
  if ("formula" in v || "sharedFormula" in v) {
    const f = v as { formula?: string; result?: unknown };
    const result = f.result;
    return {
      value: typeof result === "string" || typeof result === "number" || typeof result === "boolean" ? result : "",
      formula: f.formula ? `=${f.formula}` : undefined,
    };
  }
  if ("text" in v) return { value: String((v as { text: unknown }).text) };
  if ("error" in v) return { value: String((v as { error: unknown }).error) };
  return { value: null };
}

const letters = (c: number): string => {
  let n = c + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
};
const a1 = (r: number, c: number) => `${letters(c)}${r + 1}`;
const quoted = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;

interface XlsxValidation {
  type: string;
  formulae?: unknown[];
  allowBlank?: boolean;
  showInputMessage?: boolean;
  showErrorMessage?: boolean;
  promptTitle?: string;
  prompt?: string;
  errorStyle?: string;
  errorTitle?: string;
  error?: string;
}

/** ExcelJS lists validation per cell: back to blocks of one column with the same rule. */
function validationBlocks(sheet: Worksheet): Array<{ address: string; v: XlsxValidation }> {
  const model = (sheet as unknown as { dataValidations: { model: Record<string, XlsxValidation> } }).dataValidations
    .model;
  const byRule = new Map<string, { v: XlsxValidation; cells: Array<{ row: number; col: number }> }>();
  for (const [address, v] of Object.entries(model)) {
    for (const part of address.split(/\s+/)) {
      const rect = parseAddress(part);
      for (let c = rect.col; c < rect.col + rect.cols; c++) {
        const key = `${c}|${JSON.stringify(v)}`;
        const entry = byRule.get(key) ?? { v, cells: [] };
        for (let r = rect.row; r < rect.row + rect.rows; r++) entry.cells.push({ row: r, col: c });
        byRule.set(key, entry);
      }
    }
  }
  const out: Array<{ address: string; v: XlsxValidation }> = [];
  for (const { v, cells } of byRule.values()) {
    const rows = cells.map((x) => x.row).sort((a, b) => a - b);
    const col = cells[0].col;
    let start = rows[0];
    rows.forEach((r, i) => {
      if (rows[i + 1] === r + 1) return;
      out.push({ address: `${a1(start, col)}:${a1(r, col)}`, v });
      start = rows[i + 1];
    });
  }
  return out;
}

function rule(v: XlsxValidation): Excel.DataValidationRule | null {
  const f = String(v.formulae?.[0] ?? "");
  if (v.type === "list")
    return { list: { inCellDropDown: true, source: f.startsWith('"') ? f.slice(1, -1) : `=${f}` } };
  if (v.type === "custom") return { custom: { formula: `=${f}` } };
  if (v.type === "any") return null;
  throw new Error(`a validation of type ${v.type} is not modelled by this helper`);
}

const STYLES: Record<string, "Stop" | "Warning" | "Information"> = {
  stop: "Stop",
  warning: "Warning",
  information: "Information",
};

interface XlsxHighlight {
  ref: string;
  rules: Array<{ type: string; formulae?: unknown[]; priority?: number; stopIfTrue?: boolean; style?: unknown }>;
}

/** The workbook's names as written in xl/workbook.xml (ExcelJS mangles formula names: read the XML). */
async function definedNames(bytes: Uint8Array): Promise<Array<{ name: string; formula: string }>> {
  const JSZip = (await import("jszip")).default;
  const xml = await (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")!.async("string");
  const unescape = (t: string) =>
    t
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, "&");
  return [...xml.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)]
    .filter(([, attrs]) => !/localSheetId=/.test(attrs))
    .map(([, attrs, body]) => ({ name: unescape(/name="([^"]*)"/.exec(attrs)![1]), formula: unescape(body) }));
}

/** ExcelJS rewrites names defined by formulas as broken ranges: the saved copy gets the original's names back. */
async function keepNames(original: Uint8Array, saved: Uint8Array): Promise<Uint8Array> {
  const JSZip = (await import("jszip")).default;
  const block = (xml: string) => /<definedNames>[\s\S]*?<\/definedNames>/.exec(xml)?.[0];
  const names = block(await (await JSZip.loadAsync(original)).file("xl/workbook.xml")!.async("string"));
  const zip = await JSZip.loadAsync(saved);
  const xml = await zip.file("xl/workbook.xml")!.async("string");
  if (!names || !block(xml)) return saved;
  zip.file("xl/workbook.xml", xml.replace(block(xml)!, names));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** A name's reference as Excel evaluates it on opening: a range, or an OFFSET list down to its last item. */
function evaluatedReference(formula: string, book: Workbook): string {
  const offset = /^OFFSET\((?:'([^']+)'|([^!(,]+))!\$([A-Z]+)\$(\d+),/.exec(formula);
  if (!offset) return `=${formula}`;
  const sheetName = offset[1] ?? offset[2];
  const sheet = book.getWorksheet(sheetName);
  const col = parseAddress(`${offset[3]}1`).col;
  const first = Number(offset[4]) - 1;
  let last = first;
  sheet?.eachRow((row, n) => {
    const v = stored(row.getCell(col + 1).value).value;
    if (n - 1 >= first && v !== null && v !== "") last = n - 1;
  });
  return `=${quoted(sheetName)}!$${offset[3]}$${first + 1}:$${offset[3]}$${last + 1}`;
}

function argbColour(style: unknown): string | null {
  const argb = (style as { fill?: { fgColor?: { argb?: string }; bgColor?: { argb?: string } } } | undefined)?.fill;
  const hex = argb?.bgColor?.argb ?? argb?.fgColor?.argb;
  return hex ? `#${hex.slice(-6)}` : null;
}

function queueValidation(sheet: Excel.Worksheet, address: string, v: XlsxValidation): void {
  const dv = sheet.getRange(address).dataValidation;
  const r = rule(v);
  if (r) dv.rule = r;
  dv.ignoreBlanks = v.allowBlank ?? false;
  dv.prompt = { showPrompt: !!v.showInputMessage, title: v.promptTitle ?? "", message: v.prompt ?? "" };
  if (r)
    dv.errorAlert = {
      showAlert: !!v.showErrorMessage,
      style: (STYLES[v.errorStyle ?? "stop"] ?? "Stop") as Excel.DataValidationAlertStyle,
      title: v.errorTitle ?? "",
      message: v.error ?? "",
    };
}

/** One sheet's formats, locks, merges, hidden columns and rows, visibility, validation, highlights, protection last. */
function queueSheet(
  sheet: Excel.Worksheet,
  ws: Worksheet,
  merges: string[],
  formats: Array<{ address: string; format: string }>,
  unlocked: string[],
): void {
  for (const f of formats) sheet.getRange(f.address).numberFormat = [[f.format]];
  for (const address of unlocked) sheet.getRange(address).format.protection.locked = false;
  for (const m of merges) sheet.getRange(m).merge(false);
  ws.columns.forEach((col, i) => {
    if (col.hidden) sheet.getRange(`${letters(i)}:${letters(i)}`).columnHidden = true;
  });
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    if (row.hidden) sheet.getRange(`${n}:${n}`).rowHidden = true;
  });
  if (ws.state === "hidden" || ws.state === "veryHidden")
    sheet.visibility = ws.state === "hidden" ? "Hidden" : "VeryHidden";
  for (const { address, v } of validationBlocks(ws)) queueValidation(sheet, address, v);
  // Each add() goes to the top: the lowest priority first.
  const rules = (ws as unknown as { conditionalFormattings: XlsxHighlight[] }).conditionalFormattings
    .flatMap((cf) => cf.rules.map((r) => ({ ref: cf.ref, r })))
    .sort((x, y) => (y.r.priority ?? 0) - (x.r.priority ?? 0));
  for (const { ref, r } of rules) {
    if (r.type !== "expression") throw new Error(`a highlight rule of type ${r.type} is not modelled here`);
    const cf = sheet.getRange(ref.split(" ")[0]).conditionalFormats.add("Custom");
    cf.custom.rule.formula = `=${String(r.formulae?.[0] ?? "")}`;
    const fill = argbColour(r.style);
    if (fill) cf.custom.format.fill.color = fill;
    cf.stopIfTrue = !!r.stopIfTrue;
  }
  const p = (ws as unknown as { sheetProtection?: Record<string, unknown> | null }).sheetProtection;
  if (p?.sheet)
    sheet.protection.protect({
      allowFormatCells: !!p.formatCells,
      allowFormatColumns: !!p.formatColumns,
      allowFormatRows: !!p.formatRows,
      allowInsertRows: !!p.insertRows,
      allowInsertColumns: !!p.insertColumns,
      allowDeleteRows: !!p.deleteRows,
      allowDeleteColumns: !!p.deleteColumns,
      allowSort: !!p.sort,
      allowAutoFilter: !!p.autoFilter,
    });
}

/** Opens `bytes` (an .xlsx) in a fresh stand-in, as Excel presents the file. */
export async function openInStandIn(bytes: Uint8Array, options: FakeExcelOptions = {}): Promise<OpenedFile> {
  const book = new Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const names = await definedNames(bytes);
  const fake = createFakeExcel(options);
  const run: ExcelRunner = (batch) => fake.Excel.run(batch);
  const opened: SheetCells[] = [];

  await run(async (context) => {
    for (const ws of book.worksheets) context.workbook.worksheets.add(ws.name);
    await context.sync();
  });
  const sheets = book.worksheets.map((ws) => {
    const cells: SheetCells = { name: ws.name, values: new Map(), merges: [] };
    const raw = fake.workbook.raw.sheetByName(ws.name)!;
    const formats: Array<{ address: string; format: string }> = [];
    const unlocked: string[] = [];
    ws.eachRow({ includeEmpty: true }, (row, rn) =>
      row.eachCell({ includeEmpty: true }, (cell, cn) => {
        const [r, c] = [rn - 1, cn - 1];
        const { value, formula } = stored(cell.value);
        if (value !== null && !(cell.isMerged && cell.master !== cell)) {
          raw.setValue(r, c, value, formula ?? null);
          cells.values.set(`${r},${c}`, value);
        }
        if (cell.numFmt) formats.push({ address: a1(r, c), format: cell.numFmt });
        if (cell.protection?.locked === false) unlocked.push(a1(r, c));
      }),
    );
    cells.merges = [...((ws.model as unknown as { merges?: string[] }).merges ?? [])];
    opened.push(cells);
    return { ws, cells, formats, unlocked };
  });
  await run(async (context) => {
    for (const n of names) context.workbook.names.add(n.name, evaluatedReference(n.formula, book));
    for (const { ws, cells, formats, unlocked } of sheets)
      queueSheet(context.workbook.worksheets.getItem(ws.name), ws, cells.merges, formats, unlocked);
    context.workbook.worksheets.getItem(book.worksheets[0].name).activate();
    await context.sync();
  });
  fake.stats.reset();

  const changes = () => {
    const out: Array<{ sheet: string; address: string; value: Value | "" }> = [];
    for (const s of opened) {
      const view = fake.workbook.sheet(s.name);
      const used = view.usedRange(true);
      const now = new Map<string, Value>();
      if (used) {
        const rect = parseAddress(used);
        view.values(used).forEach((row, i) =>
          row.forEach((v, j) => {
            if (v !== "" && v !== null) now.set(`${rect.row + i},${rect.col + j}`, v as Value);
          }),
        );
      }
      for (const key of new Set([...s.values.keys(), ...now.keys()])) {
        const before = s.values.get(key);
        const after = now.get(key);
        if (before === after) continue;
        const [r, c] = key.split(",").map(Number);
        out.push({ sheet: s.name, address: a1(r, c), value: after ?? "" });
      }
    }
    return out;
  };

  return {
    fake,
    run,
    model: fake.workbook,
    changes,
    async save() {
      for (const s of opened) {
        const now = new Set(fake.workbook.sheet(s.name).merges());
        if (now.size !== s.merges.length || s.merges.some((m) => !now.has(m)))
          throw new Error(
            `the merged areas of ${s.name} changed (rows added or removed?): this save writes values only`,
          );
      }
      const copy = new Workbook();
      await copy.xlsx.load(bytes as unknown as ArrayBuffer);
      for (const c of changes()) copy.getWorksheet(c.sheet)!.getCell(c.address).value = c.value === "" ? null : c.value;
      return keepNames(bytes, new Uint8Array((await copy.xlsx.writeBuffer()) as ArrayBuffer));
    },
  };
}
