/** Every kind of bad input gives one clear message, fast, and never stops the other files of the run. */
import { mkdtempSync, rmSync, writeFileSync, truncateSync, mkdirSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { FUJIAN1, SAMPLE_DRAFT, SAMPLE_LISTS } from "../../src/form";
import { readInput } from "../../src/cli/files";
import { planSheet } from "../../src/plan/sheet-plan";
import { MAX_FILE_BYTES } from "../../src/xlsx/limits";
import { readWorkbookFile } from "../../src/xlsx/read-file";
import {
  declaredBomb,
  formFile,
  gridWorkbook,
  lyingBomb,
  ole2File,
  planGrid,
  randomBytes,
  rawZip,
  readyEntries,
} from "../xlsx/fixtures";
import { cli } from "./run";

const dir = mkdtempSync(path.join(tmpdir(), "fujian1-bad-"));
const file = (name: string) => path.join(dir, name);

/** Bad file → the problem kind it must give. */
const BAD: Record<string, string> = {
  "随机字节.xlsx": "not-zip",
  "声明炸弹.xlsx": "zip-bomb",
  "撒谎炸弹.xlsx": "zip-bomb",
  "旧版.xls": "legacy-xls",
  "WPS表格.et": "legacy-xls",
  "加密.xlsx": "encrypted",
  "导出.csv": "text",
  "扫描件.pdf": "pdf",
  "没有附件1.xlsx": "no-form",
  "缺列.xlsx": "missing-columns",
  "巨大.xlsx": "too-large",
  "空文件.xlsx": "empty",
  "截断.xlsx": "truncated",
  // check reads Word drafts too: a .docx without the 附件1 table is "no form".
  "文档.docx": "no-form",
  "不存在.xlsx": "not-found",
  "文件夹.xlsx": "folder",
};

beforeAll(async () => {
  writeFileSync(file("随机字节.xlsx"), randomBytes());
  writeFileSync(file("声明炸弹.xlsx"), declaredBomb());
  writeFileSync(file("撒谎炸弹.xlsx"), await lyingBomb(300));
  writeFileSync(file("旧版.xls"), ole2File());
  writeFileSync(file("WPS表格.et"), ole2File());
  writeFileSync(file("加密.xlsx"), ole2File(true));
  writeFileSync(file("导出.csv"), "序号,主要任务,任务内容\n1,加强党的领导,采取专兼职结合方式\n");
  writeFileSync(file("扫描件.pdf"), "%PDF-1.7\n%âãÏÓ\n1 0 obj\n");
  writeFileSync(
    file("没有附件1.xlsx"),
    await gridWorkbook({
      Sheet1: [
        ["姓名", "成绩"],
        ["张三", 90],
      ],
    }),
  );
  const renamed = planGrid(SAMPLE_DRAFT).map((row, r) =>
    r === 4 ? row.map((v) => (v === "完成目标" ? "目标" : v)) : row,
  );
  writeFileSync(file("缺列.xlsx"), await gridWorkbook({ 附件1: renamed }));
  writeFileSync(file("巨大.xlsx"), "");
  truncateSync(file("巨大.xlsx"), 100 * 1024 * 1024);
  writeFileSync(file("空文件.xlsx"), "");
  const good = await formFile(SAMPLE_DRAFT);
  writeFileSync(file("截断.xlsx"), good.subarray(0, Math.floor(good.length / 2)));
  mkdirSync(file("文件夹.xlsx"));
  // A docx: a zip with word/document.xml and no xl/workbook.xml.
  writeFileSync(
    file("文档.docx"),
    rawZip([{ name: "word/document.xml", data: Buffer.from("<w:document/>"), method: 0, declared: 13 }]),
  );
  writeFileSync(file("锦州.xlsx"), good);
  writeFileSync(file("就绪.xlsx"), await formFile(readyEntries()));
  // Rows deleted: tasks 10–12 gone. Readable; the check reports the missing tasks.
  const grid = planGrid(readyEntries("删行学院"));
  const rows = new Set(["10", "11", "12"]);
  writeFileSync(file("删行.xlsx"), await gridWorkbook({ 附件1: grid.filter((r) => !rows.has(String(r[0]))) }));
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("each bad file alone", () => {
  it.each(Object.entries(BAD))(
    "%s → one %s message",
    async (name, kind) => {
      const t = Date.now();
      const r = await cli(["check", file(name), "--json"]);
      const [entry] = JSON.parse(r.out).files;
      expect(r.code).toBe(2);
      expect(entry).toEqual({
        file: file(name),
        status: "unreadable",
        problem: { kind, message: expect.stringMatching(/[\u4e00-\u9fff]/) },
      });
      expect(Date.now() - t).toBeLessThan(kind === "zip-bomb" ? 20_000 : 3_000);
    },
    30_000,
  );
});

describe("all files in one run", () => {
  it("checks the good files and gives every bad one exactly one line", async () => {
    const names = [...Object.keys(BAD), "锦州.xlsx", "就绪.xlsx", "删行.xlsx"];
    const r = await cli(["check", ...names.map(file)]);
    expect(r.code).toBe(2);
    const lines = r.out.trimEnd().split("\n");
    const summaries = lines.filter((l) => !l.startsWith("    "));
    expect(summaries).toHaveLength(names.length + 1);
    for (const name of Object.keys(BAD))
      expect(summaries.filter((l) => l.includes(`✘ 无法读取  ${name}  `))).toHaveLength(1);
    expect(summaries).toContain("✘ 有 27 个问题  锦州.xlsx  有举措 27/54，另有 11 条提醒");
    expect(summaries).toContain("✔ 可以提交  就绪.xlsx  有举措 54/54");
    // Task 10 opened its group, so the group's 主要任务 went with it: 3 missing tasks and 1 changed official text.
    expect(summaries.find((l) => l.includes("删行.xlsx"))).toMatch(/^✘ 有 4 个问题 {2}删行\.xlsx {2}有举措 51\/54$/);
    expect(lines.filter((l) => l.includes("表中找不到这项任务")).map((l) => /第 (\d+) 项/.exec(l)?.[1])).toEqual([
      "10",
      "11",
      "12",
    ]);
    expect(summaries[summaries.length - 1]).toBe(
      `共 ${names.length} 个文件：1 个可以提交，2 个有问题，${Object.keys(BAD).length} 个无法读取。`,
    );
  }, 60_000);

  it("moved columns are read by their titles: the check finds the same as in the original", async () => {
    // The table's columns 具体举措 and 完成目标 swapped (the header line above the table stays).
    const sharedMeasureMerges = planSheet(FUJIAN1, SAMPLE_DRAFT).merges.filter((m) => /^E\d+:E\d+$/.test(m));
    expect(sharedMeasureMerges).toHaveLength(3);
    const swapped = planGrid(SAMPLE_DRAFT).map((row, i) => {
      const r = [...row];
      if (i >= 3) [r[4], r[5]] = [r[5], r[4]];
      return r;
    });
    // The sample's own units travel on its 名单 sheet, as in the original file.
    const lists = SAMPLE_LISTS.units.map((u, i) => [u, SAMPLE_LISTS.times[i] ?? ""]);
    writeFileSync(
      file("换列.xlsx"),
      await gridWorkbook(
        { 附件1: swapped, 名单: [["责任单位（部门）", "完成时间"], ...lists] },
        // The shared 具体举措 cells (merged over their rows) moved with their column, E → F.
        { 附件1: sharedMeasureMerges.map((m) => m.replace(/E/g, "F")) },
      ),
    );
    const moved = JSON.parse((await cli(["check", file("换列.xlsx"), "--json"])).out).files[0];
    const original = JSON.parse((await cli(["check", file("锦州.xlsx"), "--json"])).out).files[0];
    expect(moved.status).toBe("blocked");
    expect(moved.summary.withMeasures).toBe(original.summary.withMeasures);
    expect(moved.findings.map((f: { kind: string; seq: string }) => [f.kind, f.seq])).toEqual(
      original.findings.map((f: { kind: string; seq: string }) => [f.kind, f.seq]),
    );
  }, 30_000);
});

describe("limits", () => {
  it("refuses a 100 MB file from its size, without reading it", async () => {
    const t = Date.now();
    const r = await readInput(file("巨大.xlsx"));
    expect(Date.now() - t).toBeLessThan(200);
    expect(r).toMatchObject({ kind: "too-large", message: expect.stringContaining("100 MB") });
  });

  it("refuses bytes over the limit in the reader too (browser path)", async () => {
    const r = await readWorkbookFile(new Uint8Array(MAX_FILE_BYTES + 1), FUJIAN1);
    expect(r).toMatchObject({ kind: "too-large" });
  });

  it("never throws on mangled zips: every single-byte corruption of a real file gives a reading or one problem", async () => {
    const good = await formFile(SAMPLE_DRAFT);
    for (let i = 0; i < 40; i++) {
      const bytes = good.slice(0);
      const at = Math.floor((i / 40) * bytes.length);
      bytes[at] ^= 0xff;
      const r = await readWorkbookFile(bytes, FUJIAN1);
      expect("grid" in r || ("kind" in r && typeof r.message === "string")).toBe(true);
    }
  }, 60_000);
});

describe("other formats say how to save as .xlsx", () => {
  it.each([
    ["旧版.xls", "另存为“Excel 工作簿（*.xlsx）”"],
    ["WPS表格.et", "在 WPS 中打开，点“文件 → 另存为”"],
  ])("%s", async (name, words) => {
    const r = await cli(["check", file(name)]);
    expect(r.out).toContain(words);
  });
});
