/** The commands end to end: exit codes, --json, progress, help and usage errors, template, merge, the node launcher. */
import { STANDALONE_TEXT } from "../../src/plan/standalone-text";
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { Workbook, type Worksheet } from "exceljs";
import { FUJIAN1, SAMPLE_DRAFT } from "../../src/form";
import { planSheet } from "../../src/plan/sheet-plan";
import { compactEntries, readGrid } from "../../src/reading/read-grid";
import { readWorkbookFile } from "../../src/xlsx/read-file";
import { MERGE_SHEET, STATUS_SHEET } from "../../src/xlsx/write-merge";
import { VERSION } from "../../src/cli/main";
import { formFile, planGrid, readyEntries } from "../xlsx/fixtures";
import { cli } from "./run";

const dir = mkdtempSync(path.join(tmpdir(), "fujian1-cli-"));
const file = (name: string) => path.join(dir, name);
const ROOT = path.resolve(__dirname, "../..");

beforeAll(async () => {
  writeFileSync(file("锦州.xlsx"), await formFile(SAMPLE_DRAFT));
  writeFileSync(file("就绪.xlsx"), await formFile(readyEntries("甲职业技术学院")));
  const unnamed = readyEntries("");
  writeFileSync(
    file("乙学院.xlsx"),
    await formFile({ ...unnamed, rows: { "1": unnamed.rows["1"] }, marks: { "2": "本校无此专业" } }),
  );
  writeFileSync(file("坏.xlsx"), "not a workbook");
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("check: exit codes", () => {
  it("0 when every file is ready", async () => {
    const r = await cli(["check", file("就绪.xlsx")]);
    expect([r.code, r.out]).toEqual([0, "✔ 可以提交  就绪.xlsx  有举措 54/54\n"]);
  });
  it("1 when a file has blocking findings", async () => {
    expect((await cli(["check", file("就绪.xlsx"), file("锦州.xlsx")])).code).toBe(1);
  });
  it("2 when a file can't be read, even when others are blocked", async () => {
    expect((await cli(["check", file("锦州.xlsx"), file("坏.xlsx"), file("就绪.xlsx")])).code).toBe(2);
  });
});

describe("check: output", () => {
  it("lists each finding with its task, excerpt, cell and message; --quiet only the summaries", async () => {
    const r = await cli(["check", file("锦州.xlsx")]);
    const lines = r.out.trimEnd().split("\n");
    // 11 warnings: empty 具体举措 beside a 完成目标; tasks 3 and 15 share one measure (merged), 31 warns once.
    expect(lines[0]).toBe("✘ 有 27 个问题  锦州.xlsx  有举措 27/54，另有 11 条提醒");
    expect(lines[1]).toMatch(/^ {4}\[问题\] 第 1 项「采取专兼职结合方式，为职业院…」 E6 {2}\S/);
    expect(lines.filter((l) => l.includes("[问题]"))).toHaveLength(27);
    expect(lines.filter((l) => l.includes("[提醒]"))).toHaveLength(11);
    expect((await cli(["check", "-q", file("锦州.xlsx")])).out).toBe(`${lines[0]}\n`);
  });

  it("--json prints one document: { files: [{ file, status, summary, findings | problem }] }", async () => {
    const r = await cli(["check", "--json", file("锦州.xlsx"), file("坏.xlsx"), file("就绪.xlsx")]);
    const doc = JSON.parse(r.out);
    expect(Object.keys(doc)).toEqual(["files"]);
    const [sample, bad, ready] = doc.files;
    expect(sample).toMatchObject({
      file: file("锦州.xlsx"),
      status: "blocked",
      summary: { total: 54, withMeasures: 27, ready: false },
    });
    expect(sample.findings[0]).toEqual({
      kind: "no-measure",
      severity: "error",
      seq: "1",
      address: "E6",
      message: expect.any(String),
    });
    expect(sample.findings).toHaveLength(38);
    expect(bad).toEqual({
      file: file("坏.xlsx"),
      status: "unreadable",
      problem: { kind: "text", message: expect.stringContaining("文本文件") },
    });
    expect(ready).toMatchObject({ status: "ready", findings: [], summary: { ready: true, withMeasures: 54 } });
  });

  it("shows progress on stderr only when it is a terminal and there are several files", async () => {
    const files = [file("锦州.xlsx"), file("就绪.xlsx")];
    const tty = await cli(["check", "-q", ...files], { tty: true });
    expect(tty.err).toContain("正在检查 2/2：就绪.xlsx");
    expect(tty.out).not.toContain("正在检查");
    expect((await cli(["check", "-q", ...files])).err).toBe("");
    expect((await cli(["check", "-q", files[0]], { tty: true })).err).toBe("");
  });
});

describe("help and usage errors", () => {
  it.each([[["--help"]], [["template", "--help"]], [["check", "-h"]], [["merge", "--help"]]])(
    "%j prints help and exits 0",
    async (args) => {
      const r = await cli(args);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/^用法：fujian1/);
    },
  );
  it.each([
    [["check", "--bogus", "a.xlsx"], "未知的选项“--bogus”"],
    [["frobnicate"], "未知的命令“frobnicate”"],
    [[], "请指定命令"],
    [["check"], "请指定要处理的文件"],
    [["merge", "a.xlsx"], "请用 --out 指定输出文件"],
    [["merge", "a.xlsx", "--out"], "选项“--out”后面需要一个值"],
    [["template", "extra"], "多余的参数“extra”"],
  ])("%j → message and exit 2", async (args, message) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.out).toBe("");
  });
});

describe("template", () => {
  it("writes the blank form, or the sample with --sample, from the same plan", async () => {
    const r = await cli(["template", "--out", file("空白.xlsx")]);
    expect([r.code, r.out]).toEqual([0, `已生成 ${file("空白.xlsx")}（54 项任务，空白表）。\n`]);
    await cli(["template", "--sample", `--out=${file("示例.xlsx")}`]);
    for (const [name, entries] of [
      ["空白.xlsx", undefined],
      ["示例.xlsx", SAMPLE_DRAFT],
    ] as const) {
      const reading = await readWorkbookFile(readFileSync(file(name)), FUJIAN1);
      if ("kind" in reading) throw new Error(reading.message);
      const plan = planSheet(FUJIAN1, entries, FUJIAN1.sheetName, FUJIAN1.lists, { standalone: STANDALONE_TEXT });
      expect(reading.grid).toHaveLength(plan.values.length);
      // Three hidden spare rows under every task: the same entries once trailing empty rows are dropped.
      expect(compactEntries(readGrid(FUJIAN1, reading.grid).entries)).toEqual(
        compactEntries(readGrid(FUJIAN1, planGrid(entries)).entries),
      );
    }
  });

  it("says why it can't write and exits 2", async () => {
    const r = await cli(["template", "--out", path.join(dir, "没有这个文件夹", "x.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("无法写入");
  });
});

describe("merge", () => {
  let merged: Worksheet;
  let status: Worksheet;
  let run: Awaited<ReturnType<typeof cli>>;
  beforeAll(async () => {
    run = await cli([
      "merge",
      file("锦州.xlsx"),
      file("坏.xlsx"),
      file("就绪.xlsx"),
      file("乙学院.xlsx"),
      "-o",
      file("汇总.xlsx"),
    ]);
    const book = new Workbook();
    await book.xlsx.load(readFileSync(file("汇总.xlsx")) as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual([MERGE_SHEET, STATUS_SHEET]);
    merged = book.getWorksheet(MERGE_SHEET) as Worksheet;
    status = book.getWorksheet(STATUS_SHEET) as Worksheet;
  }, 30_000);

  const rowsOf = (sheet: Worksheet) => {
    const out: unknown[][] = [];
    sheet.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
    return out;
  };

  it("writes the file, lists the unreadable one and exits 2", () => {
    expect(run.code).toBe(2);
    expect(run.out).toContain(`已把 3 个文件的`);
    expect(run.err).toContain("坏.xlsx");
  });

  it("has the official columns, 学校, 文件 and the fill columns, a frozen header and an autofilter", () => {
    expect(rowsOf(merged)[0]).toEqual([
      "序号",
      "主要任务",
      "任务内容",
      "责任部门",
      "学校",
      "文件",
      "具体举措",
      "完成目标",
      "责任单位（部门）",
      "完成时间",
    ]);
    expect(merged.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(merged.autoFilter).toBeTruthy();
    expect(merged.getCell("C2").alignment?.wrapText).toBe(true);
  });

  it("groups every college's measures under each task, in task order; 学校 from 单位（公章） or the file name, and 文件", () => {
    const rows = rowsOf(merged).slice(1);
    const seqs = rows.map((r) => String(r[0]));
    expect([...new Set(seqs)]).toEqual(FUJIAN1.tasks.map((t) => t.seq));
    expect(seqs).toEqual([...seqs].sort((a, b) => Number(a) - Number(b)));
    const task1 = rows.filter((r) => r[0] === 1);
    expect(task1.map((r) => r[4])).toEqual(["甲职业技术学院", "乙学院"]);
    expect(task1.map((r) => r[5])).toEqual(["就绪.xlsx", "乙学院.xlsx"]);
    expect(task1[0].slice(6)).toEqual(["举措1", "目标1", FUJIAN1.lists.units[0], FUJIAN1.lists.times[0]]);
    const task2 = rows.filter((r) => r[0] === 2).map((r) => [r[4], r[6]]);
    expect(task2).toEqual([
      ["锦州师范高等专科学校", SAMPLE_DRAFT.rows["2"][0].measure],
      ["甲职业技术学院", "举措2"],
      ["乙学院", "不涉及：本校无此专业"],
    ]);
    const sampleRows = Object.values(SAMPLE_DRAFT.rows)
      .flat()
      .filter((r) => r.measure || r.target || r.unit || r.time).length;
    expect(rows.filter((r) => r[4] === "锦州师范高等专科学校")).toHaveLength(sampleRows);
  });

  it("lists each college's completeness, the unreadable file with its reason", () => {
    const rows = rowsOf(status);
    expect(rows[0]).toEqual([
      "学校",
      "文件",
      "有举措的任务（共 54 项）",
      "没有举措",
      "不涉及",
      "需要修改的问题",
      "提醒",
      "可以提交",
      "说明",
    ]);
    expect(rows[1]).toEqual(["锦州师范高等专科学校", "锦州.xlsx", 27, 27, 0, 27, 11, "否"]);
    expect(rows[2].slice(0, 2)).toEqual(["坏", "坏.xlsx"]);
    expect(rows[2][7]).toBe("否");
    expect(String(rows[2][8])).toMatch(/^无法读取：这是文本文件/);
    expect(rows[3]).toEqual(["甲职业技术学院", "就绪.xlsx", 54, 0, 0, 0, 0, "是"]);
    expect(rows[4].slice(0, 5)).toEqual(["乙学院", "乙学院.xlsx", 1, 52, 1]);
  });

  it("refuses to overwrite one of its inputs", async () => {
    const r = await cli(["merge", file("锦州.xlsx"), "--out", file("锦州.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("也是输入文件之一");
  });
});

describe("bin/fujian1.js", () => {
  const bin = path.join(ROOT, "bin", "fujian1.js");
  it("runs from the sources without a build: --help, --version, a usage error, a template", () => {
    const help = spawnSync(process.execPath, [bin, "--help"], { encoding: "utf8" });
    expect([help.status, help.stdout]).toEqual([0, expect.stringContaining("用法：fujian1")]);
    const version = spawnSync(process.execPath, [bin, "--version"], { encoding: "utf8" });
    expect([version.status, version.stdout]).toEqual([0, `fujian1 ${VERSION}\n`]);
    const bad = spawnSync(process.execPath, [bin, "check", "--nope"], { encoding: "utf8" });
    expect([bad.status, bad.stderr]).toEqual([2, expect.stringContaining("未知的选项")]);
    const out = file("bin.xlsx");
    const made = spawnSync(process.execPath, [bin, "template", "--out", out], { encoding: "utf8", cwd: dir });
    expect(made.status).toBe(0);
    expect(existsSync(out)).toBe(true);
    const checked = spawnSync(process.execPath, [bin, "check", "--json", out], { encoding: "utf8" });
    expect(checked.status).toBe(1);
    expect(JSON.parse(checked.stdout).files[0].summary.withMeasures).toBe(0);
  }, 60_000);
});
