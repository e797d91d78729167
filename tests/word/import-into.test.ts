/**
 * `fujian1 import` and the college's list: a draft's new unit names are printed and put on the list only with
 * --add-units; a revised draft imported again (--into FILE --out NEW) fills the tasks empty in FILE, lists the
 * rest per task, and takes every differing task with --take draft. In-process, files in a temp folder.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { FUJIAN1, type Entries } from "../../src/form";
import { isUnitName } from "../../src/reading/normalise-values";
import { compactEntries, readGrid } from "../../src/reading/read-grid";
import { readWorkbookFile } from "../../src/xlsx/read-file";
import { cli } from "../cli/run";
import { draftDocx, header, taskRow } from "./constructs";

const dir = mkdtempSync(path.join(tmpdir(), "fujian1-word-into-"));
const file = (name: string) => path.join(dir, name);

async function book(name: string): Promise<{ entries: Entries; units: string[] }> {
  const r = await readWorkbookFile(readFileSync(file(name)), FUJIAN1);
  if ("kind" in r) throw new Error(r.message);
  return { entries: compactEntries(readGrid(FUJIAN1, r.grid, r.merges).entries), units: r.lists?.units ?? [] };
}

beforeAll(async () => {
  writeFileSync(
    file("草稿.docx"),
    await draftDocx([
      ...header(),
      taskRow("1", ["举措一", "目标一", "招生就业处/组织部", "2023年"]),
      taskRow("2", ["举措二", "目标二", "教务处", "2024年"]),
    ]),
  );
  writeFileSync(
    file("修改稿.docx"),
    await draftDocx([
      ...header(),
      taskRow("1", ["举措一（修改）", "目标一", "招生就业处", "2023年"]),
      taskRow("2", ["举措二", "目标二", "教务处", "2024年"]),
      taskRow("3", ["举措三", "目标三", "人事处", "2025年"]),
    ]),
  );
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("fujian1 import: units from a draft are proposals", () => {
  it("prints the new names and leaves the list as it was; --add-units adds them, each one name", async () => {
    const r = await cli(["import", file("草稿.docx"), "--out", file("a.xlsx")]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("草稿中有 1 个单位不在名单中：组织部。名单没有改动");
    const a = await book("a.xlsx");
    expect(a.units).toEqual(FUJIAN1.lists.units);
    // The value itself is normalised as a typed one would be (the / becomes 、).
    expect(a.entries.rows["1"][0].unit).toBe("招生就业处、组织部");

    const added = await cli(["import", file("草稿.docx"), "--out", file("b.xlsx"), "--add-units"]);
    expect(added.out).toContain("已把草稿中的 1 个新单位加入名单：组织部");
    const b = await book("b.xlsx");
    expect(b.units).toEqual([...FUJIAN1.lists.units, "组织部"]);
    expect(b.units.every(isUnitName)).toBe(true);
  });
});

describe("fujian1 import --into: a revised draft imported again", () => {
  beforeAll(async () => {
    await cli(["import", file("草稿.docx"), "--out", file("已填.xlsx"), "--add-units"]);
  });

  it("by default fills only the tasks empty in the file, and lists what differs per task", async () => {
    const before = readFileSync(file("已填.xlsx"));
    const r = await cli(["import", file("修改稿.docx"), "--into", file("已填.xlsx"), "--out", file("新.xlsx")]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("草稿中新填的任务：1 项（第 3 项）");
    expect(r.out).toContain("草稿与文件中不同的任务：1 项（第 1 项）");
    expect(r.out).toContain("请加 --take draft");
    const out = await book("新.xlsx");
    expect(out.entries.rows["1"][0].measure).toBe("举措一");
    expect(out.entries.rows["3"][0].measure).toBe("举措三");
    // The file's own list is kept (组织部 was added to it), and the file itself is unchanged.
    expect(out.units).toContain("组织部");
    expect(readFileSync(file("已填.xlsx"))).toEqual(before);
  });

  it("--take draft takes every task that differs", async () => {
    const r = await cli([
      "import",
      file("修改稿.docx"),
      "--into",
      file("已填.xlsx"),
      "--out",
      file("新2.xlsx"),
      "--take",
      "draft",
    ]);
    expect(r.out).toContain("已取草稿中的版本：第 1、3 项");
    const out = await book("新2.xlsx");
    expect(out.entries.rows["1"][0]).toEqual({
      measure: "举措一（修改）",
      target: "目标一",
      unit: "招生就业处",
      time: "2023年",
    });
  });

  it("refuses --into without --out, and --take without --into", async () => {
    expect((await cli(["import", file("修改稿.docx"), "--into", file("已填.xlsx")])).code).toBe(2);
    expect((await cli(["import", file("修改稿.docx"), "--take", "draft", "--out", file("x.xlsx")])).code).toBe(2);
  });
});
