/**
 * A package's parts: found by name whatever the case, read as text or streamed as XML, relationships resolved,
 * and a part that unpacks to more than it declared (or damaged, encrypted, of an unknown method) refused.
 * Through both inflaters: the platform's stream, and a host's synchronous one (the command line's zlib).
 */
import { inflateRawSync } from "node:zlib";
import {
  DamagedPart,
  PackageParts,
  relType,
  resolvePart,
  setSyncInflater,
  STOP,
  SYNC_INFLATE_MAX_BYTES,
  UnpackedTooLarge,
  type Relationship,
} from "../../src/ooxml/package-parts";
import { MAX_TEXT_CHARS, MAX_UNPACKED_BYTES } from "../../src/ooxml/limits";
import { TextTooLong } from "../../src/ooxml/xml-stream";
import { readDirectory } from "../../src/ooxml/zip-guard";
import { textEntry, zipBytes, type Entry } from "./zip-bytes";

function partsOf(entries: Entry[]): PackageParts {
  const bytes = zipBytes(entries);
  const dir = readDirectory(bytes);
  if (!dir.ok) throw new Error(dir.reason);
  return new PackageParts(bytes, dir.entries);
}

/** Node's zlib as the command line registers it: null when the output would pass maxBytes. */
const zlibInflater = (data: Uint8Array, maxBytes: number): Uint8Array | null => {
  try {
    return inflateRawSync(data, { maxOutputLength: maxBytes });
  } catch (e) {
    if ((e as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") return null;
    throw e;
  }
};

afterEach(() => setSyncInflater(null));

const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const rels = (...items: string[]) => `<Relationships xmlns="${RELS_NS}">${items.join("")}</Relationships>`;

describe("finding parts", () => {
  // Made in each test, not while jest collects: a mutation run sees which test reaches what.
  let parts: PackageParts;
  beforeEach(() => {
    parts = partsOf([
      textEntry("[Content_Types].xml", "<Types/>"),
      textEntry("XL/Workbook.XML", "<workbook/>"),
      textEntry("xl/", "", 0),
      { ...textEntry("xl/worksheets/sheet1.xml", "<worksheet/>"), declared: 1234 },
    ]);
  });

  it("by name without regard to case; folders are no parts", () => {
    expect(parts.has("xl/workbook.xml")).toBe(true);
    expect(parts.has("XL/WORKBOOK.XML")).toBe(true);
    expect(parts.has("xl/")).toBe(false);
    expect(parts.has("xl/styles.xml")).toBe(false);
    expect(parts.names()).toEqual(["[Content_Types].xml", "XL/Workbook.XML", "xl/worksheets/sheet1.xml"]);
  });

  it("with the size they declare unpacked, 0 for a part that is not there", () => {
    expect(parts.size("XL/WORKSHEETS/SHEET1.XML")).toBe(1234);
    expect(parts.size("xl/workbook.xml")).toBe("<workbook/>".length);
    expect(parts.size("xl/styles.xml")).toBe(0);
  });

  it("a part that is not there reads as null, or parses as false", async () => {
    expect(await parts.text("xl/styles.xml")).toBeNull();
    expect(await parts.parse("xl/styles.xml", {})).toBe(false);
    expect(await parts.text("xl/workbook.xml")).toBe("<workbook/>");
  });
});

describe.each([
  ["the platform's stream", null],
  ["a synchronous inflater", zlibInflater],
])("reading parts through %s", (_name, inflater) => {
  beforeEach(() => setSyncInflater(inflater));

  it("reads stored and deflated parts, large ones in several chunks, multi-byte text whole", async () => {
    const big = "<r>" + "教务处、人事处；".repeat(20000) + "</r>";
    const parts = partsOf([textEntry("a.xml", big), textEntry("b.xml", big, 0)]);
    expect(await parts.text("a.xml")).toBe(big);
    expect(await parts.text("b.xml")).toBe(big);
    let text = "";
    expect(await parts.parse("a.xml", { text: (t) => (text += t) })).toBe(true);
    expect(text).toBe(big.slice(3, -4));
  });

  it("a run of text longer than the limit is refused, stored or deflated (parts are fed in chunks)", async () => {
    const long = "<t>" + "x".repeat(MAX_TEXT_CHARS + 1) + "</t>";
    const parts = partsOf([textEntry("a.xml", long), textEntry("b.xml", long, 0)]);
    await expect(parts.parse("a.xml", {})).rejects.toThrow(TextTooLong);
    await expect(parts.parse("b.xml", {})).rejects.toThrow(TextTooLong);
  });

  it("a part read twice reads the same", async () => {
    const parts = partsOf([textEntry("a.xml", "<a>x</a>")]);
    expect(await parts.text("a.xml")).toBe("<a>x</a>");
    expect(await parts.text("a.xml")).toBe("<a>x</a>");
  });

  it("a part that unpacks to one byte more than it declared is refused; exactly what it declared is read", async () => {
    const text = "<a>" + "x".repeat(100_000) + "</a>";
    const honest = partsOf([textEntry("a.xml", text)]);
    expect(await honest.text("a.xml")).toBe(text);
    const lying = partsOf([{ ...textEntry("a.xml", text), declared: text.length - 1 }]);
    await expect(lying.text("a.xml")).rejects.toThrow(UnpackedTooLarge);
    await expect(lying.parse("a.xml", {})).rejects.toThrow(UnpackedTooLarge);
    const storedLying = partsOf([{ ...textEntry("a.xml", text, 0), declared: text.length - 1 }]);
    await expect(storedLying.text("a.xml")).rejects.toThrow(UnpackedTooLarge);
  });

  it("damaged deflate data is a damaged part", async () => {
    const entry = textEntry("a.xml", "<a>" + "x".repeat(1000) + "</a>");
    const data = Buffer.from(entry.data);
    data[0] = 0xff; // an invalid block type
    const parts = partsOf([{ ...entry, data }]);
    await expect(parts.text("a.xml")).rejects.toThrow(DamagedPart);
    await expect(parts.parse("a.xml", {})).rejects.toThrow(DamagedPart);
  });
});

describe("the synchronous inflater", () => {
  it("is used for parts declaring up to SYNC_INFLATE_MAX_BYTES, the stream for larger ones", async () => {
    const seen: number[] = [];
    setSyncInflater((data, max) => {
      seen.push(max);
      return zlibInflater(data, max);
    });
    const small = { ...textEntry("small.xml", "<a/>"), declared: SYNC_INFLATE_MAX_BYTES };
    const large = { ...textEntry("large.xml", "<a/>"), declared: SYNC_INFLATE_MAX_BYTES + 1 };
    const parts = partsOf([small, large]);
    expect(await parts.text("small.xml")).toBe("<a/>");
    expect(seen).toEqual([SYNC_INFLATE_MAX_BYTES]);
    expect(await parts.text("large.xml")).toBe("<a/>");
    expect(seen).toEqual([SYNC_INFLATE_MAX_BYTES]);
  });

  it("its null (more than declared) is a bomb; its error a damaged part, with the error's message", async () => {
    const parts = partsOf([textEntry("a.xml", "<a/>")]);
    setSyncInflater(() => null);
    await expect(parts.text("a.xml")).rejects.toThrow(UnpackedTooLarge);
    setSyncInflater(() => {
      throw new Error("invalid block type");
    });
    await expect(parts.text("a.xml")).rejects.toThrow(new DamagedPart("invalid block type"));
    setSyncInflater(() => {
      throw "not an Error";
    });
    await expect(parts.text("a.xml")).rejects.toThrow(new DamagedPart("not an Error"));
  });
});

describe("the limit on what the parts declare in all", () => {
  const entry = (name: string, uncompressedSize: number) => ({
    name,
    uncompressedSize,
    compressedSize: 0,
    offset: 0,
    method: 0,
    flags: 0,
  });

  it(`up to ${MAX_UNPACKED_BYTES} bytes declared in all, folders included; one more is refused`, () => {
    const half = MAX_UNPACKED_BYTES / 2;
    expect(new PackageParts(new Uint8Array(), [entry("a", half), entry("b/", half)]).names()).toEqual(["a"]);
    expect(() => new PackageParts(new Uint8Array(), [entry("a", half), entry("b/", half + 1)])).toThrow(
      UnpackedTooLarge,
    );
  });
});

describe("parts that cannot be unpacked", () => {
  it("an encrypted entry, an unknown method, a missing local header, data past the end", async () => {
    const entry = textEntry("a.xml", "<a/>");
    await expect(partsOf([{ ...entry, flags: 1 }]).text("a.xml")).rejects.toThrow(new DamagedPart("encrypted entry"));
    await expect(partsOf([{ ...entry, flags: 8 }]).text("a.xml")).resolves.toBe("<a/>");
    await expect(partsOf([{ ...entry, method: 12 }]).text("a.xml")).rejects.toThrow(
      new DamagedPart("compression method 12"),
    );
    const bytes = zipBytes([entry]);
    const dir = readDirectory(bytes);
    if (!dir.ok) throw new Error(dir.reason);
    const noHeader = Buffer.from(bytes);
    noHeader[0] = 0;
    await expect(new PackageParts(noHeader, dir.entries).text("a.xml")).rejects.toThrow(
      new DamagedPart("local header"),
    );
    for (const offset of [bytes.length - 29, bytes.length - 2]) {
      const misplaced = [{ ...dir.entries[0], offset }];
      await expect(new PackageParts(bytes, misplaced).text("a.xml")).rejects.toThrow(new DamagedPart("local header"));
    }
    const pastEnd = [{ ...dir.entries[0], compressedSize: bytes.length }];
    await expect(new PackageParts(bytes, pastEnd).text("a.xml")).rejects.toThrow(
      new DamagedPart("entry data past the end"),
    );
  });

  it("finds the data after the local header's own name and extra field", async () => {
    const parts = partsOf([textEntry("first.xml", "<f/>"), { ...textEntry("a.xml", "<a>甲</a>"), localExtra: 7 }]);
    expect(await parts.text("a.xml")).toBe("<a>甲</a>");
    expect(await parts.text("first.xml")).toBe("<f/>");
  });

  it("a local header that ends the file, with no data, is an empty part", async () => {
    const bytes = Buffer.from(zipBytes([], { comment: 30 }));
    bytes.fill(0, bytes.length - 30);
    bytes.writeUInt32LE(0x04034b50, bytes.length - 30);
    const empty = { name: "a", offset: bytes.length - 30, compressedSize: 0, uncompressedSize: 0, method: 0, flags: 0 };
    expect(await new PackageParts(new Uint8Array(bytes), [empty]).text("a")).toBe("");
  });

  it("data that ends exactly at the end of the file is read", async () => {
    const entry = textEntry("a.xml", "<a/>", 0);
    const bytes = zipBytes([entry]);
    const dir = readDirectory(bytes);
    if (!dir.ok) throw new Error(dir.reason);
    const [e] = dir.entries;
    // The part's stored bytes reach to the last byte of the file (the directory is behind them here).
    const toTheEnd = [{ ...e, compressedSize: bytes.length - 35, uncompressedSize: bytes.length }];
    expect((await new PackageParts(bytes, toTheEnd).text("a.xml"))?.startsWith("<a/>")).toBe(true);
  });
});

describe("streaming a part's XML", () => {
  it("a handler's STOP ends the reading early, and the part counts as found", async () => {
    const parts = partsOf([textEntry("a.xml", "<r><x/><y/><z/></r>")]);
    const seen: string[] = [];
    const found = await parts.parse("a.xml", {
      open: (name) => {
        seen.push(name);
        if (name === "y") throw STOP;
      },
    });
    expect(found).toBe(true);
    expect(seen).toEqual(["r", "x", "y"]);
  });

  it("another error from a handler, or damaged XML, is thrown", async () => {
    const parts = partsOf([textEntry("a.xml", "<r><x/></r>"), textEntry("bad.xml", "<r><x></r>")]);
    await expect(
      parts.parse("a.xml", {
        open: () => {
          throw new Error("handler");
        },
      }),
    ).rejects.toThrow("handler");
    await expect(parts.parse("bad.xml", {})).rejects.toThrow();
  });
});

describe("relationships", () => {
  let parts: PackageParts;
  beforeEach(() => {
    parts = partsOf([
      textEntry("_rels/.rels", rels(`<Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/>`)),
      textEntry(
        "xl/_rels/workbook.xml.rels",
        rels(
          `<Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/>`,
          `<Relationship Id="rId2" Type="${R}/worksheet" Target="/xl/worksheets/sheet2.xml"/>`,
          `<Relationship Id="rId3" Type="${R}/hyperlink" Target="https://example.org/" TargetMode="External"/>`,
          `<Relationship Id="rId4" Type="${R}/styles"/>`,
          `<Relationship Id="rId5" Type="${R}/sharedStrings" Target="../xl/./strings%20one.xml"/>`,
          `<Relationship Target="x.xml"/>`,
          `<Other Id="rId6" Type="${R}/worksheet" Target="other.xml"/>`,
        ),
      ),
      textEntry("xl/workbook.xml", "<workbook/>"),
    ]);
  });

  it("of the package root and of a part, resolved against the part's folder; external ones left out", async () => {
    expect(await parts.relationships("")).toEqual([
      { id: "rId1", type: `${R}/officeDocument`, target: "xl/workbook.xml" },
    ]);
    expect(await parts.relationships("xl/workbook.xml")).toEqual([
      { id: "rId1", type: `${R}/worksheet`, target: "xl/worksheets/sheet1.xml" },
      { id: "rId2", type: `${R}/worksheet`, target: "xl/worksheets/sheet2.xml" },
      { id: "rId5", type: `${R}/sharedStrings`, target: "xl/strings one.xml" },
      { id: "", type: "", target: "xl/x.xml" },
    ]);
  });

  it("a part without a relationships part has none", async () => {
    expect(await parts.relationships("xl/worksheets/sheet1.xml")).toEqual([]);
    expect(await parts.relationships("workbook.xml")).toEqual([]);
  });

  it("relType matches the type's last name, in transitional and strict URIs alike", () => {
    const r = (type: string): Relationship => ({ id: "", type, target: "" });
    expect(relType(r(`${R}/worksheet`), "worksheet")).toBe(true);
    expect(relType(r("http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet"), "worksheet")).toBe(true);
    expect(relType(r(`${R}/chartsheet`), "sheet")).toBe(false);
    expect(relType(r("worksheet"), "worksheet")).toBe(false);
  });
});

describe("resolvePart", () => {
  it.each([
    ["xl/", "worksheets/sheet1.xml", "xl/worksheets/sheet1.xml"],
    ["xl/", "/xl/styles.xml", "xl/styles.xml"],
    ["xl/worksheets/", "../drawings/d1.xml", "xl/drawings/d1.xml"],
    ["xl/", "./a//b.xml", "xl/a/b.xml"],
    ["", "../../a.xml", "a.xml"],
    ["xl/", "%E8%A1%A8%201.xml", "xl/表 1.xml"],
    ["xl/", "100%.xml", "xl/100%.xml"],
  ])("%s + %s → %s", (folder, target, expected) => {
    expect(resolvePart(folder, target)).toBe(expected);
  });
});
