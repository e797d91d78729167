/**
 * The zip guard: a file's central directory read and judged before anything is unpacked (refused as truncated,
 * damaged, too many entries or too large), zip64 records followed, and the Word reader's inflating count.
 * Pure and fast: every zip is built in memory (./zip-bytes.ts).
 */
import JSZip from "jszip";
import { MAX_UNPACKED_BYTES, MAX_ZIP_ENTRIES } from "../../src/ooxml/limits";
import { PackageParts } from "../../src/ooxml/package-parts";
import { checkInflatedSize, readDirectory, type ZipEntryInfo } from "../../src/ooxml/zip-guard";
import { textEntry, zipBytes, type Entry } from "./zip-bytes";

const entriesOf = (bytes: Uint8Array): ZipEntryInfo[] => {
  const dir = readDirectory(bytes);
  if (!dir.ok) throw new Error(`refused: ${dir.reason}`);
  return dir.entries;
};

/** The text of every part, read back through the entries the guard found. */
async function texts(bytes: Uint8Array): Promise<Record<string, string | null>> {
  const parts = new PackageParts(bytes, entriesOf(bytes));
  const out: Record<string, string | null> = {};
  for (const name of parts.names()) out[name] = await parts.text(name);
  return out;
}

const TWO = [textEntry("a.xml", "<a>一</a>"), textEntry("目录/b.xml", "<b>二二</b>", 0)];

describe("a zip's directory, read before anything is unpacked", () => {
  it("lists each entry with its name, sizes, place, method and flags", () => {
    const bytes = zipBytes([...TWO, { ...textEntry("c.xml", "c"), flags: 0x0808 }]);
    const [a, b, c] = entriesOf(bytes);
    const aData = TWO[0].data.length;
    expect(a).toEqual({
      name: "a.xml",
      compressedSize: aData,
      uncompressedSize: Buffer.byteLength("<a>一</a>"),
      offset: 0,
      method: 8,
      flags: 0,
    });
    expect(b).toEqual({
      name: "目录/b.xml",
      compressedSize: Buffer.byteLength("<b>二二</b>"),
      uncompressedSize: Buffer.byteLength("<b>二二</b>"),
      offset: 30 + 5 + aData,
      method: 0,
      flags: 0,
    });
    expect(c).toMatchObject({ name: "c.xml", flags: 0x0808, method: 8 });
  });

  it("reads a zip written by JSZip, with comments, back to its texts", async () => {
    const zip = new JSZip();
    zip.file("x/1.xml", "<r>甲</r>", { comment: "条目注释" });
    zip.file("x/2.xml", "<r>乙</r>");
    zip.folder("空");
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE", comment: "归档注释" });
    expect(await texts(bytes)).toEqual({ "x/1.xml": "<r>甲</r>", "x/2.xml": "<r>乙</r>" });
  });

  it("an empty zip (the end record alone, 22 bytes) has no entries; fewer bytes are truncated", () => {
    const empty = zipBytes([]);
    expect(empty.length).toBe(22);
    expect(readDirectory(empty)).toEqual({ ok: true, entries: [] });
    expect(readDirectory(empty.subarray(1))).toEqual({ ok: false, reason: "truncated" });
    expect(readDirectory(empty.subarray(0, 21))).toEqual({ ok: false, reason: "truncated" });
    expect(readDirectory(new Uint8Array())).toEqual({ ok: false, reason: "truncated" });
  });

  it("finds the end record behind the longest comment a zip can have, not further", () => {
    expect(entriesOf(zipBytes(TWO, { comment: 65535 })).map((e) => e.name)).toEqual(["a.xml", "目录/b.xml"]);
    expect(readDirectory(zipBytes(TWO, { comment: 65535, trailing: 1 }))).toEqual({ ok: false, reason: "truncated" });
  });

  it("a file cut off before its end record, or whose directory runs past the end, is truncated", () => {
    const bytes = zipBytes(TWO);
    expect(readDirectory(bytes.subarray(0, bytes.length - 1))).toEqual({ ok: false, reason: "truncated" });
    // The directory ends where the end record starts: one byte more declared runs past the file when the
    // end record is all that follows.
    const empty = zipBytes([]);
    const spanning = Buffer.from(empty);
    spanning.writeUInt32LE(22, 12); // the directory is the whole file: it ends exactly at the end
    expect(readDirectory(new Uint8Array(spanning))).toEqual({ ok: true, entries: [] });
    spanning.writeUInt32LE(23, 12);
    expect(readDirectory(new Uint8Array(spanning))).toEqual({ ok: false, reason: "truncated" });
    spanning.writeUInt32LE(0, 12);
    spanning.writeUInt32LE(23, 16);
    expect(readDirectory(new Uint8Array(spanning))).toEqual({ ok: false, reason: "truncated" });
  });

  it("a directory entry without its signature, or counted but missing, is damaged", () => {
    const bytes = Buffer.from(zipBytes(TWO));
    const at = bytes.indexOf(Buffer.from([0x50, 0x4b, 1, 2]));
    const broken = Buffer.from(bytes);
    broken[at + 3] = 9;
    expect(readDirectory(new Uint8Array(broken))).toEqual({ ok: false, reason: "corrupt" });
    // Three entries counted, two written: the third would start at the end record.
    expect(readDirectory(zipBytes(TWO, { count: 3 }))).toEqual({ ok: false, reason: "corrupt" });
  });

  it("an entry whose name or extra field runs past the end of the file is damaged", () => {
    const bytes = Buffer.from(zipBytes([textEntry("a.xml", "<a/>")]));
    const at = bytes.indexOf(Buffer.from([0x50, 0x4b, 1, 2]));
    const longName = Buffer.from(bytes);
    longName.writeUInt16LE(5 + 22 + 1, at + 28); // the name would take in the end record and one byte more
    expect(readDirectory(new Uint8Array(longName))).toEqual({ ok: false, reason: "corrupt" });
    const longExtra = Buffer.from(bytes);
    longExtra.writeUInt16LE(22 + 1, at + 30);
    expect(readDirectory(new Uint8Array(longExtra))).toEqual({ ok: false, reason: "corrupt" });
    // Up to the last byte of the file is still in it.
    const toTheEnd = Buffer.from(bytes);
    toTheEnd.writeUInt16LE(5 + 22, at + 28);
    expect(entriesOf(new Uint8Array(toTheEnd))[0].name).toMatch(/^a\.xml/);
  });

  it(`refuses more than ${MAX_ZIP_ENTRIES} entries, before reading them; accepts exactly that many`, () => {
    expect(readDirectory(zipBytes([], { count: MAX_ZIP_ENTRIES + 1 }))).toEqual({ ok: false, reason: "entries" });
    const many: Entry[] = Array.from({ length: MAX_ZIP_ENTRIES }, (_, i) => textEntry(`${i}`, "", 0));
    const dir = readDirectory(zipBytes(many));
    expect(dir.ok && dir.entries.length).toBe(MAX_ZIP_ENTRIES);
  });

  it(`refuses entries declaring more than ${MAX_UNPACKED_BYTES / 1024 / 1024} MB in all; accepts exactly that`, () => {
    const half = MAX_UNPACKED_BYTES / 2;
    const declaring = (sizes: number[]) => sizes.map((declared, i) => ({ ...textEntry(`${i}.xml`, "x"), declared }));
    expect(entriesOf(zipBytes(declaring([half, half]))).map((e) => e.uncompressedSize)).toEqual([half, half]);
    expect(readDirectory(zipBytes(declaring([half, half + 1])))).toEqual({ ok: false, reason: "size" });
    expect(readDirectory(zipBytes(declaring([MAX_UNPACKED_BYTES + 1, 0])))).toEqual({ ok: false, reason: "size" });
  });
});

describe("zip64: sizes and places past 4 GB, as the zip64 records give them", () => {
  it.each([["count"], ["size"], ["offset"]] as const)(
    "follows the zip64 end record when the end record's %s overflows",
    async (field) => {
      const bytes = zipBytes(TWO, { zip64End: [field] });
      expect(await texts(bytes)).toEqual({ "a.xml": "<a>一</a>", "目录/b.xml": "<b>二二</b>" });
    },
  );

  it("a zip64 end record that is missing, or points past the end, makes the file truncated", () => {
    const bytes = Buffer.from(zipBytes(TWO, { zip64End: ["count"] }));
    const locator = bytes.length - 22 - 20;
    const noLocator = Buffer.from(bytes);
    noLocator[locator] = 0;
    expect(readDirectory(new Uint8Array(noLocator))).toEqual({ ok: false, reason: "truncated" });
    const pastEnd = Buffer.from(bytes);
    pastEnd.writeBigUInt64LE(BigInt(bytes.length - 56 + 1), locator + 8);
    expect(readDirectory(new Uint8Array(pastEnd))).toEqual({ ok: false, reason: "truncated" });
    const wrongRecord = Buffer.from(bytes);
    wrongRecord[locator - 56] = 0;
    expect(readDirectory(new Uint8Array(wrongRecord))).toEqual({ ok: false, reason: "truncated" });
    // A zip that is only the locator and the end record: the zip64 record would start before the file.
    expect(readDirectory(new Uint8Array(bytes.subarray(locator)))).toEqual({ ok: false, reason: "truncated" });
  });

  it("zip64 records may stand anywhere before the end: a locator at the start, a record in the comment", () => {
    const bytes = Buffer.alloc(20 + 22 + 56);
    bytes.writeUInt32LE(0x07064b50, 0); // the locator, pointing at the record in the end record's comment
    bytes.writeBigUInt64LE(42n, 8);
    bytes.writeUInt32LE(0x06054b50, 20); // the end record: every count overflows
    bytes.writeUInt16LE(0xffff, 28);
    bytes.writeUInt16LE(0xffff, 30);
    bytes.writeUInt16LE(56, 40);
    bytes.writeUInt32LE(0x06064b50, 42); // the zip64 end record, its last byte the file's last: no entries
    bytes.writeBigUInt64LE(44n, 46);
    expect(readDirectory(new Uint8Array(bytes))).toEqual({ ok: true, entries: [] });
    // The same end record with no room for a locator before it.
    expect(readDirectory(new Uint8Array(bytes.subarray(20, 42)))).toEqual({ ok: false, reason: "truncated" });
  });

  it("a locator pointing into the last bytes of the file is truncated", () => {
    const bytes = Buffer.from(zipBytes(TWO, { zip64End: ["count"] }));
    bytes.writeBigUInt64LE(BigInt(bytes.length - 2), bytes.length - 22 - 20 + 8);
    expect(readDirectory(new Uint8Array(bytes))).toEqual({ ok: false, reason: "truncated" });
  });

  it("a directory entry cut off by the end of the file is damaged", () => {
    // One entry, two counted; the first entry's comment length leads past the end record into its comment,
    // where the second entry's signature stands with no room for the rest of its header.
    const bytes = Buffer.from(zipBytes([textEntry("a.xml", "<a/>")], { count: 2, comment: 10 }));
    const at = bytes.indexOf(Buffer.from([0x50, 0x4b, 1, 2]));
    bytes.writeUInt16LE(22, at + 32);
    bytes.writeUInt32LE(0x02014b50, bytes.length - 10);
    expect(readDirectory(new Uint8Array(bytes))).toEqual({ ok: false, reason: "corrupt" });
  });

  it("a zip64 field too short for a size that overflows leaves it overflowing: refused as too large", () => {
    const bytes = Buffer.from(zipBytes([{ ...textEntry("s", "abc", 0), zip64: ["usize"] }]));
    const at = bytes.indexOf(Buffer.from([0x50, 0x4b, 1, 2]));
    bytes.writeUInt16LE(0, at + 46 + 1 + 2);
    expect(readDirectory(new Uint8Array(bytes))).toEqual({ ok: false, reason: "size" });
  });

  it("the place is read from the zip64 field only when it overflows, and only when the field holds it", () => {
    const short = Buffer.from(zipBytes([{ ...textEntry("s", "abc", 0), zip64: ["usize", "offset"] }]));
    const at = short.indexOf(Buffer.from([0x50, 0x4b, 1, 2]));
    short.writeUInt16LE(8, at + 46 + 1 + 2);
    expect(entriesOf(new Uint8Array(short))[0].offset).toBe(0xffffffff);
    const classic = Buffer.from(zipBytes([{ ...textEntry("s", "abc", 0), zip64: ["usize", "offset"] }]));
    classic.writeUInt32LE(0, at + 42);
    classic.writeBigUInt64LE(999n, at + 46 + 1 + 4 + 8);
    expect(entriesOf(new Uint8Array(classic))[0]).toMatchObject({ offset: 0, uncompressedSize: 3 });
  });

  it("an entry's sizes and place come from its zip64 extra field, after any other extra field", async () => {
    const entry: Entry = {
      ...textEntry("big.xml", "<big>大</big>"),
      zip64: ["usize", "csize", "offset"],
      extraBefore: [[0x5455, new Uint8Array(5)]],
    };
    const bytes = zipBytes([textEntry("first.xml", "<f/>"), entry]);
    const [, big] = entriesOf(bytes);
    expect(big).toMatchObject({
      uncompressedSize: Buffer.byteLength("<big>大</big>"),
      compressedSize: entry.data.length,
      offset: 30 + 9 + textEntry("first.xml", "<f/>").data.length,
    });
    expect((await texts(bytes))["big.xml"]).toBe("<big>大</big>");
  });

  it.each([
    [["usize"], { uncompressedSize: 3 }],
    [["csize"], { compressedSize: 5 }],
    [["offset"], { offset: 0 }],
    [["usize", "offset"], { uncompressedSize: 3, offset: 0 }],
  ] as const)("only the fields that overflow are in the extra field (%j)", (fields, expected) => {
    const bytes = zipBytes([{ ...textEntry("s", "abc", 0), data: Buffer.from("abcde"), zip64: [...fields] }]);
    const [entry] = entriesOf(bytes);
    expect(entry).toMatchObject({ uncompressedSize: 3, compressedSize: 5, offset: 0, ...expected });
  });

  it("a zip64 field cut short is not read past its field", () => {
    const bytes = Buffer.from(zipBytes([{ ...textEntry("s", "abc", 0), zip64: ["usize", "csize"] }]));
    const at = bytes.indexOf(Buffer.from([0x50, 0x4b, 1, 2]));
    // Shorten the zip64 field to hold only the uncompressed size; the bytes of the compressed one stay behind it.
    bytes.writeUInt16LE(8, at + 46 + 1 + 2);
    const [entry] = entriesOf(new Uint8Array(bytes));
    expect(entry.uncompressedSize).toBe(3);
    expect(entry.compressedSize).toBe(0xffffffff);
  });

  it("an entry declaring more than the limit in its zip64 field is refused", () => {
    const entry = { ...textEntry("bomb.xml", "x"), declared: MAX_UNPACKED_BYTES + 1, zip64: ["usize" as const] };
    expect(readDirectory(zipBytes([entry]))).toEqual({ ok: false, reason: "size" });
  });
});

describe("checkInflatedSize (the Word reader's guard): every entry inflated and counted", () => {
  const zipOf = async (files: Record<string, string>) => {
    const zip = new JSZip();
    for (const [name, text] of Object.entries(files)) zip.file(name, text);
    zip.folder("folder");
    return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  };

  it("ok up to the limit, counting all entries; size one byte past it", async () => {
    const bytes = await zipOf({ "a.xml": "a".repeat(600), "b.xml": "b".repeat(400) });
    expect(await checkInflatedSize(bytes, 1000)).toBe("ok");
    expect(await checkInflatedSize(bytes, 999)).toBe("size");
    expect(await checkInflatedSize(bytes)).toBe("ok");
  });

  it("a file that is no zip, or whose entry cannot be inflated, is damaged", async () => {
    expect(await checkInflatedSize(new TextEncoder().encode("不是压缩包"))).toBe("corrupt");
    const bytes = await zipOf({ "a.xml": "a".repeat(600) });
    const broken = Buffer.from(bytes);
    // The deflated data starts after the local header and the name: break its block type.
    broken[30 + 5] = 0xff;
    expect(await checkInflatedSize(new Uint8Array(broken))).toBe("corrupt");
  });
});
