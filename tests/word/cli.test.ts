/** `fujian1 export`, `fujian1 import` and `fujian1 check` on .docx, in-process. */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { FUJIAN1, SAMPLE_DRAFT } from "../../src/form";
import { SAMPLE_LISTS } from "../../src/form/sample";
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
  const kinds = (json: { findings: Array<{ kind: string; seq: string | null }> }, drop: string) =>
    json.findings.filter((f) => f.kind !== drop).map((f) => [f.kind, f.seq]);

  it("gives the findings of import then check, at Word table rows; without a list, units are not looked up (one note)", async () => {
    const r = await cli(["check", file("锦州.docx"), "--json"]);
    const [docx] = JSON.parse(r.out).files;
    await cli(["import", file("锦州.docx"), "--out", file("锦州-导入.xlsx")]);
    const [xlsx] = JSON.parse((await cli(["check", file("锦州-导入.xlsx"), "--json"])).out).files;
    // The imported file has the starting list (its units are not added without --add-units): it alone looks units up.
    expect(kinds(docx, "no-unit-list")).toEqual(kinds(xlsx, "unknown-unit"));
    expect(docx.findings.filter((f: { kind: string }) => f.kind === "no-unit-list")).toHaveLength(1);
    expect(docx.findings.filter((f: { kind: string }) => f.kind === "measure-empty")).toHaveLength(
      xlsx.findings.filter((f: { kind: string }) => f.kind === "measure-empty").length,
    );
    expect(docx.findings[0].address).toMatch(/^表格第 \d+ 行$/);
  });

  it("with --units FILE looks units up in that list: the same findings and summary as import --units then check", async () => {
    writeFileSync(file("单位.txt"), SAMPLE_LISTS.units.slice(1).join("\n"));
    const [docx] = JSON.parse(
      (await cli(["check", "--units", file("单位.txt"), file("锦州.docx"), "--json"])).out,
    ).files;
    await cli(["import", file("锦州.docx"), "--units", file("单位.txt"), "--out", file("锦州-名单.xlsx")]);
    const [xlsx] = JSON.parse((await cli(["check", file("锦州-名单.xlsx"), "--json"])).out).files;
    expect(kinds(docx, "")).toEqual(kinds(xlsx, ""));
    expect(kinds(docx, "").filter(([k]) => k === "unknown-unit").length).toBeGreaterThan(0);
    expect(docx.summary).toEqual(xlsx.summary);
  });

  it("lists a document without the table as unreadable, with the message", async () => {
    const r = await cli(["check", file("无表格.docx")]);
    expect(r.code).toBe(2);
    expect(r.out).toContain("找不到附件1的表格");
  });
});
