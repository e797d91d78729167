/**
 * The relay's round with a real spreadsheet engine: the coordinator hands the master out (`fujian1 split`);
 * one unit fills its file as a WPS user would, in LibreOffice Calc headless through UNO (it unprotects the
 * sheet, writes its tasks, a second measure in a spare row it unhides, and a task of another unit, and saves
 * as .xlsx); one unit fills its file in another program (ExcelJS, which ignores the protection); one sends
 * nothing. The coordinator changed one of the second unit's tasks meanwhile. `fujian1 gather` takes the units'
 * own tasks, reports the conflict and the foreign write, `--take file` settles the conflict, and the result
 * is 可以提交; the identity survived LibreOffice's save and the units' files are not modified.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { Workbook } from "exceljs";
import { FUJIAN1, type Entries } from "../../src/form";
import { cellAddress } from "../../src/plan/a1";
import { readGrid } from "../../src/reading/read-grid";
import { decodeRelay, taskEntry } from "../../src/relay";
import { readWorkbookFile } from "../../src/xlsx/read-file";
import { formFile, readyEntries } from "../xlsx/fixtures";
import { cli } from "../cli/run";
import { engineGate } from "../helpers/engines";
import { ensureLibreOffice, hasLibreOfficeUno, killStarted, privateProfile, runDriver } from "./soffice";

const { describe } = engineGate("libreoffice", hasLibreOfficeUno());

const dir = mkdtempSync(path.join(tmpdir(), "fujian1-lo-relay-"));
const at = (name: string) => path.join(dir, name);
/** In LibreOffice (a WPS user), in another program, and not at all. */
const [WPS, OTHER, SILENT] = ["人事处", "教务处", "学生工作处"];

/** Every task assigned; the tasks of WPS and OTHER have only their unit, every other task is complete. */
function masterEntries(): Entries {
  const ready = readyEntries("某职业技术学院");
  const rows: Entries["rows"] = {};
  for (const [seq, list] of Object.entries(ready.rows))
    rows[seq] = [WPS, OTHER].includes(list[0].unit) ? [{ ...list[0], measure: "", target: "" }] : list;
  return { ...ready, rows };
}
const tasksOf = (unit: string) =>
  Object.entries(masterEntries().rows)
    .filter(([, l]) => l[0].unit === unit)
    .map(([s]) => s);

async function read(file: string) {
  const r = await readWorkbookFile(new Uint8Array(readFileSync(file)), FUJIAN1);
  if ("kind" in r) throw new Error(r.message);
  return { ...r, reading: readGrid(FUJIAN1, r.grid, r.merges) };
}
const unitFile = (unit: string) => at(`分发/附件1-${unit}.xlsx`);
let gathered = { first: { code: -1, out: "" }, settled: { code: -1, out: "" } };
let wpsJob: { unhide: string[] } = { unhide: [] };
let bytesBefore: Buffer;

beforeAll(async () => {
  ensureLibreOffice();
  writeFileSync(at("汇总.xlsx"), await formFile(masterEntries()));
  const split = await cli(["split", at("汇总.xlsx"), "--out", at("分发"), "--by", "发展规划处"]);
  if (split.code !== 0) throw new Error(split.err);

  // The WPS-like unit, in LibreOffice: its tasks, a second measure in the first task's first spare row, and a
  // task of the silent unit.
  const wps = (await read(unitFile(WPS))).reading;
  const col = wps.columns;
  const cells: Record<string, string> = {};
  const firstRow = (seq: string) => wps.owners.find((o) => o.seq === seq && o.index === 0)!.row;
  for (const seq of tasksOf(WPS)) {
    cells[cellAddress(firstRow(seq), col.measure!)] = `人事处举措${seq}`;
    cells[cellAddress(firstRow(seq), col.target!)] = `人事处目标${seq}`;
  }
  const [first] = tasksOf(WPS);
  const spares = wps.owners.filter((o) => o.seq === first && o.index > 0).map((o) => o.row);
  const spare = spares[0];
  Object.assign(cells, {
    [cellAddress(spare, col.measure!)]: "第二条举措",
    [cellAddress(spare, col.target!)]: "第二个目标",
    [cellAddress(spare, col.unit!)]: WPS,
    [cellAddress(spare, col.time!)]: "2025年",
  });
  const foreign = tasksOf(SILENT)[0];
  cells[cellAddress(firstRow(foreign), col.measure!)] = "人事处越权写入";
  const profile = privateProfile();
  const job = {
    profile: profile.url,
    output: at("results.json"),
    jobs: [
      {
        id: "fill",
        op: "fill",
        input: unitFile(WPS),
        output: at("人事处交回.xlsx"),
        sheet: FUJIAN1.sheetName,
        cells,
        unprotect: true,
        unhide: [[spares[0], spares[spares.length - 1]]],
        hide: spares.length > 1 ? [[spares[1], spares[spares.length - 1]]] : [],
      },
    ],
  };
  writeFileSync(at("job.json"), JSON.stringify(job));
  try {
    await runDriver(at("job.json"));
  } finally {
    profile.dispose();
  }
  wpsJob = JSON.parse(readFileSync(at("results.json"), "utf8")).fill;

  // The other unit, in a program that ignores the protection.
  const other = (await read(unitFile(OTHER))).reading;
  const book = new Workbook();
  await book.xlsx.readFile(unitFile(OTHER));
  for (const seq of tasksOf(OTHER)) {
    const row = other.owners.find((o) => o.seq === seq && o.index === 0)!.row;
    book.worksheets[0].getCell(cellAddress(row, other.columns.measure!)).value = `教务处举措${seq}`;
    book.worksheets[0].getCell(cellAddress(row, other.columns.target!)).value = `教务处目标${seq}`;
  }
  await book.xlsx.writeFile(at("教务处交回.xlsx"));

  // The coordinator fills one of 教务处's tasks meanwhile (the master as Excel would save it).
  const master = new Workbook();
  await master.xlsx.readFile(at("汇总.xlsx"));
  const m = (await read(at("汇总.xlsx"))).reading;
  const contested = tasksOf(OTHER)[0];
  const row = m.owners.find((o) => o.seq === contested && o.index === 0)!.row;
  master.worksheets[0].getCell(cellAddress(row, m.columns.measure!)).value = "汇总表先填的举措";
  master.worksheets[0].getCell(cellAddress(row, m.columns.target!)).value = "汇总表先填的目标";
  await master.xlsx.writeFile(at("汇总-改.xlsx"));

  bytesBefore = readFileSync(at("人事处交回.xlsx"));
  const files = [at("汇总-改.xlsx"), at("人事处交回.xlsx"), at("教务处交回.xlsx")];
  gathered = {
    first: await cli(["gather", ...files, "--out", at("收回.xlsx")]),
    settled: await cli(["gather", ...files, "--out", at("收回-定.xlsx"), "--take", "file"]),
  };
}, 10 * 60_000);

afterAll(() => {
  killStarted();
  rmSync(dir, { recursive: true, force: true });
});

describe("the relay's round with LibreOffice as a WPS user", () => {
  it("LibreOffice's save keeps the unit's identity", async () => {
    expect(wpsJob.unhide).toEqual(["done"]);
    const saved = decodeRelay((await read(at("人事处交回.xlsx"))).relay);
    expect(saved?.kind === "unit" && saved.identity.unit).toBe(WPS);
  });

  it("gather reports the conflict and the foreign write, and takes the units' own tasks", async () => {
    expect(gathered.first.code).toBe(1);
    expect(gathered.first.out).toContain(`[冲突] 任务 ${tasksOf(OTHER)[0]}`);
    expect(gathered.first.out).toContain(`[越权] 任务 ${tasksOf(SILENT)[0]}`);
    const out = (await read(at("收回.xlsx"))).reading.entries;
    const [first, second] = tasksOf(WPS);
    expect(taskEntry(out, first).rows.map((r) => r.measure)).toEqual([`人事处举措${first}`, "第二条举措"]);
    expect(taskEntry(out, second).rows[0].measure).toBe(`人事处举措${second}`);
    expect(taskEntry(out, tasksOf(OTHER)[0]).rows[0].measure).toBe("汇总表先填的举措");
    expect(taskEntry(out, tasksOf(SILENT)[0])).toEqual(taskEntry(masterEntries(), tasksOf(SILENT)[0]));
  });

  it("--take file settles the conflict; the result is 可以提交, and the units' files are unchanged", async () => {
    const out = (await read(at("收回-定.xlsx"))).reading.entries;
    expect(taskEntry(out, tasksOf(OTHER)[0]).rows[0].measure).toBe(`教务处举措${tasksOf(OTHER)[0]}`);
    const check = await cli(["check", "-q", at("收回-定.xlsx")]);
    expect(check.out).toMatch(/^✔ 可以提交/);
    expect(readFileSync(at("人事处交回.xlsx")).equals(bytesBefore)).toBe(true);
    const progress = await cli(["check", "-q", "--by-unit", at("收回-定.xlsx")]);
    const silent = progress.out.split("\n").find((l) => l.trim().startsWith(SILENT))!;
    expect(silent).toContain("未收回");
    expect(existsSync(at("收回-定.xlsx"))).toBe(true);
  });
});
