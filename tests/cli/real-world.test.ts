/**
 * Files from the real world through the command line: special files, hostile names, long values, internal
 * errors kept out of the messages, outputs that would overwrite something, merges that would count a
 * college twice. Every file is made here.
 */
import { execFileSync } from "child_process";
import {
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { SAMPLE_DRAFT } from "../../src/form";
import { MERGE_OUTPUT_SHEETS } from "../../src/xlsx/read-file";
import { MERGE_SHEET, STATUS_SHEET } from "../../src/xlsx/write-merge";
import { formFile, handPackage, planGrid, rawZip, readyEntries, zipParts } from "../xlsx/fixtures";
import { cli } from "./run";

const dir = mkdtempSync(path.join(tmpdir(), "fujian1-real-"));
const file = (name: string) => path.join(dir, name);

beforeAll(async () => {
  writeFileSync(file("甲.xlsx"), await formFile(readyEntries("甲职业技术学院")));
  writeFileSync(file("乙.xlsx"), await formFile(readyEntries("乙职业技术学院")));
  writeFileSync(file("甲-重发.xlsx"), await formFile(readyEntries(" 甲职业技术学院 ")));
  writeFileSync(file("锦州.xlsx"), await formFile(SAMPLE_DRAFT));
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("every input is looked at with stat first", () => {
  it.each([
    ["/dev/zero", "not-a-file", "设备文件"],
    ["/dev/null", "not-a-file", "设备文件"],
    ["FIFO", "not-a-file", "管道"],
    ["folder", "folder", "文件夹"],
  ])("%s gets one message and the next file is still checked", async (what, kind, words) => {
    let target = what;
    if (what === "FIFO") {
      target = file("管道.xlsx");
      if (!existsSync(target)) execFileSync("mkfifo", [target]);
    } else if (what === "folder") {
      target = file("一个文件夹.xlsx");
      mkdirSync(target, { recursive: true });
    }
    const r = await cli(["check", "--json", target, file("甲.xlsx")]);
    const [bad, good] = JSON.parse(r.out).files;
    expect(bad).toEqual({
      file: target,
      status: "unreadable",
      problem: { kind, message: expect.stringContaining(words) },
    });
    expect(good.status).toBe("ready");
  });

  it("system errors are said in Chinese, their codes only with --debug", async () => {
    const long = file(`${"长".repeat(200)}.xlsx`);
    const inFile = path.join(file("甲.xlsx"), "x.xlsx");
    const r = await cli(["check", long, inFile]);
    expect(r.out).toContain("文件名或路径太长");
    expect(r.out).toContain("找不到这个文件");
    expect(r.out).not.toMatch(/ENAMETOOLONG|ENOTDIR|Error/);
    const debug = await cli(["check", "--debug", long]);
    expect(debug.out).toMatch(/\[调试\] .*ENAMETOOLONG/);
  });
});

describe("names and values from the files are printed safely", () => {
  it("a file name with a newline cannot fake a verdict line, in text or JSON", async () => {
    const evil = file("x\n✔ 可以提交  伪造学院.xlsx");
    writeFileSync(evil, await formFile(SAMPLE_DRAFT));
    const r = await cli(["check", "-q", evil]);
    expect(r.out.split("\n").filter((l) => l.startsWith("✔"))).toEqual([]);
    expect(r.out).toContain("x\\n✔ 可以提交  伪造学院.xlsx");
    const json = await cli(["check", "--json", evil]);
    // eslint-disable-next-line no-control-regex -- the characters that must not appear raw
    expect(json.out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e]/);
    expect(JSON.parse(json.out).files[0].file).toBe(evil);
  });

  it("bidi controls and other invisible characters are escaped too", async () => {
    const evil = file("报告\u202Excod.xlsx");
    writeFileSync(evil, "不是表格");
    const r = await cli(["check", evil]);
    expect(r.out).toContain("报告\\u202Excod.xlsx");
    expect((await cli(["check", "--json", evil])).out).toContain("\\u202e");
  });

  it("a huge value is echoed cut, with its length", async () => {
    const entries = readyEntries("丙学院");
    entries.rows["1"][0].unit = "教".repeat(5000) + "\n✔ 可以提交";
    writeFileSync(file("长值.xlsx"), await formFile(entries));
    const r = await cli(["check", file("长值.xlsx")]);
    const line = r.out.split("\n").find((l) => l.includes("教教教")) ?? "";
    expect(line).toContain("（共 5007 字）");
    // A cell of two lines is now a unit-lines finding that quotes the value twice (as written, and joined):
    // every echo is cut to 40 characters, and the line stays a line.
    for (const run of line.match(/教+/g) ?? []) expect(run.length).toBeLessThanOrEqual(40);
    expect([...line].length).toBeLessThan(300);
    expect(r.out.split("\n").filter((l) => l.startsWith("✔"))).toEqual([]);
  });

  it("internal error text stays behind --debug", async () => {
    // A package whose sheet data is not deflate data: the platform's inflater fails in English.
    const parts = handPackage({ 附件1: planGrid() });
    const broken = rawZip(
      Object.entries(parts).map(([name, text]) =>
        name.endsWith("sheet1.xml")
          ? { name, data: new Uint8Array(64).fill(0xff), method: 8 as const, declared: 5000 }
          : { name, data: Buffer.from(text), method: 0 as const, declared: Buffer.byteLength(text) },
      ),
    );
    writeFileSync(file("坏数据.xlsx"), broken);
    const r = await cli(["check", file("坏数据.xlsx")]);
    expect(r.out).toMatch(/^✘ 无法读取 {2}坏数据\.xlsx {2}文件已损坏/);
    expect(r.out.replace(/Excel|xlsx/g, "")).not.toMatch(/[A-Za-z]{3,}/);
    const debug = await cli(["check", "--debug", file("坏数据.xlsx")]);
    expect(debug.out).toMatch(/\n {4}\[调试\] \S+/);
  });
});

describe("several form sheets", () => {
  it("the filled one is checked and the others are named", async () => {
    const bytes = await zipParts(handPackage({ 附件1: planGrid(), "附件1 (2)": planGrid(readyEntries("丁学院")) }));
    writeFileSync(file("两张表.xlsx"), bytes);
    const r = await cli(["check", file("两张表.xlsx")]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("✔ 可以提交  两张表.xlsx");
    expect(r.out).toContain("还有附件1表：“附件1”，未检查；检查的是填写内容最多的“附件1 (2)”");
    const json = JSON.parse((await cli(["check", "--json", file("两张表.xlsx")])).out).files[0];
    expect([json.sheet, json.otherFormSheets]).toEqual(["附件1 (2)", ["附件1"]]);
  });
});

describe("nothing is overwritten without consent", () => {
  it("template without --out never replaces 附件1.xlsx: it takes a free name and says so", async () => {
    const folder = file("模板");
    mkdirSync(folder);
    writeFileSync(path.join(folder, "附件1.xlsx"), "学校填好的表");
    const cwd = process.cwd();
    process.chdir(folder);
    try {
      const r = await cli(["template"]);
      expect(r.code).toBe(0);
      expect(r.out).toContain("已生成 附件1 (2).xlsx");
      expect(r.out).toContain("附件1.xlsx 已经存在，没有动它");
      expect(readFileSync("附件1.xlsx", "utf8")).toBe("学校填好的表");
      expect(existsSync("附件1 (2).xlsx")).toBe(true);
    } finally {
      process.chdir(cwd);
    }
  });

  it("template --out an existing file: refused unless --force", async () => {
    writeFileSync(file("已填.xlsx"), "学校填好的表");
    const r = await cli(["template", "--out", file("已填.xlsx")]);
    expect([r.code, r.out]).toEqual([2, ""]);
    expect(r.err).toContain("已经存在，没有覆盖它");
    expect(readFileSync(file("已填.xlsx"), "utf8")).toBe("学校填好的表");
    expect((await cli(["template", "--out", file("已填.xlsx"), "--force"])).code).toBe(0);
    expect(readFileSync(file("已填.xlsx")).subarray(0, 2).toString()).toBe("PK");
  });

  it("merge --out an existing file: refused unless --force", async () => {
    writeFileSync(file("旧汇总.xlsx"), "别的东西");
    const r = await cli(["merge", file("甲.xlsx"), "--out", file("旧汇总.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("已经存在");
    expect(readFileSync(file("旧汇总.xlsx"), "utf8")).toBe("别的东西");
    expect((await cli(["merge", file("甲.xlsx"), "--out", file("旧汇总.xlsx"), "--force"])).code).toBe(0);
  });

  it("an output that is an input by another path (symlinked folder, hard link) is refused, even with --force", async () => {
    symlinkSync(dir, file("链接"));
    linkSync(file("乙.xlsx"), file("乙-硬链接.xlsx"));
    const before = readFileSync(file("甲.xlsx"));
    for (const out of [path.join(file("链接"), "甲.xlsx"), file("乙-硬链接.xlsx")]) {
      const r = await cli(["merge", file("甲.xlsx"), file("乙.xlsx"), "--out", out, "--force"]);
      expect(r.code).toBe(2);
      expect(r.err).toContain("也是输入文件之一");
    }
    expect(readFileSync(file("甲.xlsx"))).toEqual(before);
  });
});

describe("merge never counts a college twice", () => {
  beforeAll(async () => {
    expect(MERGE_OUTPUT_SHEETS).toEqual([MERGE_SHEET, STATUS_SHEET]);
    await cli(["merge", file("甲.xlsx"), file("锦州.xlsx"), "--out", file("上次汇总.xlsx")]);
    utimesSync(file("甲.xlsx"), new Date("2026-05-01T08:00:00"), new Date("2026-05-01T08:00:00"));
    utimesSync(file("甲-重发.xlsx"), new Date("2026-05-03T08:00:00"), new Date("2026-05-03T08:00:00"));
  }, 30_000);

  it("names every duplicate in one message, writes nothing, exits 2", async () => {
    const out = file("汇总-重复.xlsx");
    const r = await cli([
      "merge",
      file("甲.xlsx"),
      file("乙.xlsx"),
      path.join(dir, ".", "乙.xlsx"),
      file("甲-重发.xlsx"),
      file("上次汇总.xlsx"),
      "--out",
      out,
    ]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(existsSync(out)).toBe(false);
    const lines = r.err.trimEnd().split("\n");
    expect(lines[0]).toContain("没有合并，也没有写入任何文件");
    expect(lines.find((l) => l.includes("同一个文件出现了多次"))).toContain("乙.xlsx");
    expect(lines.find((l) => l.includes("单位“甲职业技术学院”有 2 个文件"))).toMatch(/甲\.xlsx.*甲-重发\.xlsx/);
    expect(lines.find((l) => l.includes("上次合并生成的汇总文件"))).toContain("上次汇总.xlsx");
    expect(lines[lines.length - 1]).toContain("--latest");
  });

  it("--latest keeps the newest file of each college and skips earlier merges", async () => {
    const out = file("汇总-最新.xlsx");
    const r = await cli([
      "merge",
      file("甲.xlsx"),
      file("乙.xlsx"),
      file("甲-重发.xlsx"),
      file("上次汇总.xlsx"),
      "--latest",
      "--out",
      out,
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("已把 2 个文件");
    expect(r.err).toContain("已跳过");
    expect(r.err).toMatch(/已跳过 .*甲\.xlsx.*更新的文件 .*甲-重发\.xlsx/);
    expect(r.err).toMatch(/已跳过 .*上次汇总\.xlsx/);
    expect(statSync(out).size).toBeGreaterThan(0);
  });

  it("check says what an earlier merge output is", async () => {
    const r = await cli(["check", file("上次汇总.xlsx")]);
    expect(r.out).toContain("这是 fujian1 merge 生成的汇总文件");
  });
});
