/** `fujian1 export`, `fujian1 import` and `fujian1 check` on .docx, in-process. */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { FUJIAN1, SAMPLE_DRAFT } from "../../src/form";
import { planSheet } from "../../src/plan/sheet-plan";
import { checkGrid } from "../../src/reading/check";
import { compactEntries, readGrid } from "../../src/reading/read-grid";
import { readWorkbookFile } from "../../src/xlsx/read-file";
import { readDocx } from "../../src/word/read-docx";
import { writeDocx } from "../../src/word/write-docx";
import { cli } from "../cli/run";
import { formFile, planGrid } from "../xlsx/fixtures";
import { completeFill } from "../helpers/fills";
import { docx, headerRows, tbl, tc, tr } from "./draft";

const dir = mkdtempSync(path.join(tmpdir(), "fujian1-word-cli-"));
const file = (name: string) => path.join(dir, name);

beforeAll(async () => {
  writeFileSync(file("锦州.xlsx"), await formFile(SAMPLE_DRAFT));
  writeFileSync(file("完整.docx"), await writeDocx(FUJIAN1, completeFill(FUJIAN1)));
  writeFileSync(file("锦州.docx"), await writeDocx(FUJIAN1, SAMPLE_DRAFT));
  const t1 = FUJIAN1.tasks[0];
  writeFileSync(
    file("多余行.docx"),
    await docx(
      tbl(8, [
        ...headerRows(FUJIAN1),
        tr(tc("1"), tc(""), tc(t1.content), tc(t1.department), tc("m"), tc("t"), tc("教务处"), tc("2023年")),
        tr(tc("88"), tc(""), tc(""), tc(""), tc("不属于任何任务的举措"), tc(""), tc(""), tc("")),
      ]),
    ),
  );
  writeFileSync(file("无表格.docx"), await docx("<w:p><w:r><w:t>只有正文</w:t></w:r></w:p>"));
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function entriesOfXlsx(name: string) {
  const reading = await readWorkbookFile(readFileSync(file(name)), FUJIAN1);
  if ("kind" in reading) throw new Error(reading.message);
  return compactEntries(readGrid(FUJIAN1, reading.grid, reading.merges).entries);
}

describe("fujian1 export", () => {
  it("writes the Word table of a filled file, next to it by default; an existing one only with --force", async () => {
    // 锦州.docx exists already (made above for the import tests).
    const before = readFileSync(file("锦州.docx"));
    const refused = await cli(["export", file("锦州.xlsx")]);
    expect(refused).toMatchObject({ code: 2, err: expect.stringContaining("已存在") });
    expect(readFileSync(file("锦州.docx"))).toEqual(before);
    const r = await cli(["export", file("锦州.xlsx"), "--force"]);
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(r.out).toContain("锦州.docx");
    const back = await readDocx(readFileSync(file("锦州.docx")), FUJIAN1);
    if (!("grid" in back)) throw new Error(back.message);
    expect(back.entries).toEqual(compactEntries(SAMPLE_DRAFT));
  });

  it("refuses a file with rows of no task (they would be lost) and a file that is not the form", async () => {
    const grid = planGrid(SAMPLE_DRAFT);
    grid.push(["", "", "", "", "表外的举措", "", "", ""]);
    grid.splice(6, 0, [77, "", "", "", "编号不存在", "", "", ""]);
    const { gridWorkbook } = await import("../xlsx/fixtures");
    writeFileSync(file("多余.xlsx"), await gridWorkbook({ 附件1: grid }));
    const r = await cli(["export", file("多余.xlsx"), "--out", file("多余.docx")]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("第 7 行");
    expect(existsSync(file("多余.docx"))).toBe(false);
    writeFileSync(file("坏.xlsx"), "not a workbook");
    expect((await cli(["export", file("坏.xlsx")])).code).toBe(2);
  });
});

describe("fujian1 import", () => {
  it("writes the standard file from a Word draft, with the entries a reload would read", async () => {
    const r = await cli(["import", file("完整.docx"), "--out", file("完整.xlsx")]);
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(r.out).toContain("1 项不涉及");
    // A shared 具体举措 is a merged measure cell in the sheet, read back as shared.
    expect(completeFill(FUJIAN1).rows["3"][1].sameMeasure).toBe(true);
    expect(await entriesOfXlsx("完整.xlsx")).toEqual(compactEntries(completeFill(FUJIAN1)));
  });

  it("refuses to overwrite without --force, and overwrites with it", async () => {
    writeFileSync(file("已有.xlsx"), "keep me");
    const r = await cli(["import", file("锦州.docx"), "--out", file("已有.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--force");
    expect(readFileSync(file("已有.xlsx"), "utf8")).toBe("keep me");
    expect((await cli(["import", file("锦州.docx"), "--out", file("已有.xlsx"), "--force"])).code).toBe(0);
    expect(await entriesOfXlsx("已有.xlsx")).toEqual(compactEntries(SAMPLE_DRAFT));
  });

  it("writes nothing when the draft has rows of no task, and names them", async () => {
    const r = await cli(["import", file("多余行.docx"), "--out", file("多余行.xlsx")]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("表格第 4 行");
    expect(existsSync(file("多余行.xlsx"))).toBe(false);
  });

  it("says clearly when the document has no 附件1 table", async () => {
    const r = await cli(["import", file("无表格.docx"), "--out", file("无表格.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("找不到附件1的表格");
    expect(r.err).toContain("（文档中没有表格）");
  });
});

describe("fujian1 check on a .docx", () => {
  it("gives the same findings as for the same entries in a sheet, placed at Word table rows", async () => {
    const r = await cli(["check", file("锦州.docx"), "--json"]);
    const [json] = JSON.parse(r.out).files;
    // The sheet's 具体举措 merged down over shared measures, as a file read back has them.
    const sheet = checkGrid(FUJIAN1, planGrid(SAMPLE_DRAFT), FUJIAN1.lists, planSheet(FUJIAN1, SAMPLE_DRAFT).merges);
    expect(json.findings.map((f: { kind: string; seq: string }) => [f.kind, f.seq])).toEqual(
      sheet.findings.map((f) => [f.kind, f.seq]),
    );
    expect(json.summary).toEqual(sheet.summary);
    expect(json.findings[0].address).toMatch(/^表格第 \d+ 行$/);
  });

  it("lists a document without the table as unreadable, with the message", async () => {
    const r = await cli(["check", file("无表格.docx")]);
    expect(r.code).toBe(2);
    expect(r.out).toContain("找不到附件1的表格");
  });
});
