/**
 * The relay's files: a unit's file (the unit plan, plus the hidden 分发信息 sheet with its identity) and the
 * master after a gather (the standard file of the gathered entries, plus a 收回记录 sheet and the master's
 * record in 分发信息). Also the master's record written into an existing workbook without touching anything
 * else (split: the master learns its id and current hand-out). Browser-safe (ExcelJS, JSZip).
 */
import type { Workbook } from "exceljs";
import JSZip from "jszip";
import type { SheetPlan } from "../plan/types";
import { GATHER_LOG_SHEET, RELAY_SHEET } from "../relay/identity";
import { HEADING_FONT } from "../plan/metrics";
import { patchPackage } from "./patch-package";
import { buildWorkbook, type WriteOptions } from "./write-plan";
import { nameFormulas } from "./write-rules";

function addTextSheet(workbook: Workbook, name: string, rows: string[][], state: "visible" | "hidden"): void {
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
}

async function write(
  plan: SheetPlan,
  sheets: Array<[string, string[][], "visible" | "hidden"]>,
  options: WriteOptions,
) {
  const { workbook, stopIfTrue } = await buildWorkbook(plan, options);
  for (const [name, rows, state] of sheets) addTextSheet(workbook, name, rows, state);
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

/** A worksheet of text cells (inline strings, so the shared strings stay as they are). */
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
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}"><sheetData>${body}</sheetData></worksheet>`;
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
