/**
 * The whole round of issue 20, each party with its own engine:
 * - the coordinator, in the preview (Chromium): loads the blank form, fills the header, marks the tasks the
 *   college does not take part in 不涉及 in one go, assigns three groups of tasks with the bulk tools (one click on
 *   a group's cell, a unit, 写入选中的行), writes one task itself, and hands out with 分发给各单位 (the .zip);
 *   afterwards it changes a task of 教务处's (the conflict to come);
 * - 教务处, with the add-in, in the stand-in for Excel: its file opened as Excel presents it
 *   (tests/helpers/xlsx-stand-in.ts); the add-in recognises the unit's file (检查完整性 checks only its 3 tasks),
 *   the unit types its measures (a locked task of another unit refuses typing), writes a joint unit with the
 *   pane's unit picker, checks again (可以提交 for its tasks) and saves;
 * - 人事处, as a WPS user, in LibreOffice headless through UNO: unprotects the sheet, writes its tasks, a second
 *   measure in a spare row it unhides, and a task of 学生工作处's, and saves as .xlsx;
 * - 学生工作处 sends nothing (the coordinator wrote its one task before the hand-out);
 * then the coordinator, in the same preview, picks the two files with 收回各单位的文件: the review shows the
 * conflict side by side and the foreign write, the coordinator takes the unit's version of the conflict, writes,
 * and 检查完整性 says 可以提交; 各单位进度 shows 学生工作处's file as not gathered.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import JSZip from "jszip";
import type { Browser, Page } from "playwright-core";
import { FUJIAN1 } from "../../src/form";
import { ALL_CAPABILITIES } from "../../src/excel/capabilities";
import { cellAddress } from "../../src/plan/a1";
import { readGrid } from "../../src/reading/read-grid";
import { decodeRelay } from "../../src/relay";
import { createServices } from "../../src/taskpane/services";
import { readWorkbookFile } from "../../src/xlsx/read-file";
import { findBrowser } from "../../scripts/engines";
import { launch, openPreview, serve, sharedPreview, type Served } from "../e2e/support";
import { cell, clickCell, pane, paneButton, rowOfTask, runCheck, textOf, typeCell } from "../e2e/pages";
import { engineGate } from "../helpers/engines";
import { openInStandIn } from "../helpers/xlsx-stand-in";
import { ensureLibreOffice, hasLibreOfficeUno, killStarted, privateProfile, runDriver } from "./soffice";

const office = engineGate("libreoffice", hasLibreOfficeUno());
const browserGate = engineGate("browser", findBrowser() !== undefined);
const { describe } = office.runs ? browserGate : office;

jest.setTimeout(240_000);

const dir = mkdtempSync(path.join(tmpdir(), "fujian1-round-"));
const at = (name: string) => path.join(dir, name);
/** With the add-in, as a WPS user in LibreOffice, and not at all; and which groups of tasks each leads. */
const [ADDIN, WPS, SILENT] = ["教务处", "人事处", "学生工作处"];
const TIME = "2025年";
const groupTasks = (g: number) => FUJIAN1.tasks.filter((t) => t.group === g).map((t) => t.seq);
const LED: Record<string, string[]> = { [ADDIN]: groupTasks(0), [SILENT]: groupTasks(1), [WPS]: groupTasks(2) };
const OTHERS = FUJIAN1.tasks.filter((t) => t.group > 2).map((t) => t.seq);
const CONTESTED = LED[ADDIN][0];

async function read(bytes: Uint8Array) {
  const r = await readWorkbookFile(bytes, FUJIAN1);
  if ("kind" in r) throw new Error(r.message);
  return { ...r, reading: readGrid(FUJIAN1, r.grid, r.merges) };
}
const readFile = (file: string) => read(new Uint8Array(readFileSync(file)));

let server: Served | undefined;
let browser: Browser | undefined;
const errors: string[] = [];
let zipNames: string[] = [];
let addin = { before: "", locked: "", after: "", ready: false, changes: [] as string[] };
let wpsJob: { unhide: string[] } = { unhide: [] };
/** What the coordinator saw when gathering in the pane. */
const gathered = { review: "", done: "", open: -1, cells: {} as Record<string, string>, progress: "" };

/** Waits for the download a click starts and returns its bytes. */
async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Uint8Array }> {
  const [d] = await Promise.all([page.waitForEvent("download"), click()]);
  return { name: d.suggestedFilename(), bytes: new Uint8Array(readFileSync((await d.path()) as string)) };
}

/** The coordinator, in the preview: the master assigned and handed out; returns the units' files. */
async function coordinator(page: Page): Promise<Map<string, Uint8Array>> {
  await (await paneButton(page, "载入附件1")).click();
  await pane(page).getByText("已载入附件1：54 项任务，12 类主要任务。").waitFor();
  await typeCell(page, "C3", "锦州师范高等专科学校");
  await typeCell(page, "E3", "王老师");
  await typeCell(page, "G3", "0416-3400000");
  const rows = new Map<string, number>();
  for (const seq of [...Object.values(LED).flat(), OTHERS[0], OTHERS[OTHERS.length - 1]])
    rows.set(seq, await rowOfTask(page, seq));
  // The tasks beyond the first three groups: 不涉及, one reason, one selection.
  await clickCell(page, `E${rows.get(OTHERS[0])}`);
  await cell(page, `E${rows.get(OTHERS[OTHERS.length - 1])}`).click({ modifiers: ["Shift"] });
  await pane(page).getByLabel("不涉及原因（选中的每项任务）").fill("本校不承担该项任务");
  await (await paneButton(page, "把选中的任务标记为不涉及")).click();
  await pane(page)
    .getByText(new RegExp(`^已把 ${OTHERS.length} 项任务标记为不涉及`))
    .waitFor();
  // 分工 with the bulk tools: one time for all, one unit per group (a click on the group's merged cell).
  await pane(page).getByRole("combobox", { name: "完成时间（批量）" }).selectOption(TIME);
  for (const [unit, seqs] of Object.entries(LED)) {
    await clickCell(page, `B${rows.get(seqs[0])}`);
    await pane(page).getByRole("radiogroup", { name: "责任单位（批量）" }).getByRole("radio", { name: unit }).check();
    await (await paneButton(page, "写入选中的行")).click();
    await pane(page)
      .getByText(new RegExp(`^已为 ${seqs.length} 项任务写入 ${seqs.length * 2} 个单元格。`))
      .waitFor();
  }
  // 学生工作处 told the coordinator its measure by phone: written before the hand-out.
  const silent = rows.get(LED[SILENT][0]) as number;
  await typeCell(page, `E${silent}`, "学生工作处举措（电话告知）");
  await typeCell(page, `F${silent}`, "学生工作处目标");

  await pane(page).getByRole("tab", { name: "名单" }).click();
  const zip = await download(page, async () => (await paneButton(page, "分发给各单位")).click());
  const files = await JSZip.loadAsync(zip.bytes);
  zipNames = Object.keys(files.files).sort();
  const units = new Map<string, Uint8Array>();
  for (const unit of [ADDIN, WPS, SILENT]) units.set(unit, await files.file(`附件1-${unit}.xlsx`)!.async("uint8array"));

  // After the hand-out the coordinator fills one of 教务处's tasks itself.
  const contested = rows.get(CONTESTED) as number;
  await typeCell(page, `E${contested}`, "汇总表先填的举措");
  await typeCell(page, `F${contested}`, "汇总表先填的目标");
  return units;
}

/** The coordinator gathers the returned files in the pane, settles the conflict for the unit, checks. */
async function gatherInPane(page: Page, files: Array<{ name: string; bytes: Uint8Array }>): Promise<void> {
  await pane(page).getByRole("tab", { name: "名单" }).click();
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    (await paneButton(page, "收回各单位的文件")).click(),
  ]);
  await chooser.setFiles(
    files.map((f) => ({
      name: f.name,
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: Buffer.from(f.bytes),
    })),
  );
  const review = pane(page).getByRole("dialog", { name: `收回 ${files.length} 个文件：审阅后再写入` });
  await review.waitFor();
  gathered.review = (await review.textContent()) ?? "";
  const conflict = `第 ${CONTESTED} 项：冲突（分发后汇总表改过，单位也改了）`;
  await review.getByRole("radiogroup", { name: conflict }).getByRole("radio", { name: "采用单位的版本" }).check();
  await review.getByRole("button", { name: "写入汇总表" }).click();
  const done = pane(page).getByText(/^已收回 \d+ 个单位文件/);
  await done.waitFor();
  gathered.done = (await done.textContent()) ?? "";
  for (const seq of [CONTESTED, LED[SILENT][0], LED[WPS][0]]) {
    const r = await rowOfTask(page, seq);
    gathered.cells[seq] = await textOf(page, `E${r}`);
    if (seq === LED[WPS][0]) gathered.cells.spare = await textOf(page, `E${r + 1}`);
  }
  await (await paneButton(page, "各单位进度")).click();
  const progress = pane(page).getByRole("table", { name: "各单位进度" });
  await progress.waitFor();
  gathered.progress = (await progress.getByRole("row", { name: new RegExp(`^${SILENT}`) }).textContent()) ?? "";
  gathered.open = await runCheck(page);
}

/** 教务处 with the add-in: its file opened in the stand-in, filled through the pane's services, saved. */
async function addinUnit(bytes: Uint8Array): Promise<Uint8Array> {
  const file = await openInStandIn(bytes);
  const { reading } = await read(bytes);
  const first = (seq: string) => reading.owners.find((o) => o.seq === seq && o.index === 0)!.row;
  const col = reading.columns;
  const services = createServices("zh", file.run, ALL_CAPABILITIES);
  const before = await services.check();
  if (!before.ok) throw new Error(before.message);
  const sheet = FUJIAN1.sheetName;
  for (const seq of LED[ADDIN]) {
    for (const [key, text] of [
      ["measure", `教务处举措${seq}`],
      ["target", `教务处目标${seq}`],
    ] as const) {
      const typed = file.model.user.type(sheet, cellAddress(first(seq), col[key]!), text);
      if (!typed.ok) throw new Error(`typing into task ${seq}: ${typed.message}`);
    }
  }
  // Another unit's task is locked, as in Excel.
  const locked = file.model.user.type(sheet, cellAddress(first(LED[WPS][0]), col.measure!), "写到别人的任务里");
  // The pane's unit picker: 人事处 joins task 2 as co-unit.
  file.model.user.select(sheet, cellAddress(first(LED[ADDIN][1]), col.unit!));
  const joint = await services.writeUnits([ADDIN, WPS]);
  if (!joint.ok) throw new Error(joint.message);
  const after = await services.check();
  if (!after.ok) throw new Error(after.message);
  const scope = (r: typeof before) => (r.ok && r.value.summary.scope ? JSON.stringify(r.value.summary.scope) : "");
  addin = {
    before: scope(before),
    locked: locked.ok ? "written" : locked.reason,
    after: scope(after),
    ready: after.value.summary.ready,
    changes: file.changes().map((c) => `${c.address}=${c.value}`),
  };
  return file.save();
}

/** 人事处 as a WPS user, in LibreOffice: its tasks, a second measure in a spare row, a task of 学生工作处's. */
async function wpsUnit(bytes: Uint8Array): Promise<void> {
  writeFileSync(at("人事处.xlsx"), bytes);
  const { reading } = await read(bytes);
  const col = reading.columns;
  const first = (seq: string) => reading.owners.find((o) => o.seq === seq && o.index === 0)!.row;
  const cells: Record<string, string> = {};
  for (const seq of LED[WPS]) {
    cells[cellAddress(first(seq), col.measure!)] = `人事处举措${seq}`;
    cells[cellAddress(first(seq), col.target!)] = `人事处目标${seq}`;
  }
  const spares = reading.owners.filter((o) => o.seq === LED[WPS][0] && o.index > 0).map((o) => o.row);
  Object.assign(cells, {
    [cellAddress(spares[0], col.measure!)]: "第二条举措",
    [cellAddress(spares[0], col.target!)]: "第二个目标",
    [cellAddress(spares[0], col.unit!)]: WPS,
    [cellAddress(spares[0], col.time!)]: TIME,
  });
  cells[cellAddress(first(LED[SILENT][0]), col.measure!)] = "人事处越权写入";
  const profile = privateProfile();
  const job = {
    profile: profile.url,
    output: at("results.json"),
    jobs: [
      {
        id: "fill",
        op: "fill",
        input: at("人事处.xlsx"),
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
}

beforeAll(async () => {
  ensureLibreOffice();
  server = await serve(await sharedPreview());
  browser = await launch();
  const page = await openPreview(browser, server.url, errors);
  const units = await coordinator(page);
  // LibreOffice works while the stand-in does (one soffice, started once).
  const wps = wpsUnit(units.get(WPS)!);
  const fromAddin = await addinUnit(units.get(ADDIN)!);
  await wps;
  await gatherInPane(page, [
    { name: "教务处交回.xlsx", bytes: fromAddin },
    { name: "人事处交回.xlsx", bytes: new Uint8Array(readFileSync(at("人事处交回.xlsx"))) },
  ]);
}, 10 * 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  killStarted();
  rmSync(dir, { recursive: true, force: true });
});

describe("the relay's whole round: preview, add-in in the stand-in, LibreOffice, gather", () => {
  it("the coordinator's bulk assignment hands out one file per lead unit", () => {
    expect(errors).toEqual([]);
    expect(zipNames).toEqual([ADDIN, WPS, SILENT].map((u) => `附件1-${u}.xlsx`).sort());
  });

  it("the add-in recognises 教务处's file, refuses its locked cells, and checks only its tasks", () => {
    expect(addin.before).toBe(JSON.stringify({ unit: ADDIN, tasks: LED[ADDIN].length }));
    expect(addin.locked).toBe("locked");
    expect(addin.after).toBe(addin.before);
    expect(addin.ready).toBe(true);
    expect(addin.changes).toEqual(expect.arrayContaining([expect.stringMatching(/^G\d+=教务处、人事处$/)]));
  });

  it("LibreOffice's save keeps 人事处's identity", async () => {
    expect(wpsJob.unhide).toEqual(["done"]);
    const saved = decodeRelay((await readFile(at("人事处交回.xlsx"))).relay);
    expect(saved?.kind === "unit" && saved.identity.unit).toBe(WPS);
  });

  it("the pane's gather shows the conflict and the foreign write before writing", () => {
    expect(gathered.review).toContain(`${ADDIN}：教务处交回.xlsx`);
    expect(gathered.review).toContain(`${WPS}：人事处交回.xlsx`);
    expect(gathered.review).toContain("汇总表先填的举措");
    expect(gathered.review).toContain(`第 ${LED[SILENT][0]} 项不是本单位牵头的任务，单位写了内容：`);
    expect(gathered.review).toContain("人事处越权写入");
  });

  it("writes the units' own tasks with the unit's version of the conflict, not the foreign write: 可以提交", () => {
    expect(errors).toEqual([]);
    expect(gathered.done).toMatch(/^已收回 2 个单位文件/);
    expect(gathered.cells[CONTESTED]).toBe(`教务处举措${CONTESTED}`);
    expect(gathered.cells[LED[SILENT][0]]).toBe("学生工作处举措（电话告知）");
    expect(gathered.cells[LED[WPS][0]]).toBe(`人事处举措${LED[WPS][0]}`);
    expect(gathered.cells.spare).toBe("第二条举措");
    expect(gathered.open).toBe(0);
    expect(gathered.progress).toContain("未收回");
  });
});
