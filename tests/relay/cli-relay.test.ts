/**
 * split, gather and check of units' files through the command line (in-process): the master is handed out, a
 * unit fills its tasks (and writes into a task it does not lead), the coordinator changes one of that unit's
 * tasks meanwhile; gather takes the unit's tasks, lists the conflict and the foreign write, --take settles the
 * conflict, the result is 可以提交; the same file again changes nothing; files of another master are refused.
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { Workbook } from "exceljs";
import { FUJIAN1, type Entries } from "../../src/form";
import { cellAddress } from "../../src/plan/a1";
import { readGrid } from "../../src/reading/read-grid";
import { compareEntries, decodeRelay, RELAY_SHEET } from "../../src/relay";
import { readWorkbookFile } from "../../src/xlsx/read-file";
import { formFile, readyEntries } from "../xlsx/fixtures";
import { cli } from "../cli/run";
import { openInStandIn } from "../helpers/xlsx-stand-in";
import { unhideAndType } from "../helpers/unhide-and-type";
import { writeFileSync } from "fs";

jest.setTimeout(120_000);

const dir = mkdtempSync(path.join(tmpdir(), "fujian1-relay-"));
const at = (name: string) => path.join(dir, name);
const UNIT = "教务处";

/** A master where every task is assigned and complete, except UNIT's tasks, which have only their unit. */
function masterEntries(): Entries {
  const ready = readyEntries("某职业技术学院");
  const rows: Entries["rows"] = {};
  for (const [seq, list] of Object.entries(ready.rows))
    rows[seq] = list[0].unit === UNIT ? [{ measure: "", target: "", unit: UNIT, time: list[0].time }] : list;
  return { ...ready, rows };
}
const unitTasks = Object.entries(masterEntries().rows)
  .filter(([, l]) => l[0].unit === UNIT)
  .map(([s]) => s);

async function read(file: string) {
  const r = await readWorkbookFile(new Uint8Array(readFileSync(file)), FUJIAN1);
  if ("kind" in r) throw new Error(r.message);
  return { ...r, reading: readGrid(FUJIAN1, r.grid, r.merges) };
}

/** Writes cells of the form sheet as a program that ignores the protection would, keeping every other sheet. */
async function edit(
  file: string,
  out: string,
  cells: Array<{ seq: string; key: "measure" | "target"; value: string }>,
) {
  const { reading } = await read(file);
  const book = new Workbook();
  await book.xlsx.readFile(file);
  const sheet = book.worksheets[0];
  for (const c of cells) {
    const row = reading.owners.find((o) => o.seq === c.seq && o.index === 0)!.row;
    sheet.getCell(cellAddress(row, reading.columns[c.key]!)).value = c.value;
  }
  await book.xlsx.writeFile(out);
}

beforeAll(async () => {
  writeFileSync(at("汇总.xlsx"), await formFile(masterEntries()));
  copyFileSync(at("汇总.xlsx"), at("另一份汇总.xlsx"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the relay on the command line", () => {
  it("split writes one file per lead unit, notes the hand-out in the master and nothing else", async () => {
    const before = await read(at("汇总.xlsx"));
    const r = await cli(["split", at("汇总.xlsx"), "--out", at("分发"), "--by", "发展规划处"]);
    expect(r.code).toBe(0);
    const files = readdirSync(at("分发"));
    expect(r.out).toContain(`已为 ${files.length} 个单位生成文件`);
    expect(files).toContain(`附件1-${UNIT}.xlsx`);
    const after = await read(at("汇总.xlsx"));
    expect(Object.values(compareEntries(FUJIAN1, before.reading.entries, after.reading.entries))).not.toContain(
      "different",
    );
    expect(decodeRelay(after.relay)?.kind).toBe("master");
    const unit = await read(at(`分发/附件1-${UNIT}.xlsx`));
    const id = decodeRelay(unit.relay);
    expect(id?.kind === "unit" && id.identity.unit).toBe(UNIT);
    expect(String(unit.grid[0][2])).toMatch(new RegExp(`本文件发给：${UNIT}.*发展规划处`));
    // 分发信息, in the unit's file and in the master, opened as Excel presents them: hidden and protected (a user
    // who unhides it cannot type over the identity).
    for (const file of [`分发/附件1-${UNIT}.xlsx`, "汇总.xlsx"]) {
      const opened = await openInStandIn(new Uint8Array(readFileSync(at(file))));
      expect([file, await unhideAndType(opened, RELAY_SHEET)]).toMatchObject([
        file,
        { wasHidden: true, reason: "locked" },
      ]);
    }
    // Again without --force: nothing replaced.
    const again = await cli(["split", at("汇总.xlsx"), "--out", at("分发")]);
    expect([again.code, again.err]).toEqual([2, expect.stringContaining("已经存在")]);
    await cli(["split", at("另一份汇总.xlsx"), "--out", at("另一次")]);
  });

  it("check of a unit's file checks only its tasks", async () => {
    const r = await cli(["check", "-q", at(`分发/附件1-${UNIT}.xlsx`)]);
    expect(r.out).toContain(`本单位（${UNIT}）${unitTasks.length} 项任务`);
    expect(r.code).toBe(1);
  });

  it("gather takes the unit's tasks, lists a conflict and a foreign write, --take settles, the result is ready", async () => {
    const foreign = Object.keys(masterEntries().rows).find((s) => !unitTasks.includes(s))!;
    const [contested] = unitTasks;
    await edit(at(`分发/附件1-${UNIT}.xlsx`), at("交回.xlsx"), [
      ...unitTasks.flatMap((seq) => [
        { seq, key: "measure" as const, value: `单位举措${seq}` },
        { seq, key: "target" as const, value: `单位目标${seq}` },
      ]),
      { seq: foreign, key: "measure", value: "越权写入" },
    ]);
    // The coordinator fills one of the unit's tasks meanwhile.
    await edit(at("汇总.xlsx"), at("汇总改.xlsx"), [
      { seq: contested, key: "measure", value: "汇总表举措" },
      { seq: contested, key: "target", value: "汇总表目标" },
    ]);
    const unitBytes = readFileSync(at("交回.xlsx"));
    const first = await cli(["gather", at("汇总改.xlsx"), at("交回.xlsx"), "--out", at("收回1.xlsx")]);
    expect(first.code).toBe(1);
    expect(first.out).toContain(`[冲突] 任务 ${contested}`);
    expect(first.out).toContain(`[越权] 任务 ${foreign}`);
    const one = await read(at("收回1.xlsx"));
    expect(one.reading.entries.rows[contested][0].measure).toBe("汇总表举措");
    expect(one.reading.entries.rows[unitTasks[1]][0].measure).toBe(`单位举措${unitTasks[1]}`);
    expect(one.reading.entries.rows[foreign][0].measure).not.toBe("越权写入");

    const settled = await cli([
      "gather",
      at("汇总改.xlsx"),
      at("交回.xlsx"),
      "--out",
      at("收回2.xlsx"),
      "--take",
      "file",
    ]);
    expect(settled.out).not.toContain("还有 1 处冲突");
    const two = await read(at("收回2.xlsx"));
    const gathered = await openInStandIn(new Uint8Array(readFileSync(at("收回2.xlsx"))));
    expect(await unhideAndType(gathered, RELAY_SHEET)).toMatchObject({ wasHidden: true, reason: "locked" });
    expect(two.reading.entries.rows[contested][0].measure).toBe(`单位举措${contested}`);
    expect((await cli(["check", "-q", at("收回2.xlsx")])).out).toMatch(/^✔ 可以提交/);
    expect(readFileSync(at("交回.xlsx")).equals(unitBytes)).toBe(true);

    // The same file again changes nothing; a file of another master is refused and changes nothing.
    const other = at(`另一次/${readdirSync(at("另一次"))[0]}`);
    const again = await cli(["gather", at("收回2.xlsx"), at("交回.xlsx"), other, "--out", at("收回3.xlsx")]);
    expect(again.out).toContain("另一份汇总表");
    const three = await read(at("收回3.xlsx"));
    expect(Object.values(compareEntries(FUJIAN1, two.reading.entries, three.reading.entries))).not.toContain(
      "different",
    );
    expect(three.grid.length).toBeGreaterThan(0);

    const progress = await cli(["check", "-q", "--by-unit", at("收回3.xlsx")]);
    const line = progress.out.split("\n").find((l) => l.trim().startsWith(UNIT))!;
    const n = String(unitTasks.length);
    expect(line.trim().split(/\s{2,}/)).toEqual([UNIT, n, expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d$/), n, n]);
  });

  it("refuses a master as OUT, a unit's file as master, a missing --out", async () => {
    expect((await cli(["gather", at("汇总.xlsx"), at("交回.xlsx"), "--out", at("汇总.xlsx")])).code).toBe(2);
    const asMaster = await cli(["gather", at("交回.xlsx"), at("交回.xlsx"), "--out", at("x.xlsx")]);
    expect([asMaster.code, asMaster.err]).toEqual([2, expect.stringContaining("不是汇总表")]);
    expect(existsSync(at("x.xlsx"))).toBe(false);
    expect((await cli(["split", at("汇总.xlsx")])).code).toBe(2);
    expect(statSync(at("汇总.xlsx")).size).toBeGreaterThan(0);
  });
});
