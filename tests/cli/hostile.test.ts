/**
 * Hostile and real-world files and arguments that used to mislead (issue 21): outputs that are folders or the
 * wrong format, a merge over the whole table, formulas never calculated, error values, invisible characters,
 * full-width 序号, sheet names in the "no form" message. Every file is made here.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { Workbook } from "exceljs";
import { FUJIAN1, type Entries } from "../../src/form";
import { SEVERITY, type Finding, type FindingKind } from "../../src/reading/check";
import { describeForCli } from "../../src/cli/finding-text";
import { t } from "../../src/i18n/strings";
import { editSheetXml, formFile, handPackage, planGrid, readyEntries, zipParts } from "../xlsx/fixtures";
import { cli } from "./run";

const dir = mkdtempSync(path.join(tmpdir(), "fujian1-hostile-"));
const file = (name: string) => path.join(dir, name);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let ready: Uint8Array;
beforeAll(async () => {
  ready = await formFile(readyEntries("甲职业技术学院"));
  writeFileSync(file("甲.xlsx"), ready);
}, 30_000);

/** The unit cells (column G) of the first `n` task rows of the standard file, as ExcelJS writes them. */
const UNIT_CELLS = (n: number) => Array.from({ length: n }, (_, i) => `G${6 + i}`);

describe("outputs", () => {
  it("an existing folder as --out is named as a folder, with and without --force; nothing is written", async () => {
    const folder = file("汇总文件夹");
    mkdirSync(folder);
    for (const args of [[], ["--force"]]) {
      for (const out of [folder, `${folder}/`]) {
        const r = await cli(["merge", file("甲.xlsx"), "--out", out, ...args]);
        expect(r.code).toBe(2);
        expect(r.err).toContain("是一个文件夹");
        expect(r.err).not.toMatch(/已经存在|路径中有一段不是文件夹/);
        expect(r.err).toContain(`--out ${path.join(folder, "汇总.xlsx")}`);
      }
      const t1 = await cli(["template", "--out", `${folder}/`, ...args]);
      expect([t1.code, t1.err]).toEqual([2, expect.stringContaining("是一个文件夹")]);
    }
    expect(readdirSync(folder)).toEqual([]);
  });

  it("a folder name that does not exist yet (新文件夹/) is not taken for a file", async () => {
    const r = await cli(["template", "--out", file("新文件夹") + "/", "--force"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("是一个文件夹");
    expect(r.err).not.toContain("路径中有一段不是文件夹");
  });

  it.each([
    ["template", [], "附件1.csv", "附件1.xlsx"],
    ["merge", ["甲.xlsx"], "汇总.csv", "汇总.xlsx"],
    ["merge", ["甲.xlsx"], "汇总", "汇总.xlsx"],
    ["export", ["甲.xlsx"], "附件1.xlsx", "附件1.docx"],
    ["export", ["甲.xlsx"], "附件1.pdf", "附件1.docx"],
    ["import", ["甲.xlsx"], "附件1.docx", "附件1.xlsx"],
  ])("%s %j --out %s (the wrong extension) is refused, naming the right one", async (command, inputs, out, right) => {
    const r = await cli([command, ...inputs.map(file), "--out", file(out), "--force"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`扩展名不是 ${path.extname(right)}`);
    expect(r.err).toContain(`--out ${file(right)}`);
    expect(existsSync(file(out))).toBe(false);
    expect(existsSync(file(right))).toBe(false);
  });

  it("the extension's letter case does not matter", async () => {
    const r = await cli(["template", "--out", file("大写.XLSX")]);
    expect(r.code).toBe(0);
  });
});

describe("the command line speaks for itself, never of the pane's buttons", () => {
  it("one merge over the whole table (A1:J59) is named, with how to undo it", async () => {
    const merged = await editSheetXml(ready, (x) =>
      x.replace(/<mergeCells[\s\S]*?<\/mergeCells>/, '<mergeCells count="1"><mergeCell ref="A1:J59"/></mergeCells>'),
    );
    writeFileSync(file("整表合并.xlsx"), merged);
    const r = await cli(["check", file("整表合并.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.out).toContain("被一个合并单元格（A1:J59）盖住了");
    expect(r.out).toContain("取消合并");
    expect(r.out).not.toContain("载入附件1");
  });

  it("no finding's command-line text sends the user to a button of the pane", () => {
    const buttons = [
      "pane.load",
      "pane.check",
      "pane.fix",
      "pane.download",
      "pane.addRow",
      "pane.removeRow",
      "pane.recheck",
      "pane.word.export",
      "pane.word.import",
      "pane.mark.set",
      "pane.mark.clear",
    ].map((k) => t("zh", k as Parameters<typeof t>[1]));
    const detail = { sheet: "附件1", value: "教务部", unknown: "教务部", found: "改过的原文", field: "联系人" };
    const texts = (Object.keys(SEVERITY) as FindingKind[]).map((kind) => {
      const f: Finding = { kind, severity: SEVERITY[kind], detail: { ...detail, reason: "无", rows: "1", first: "3" } };
      return describeForCli(f);
    });
    for (const text of texts) for (const b of buttons) expect(text).not.toContain(`“${b}”`);
    expect(texts.join("\n")).not.toMatch(/载入附件1|点“修正”|可恢复原文/);
    const deleted = describeForCli({
      kind: "official-changed",
      severity: "error",
      detail: { found: "", official: "原文" },
    });
    expect(deleted).toContain("被删除了");
  });
});

describe("formulas and error values", () => {
  /** The ready form with formulas in the first three unit cells, written as `cell(formula)`. */
  const withFormulas = (cell: (address: string) => string) =>
    editSheetXml(ready, (x) => {
      let out = x;
      for (const a of UNIT_CELLS(3)) out = out.replace(new RegExp(`<c r="${a}"[^>]*?(/>|>[\\s\\S]*?</c>)`), cell(a));
      return out;
    });

  it("formulas without cached values (openpyxl writes <f> and an empty <v/>) are said, with how to fix", async () => {
    writeFileSync(file("openpyxl.xlsx"), await withFormulas((a) => `<c r="${a}"><f>名单!A2</f><v/></c>`));
    const r = await cli(["check", file("openpyxl.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.out).toContain("3 个公式从未计算过（G6、G7、G8）");
    expect(r.out).toMatch(/Excel 或 WPS 中打开它，保存/);
    expect(r.out).not.toContain("没有责任单位");
  });

  it("ExcelJS formulas without a result (no <v>) too; a calculated empty text result is not one", async () => {
    const book = new Workbook();
    const sheet = book.addWorksheet(FUJIAN1.sheetName);
    planGrid(readyEntries("乙学院")).forEach((row, r) =>
      row.forEach((v, c) => v !== "" && v !== null && v !== undefined && (sheet.getCell(r + 1, c + 1).value = v)),
    );
    sheet.getCell("G6").value = { formula: '"教务处"' } as never;
    writeFileSync(file("exceljs公式.xlsx"), new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer));
    expect((await cli(["check", file("exceljs公式.xlsx")])).out).toContain("1 个公式从未计算过（G6）");
    // Excel's own way of saving a formula whose result is empty text: t="str" and an empty <v>.
    const emptyText = await withFormulas((a) => `<c r="${a}" t="str"><f>""</f><v></v></c>`);
    writeFileSync(file("空文本.xlsx"), emptyText);
    const r = await cli(["check", file("空文本.xlsx")]);
    expect(r.out).not.toContain("从未计算过");
    expect(r.out).toContain("没有责任单位");
  });

  it("a cached error value (#N/A) is named as an error value", async () => {
    writeFileSync(
      file("错误值.xlsx"),
      await withFormulas((a) => `<c r="${a}" t="e"><f>VLOOKUP(1,名单!A:A,2,0)</f><v>#N/A</v></c>`),
    );
    const r = await cli(["check", file("错误值.xlsx")]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("单元格显示的是错误值 #N/A");
    expect(r.out).not.toContain("#N、A");
  });
});

describe("values people paste", () => {
  it("no-break and zero-width characters are named, not only suggested away", async () => {
    const e: Entries = readyEntries("丙学院");
    e.rows["1"][0].unit += "\u00a0";
    e.rows["2"][0].unit = "\u200b" + e.rows["2"][0].unit;
    writeFileSync(file("不可见.xlsx"), await formFile(e));
    const lines = (await cli(["check", file("不可见.xlsx")])).out.split("\n");
    expect(lines.find((l) => l.includes(" G6 "))).toContain("含不可见字符（不间断空格 U+00A0）");
    expect(lines.find((l) => l.includes(" G7 "))).toContain("含不可见字符（零宽空格 U+200B）");
  });

  it("序号 in full-width digits (１２３) are read as 1 2 3", async () => {
    const toFull = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    const seqs = new Set(FUJIAN1.tasks.map((task) => task.seq));
    const grid = planGrid(readyEntries("丁学院")).map((row) =>
      row.map((v, c) => (c === 0 && seqs.has(String(v)) ? toFull(String(v)) : v)),
    );
    expect(grid.some((row) => row[0] === "１２")).toBe(true);
    writeFileSync(file("全角序号.xlsx"), await zipParts(handPackage({ [FUJIAN1.sheetName]: grid })));
    const r = await cli(["check", "-q", file("全角序号.xlsx")]);
    expect(r.out).toMatch(/^✔ 可以提交 {2}全角序号\.xlsx {2}有举措 54\/54/);
  });
});

describe("names in messages", () => {
  it("the sheets listed when no form is found are escaped and quoted like every other name", async () => {
    // A line separator (XML keeps it in an attribute; a newline would become a space) and a bidi override.
    const sheets = { "甲\u2028✔ 可以提交  伪造.xlsx": [["x"]], "乙\u202Excod": [["y"]], "丙、丁": [["z"]] };
    writeFileSync(file("无表.xlsx"), await zipParts(handPackage(sheets)));
    const r = await cli(["check", file("无表.xlsx")]);
    expect(r.out).not.toMatch(/[\u2028\u202e]/);
    expect(r.out).toContain("工作表有：“甲\\u2028✔ 可以提交  伪造.xlsx”、“乙\\u202Excod”、“丙、丁”。");
  });
});
