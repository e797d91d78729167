/**
 * The relay's files: a unit's file (the unit plan, plus the hidden 分发信息 sheet with its identity) and the
 * master after a gather (the standard file of the gathered entries, plus a 收回记录 sheet and the master's
 * record in 分发信息). Also the master's record written into an existing workbook without touching anything
 * else (split: the master learns its id and current hand-out). Browser-safe (ExcelJS, JSZip).
 */
import type { Workbook } from "exceljs";
import JSZip from "jszip";
import type { ProtectionSpec, SheetPlan } from "../plan/types";
import { columnLetter, cellAddress } from "../plan/a1";
import { encodeIdentity, GATHER_LOG_SHEET, RELAY_SHEET, type HandOutIdentity } from "../relay/identity";
import { handOutNote, roleRows, roleTitle, unitCells, unitPlan } from "../relay/unit-plan";
import type { SplitPlan } from "../relay/units";
import { HEADING_FONT } from "../plan/metrics";
import { SHEET_PROTECTION } from "../plan/protection";
import { patchPackage } from "./patch-package";
import { buildWorkbook, type WriteOptions } from "./write-plan";
import { nameFormulas, protect } from "./write-rules";

/** A sheet of text cells (收回记录 visible, 分发信息 hidden), protected as the form's sheet is: read, not edited. */
async function addTextSheet(
  workbook: Workbook,
  name: string,
  rows: string[][],
  state: "visible" | "hidden",
): Promise<void> {
  const sheet = workbook.addWorksheet(name, { state });
  rows.forEach((row, r) =>
    row.forEach((text, c) => {
      const cell = sheet.getCell(r + 1, c + 1);
      cell.numFmt = "@";
      if (text) cell.value = text;
    }),
  );
  if (state === "visible") {
    sheet.getRow(1).font = { name: HEADING_FONT.name, size: HEADING_FONT.size, bold: true };
    [14, 28, 18, 30, 30, 40].forEach((w, i) => (sheet.getColumn(i + 1).width = w));
    sheet.views = [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "A2" }];
  }
  await protect(sheet, SHEET_PROTECTION);
}

async function write(
  plan: SheetPlan,
  sheets: Array<[string, string[][], "visible" | "hidden"]>,
  options: WriteOptions,
) {
  const { workbook, stopIfTrue } = await buildWorkbook(plan, options);
  for (const [name, rows, state] of sheets) await addTextSheet(workbook, name, rows, state);
  // Stored, not compressed: the package patch compresses it once (a unit's file costs one pass, not two).
  const written = await workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } } as never);
  return patchPackage(new Uint8Array(written as ArrayBuffer), { stopIfTrue, nameFormulas: nameFormulas(plan) });
}

/** A unit's file: its plan (src/relay/unit-plan.ts) and its identity's cells (encodeIdentity). */
export function writeUnitFile(plan: SheetPlan, identity: string[][], options: WriteOptions = {}): Promise<Uint8Array> {
  return write(plan, [[RELAY_SHEET, identity, "hidden"]], options);
}

/** The master after a gather: the standard file, 收回记录 (visible) and the master's record (hidden). */
export function writeGatheredFile(
  plan: SheetPlan,
  record: string[][],
  logRows: string[][],
  options: WriteOptions = {},
): Promise<Uint8Array> {
  return write(
    plan,
    [
      [GATHER_LOG_SHEET, logRows, "visible"],
      [RELAY_SHEET, record, "hidden"],
    ],
    options,
  );
}

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WORKSHEET_TYPE = `${REL_NS}/worksheet`;
const WORKSHEET_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function columnName(c: number): string {
  let n = c + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/**
 * The <sheetProtection> of `p` without a password, as ExcelJS's protect() (write-rules.ts) writes it: in the
 * file an attribute says what is prevented, so each thing allowed is written "0".
 */
function sheetProtectionXml(p: ProtectionSpec): string {
  const allowed: Array<[string, boolean]> = [
    ["formatCells", p.allowFormatCells],
    ["formatColumns", p.allowFormatColumns],
    ["formatRows", p.allowFormatRows],
    ["insertRows", p.allowInsertRows],
    ["deleteRows", p.allowDeleteRows],
    ["sort", p.allowSort],
    ["autoFilter", p.allowAutoFilter],
  ];
  return `<sheetProtection sheet="1"${allowed.map(([name, yes]) => (yes ? ` ${name}="0"` : "")).join("")}/>`;
}

/**
 * A worksheet of text cells (inline strings, so the shared strings stay as they are), protected as the form's
 * sheet is (the identity in 分发信息 is read, not typed over, even when a user unhides the sheet).
 */
export function textSheetXml(rows: string[][]): string {
  const body = rows
    .map((row, r) => {
      const cells = row
        .map((text, c) =>
          text
            ? `<c r="${columnName(c)}${r + 1}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`
            : "",
        )
        .join("");
      return cells ? `<row r="${r + 1}">${cells}</row>` : "";
    })
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}"><sheetData>${body}</sheetData>${sheetProtectionXml(SHEET_PROTECTION)}</worksheet>`;
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/**
 * Writes `rows` as the hidden sheet `name` of an existing package, replacing that sheet's cells when it is
 * there, adding it at the end otherwise. Nothing else of the package changes. Throws when the package is not
 * laid out as a workbook (the caller read it with the reader first).
 */
export async function setHiddenSheet(bytes: Uint8Array, name: string, rows: string[][]): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const rootRels = (await zip.file("_rels/.rels")?.async("string")) ?? "";
  const bookPath =
    /Target="\/?([^"]*)"[^>]*Type="[^"]*officeDocument"|Type="[^"]*officeDocument"[^>]*Target="\/?([^"]*)"/
      .exec(rootRels)
      ?.slice(1)
      .find(Boolean) ?? "xl/workbook.xml";
  const folder = bookPath.replace(/[^/]*$/, "");
  const relsPath = `${folder}_rels/${bookPath.slice(folder.length)}.rels`;
  let book = await zip.file(bookPath)?.async("string");
  let rels = await zip.file(relsPath)?.async("string");
  let types = await zip.file("[Content_Types].xml")?.async("string");
  if (!book || !rels || !types) throw new Error("not a workbook package");
  const xml = textSheetXml(rows);
  const sheetTags = book.match(/<(\w+:)?sheet\b[^>]*>/g) ?? [];
  const existing = sheetTags.find((t) => attr(t, "name") === escapeXml(name));
  const relTags = rels.match(/<(\w+:)?Relationship\b[^>]*>/g) ?? [];
  if (existing) {
    const id = /\s[\w]+:id="([^"]*)"/.exec(existing)?.[1];
    const target = relTags.find((t) => attr(t, "Id") === id);
    const to = target && attr(target, "Target");
    if (!to) throw new Error(`sheet ${name} has no part`);
    const part = to.startsWith("/") ? to.slice(1) : folder + to;
    zip.file(part, xml);
  } else {
    const used = new Set(Object.keys(zip.files));
    let n = 1;
    while (used.has(`${folder}worksheets/sheet${n}.xml`)) n++;
    const part = `worksheets/sheet${n}.xml`;
    const ids = new Set(relTags.map((t) => attr(t, "Id")));
    let k = relTags.length + 1;
    while (ids.has(`rId${k}`)) k++;
    const relId = `rId${k}`;
    const sheetIds = sheetTags.map((t) => Number(attr(t, "sheetId") ?? 0));
    const sheetId = Math.max(0, ...sheetIds) + 1;
    const prefix = /xmlns:(\w+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(
      book,
    )?.[1];
    const rPrefix = prefix ?? "rr";
    const declare = prefix ? "" : ` xmlns:rr="${REL_NS}"`;
    const tag = `<sheet name="${escapeXml(name)}" sheetId="${sheetId}" state="hidden" ${rPrefix}:id="${relId}"${declare}/>`;
    const mainPrefix = /<(\w+:)?sheets\b/.exec(book)?.[1] ?? "";
    book = book.replace(
      new RegExp(`</${mainPrefix}sheets>`),
      `${mainPrefix ? tag.replace("<sheet", `<${mainPrefix}sheet`) : tag}</${mainPrefix}sheets>`,
    );
    const relPrefix = /<(\w+:)?Relationships\b/.exec(rels)?.[1] ?? "";
    rels = rels.replace(
      new RegExp(`</${relPrefix}Relationships>`),
      `<${relPrefix}Relationship Id="${relId}" Type="${WORKSHEET_TYPE}" Target="${part}"/></${relPrefix}Relationships>`,
    );
    const typesPrefix = /<(\w+:)?Types\b/.exec(types)?.[1] ?? "";
    types = types.replace(
      new RegExp(`</${typesPrefix}Types>`),
      `<${typesPrefix}Override PartName="/${folder}${part}" ContentType="${WORKSHEET_CONTENT}"/></${typesPrefix}Types>`,
    );
    zip.file(folder + part, xml);
    zip.file(bookPath, book);
    zip.file(relsPath, rels);
    zip.file("[Content_Types].xml", types);
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

/** The part of a sheet, found by name through workbook.xml and its relationships. */
async function sheetPart(zip: JSZip, name: string): Promise<string> {
  const book = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  const tag = (book.match(/<sheet\b[^>]*>/g) ?? []).find((t) => attr(t, "name") === escapeXml(name));
  const id = tag && /\s[\w]+:id="([^"]*)"/.exec(tag)?.[1];
  const rel = (rels.match(/<Relationship\b[^>]*>/g) ?? []).find((t) => attr(t, "Id") === id);
  const target = rel && attr(rel, "Target");
  if (!target) throw new Error(`sheet ${name} not written`);
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

const inlineCell = (open: string, text: string) =>
  `${open} t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;

/**
 * Every unit's file of one hand-out, fast: ExcelJS writes the file once (a template whose first task is open
 * and whose role column, note and title are empty); each unit's file is that package with its own cells' lock
 * state (the two styles each fill column has: open and locked), its role texts, note and title as inline
 * strings, and its identity sheet. What it writes equals writeUnitFile(unitPlan(...)) cell for cell
 * (tests/relay/unit-file.test.ts); it costs one compression per unit instead of a whole ExcelJS write.
 */
export async function writeUnitFiles(
  base: SheetPlan,
  units: Array<{ plan: SplitPlan; identity: HandOutIdentity }>,
  options: WriteOptions = {},
): Promise<Uint8Array[]> {
  const { layout } = base;
  const [first, second] = layout.tasks;
  if (!units.length) return [];
  if (!second)
    return Promise.all(
      units.map((u) => writeUnitFile(unitPlan(base, u.plan, u.identity), encodeIdentity(u.identity), options)),
    );
  const templateSplit: SplitPlan = {
    unit: "",
    lead: [first.seq],
    co: [],
    locked: layout.tasks.slice(1).map((t) => t.seq),
  };
  const template = unitPlan(base, templateSplit, units[0].identity);
  const cells = unitCells(layout);
  const values = template.values.map((row) => [...row]);
  for (let r = 0; r < values.length; r++) if (values[r][cells.roleCol]) values[r][cells.roleCol] = "";
  values[cells.note.row][cells.note.col] = "";
  values[cells.roleTitle.row][cells.roleTitle.col] = "";
  const bytes = await write({ ...template, values }, [[RELAY_SHEET, [], "hidden"]], options);
  const zip = await JSZip.loadAsync(bytes);
  const formPart = await sheetPart(zip, base.sheetName);
  const relayPart = await sheetPart(zip, RELAY_SHEET);
  const xml = (await zip.file(formPart)?.async("string")) ?? "";
  const styleAt = (address: string) => new RegExp(`<c r="${address}"[^>]*?\\ss="(\\d+)"`).exec(xml)?.[1];
  // Per fill column (and the 不涉及 column): its open style (the template's first task) and its locked one.
  const styles = new Map<string, { open: string; locked: string }>();
  for (const c of [...layout.fillCols, layout.markCol]) {
    const open = styleAt(cellAddress(first.firstRow, c));
    const locked = styleAt(cellAddress(second.firstRow, c));
    if (!open || !locked || open === locked) throw new Error(`no open and locked style in column ${c}`);
    styles.set(columnLetter(c), { open, locked });
  }
  const roleLetter = columnLetter(cells.roleCol);
  const noteAddress = cellAddress(cells.note.row, cells.note.col);
  const titleAddress = cellAddress(cells.roleTitle.row, cells.roleTitle.col);
  const out: Uint8Array[] = [];
  for (const u of units) {
    const roles = roleRows(layout, u.plan);
    const lead = new Set(u.plan.lead);
    const open = new Set<number>();
    for (const t of layout.tasks)
      if (lead.has(t.seq)) for (let r = t.firstRow; r < t.firstRow + t.rowCount; r++) open.add(r + 1);
    const texts = new Map<string, string>([
      [noteAddress, handOutNote(u.plan, u.identity)],
      [titleAddress, roleTitle(u.plan.unit)],
    ]);
    for (const [r, role] of roles) texts.set(`${roleLetter}${r + 1}`, role);
    const firstOpen = layout.tasks.find((t) => lead.has(t.seq));
    const active = firstOpen ? cellAddress(firstOpen.firstRow, layout.fillCols[0]) : "A1";
    const sheet = xml
      .replace(
        /<c r="([A-Z]+)(\d+)"([^>]*?)(\/?)>/g,
        (whole, col: string, row: string, rest: string, close: string) => {
          const address = `${col}${row}`;
          const text = texts.get(address);
          if (text !== undefined) {
            if (!close) throw new Error(`template cell ${address} is not empty`);
            return inlineCell(`<c r="${address}"${rest}`, text);
          }
          const s = styles.get(col);
          const n = Number(row);
          if (!s || n <= layout.firstTaskRow) return whole;
          return whole.replace(/\ss="\d+"/, ` s="${open.has(n) ? s.open : s.locked}"`);
        },
      )
      .replace(/(<selection\b[^>]*?activeCell=")[A-Z]+\d+("[^>]*?sqref=")[A-Z]+\d+/, `$1${active}$2${active}`);
    zip.file(formPart, sheet);
    zip.file(relayPart, textSheetXml(encodeIdentity(u.identity)));
    out.push(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } }));
  }
  return out;
}
