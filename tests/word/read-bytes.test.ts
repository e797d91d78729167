/**
 * A file chosen as a Word draft that cannot be read: each reason as the person importing it is told, from small
 * packages made in memory (JSZip), and what counts as a Word document at all.
 */
import JSZip from "jszip";
import { FUJIAN1 } from "../../src/form";
import { problemMessage, type WordProblem } from "../../src/word/problems";
import { isDocx, readDocx } from "../../src/word/read-docx";
import { docx, headerRows, p, tbl, tc, tr } from "./draft";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

async function problem(bytes: Uint8Array): Promise<WordProblem> {
  const r = await readDocx(bytes, FUJIAN1);
  if ("grid" in r) throw new Error("read, but a problem was expected");
  return r;
}

async function zipOf(files: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** An OLE2 container (an old .doc, or an Office file encrypted with a password), named entries in UTF-16LE. */
function ole2(name = "WordDocument"): Uint8Array {
  const head = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const utf16 = [...name].flatMap((c) => [c.charCodeAt(0), 0]);
  return new Uint8Array([...head, ...Array(64).fill(0), ...utf16, 0, 0]);
}

describe("why a file cannot be read as a Word draft", () => {
  it("an encrypted file, an old .doc, a zip that is not a Word document", async () => {
    expect((await problem(ole2("EncryptedPackage"))).kind).toBe("encrypted");
    expect((await problem(ole2())).kind).toBe("legacy-doc");
    expect((await problem(await zipOf({ "xl/workbook.xml": "<workbook/>" }))).kind).toBe("not-docx");
    expect((await problem(new TextEncoder().encode("%PDF-1.7"))).kind).toBe("not-docx");
  });

  it("a damaged zip, or document XML that does not parse, is corrupt, with the reason in short", async () => {
    const good = await docx(p("正文"));
    expect(await problem(good.subarray(0, good.length - 30))).toMatchObject({
      kind: "corrupt",
      params: { reason: "zip" },
    });
    const bad = await problem(await zipOf({ "word/document.xml": `<w:document ${W}><w:body>` + "x".repeat(200) }));
    expect(bad.kind).toBe("corrupt");
    expect(bad.params.reason).not.toBe("");
    expect([...bad.params.reason].length).toBeLessThanOrEqual(80);
    expect(problemMessage(bad, "zh")).toContain(bad.params.reason);
    // The directory whole but the packed text damaged: found while unpacking, before any XML is read.
    const packed = await zipOf({
      "word/document.xml": `<w:document ${W}><w:body>${p("正文".repeat(200))}</w:body></w:document>`,
    });
    const damaged = packed.slice();
    for (let i = 60; i < 90; i++) damaged[i] = 0xff;
    expect(await problem(damaged)).toMatchObject({ kind: "corrupt", params: { reason: "zip" } });
    // A numbering part that does not parse is as damaged as the document.
    const numbering = await zipOf({
      "word/document.xml": `<w:document ${W}><w:body>${p("正文")}</w:body></w:document>`,
      "word/numbering.xml": "<w:numbering",
    });
    expect((await problem(numbering)).kind).toBe("corrupt");
  });

  it("a package declaring more parts, or more unpacked bytes, than a Word document has is refused unread", async () => {
    // Only the zip's directory, as read before anything is unpacked: its end record, and one entry's header.
    const endRecord = (count: number, size: number, offset = 0) => {
      const b = new DataView(new ArrayBuffer(22));
      b.setUint32(0, 0x06054b50, true);
      b.setUint16(8, count, true);
      b.setUint16(10, count, true);
      b.setUint32(12, size, true);
      b.setUint32(16, offset, true);
      return new Uint8Array(b.buffer);
    };
    expect((await problem(endRecord(5001, 0))).kind).toBe("zip-bomb");
    const name = new TextEncoder().encode("word/document.xml");
    const entry = new DataView(new ArrayBuffer(46));
    entry.setUint32(0, 0x02014b50, true);
    entry.setUint32(20, 1000, true);
    entry.setUint32(24, 0xfffffff0, true); // 4 GB unpacked
    entry.setUint16(28, name.length, true);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(26, name.length, true);
    const head = [...new Uint8Array(local.buffer), ...name];
    const huge = new Uint8Array([
      ...head,
      ...new Uint8Array(entry.buffer),
      ...name,
      ...endRecord(1, 46 + name.length, head.length),
    ]);
    expect((await problem(huge)).kind).toBe("zip-bomb");
    expect(problemMessage(await problem(huge), "en")).toContain("too much data");
  });
});

describe("what a Word document is", () => {
  it("a zip holding word/document.xml; nothing else", async () => {
    expect(await isDocx(await docx(p("正文")))).toBe(true);
    expect(await isDocx(await zipOf({ "xl/workbook.xml": "<workbook/>" }))).toBe(false);
    expect(await isDocx(ole2())).toBe(false);
    expect(await isDocx(new Uint8Array())).toBe(false);
    const good = await docx(p("正文"));
    expect(await isDocx(good.subarray(0, 40))).toBe(false);
  });

  it("reads the header line from every page header, in order, and numbering from numbering.xml", async () => {
    const body = tbl(8, [
      ...headerRows(FUJIAN1),
      tr(
        tc(`<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:p>`),
        tc(""),
        tc(FUJIAN1.tasks[1].content),
        tc(FUJIAN1.tasks[1].department),
        ...["举措", "目标", "教务处", "2023年"].map((f) => tc(f)),
      ),
    ]);
    const document = `<w:document ${W}><w:body>${body}</w:body></w:document>`;
    const hdr = (text: string) => `<w:hdr ${W}>${p(text)}</w:hdr>`;
    const numbering =
      `<w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="2"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/></w:lvl></w:abstractNum>` +
      `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
    const r = await readDocx(
      await zipOf({
        "word/document.xml": document,
        "word/numbering.xml": numbering,
        "word/header2.xml": hdr("联系人：赵六\n联系电话：13700000000"),
        "word/header1.xml": hdr("单位（公章）：页眉学院"),
        "word/footer1.xml": `<w:ftr ${W}>${p("联系人：页脚")}</w:ftr>`,
        "word/headerx.xml": hdr("联系人：不是页眉"),
        "word/header3.xml": `<w:hdr ${W}>${tbl(1, [tr(tc("页眉里的表格"))])}</w:hdr>`,
      }),
      FUJIAN1,
    );
    if (!("grid" in r)) throw new Error(r.message);
    expect(r.entries.header).toEqual({ unit: "页眉学院", contact: "赵六", phone: "13700000000" });
    // The 序号 Word numbers automatically (2) is task 2's.
    expect(Object.keys(r.entries.rows)).toEqual(["2"]);
    expect(r.notes).toEqual([]);
  });
});
