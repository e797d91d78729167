/**
 * Why a Word file cannot be imported, as the person who sent it is told: each kind's message in zh-CN (the
 * command line's, kept on the problem) and en-US, with what it names (the row, the tables, the reason).
 * Pure: problems made directly, and one draft read from document XML to tell a reading from a problem.
 */
import { FUJIAN1 } from "../../src/form";
import { readDocumentXml } from "../../src/word/docx-xml";
import { isWordProblem, problemMessage, wordProblem, type WordProblemKind } from "../../src/word/problems";
import { readDocxBlocks } from "../../src/word/read-docx";
import { headerRows, tbl } from "./draft";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const KINDS: WordProblemKind[] = [
  "empty",
  "legacy-doc",
  "encrypted",
  "not-docx",
  "zip-bomb",
  "corrupt",
  "no-table",
  "nested-table",
  "text-box",
];

describe("a Word problem's message", () => {
  it("no table at all is said so, not as “0 tables without the header”, in both languages", () => {
    const none = wordProblem("no-table", { tables: "0" });
    expect(none.message).toBe("文档里找不到附件1的表格（文档中没有表格）。请确认选对了文件。");
    expect(problemMessage(none, "zh")).toBe(none.message);
    expect(problemMessage(none, "en")).toBe(
      "No Annex 1 table in the document (it has no tables). Check that this is the right file.",
    );
  });

  it("tables without the form's header: how many, and the header they lack", () => {
    const two = wordProblem("no-table", { tables: "2" });
    expect(two.message).toMatch(/^文档里找不到附件1的表格：2 张表格中没有哪张有“序号、主要任务/);
    expect(problemMessage(two, "en")).toMatch(/^No Annex 1 table in the document: none of its 2 tables has/);
  });

  it("the row of a nested table or a text box, the reason a file is damaged", () => {
    const nested = wordProblem("nested-table", { row: "7" });
    expect(nested.message).toMatch(/^表格第 7 行的单元格里又嵌了一张表格/);
    expect(problemMessage(nested, "en")).toMatch(/^A cell in table row 7 holds another table/);
    expect(problemMessage(wordProblem("text-box", { row: "3" }), "en")).toMatch(/table row 3 holds a text box/);
    const corrupt = wordProblem("corrupt", { reason: "zip" });
    expect(corrupt.message).toBe("Word 文档已损坏，无法读取（zip）。请在 Word 或 WPS 中打开后重新保存。");
    expect(problemMessage(corrupt, "en")).toContain("cannot be read (zip)");
  });

  it("every kind has its own message in each language, with nothing left unfilled", () => {
    const params = { tables: "1", row: "5", reason: "zip" };
    for (const lang of ["zh", "en"] as const) {
      const messages = KINDS.map((kind) => problemMessage(wordProblem(kind, params), lang));
      expect(new Set(messages).size).toBe(KINDS.length);
      for (const m of messages) expect(m).not.toMatch(/\{|undefined|^$/);
    }
    // A kind that names nothing reads the same whatever it is given.
    expect(wordProblem("empty", { tables: "0" }).message).toBe(wordProblem("empty").message);
    expect(wordProblem("empty").message).toBe("文件是空的（0 字节），可能保存或复制时出了问题。");
    expect(wordProblem("empty").params).toEqual({});
  });
});

describe("telling a problem from a reading", () => {
  it("a problem is one; a draft's reading, nothing, a string or a half-made object is not", () => {
    const read = readDocxBlocks(
      FUJIAN1,
      readDocumentXml(`<w:document ${W}><w:body>${tbl(8, headerRows(FUJIAN1))}</w:body></w:document>`),
    );
    expect(isWordProblem(read)).toBe(false);
    expect("grid" in read).toBe(true);
    expect(isWordProblem(wordProblem("empty"))).toBe(true);
    expect(isWordProblem(null)).toBe(false);
    expect(isWordProblem(undefined)).toBe(false);
    expect(isWordProblem("not-docx")).toBe(false);
    expect(isWordProblem({ kind: "empty" })).toBe(false);
    expect(isWordProblem({ message: "文件是空的" })).toBe(false);
    expect(isWordProblem({ kind: "empty", message: "文件是空的", grid: [] })).toBe(false);
  });
});
