/**
 * word/document.xml to the text Word shows, cell by cell on the table's grid: pure calls on XML strings (no zip),
 * one construct at a time, as Word, WPS and LibreOffice write it.
 */
import { readDocumentXml, type DocxBlock, type DocxCell } from "../../src/word/docx-xml";
import { readNumbering } from "../../src/word/numbering";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const doc = (body: string) => `<w:document ${W}><w:body>${body}</w:body></w:document>`;
const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const para = (inner: string) => `<w:p>${inner}</w:p>`;

/** The text of the body's paragraphs, in order. */
function paragraphs(body: string): string[] {
  return readDocumentXml(doc(body)).flatMap((b) => (b.kind === "paragraph" ? [b.text] : []));
}

function tables(xml: string): Array<{ rows: DocxCell[][]; columns: number }> {
  return readDocumentXml(xml).flatMap((b: DocxBlock) => (b.kind === "table" ? [b.table] : []));
}

/** Each row's cells as [first grid column, span, lines], for one table in the body. */
function grid(body: string): Array<Array<[number, number, string[]]>> {
  const [t] = tables(doc(body));
  return t.rows.map((cells) => cells.map((c) => [c.col, c.span, c.lines]));
}

const tc = (text: string, pr = "") => `<w:tc>${pr ? `<w:tcPr>${pr}</w:tcPr>` : ""}${para(run(text))}</w:tc>`;

describe("a paragraph's text, as Word shows it", () => {
  it("joins runs; tabs, line breaks and non-breaking hyphens as they show", () => {
    expect(
      paragraphs(
        para(
          `${run("教务")}<w:r><w:t>处</w:t><w:tab/><w:t>甲</w:t><w:br/><w:t>乙</w:t><w:cr/><w:t>丙</w:t><w:noBreakHyphen/><w:t>丁</w:t><w:ptab/></w:r>`,
        ),
      ),
    ).toEqual(["教务处\t甲\n乙\n丙-丁\t"]);
  });

  it("shows no deleted revision, field code, bookmark, comment mark or paragraph property", () => {
    const inner =
      `<w:pPr><w:pStyle w:val="Heading1"/><w:rPr><w:t>x</w:t></w:rPr></w:pPr>` +
      `<w:del><w:r><w:delText>删</w:delText></w:r></w:del><w:moveFrom><w:r><w:t>移走</w:t></w:r></w:moveFrom>` +
      `<w:r><w:instrText> PAGE </w:instrText><w:delInstrText>X</w:delInstrText></w:r>` +
      `<w:bookmarkStart w:id="0" w:name="a"/><w:commentReference w:id="1"/>` +
      `<w:r><w:rPr><w:b/></w:rPr><w:t>留</w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:footnoteReference w:id="2"/><w:t>下</w:t></w:r>` +
      `<w:ins><w:r><w:t>新</w:t></w:r></w:ins><w:moveTo><w:r><w:t>到</w:t></w:r></w:moveTo>` +
      `<w:sdt><w:sdtPr><w:alias w:val="别名"/><w:t>控件名</w:t></w:sdtPr><w:sdtContent><w:r><w:t>控件</w:t></w:r></w:sdtContent></w:sdt>` +
      `<mc:AlternateContent xmlns:mc="m"><mc:Choice><w:r><w:t>选</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>备</w:t></w:r></mc:Fallback></mc:AlternateContent>`;
    expect(paragraphs(para(inner))).toEqual(["留下新到控件选"]);
  });

  it("reads a Strict OOXML document (another namespace, another prefix) alike", () => {
    const strict = `<x:document xmlns:x="http://purl.oclc.org/ooxml/wordprocessingml/main"><x:body><x:p><x:r><x:t>严格</x:t></x:r></x:p></x:body></x:document>`;
    expect(readDocumentXml(strict)).toEqual([{ kind: "paragraph", text: "严格" }]);
  });

  it("keeps CDATA text, and reads an empty paragraph as empty", () => {
    expect(paragraphs(para(`<w:r><w:t><![CDATA[a<b]]></w:t></w:r>`) + "<w:p/>")).toEqual(["a<b", ""]);
  });

  it("takes the body's paragraphs and tables in order, through content controls and custom XML", () => {
    const body =
      para(run("一")) +
      `<w:sdt><w:sdtPr/><w:sdtContent>${para(run("二"))}</w:sdtContent></w:sdt>` +
      `<w:customXml>${para(run("三"))}</w:customXml>` +
      `<w:tbl><w:tr>${tc("四")}</w:tr></w:tbl>` +
      `<w:sdt>${para(run("五"))}</w:sdt><w:bookmarkStart w:id="0"/><w:sectPr/>`;
    expect(readDocumentXml(doc(body)).map((b) => (b.kind === "paragraph" ? b.text : "table"))).toEqual([
      "一",
      "二",
      "三",
      "table",
      "五",
    ]);
  });

  it("a page header holds its paragraphs directly; a document without a body has none; bad XML throws", () => {
    expect(readDocumentXml(`<w:hdr ${W}>${para(run("联系人：李四"))}</w:hdr>`)).toEqual([
      { kind: "paragraph", text: "联系人：李四" },
    ]);
    expect(readDocumentXml(`<w:document ${W}/>`)).toEqual([]);
    expect(readDocumentXml(`<w:ftr ${W}>${para(run("页脚"))}</w:ftr>`)).toEqual([]);
    expect(() => readDocumentXml(`<w:document ${W}><w:body>`)).toThrow();
  });
});

describe("text boxes and drawings", () => {
  const cellWith = (inner: string) =>
    tables(doc(`<w:tbl><w:tr><w:tc>${para(inner)}</w:tc></w:tr></w:tbl>`))[0].rows[0][0];

  it("a text box with text is reported, its text not taken; an empty one, or a picture, is quiet", () => {
    const box = (text: string) =>
      `<w:r><w:pict><v:shape xmlns:v="v"><w:txbxContent>${para(run(text))}</w:txbxContent></v:shape></w:pict></w:r>`;
    expect(cellWith(run("前") + box("框里的字"))).toMatchObject({ lines: ["前"], unsupported: ["text-box"] });
    expect(cellWith(run("前") + box(" "))).toMatchObject({ lines: ["前"], unsupported: [] });
    const picture = `<w:r><w:drawing><wp:inline xmlns:wp="wp"><a:graphic xmlns:a="a"><a:blip r="rId5"/></a:graphic></wp:inline></w:drawing></w:r>`;
    expect(cellWith(run("图") + picture)).toMatchObject({ lines: ["图"], unsupported: [] });
  });

  it("an anchored picture (its position written as numbers) is no text box", () => {
    const anchored = `<w:r><w:drawing><wp:anchor xmlns:wp="wp"><wp:positionH><wp:posOffset>1905</wp:posOffset></wp:positionH><wp:docPr descr="公章"/></wp:anchor></w:drawing></w:r>`;
    expect(cellWith(run("盖章") + anchored)).toMatchObject({ lines: ["盖章"], unsupported: [] });
  });

  it("a text box's content met outside a drawing is reported too, by the text anywhere inside it", () => {
    const loose = (inner: string) =>
      `<w:r><w:txbxContent><w:tbl><w:tr><w:tc>${inner}</w:tc></w:tr></w:tbl></w:txbxContent></w:r>`;
    expect(cellWith(run("前") + loose(para(run("框里")))).unsupported).toEqual(["text-box"]);
    expect(cellWith(run("前") + loose("<w:p/>")).unsupported).toEqual([]);
  });

  it("a drawing, picture or object holding text (shape text) is a text box", () => {
    for (const tag of ["drawing", "pict", "object"]) {
      const shape = `<w:r><w:${tag}><s:wsp xmlns:s="s"><s:txbx><w:p><w:r><w:t>形状文字</w:t></w:r></w:p></s:txbx></s:wsp></w:${tag}></w:r>`;
      expect([tag, cellWith(run("前") + shape)]).toMatchObject([tag, { lines: ["前"], unsupported: ["text-box"] }]);
      const blank = `<w:r><w:${tag}><s:wsp xmlns:s="s"><w:t> </w:t></s:wsp></w:${tag}></w:r>`;
      expect([tag, cellWith(run("前") + blank)]).toMatchObject([tag, { lines: ["前"], unsupported: [] }]);
    }
  });
});

describe("a table on its grid", () => {
  it("places cells by gridBefore and gridSpan; the column count is the grid's or the widest row's", () => {
    const body =
      `<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>` +
      `<w:tr><w:trPr><w:gridBefore w:w="9" w:val="1"/></w:trPr>${tc("b")}${tc("cd", `<w:gridSpan w:val="2"/>`)}</w:tr>` +
      `<w:tr>${tc("a", `<w:gridSpan w:val="0"/>`)}${tc("x", `<w:gridSpan w:val="x"/>`)}</w:tr></w:tbl>`;
    expect(grid(body)).toEqual([
      [
        [1, 1, ["b"]],
        [2, 2, ["cd"]],
      ],
      [
        [0, 1, ["a"]],
        [1, 1, ["x"]],
      ],
    ]);
    expect(tables(doc(body))[0].columns).toBe(4);
    const narrow = `<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid><w:tr>${tc("a")}</w:tr></w:tbl>`;
    expect(tables(doc(narrow))[0].columns).toBe(3);
    expect(tables(doc(`<w:tbl><w:tr>${tc("a")}${tc("b")}</w:tr></w:tbl>`))[0].columns).toBe(2);
  });

  it("tells a vertical merge's start, its continuation and a cell outside any merge", () => {
    const body =
      `<w:tbl><w:tr>${tc("a", `<w:vMerge w:val="restart"/>`)}${tc("b")}</w:tr>` +
      `<w:tr>${tc("", `<w:vMerge/>`)}${tc("c", `<w:vMerge w:val="continue"/>`)}</w:tr></w:tbl>`;
    const [t] = tables(doc(body));
    expect(t.rows.map((r) => r.map((c) => c.vMerge))).toEqual([
      ["restart", "none"],
      ["continue", "continue"],
    ]);
  });

  it("joins a legacy horizontal merge into the cell before it, keeping its text lines", () => {
    const body =
      `<w:tbl><w:tr>${tc("甲", `<w:hMerge w:val="restart"/>`)}` +
      `<w:tc><w:tcPr><w:hMerge/></w:tcPr>${para(run("乙"))}<w:p/></w:tc>${tc("丙")}</w:tr>` +
      // A continuation with nothing before it stands as its own cell; a restart after a cell starts a new one.
      `<w:tr>${tc("丁", `<w:hMerge w:val="continue"/>`)}${tc("戊")}${tc("己", `<w:hMerge w:val="restart"/>`)}` +
      `<w:tc><w:tcPr><w:hMerge/></w:tcPr><w:p><w:r><w:t xml:space="preserve"> </w:t></w:r></w:p>${para(run("庚"))}</w:tc></w:tr></w:tbl>`;
    expect(grid(body)).toEqual([
      [
        [0, 2, ["甲", "乙"]],
        [2, 1, ["丙"]],
      ],
      [
        [0, 1, ["丁"]],
        [1, 1, ["戊"]],
        [2, 2, ["己", "庚"]],
      ],
    ]);
  });

  it("finds rows and cells inside content controls and custom XML; each cell's paragraphs as lines", () => {
    const body =
      `<w:tbl><w:sdt><w:sdtContent><w:tr>${tc("a")}<w:sdt><w:sdtContent>${tc("b")}</w:sdtContent></w:sdt></w:tr></w:sdtContent></w:sdt>` +
      `<w:customXml><w:tr><w:customXml>${tc("c")}</w:customXml><w:sdt>${tc("d")}</w:sdt></w:tr></w:customXml>` +
      `<w:tr><w:tc><w:p/>${para(run("一"))}<w:sdt><w:sdtContent>${para(run("二"))}</w:sdtContent></w:sdt><w:customXml>${para(run("三"))}</w:customXml><w:ins>${para(run("四"))}</w:ins><w:moveTo>${para(run("五"))}</w:moveTo><w:del>${para(run("删"))}</w:del></w:tc></w:tr>` +
      `<w:tblPr/></w:tbl>`;
    expect(grid(body)).toEqual([
      [
        [0, 1, ["a"]],
        [1, 1, ["b"]],
      ],
      [
        [0, 1, ["c"]],
        [1, 1, ["d"]],
      ],
      [[0, 1, ["", "一", "二", "三", "四", "五"]]],
    ]);
  });

  it("reports a nested table and still reads its text as the cell's lines", () => {
    const body = `<w:tbl><w:tr><w:tc>${para(run("外"))}<w:tbl><w:tr>${tc("内一")}${tc("内二")}</w:tr></w:tbl></w:tc>${tc("旁")}</w:tr></w:tbl>`;
    const [t] = tables(doc(body));
    expect(t.rows[0].map((c) => [c.lines, c.unsupported])).toEqual([
      [["外", "内一", "内二"], ["nested-table"]],
      [["旁"], []],
    ]);
  });
});

describe("Word's automatic numbering in a table", () => {
  /** A fresh count per call: numbering counts on through the document. */
  const lists = () =>
    readNumbering(
      `<w:numbering ${W}><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>` +
        `<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl></w:abstractNum>` +
        `<w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num></w:numbering>`,
    );
  const numbered = (text: string, numId: string, ilvl?: string) =>
    `<w:p><w:pPr><w:numPr>${ilvl === undefined ? "" : `<w:ilvl w:val="${ilvl}"/>`}<w:numId w:val="${numId}"/></w:numPr></w:pPr>${run(text)}</w:p>`;

  it("puts each paragraph's label before its text and marks the cell as numbered", () => {
    const body =
      `<w:tbl><w:tr><w:tc>${numbered("目标甲", "3")}${numbered("子项", "3", "1")}${numbered("目标乙", "3", "0")}</w:tc>` +
      `<w:tc>${numbered("无编号", "0")}${para(run("普通"))}</w:tc></w:tr></w:tbl>`;
    const [t] = readDocumentXml(doc(body), lists()).flatMap((b) => (b.kind === "table" ? [b.table] : []));
    expect(t.rows[0].map((c) => [c.lines, c.numbered ?? false])).toEqual([
      [["1.目标甲", "a)子项", "2.目标乙"], true],
      [["无编号", "普通"], false],
    ]);
  });

  it("list 0 is no numbering, even where numbering.xml defines one", () => {
    const zero = readNumbering(
      `<w:numbering ${W}><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>` +
        `<w:num w:numId="0"><w:abstractNumId w:val="1"/></w:num></w:numbering>`,
    );
    expect(readDocumentXml(doc(numbered("甲", "0")), zero)).toEqual([{ kind: "paragraph", text: "甲" }]);
  });

  it("without numbering.xml, or in a list it does not define, the paragraph is its text alone", () => {
    expect(readDocumentXml(doc(numbered("甲", "3")))).toEqual([{ kind: "paragraph", text: "甲" }]);
    expect(readDocumentXml(doc(numbered("甲", "9")), lists())).toEqual([{ kind: "paragraph", text: "甲" }]);
    const [t] = readDocumentXml(
      doc(`<w:tbl><w:tr><w:tc>${numbered("甲", "9")}</w:tc></w:tr></w:tbl>`),
      lists(),
    ).flatMap((b) => (b.kind === "table" ? [b.table] : []));
    expect(t.rows[0][0]).not.toHaveProperty("numbered");
    // A numbered body paragraph counts on in its list.
    expect(readDocumentXml(doc(numbered("乙", "3")), lists())).toEqual([{ kind: "paragraph", text: "1.乙" }]);
  });
});
