/** The exported Word table, as Word will see it: page, header rows, merges, 不涉及, fonts. */
import JSZip from "jszip";
import { FUJIAN1, SAMPLE_DRAFT } from "../../src/form";
import { readDocumentXml, type DocxTable } from "../../src/word/docx-xml";
import { wordTable } from "../../src/word/layout";
import { writeDocx } from "../../src/word/write-docx";
import { completeFill, NOT_APPLICABLE_REASON, NOT_APPLICABLE_SEQ } from "../helpers/fills";

let xml = "";
let styles = "";
let table: DocxTable;
let paragraphs: string[];
const complete = completeFill(FUJIAN1);

beforeAll(async () => {
  const zip = await JSZip.loadAsync(await writeDocx(FUJIAN1, complete));
  xml = await zip.file("word/document.xml")!.async("string");
  styles = await zip.file("word/styles.xml")!.async("string");
  const blocks = readDocumentXml(xml);
  table = blocks.flatMap((b) => (b.kind === "table" ? [b.table] : []))[0];
  paragraphs = blocks.flatMap((b) => (b.kind === "paragraph" ? [b.text] : []));
});

/** The text each grid column shows per row, vertical merges carried down. */
const cellAt = (r: number, col: number) => table.rows[r].find((c) => c.col <= col && col < c.col + c.span)!;

describe("the exported Word table", () => {
  it("is landscape A4 with the label, title and header line above the table", () => {
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expect(paragraphs.slice(0, 3)).toEqual([
      "附件1",
      FUJIAN1.title,
      expect.stringMatching(/^单位（公章）：测试职业技术学院\u3000+联系人：张三\u3000+联系电话：13800138000$/),
    ]);
  });

  it("has two header rows, repeated on every page: the column groups merged, then the titles", () => {
    expect(table.columns).toBe(8);
    expect(table.rows[0].map((c) => [c.lines.join(""), c.span])).toEqual([
      ["部省共建任务", 4],
      ["落实具体措施", 4],
    ]);
    expect(table.rows[1].map((c) => c.lines.join(""))).toEqual(FUJIAN1.columns.map((c) => c.title));
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(2);
  });

  it("merges 主要任务 down its group, 序号…责任部门 down the task, a shared 具体举措 down its targets", () => {
    const body = wordTable(FUJIAN1, complete).body;
    // Group 1 holds tasks 1–3; task 2 has two rows and task 3 a measure over two targets: five rows.
    expect(body.slice(0, 5).map((r) => r[1].merge)).toEqual(["restart", ...Array(4).fill("continue")]);
    // Group 2 is task 4 alone (one row, nothing to merge); group 3 starts again.
    expect(body[5][1]).toMatchObject({ merge: "none", text: FUJIAN1.groups[1].title });
    expect(body[6][1]).toMatchObject({ merge: "restart", text: FUJIAN1.groups[2].title });
    const t3 = body.slice(3, 5);
    expect(t3.map((r) => [r[0].merge, r[0].text, r[4].merge, r[5].text])).toEqual([
      ["restart", "3", "restart", complete.rows["3"][0].target],
      ["continue", "", "continue", "第3项目标2：另一目标"],
    ]);
    // In the file: the same merges, as Word's vMerge.
    expect(cellAt(2 + 3, 4).vMerge).toBe("restart");
    expect(cellAt(2 + 4, 4).vMerge).toBe("continue");
  });

  it("writes 不涉及 and its reason in one cell over the fill columns", () => {
    const r = table.rows.findIndex((cells) => cells[0].lines.join("") === NOT_APPLICABLE_SEQ);
    expect(table.rows[r].slice(4).map((c) => [c.lines.join(""), c.span])).toEqual([
      [`不涉及：${NOT_APPLICABLE_REASON}`, 4],
    ]);
  });

  it("sets the fonts of official documents: 仿宋 五号 body, 黑体 headings, 宋体 title", () => {
    // Body text is the document's default run.
    expect(styles).toMatch(
      /<w:rPrDefault><w:rPr><w:rFonts w:ascii="仿宋" w:cs="仿宋" w:eastAsia="仿宋" w:hAnsi="仿宋"\/><w:sz w:val="21"\/>/,
    );
    expect(xml).toMatch(/<w:rFonts w:ascii="黑体"[^>]*\/><w:b\/><w:bCs\/><w:sz w:val="21"\/>/);
    expect(xml).toMatch(/<w:rFonts w:ascii="宋体"[^>]*\/><w:b\/><w:bCs\/><w:sz w:val="36"\/>/);
    const sizes = [...xml.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(Math.min(...sizes)).toBe(21);
  });

  it("writes a task without entries as one empty row, and the sample's three measures under task 3", () => {
    const sample = wordTable(FUJIAN1, SAMPLE_DRAFT).body;
    const rowsOf = (seq: string) => {
      const start = sample.findIndex((r) => r[0].text === seq);
      let end = start + 1;
      while (end < sample.length && sample[end][0].merge === "continue") end++;
      return sample.slice(start, end);
    };
    expect(rowsOf("1").map((r) => r.slice(4).map((c) => c.text))).toEqual([["", "", "", ""]]);
    expect(rowsOf("3")).toHaveLength(3);
  });
});
