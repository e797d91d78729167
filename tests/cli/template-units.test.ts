/** `fujian1 template --units … --school …`: a college's own unit list and name, read back as the check reads them. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { FUJIAN1 } from "../../src/form";
import { readGrid } from "../../src/reading/read-grid";
import { readWorkbookFile } from "../../src/xlsx/read-file";
import { cli } from "./run";

const dir = mkdtempSync(path.join(tmpdir(), "fujian1-units-"));
const file = (name: string) => path.join(dir, name);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function readBack(name: string) {
  const reading = await readWorkbookFile(readFileSync(file(name)), FUJIAN1);
  if ("kind" in reading) throw new Error(reading.message);
  return { lists: reading.lists, header: readGrid(FUJIAN1, reading.grid).entries.header };
}

describe("template --units --school", () => {
  it("puts the file's units (BOM, CRLF, spaces and blank lines dropped) in the list and the school in the header", async () => {
    writeFileSync(file("units.txt"), "\uFEFF 教务处 \r\n\r\n人事处\r\n  \r\n机电工程学院\r\n");
    const r = await cli(["template", "--units", file("units.txt"), "--school", "甲职业技术学院", "-o", file("a.xlsx")]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toContain("3 个单位");
    const { lists, header } = await readBack("a.xlsx");
    expect(lists?.units).toEqual(["教务处", "人事处", "机电工程学院"]);
    expect(lists?.times).toEqual(FUJIAN1.lists.times);
    expect(header.unit).toBe("甲职业技术学院");
  });

  it("without them keeps the generic list and an empty header", async () => {
    expect((await cli(["template", "-o", file("b.xlsx")])).code).toBe(0);
    const { lists, header } = await readBack("b.xlsx");
    expect(lists?.units).toEqual(FUJIAN1.lists.units);
    expect(header.unit).toBe("");
  });

  it.each([
    ["joint.txt", "教务处\n教务处、人事处\n", "第 2 行“教务处、人事处”含有“、”"],
    ["semi.txt", "教务处；人事处\n", "第 1 行“教务处；人事处”含有“；”"],
    ["space.txt", "教务处 人事处\n", "第 1 行“教务处 人事处”含有空格："],
    ["wide.txt", "教务处\u3000人事处\n", "第 1 行“教务处\u3000人事处”含有全角空格："],
    ["tab.txt", "1. 教务处\t人事处\n", "第 1 行“1. 教务处\\t人事处”含有制表符："],
    ["numbered.txt", "1. 教务处、人事处\n", "第 1 行“1. 教务处、人事处”含有“、”："],
    ["dup.txt", "教务处\n人事处\n\n 教务处\n", "第 4 行“教务处”与第 1 行重复"],
    ["empty.txt", "\n  \n", "没有单位名称"],
  ])("refuses %s with a message naming the line and writes nothing", async (name, content, message) => {
    writeFileSync(file(name), content);
    const out = file(`${name}.xlsx`);
    const r = await cli(["template", "--units", file(name), "-o", out]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("没有生成文件");
    expect(r.err).toContain(message);
    expect(existsSync(out)).toBe(false);
  });

  it("refuses a file that is not UTF-8 (GBK from Notepad) and a missing file", async () => {
    writeFileSync(file("gbk.txt"), Buffer.from([0xbd, 0xcc, 0xce, 0xf1, 0xb4, 0xa6, 0x0a])); // 教务处 in GBK
    const gbk = await cli(["template", "--units", file("gbk.txt"), "-o", file("gbk.xlsx")]);
    expect([gbk.code, gbk.err]).toEqual([2, expect.stringContaining("不是 UTF-8")]);
    const missing = await cli(["template", "--units", file("nope.txt"), "-o", file("nope.xlsx")]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("nope.txt");
    expect(existsSync(file("gbk.xlsx")) || existsSync(file("nope.xlsx"))).toBe(false);
  });
});
