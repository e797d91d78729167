/** Files for reader and command-line tests, made in the test (nothing binary is checked in). */
import { Workbook } from "exceljs";
import JSZip from "jszip";
import { deflateRawSync, createDeflateRaw } from "zlib";
import { FUJIAN1, SAMPLE_DRAFT, SAMPLE_LISTS, type Entries } from "../../src/form";
import { planSheet } from "../../src/plan/sheet-plan";
import type { Cell } from "../../src/reading/read-grid";
import { writeWorkbook } from "../../src/xlsx/write-plan";

/** A workbook holding plain grids (no styles; merges only where given), one sheet per entry. */
export async function gridWorkbook(
  sheets: Record<string, Cell[][]>,
  merges: Record<string, string[]> = {},
): Promise<Uint8Array> {
  const book = new Workbook();
  for (const [name, grid] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(name);
    grid.forEach((row, r) =>
      row.forEach((v, c) => v !== null && v !== undefined && v !== "" && (sheet.getCell(r + 1, c + 1).value = v)),
    );
    for (const m of merges[name] ?? []) sheet.mergeCellsWithoutStyle(m);
  }
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The plan's values as a grid (merged non-anchors ""). */
export function planGrid(entries?: Entries): Cell[][] {
  return planSheet(FUJIAN1, entries).values.map((r) => r.map((v) => v ?? ""));
}

/** Entries that pass every check: all 54 tasks with a complete, listed measure row. */
export function readyEntries(unit = "测试职业技术学院"): Entries {
  const rows: Entries["rows"] = {};
  FUJIAN1.tasks.forEach((t, i) => {
    rows[t.seq] = [
      {
        measure: `举措${t.seq}`,
        target: `目标${t.seq}`,
        unit: FUJIAN1.lists.units[i % FUJIAN1.lists.units.length],
        time: FUJIAN1.lists.times[i % FUJIAN1.lists.times.length],
      },
    ];
  });
  return { header: { unit, contact: "张三", phone: "13800138000" }, rows };
}

/**
 * The standard file with entries; the sample draft comes with its own units, as `fujian1 template --sample` writes it.
 */
export async function formFile(entries?: Entries): Promise<Uint8Array> {
  const lists = entries === SAMPLE_DRAFT ? SAMPLE_LISTS : FUJIAN1.lists;
  return writeWorkbook(planSheet(FUJIAN1, entries, FUJIAN1.sheetName, lists));
}

interface ZipPart {
  name: string;
  data: Uint8Array;
  /** Stored data is deflated (method 8) or stored (0). */
  method: 0 | 8;
  /** Uncompressed size written into the headers (may lie). */
  declared: number;
}

/** A zip built byte by byte, so tests can make headers that lie. CRCs are left 0 (readers here do not check them). */
export function rawZip(parts: ZipPart[]): Uint8Array {
  const enc = new TextEncoder();
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(enc.encode(p.name));
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(p.method, 8);
    local.writeUInt32LE(p.data.length, 18);
    local.writeUInt32LE(p.declared, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(p.method, 10);
    central.writeUInt32LE(p.data.length, 20);
    central.writeUInt32LE(p.declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(p.data));
    centrals.push(central, name);
    offset += local.length + name.length + p.data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, end]));
}

const tiny = (name: string, text: string): ZipPart => {
  const data = Buffer.from(text);
  return { name, data: deflateRawSync(data), method: 8, declared: data.length };
};

/** A small zip whose directory declares an entry of `declared` bytes (an honest-looking bomb). */
export function declaredBomb(declared = 0xfffffff0): Uint8Array {
  return rawZip([
    tiny("[Content_Types].xml", "<Types/>"),
    tiny("xl/workbook.xml", "<workbook/>"),
    { ...tiny("xl/worksheets/sheet1.xml", "<worksheet/>"), declared },
  ]);
}

/** A zip whose sheet claims 100 bytes but inflates to `megabytes` MB of zeros (a bomb that lies). */
export async function lyingBomb(megabytes = 300): Promise<Uint8Array> {
  const deflate = createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => deflate.on("end", resolve));
  const mb = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < megabytes; i++) deflate.write(mb);
  deflate.end();
  await done;
  const bomb: ZipPart = { name: "xl/worksheets/sheet1.xml", data: Buffer.concat(chunks), method: 8, declared: 100 };
  // A package that leads to the bomb: the reader opens the sheet through the relationships.
  const parts = handPackage({ 附件1: [] });
  delete parts["xl/worksheets/sheet1.xml"];
  return rawZip([...Object.entries(parts).map(([name, text]) => tiny(name, text)), bomb]);
}

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** An OLE2 container header followed by filler (what an .xls starts with). */
export function ole2File(withEncryptedPackage = false): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set(OLE2, 0);
  for (let i = 8; i < 512; i++) bytes[i] = (i * 7) & 0xff;
  if (withEncryptedPackage) {
    const name = "EncryptedPackage";
    for (let i = 0; i < name.length; i++) bytes[1024 + i * 2] = name.charCodeAt(i);
  }
  return bytes;
}

/** Random bytes that start like nothing known. */
export function randomBytes(length = 5000, seed = 7): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out[i] = x >> 16;
  }
  out[0] = 0x8f;
  out[1] = 0x00;
  return out;
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const colName = (c: number): string =>
  (c >= 26 ? colName(Math.floor(c / 26) - 1) : "") + String.fromCharCode(65 + (c % 26));

export interface HandPackageOptions {
  /** Where the workbook part lives (default xl/workbook.xml). */
  workbook?: string;
  /** Where each sheet part lives, relative to the package root (default xl/worksheets/sheetN.xml). */
  sheetPart?: (index: number) => string;
  /** A namespace prefix for the spreadsheetml elements (default none). */
  prefix?: string;
  /** Leave out the r attributes of rows and cells. */
  noRefs?: boolean;
  /** Extra XML inside each worksheet after sheetData (merges, validations…). */
  after?: string;
}

/**
 * A package written by hand, as other writers do (inline strings, no styles, no shared strings), so that
 * tests can vary what ExcelJS never does: part names, prefixes, missing attributes, missing parts.
 * Returns the parts; `zipParts` packs them.
 */
export function handPackage(
  sheets: Record<string, Cell[][]>,
  options: HandPackageOptions = {},
): Record<string, string> {
  const ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const rns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const p = options.prefix ? `${options.prefix}:` : "";
  const xmlns = options.prefix ? `xmlns:${options.prefix}="${ns}"` : `xmlns="${ns}"`;
  const workbook = options.workbook ?? "xl/workbook.xml";
  const wbFolder = workbook.slice(0, workbook.lastIndexOf("/") + 1);
  const sheetPart = options.sheetPart ?? ((i: number) => `xl/worksheets/sheet${i + 1}.xml`);
  const names = Object.keys(sheets);
  const relative = (target: string) => {
    // The target relative to the workbook's folder when it is inside it, else absolute.
    return target.startsWith(wbFolder) ? target.slice(wbFolder.length) : `/${target}`;
  };
  const files: Record<string, string> = {};
  files["[Content_Types].xml"] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/${workbook}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
    names
      .map(
        (_, i) =>
          `<Override PartName="/${sheetPart(i)}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
      )
      .join("") +
    `</Types>`;
  files["_rels/.rels"] =
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="${rns}/officeDocument" Target="${workbook}"/></Relationships>`;
  files[`${wbFolder}_rels/${workbook.slice(wbFolder.length)}.rels`] =
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    names
      .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${rns}/worksheet" Target="${esc(relative(sheetPart(i)))}"/>`)
      .join("") +
    `</Relationships>`;
  files[workbook] =
    `<?xml version="1.0" encoding="UTF-8"?><${p}workbook ${xmlns} xmlns:r="${rns}"><${p}sheets>` +
    names.map((n, i) => `<${p}sheet name="${esc(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("") +
    `</${p}sheets></${p}workbook>`;
  names.forEach((n, i) => {
    const rows = sheets[n]
      .map((row, r) => {
        const cells = row
          .map((v, c) => {
            if (v === "" || v === null || v === undefined) return options.noRefs ? `<${p}c/>` : "";
            const ref = options.noRefs ? "" : ` r="${colName(c)}${r + 1}"`;
            return typeof v === "number"
              ? `<${p}c${ref}><${p}v>${v}</${p}v></${p}c>`
              : `<${p}c${ref} t="inlineStr"><${p}is><${p}t xml:space="preserve">${esc(String(v))}</${p}t></${p}is></${p}c>`;
          })
          .join("");
        return `<${p}row${options.noRefs ? "" : ` r="${r + 1}"`}>${cells}</${p}row>`;
      })
      .join("");
    files[sheetPart(i)] =
      `<?xml version="1.0" encoding="UTF-8"?><${p}worksheet ${xmlns}><${p}sheetData>${rows}</${p}sheetData>${options.after ?? ""}</${p}worksheet>`;
  });
  return files;
}

/** Packs parts into a zip (deflated natively; CRCs left 0, which the reader does not check). */
export async function zipParts(files: Record<string, string | Uint8Array>, stored: string[] = []): Promise<Uint8Array> {
  return rawZip(
    Object.entries(files).map(([name, data]) => {
      const bytes = typeof data === "string" ? Buffer.from(data) : Buffer.from(data);
      return stored.includes(name)
        ? { name, data: bytes, method: 0, declared: bytes.length }
        : { name, data: deflateRawSync(bytes), method: 8, declared: bytes.length };
    }),
  );
}

/** Edits the first worksheet part of a package (as ExcelJS writes it) with `edit`. */
export async function editSheetXml(bytes: Uint8Array, edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const name = "xl/worksheets/sheet1.xml";
  zip.file(name, edit(await (zip.file(name) as JSZip.JSZipObject).async("string")));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** A dropdown over whole columns and an input message over the whole sheet (what hung ExcelJS at 1.2 GB). */
export async function wholeColumnValidations(bytes: Uint8Array): Promise<Uint8Array> {
  const validations =
    `<dataValidations count="2">` +
    `<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="G1:G1048576 H:H">` +
    `<formula1>"2025年,2026年"</formula1></dataValidation>` +
    `<dataValidation allowBlank="1" showInputMessage="1" promptTitle="提示" prompt="请填写" sqref="A1:XFD1048576"/>` +
    `</dataValidations>`;
  return editSheetXml(bytes, (xml) =>
    xml
      .replace(/<dataValidations[\s\S]*?<\/dataValidations>/, "")
      .replace(
        /(<\/sheetData>(?:<sheetProtection[^>]*\/>)?(?:<autoFilter[^>]*\/>)?(?:<mergeCells[\s\S]*?<\/mergeCells>)?)/,
        `$1${validations}`,
      ),
  );
}

/**
 * `rows` rows of `columns` styled empty cells below the form (a sheet formatted down to row 100,000 and
 * beyond, as users do by selecting whole columns): within every limit, millions of cells with no value.
 */
export async function styledEmptyCells(bytes: Uint8Array, rows: number, columns = 64): Promise<Uint8Array> {
  return editSheetXml(bytes, (xml) => {
    const last = Math.max(...[...xml.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1])));
    const parts: string[] = [];
    for (let r = last + 1; r <= last + rows; r++) {
      let row = `<row r="${r}">`;
      for (let c = 0; c < columns; c++) row += `<c r="${colName(c)}${r}" s="1"/>`;
      parts.push(row + "</row>");
    }
    return xml.replace("</sheetData>", `${parts.join("")}</sheetData>`);
  });
}
