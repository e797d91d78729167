/** Files for reader and command-line tests, made in the test (nothing binary is checked in). */
import { Workbook } from "exceljs";
import { deflateRawSync, createDeflateRaw } from "zlib";
import { FUJIAN1, SAMPLE_DRAFT, SAMPLE_LISTS, type Entries } from "../../src/form";
import { planSheet } from "../../src/plan/sheet-plan";
import type { Cell } from "../../src/reading/read-grid";
import { writeWorkbook } from "../../src/xlsx/write-plan";

/** A workbook holding plain grids (no styles, no merges), one sheet per entry. */
export async function gridWorkbook(sheets: Record<string, Cell[][]>): Promise<Uint8Array> {
  const book = new Workbook();
  for (const [name, grid] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(name);
    grid.forEach((row, r) =>
      row.forEach((v, c) => v !== null && v !== undefined && v !== "" && (sheet.getCell(r + 1, c + 1).value = v)),
    );
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
  return rawZip([tiny("[Content_Types].xml", "<Types/>"), tiny("xl/workbook.xml", "<workbook/>"), bomb]);
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
