/**
 * `fujian1 gather` of a unit's older file after its newer one was gathered (tests/relay/gather-older.test.ts has the
 * pure cases): the older file is named as not taken, with the newer file that was, and the newer entry stays.
 */
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { Workbook } from "exceljs";
import { FUJIAN1, type Entries, type MeasureRow } from "../../src/form";
import { cellAddress } from "../../src/plan/a1";
import { readGrid } from "../../src/reading/read-grid";
import { readWorkbookFile } from "../../src/xlsx/read-file";
import { formFile } from "../xlsx/fixtures";
import { openInStandIn } from "../helpers/xlsx-stand-in";
import { cli } from "../cli/run";

const form = FUJIAN1;
const row = (measure: string, unit: string): MeasureRow => ({
  measure,
  target: `${measure}目标`,
  unit,
  time: "2025年",
});
const master0: Entries = {
  header: { unit: "某学院", contact: "", phone: "" },
  rows: { "1": [row("", "教务处")], "2": [row("", "人事处")] },
};

describe("on the command line", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "fujian1-older-"));
  const at = (name: string) => path.join(dir, name);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** The unit's file with task 1's measure written (as a unit filling it), saved at the given time. */
  async function filled(unitFile: string, out: string, measure: string, savedAt: Date) {
    const bytes = new Uint8Array(readFileSync(unitFile));
    const read = await readWorkbookFile(bytes, form);
    if ("kind" in read) throw new Error(read.message);
    const reading = readGrid(form, read.grid, read.merges);
    const book = new Workbook();
    await book.xlsx.readFile(unitFile);
    const r = reading.owners.find((o) => o.seq === "1" && o.index === 0)!.row;
    book.worksheets[0].getCell(cellAddress(r, reading.columns.measure!)).value = measure;
    await book.xlsx.writeFile(out);
    utimesSync(out, savedAt, savedAt);
  }

  it("gather names the older file as refused, says which newer file was taken, and keeps the newer entry", async () => {
    writeFileSync(at("汇总.xlsx"), await formFile(master0));
    expect((await cli(["split", at("汇总.xlsx"), "--out", at("分发")])).code).toBe(0);
    await filled(at("分发/附件1-教务处.xlsx"), at("周一.xlsx"), "旧版", new Date(2026, 11, 8, 9, 0));
    await filled(at("分发/附件1-教务处.xlsx"), at("周二.xlsx"), "新版", new Date(2026, 11, 9, 9, 0));
    expect((await cli(["gather", at("汇总.xlsx"), at("周二.xlsx"), "--out", at("收回1.xlsx")])).code).toBe(0);
    const late = await cli(["gather", at("收回1.xlsx"), at("周一.xlsx"), "--out", at("收回2.xlsx")]);
    expect(late.code).toBe(1);
    expect(late.out).toContain("✘ 周一.xlsx  未收取：这是该单位较早的文件（保存于 2026-12-08 09:00）");
    expect(late.out).toContain("“周二.xlsx”（保存于 2026-12-09 09:00）");
    const read = await readWorkbookFile(new Uint8Array(readFileSync(at("收回2.xlsx"))), form);
    if ("kind" in read) throw new Error(read.message);
    expect(readGrid(form, read.grid, read.merges).entries.rows["1"][0].measure).toBe("新版");
    // 收回记录 says why in the words the CLI printed, not the refusal's code.
    const book = new Workbook();
    await book.xlsx.readFile(at("收回2.xlsx"));
    const log = book.getWorksheet("收回记录")!;
    // The second gather's line follows the first's; the sheet is protected as the form's sheet is: opened as Excel
    // presents the file, typing over the record is refused.
    expect(log.getRows(2, log.rowCount - 1)!.map((r) => r.getCell(2).text)).toEqual(["周二.xlsx", "周一.xlsx"]);
    const opened = await openInStandIn(new Uint8Array(readFileSync(at("收回2.xlsx"))));
    expect(opened.model.user.type("收回记录", "B2", "改掉的记录")).toMatchObject({ ok: false, reason: "locked" });
    const line = log.getRows(2, log.rowCount - 1)!.find((r) => r.getCell(2).text === "周一.xlsx")!;
    const printed = late.out.split("\n").find((l) => l.startsWith("✘ 周一.xlsx  未收取："))!;
    expect(line.getCell(6).text).toBe(printed.slice("✘ 周一.xlsx  未收取：".length));
  });
});
