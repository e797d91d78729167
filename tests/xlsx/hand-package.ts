/**
 * Packages written by hand for the reader's tests, without ExcelJS (jest loads every test file of a mutation
 * run for every mutant: importing ExcelJS costs a second each time). tests/xlsx/fixtures.ts re-exports them.
 */
import { deflateRawSync, createDeflateRaw } from "zlib";
import { FUJIAN1, type Entries } from "../../src/form";
import { planSheet } from "../../src/plan/sheet-plan";
import type { Cell } from "../../src/reading/read-grid";

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

export const colName = (c: number): string =>
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
