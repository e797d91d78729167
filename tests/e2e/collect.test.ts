/**
 * The collecting office's page (src/collect), built once per run and driven in Chromium, served and opened from
 * disk (file://), over generated files — ready, incomplete, damaged, one college twice, a Word draft, an earlier
 * 汇总. Its statuses and messages are compared with `fujian1 check --json`, its 汇总表 with `fujian1 merge`'s cell
 * by cell; it asks for nothing but its own files; it is axe-clean in both languages and works from the keyboard.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Workbook } from "exceljs";
import type { Browser, Page } from "playwright-core";
import { collectFiles, manyColleges, type CollectFiles } from "./collect-files";
import { ROOT, SHOTS, launch, removeDir, serve, sharedCollect, type Served } from "./support";

jest.setTimeout(300_000);

interface CliFile {
  file: string;
  status: "ready" | "blocked" | "unreadable";
  problem?: { message: string };
  summary?: { withMeasures: number; total: number; errors: number; warnings: number };
  findings?: Array<{ message: string }>;
}

/** The shipped command line (bin/fujian1.js), whatever its exit code. */
function fujian1(args: string[]): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, [join(ROOT, "bin", "fujian1.js"), ...args], { encoding: "utf8" });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

let tmp: string;
let files: CollectFiles;
let built: string;
let server: Served;
let browser: Browser;
let cliFiles: CliFile[];

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), "fujian1-collect-"));
  [files, built] = await Promise.all([collectFiles(join(tmp, "各校")), sharedCollect()]);
  server = await serve(built);
  browser = await launch();
  const paths = files.names.map((n) => join(files.dir, n));
  cliFiles = (JSON.parse(fujian1(["check", "--json", ...paths]).out) as { files: CliFile[] }).files;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  removeDir(tmp);
});

const STATUS_ZH = (f: CliFile) =>
  f.status === "ready" ? "✔ 可以提交" : f.status === "blocked" ? `✘ 有 ${f.summary?.errors} 个问题` : "✘ 无法读取";

/** `injectAxe`: the page's own Content-Security-Policy forbids inline scripts, axe's included; bypassed then. */
async function openPage(url: string, errors: string[], requests: string[], injectAxe = false): Promise<Page> {
  const page = await browser.newPage({
    bypassCSP: injectAxe,
    viewport: { width: 1280, height: 900 },
    locale: "zh-CN",
    acceptDownloads: true,
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(url);
  await page.getByRole("heading", { level: 1 }).waitFor();
  return page;
}

/** The table as text: file → [学校, 文件, 状态, 有举措, 问题, 提醒]. */
async function table(page: Page): Promise<Map<string, string[]>> {
  const rows = await page
    .locator("table.results tbody tr[data-file]")
    .evaluateAll((trs) =>
      trs.map((tr) => [tr.getAttribute("data-file") ?? "", ...[...tr.children].map((td) => td.textContent ?? "")]),
    );
  return new Map(rows.map(([file, ...cells]) => [file, cells]));
}

async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: readFileSync(require.resolve("axe-core/axe.min.js"), "utf8") });
  return page.evaluate(async () => {
    const r = await (
      window as unknown as {
        axe: { run(): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> };
      }
    ).axe.run();
    return r.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}

/** Every cell of a sheet as text, row by row. */
function cells(book: Workbook, sheet: string): string[][] {
  const ws = book.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  const out: string[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    out[r - 1] = [];
    for (let c = 1; c <= ws.columnCount; c++) out[r - 1].push(String(row.getCell(c).value ?? ""));
  });
  return out;
}

describe("the collecting page, served", () => {
  const errors: string[] = [];
  const requests: string[] = [];
  let page: Page;

  beforeAll(async () => {
    page = await openPage(`${server.url}index.html`, errors, requests, true);
    await page.locator("#pick-files").setInputFiles(files.names.map((n) => join(files.dir, n)));
    await page.locator(".total").waitFor();
  });

  it("gives each file the command line's status, counts and messages", async () => {
    const rows = await table(page);
    expect([...rows.keys()]).toEqual(files.names);
    for (const f of cliFiles) {
      const name = f.file.split("/").pop() as string;
      const [, , status, measures, errorsCell, warnings] = rows.get(name) as string[];
      expect([name, status]).toEqual([name, STATUS_ZH(f)]);
      if (f.summary)
        expect([measures, errorsCell, warnings]).toEqual([
          `${f.summary.withMeasures}/${f.summary.total}`,
          String(f.summary.errors),
          String(f.summary.warnings),
        ]);
    }
    expect(cliFiles.map((f) => f.status)).toEqual([
      "ready",
      "blocked",
      "blocked",
      "unreadable",
      "blocked",
      "blocked",
      "unreadable",
    ]);
    expect(await page.locator(".total").textContent()).toBe("共 7 个文件：1 个可以提交，4 个有问题，2 个无法读取。");

    // A row opens its findings: the damaged file's message, the Word draft's findings, as the command line says them.
    await page.getByRole("button", { name: "损坏.xlsx" }).click();
    const damaged = cliFiles.find((f) => f.file.endsWith("损坏.xlsx")) as CliFile;
    await expect(page.locator("tr.details .problem").textContent()).resolves.toBe(damaged.problem?.message);
    await page.getByRole("button", { name: "营口草稿.docx" }).click();
    const draft = cliFiles.find((f) => f.file.endsWith(".docx")) as CliFile;
    const shown = await page.locator("tr.details").last().locator("li").allTextContents();
    expect(shown).toHaveLength(draft.findings?.length ?? -1);
    for (const finding of draft.findings ?? []) expect(shown.some((s) => s.endsWith(finding.message))).toBe(true);
  });

  it("names the duplicates as merge does, and keeps the newest file of the college on the user's word", async () => {
    const download = page.getByRole("button", { name: "下载汇总表" });
    await expect(download.isDisabled()).resolves.toBe(true);
    const panel = page.getByRole("alert");
    await expect(panel.textContent()).resolves.toMatch(
      /单位“大连职业技术学院”有 2 个文件：大连\.xlsx（修改于 .*）、大连（旧）\.xlsx/,
    );
    await expect(panel.textContent()).resolves.toMatch(/上次合并生成的汇总文件：上次汇总\.xlsx/);
    expect(await axe(page)).toEqual([]);
    await page.getByRole("button", { name: /每所学校只保留/ }).click();
    await expect(page.locator(".dropped").textContent()).resolves.toMatch(
      /已跳过 大连（旧）\.xlsx.*同一单位有更新的文件 大连\.xlsx/,
    );
    expect((await table(page)).get("大连（旧）.xlsx")?.[2]).toBe("已跳过");
    await expect(download.isDisabled()).resolves.toBe(false);
  });

  it("downloads the workbook fujian1 merge --latest writes, plus the charts as pictures", async () => {
    await page.locator(".charts[data-ready]").waitFor();
    const [saved] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "下载汇总表" }).click(),
    ]);
    expect(saved.suggestedFilename()).toBe("汇总.xlsx");
    const pageFile = join(tmp, "page.xlsx");
    await saved.saveAs(pageFile);
    const cliFile = join(tmp, "cli.xlsx");
    const merged = fujian1(["merge", "--latest", "--out", cliFile, ...files.names.map((n) => join(files.dir, n))]);
    expect(merged.code).toBe(2); // the damaged file is listed in 完成情况 and said
    const [mine, theirs] = [new Workbook(), new Workbook()];
    await mine.xlsx.readFile(pageFile);
    await theirs.xlsx.readFile(cliFile);
    for (const sheet of ["汇总", "完成情况"]) expect(cells(mine, sheet)).toEqual(cells(theirs, sheet));
    expect(cells(theirs, "汇总").length).toBeGreaterThan(100);
    const charts = mine.getWorksheet("图表");
    expect(charts?.getImages()).toHaveLength(4);
    expect(theirs.getWorksheet("图表")).toBeUndefined();
    await expect(page.locator(".note").textContent()).resolves.toMatch(/已生成 汇总\.xlsx：4 个文件的 \d+ 行举措/);
  });

  it("saves a chart as a PNG, sorts and filters from the keyboard, and prints as an A4 landscape report", async () => {
    const [png] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: /^保存为 PNG：各校有举措的任务数/ }).click(),
    ]);
    const bytes = readFileSync(await png.path());
    expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);

    const sort = page.getByRole("button", { name: "有举措的任务", exact: true });
    await sort.focus();
    await page.keyboard.press("Enter");
    await expect(page.locator("th", { has: sort }).getAttribute("aria-sort")).resolves.toBe("ascending");
    const measures = [...(await table(page)).values()]
      .map((r) => r[3])
      .filter(Boolean)
      .map((m) => Number(m.split("/")[0]));
    expect(measures).toEqual([...measures].sort((a, b) => a - b));
    await page.getByLabel("筛选学校或文件名").fill("大连");
    expect([...(await table(page)).keys()]).toEqual(["大连（旧）.xlsx", "大连.xlsx"]); // sorted by measures: 30, 54
    await page.getByLabel("筛选学校或文件名").fill("");

    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, "collect-served.png"), fullPage: true });
    await page.emulateMedia({ media: "print" });
    const pdf = await page.pdf({ preferCSSPageSize: true, path: join(SHOTS, "collect-report.pdf") });
    await page.emulateMedia({ media: "screen" });
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString("latin1"));
    expect(box && [Math.round(Number(box[1])), Math.round(Number(box[2]))]).toEqual([842, 595]);
  });

  it("speaks English, axe-clean, and asked for nothing but its own files", async () => {
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("en");
    expect((await table(page)).get("大连.xlsx")?.[2]).toBe("✔ Ready to submit");
    await expect(page.locator("tr.details .problem").textContent()).resolves.toMatch(/^The file is incomplete/);
    await expect(page.locator(".charts-section h2").textContent()).resolves.toBe("Charts");
    expect(await axe(page)).toEqual([]);
    const foreign = requests.filter(
      (u) => !u.startsWith(server.url) && !u.startsWith("blob:") && !u.startsWith("data:"),
    );
    expect(foreign).toEqual([]);
    expect(requests.filter((u) => u.startsWith(server.url)).length).toBeGreaterThan(2);
    expect(errors).toEqual([]);
  });
});

describe("the collecting page, opened from disk (file://)", () => {
  const errors: string[] = [];
  const requests: string[] = [];
  let page: Page;
  it("checks a picked folder and dropped files in its workers, loads the charts, cancels and resumes a long run", async () => {
    page = await openPage(pathToFileURL(join(built, "index.html")).href, errors, requests);
    await page.locator("#pick-folder").setInputFiles(files.dir);
    await page.locator(".total").waitFor();
    const rows = await table(page);
    for (const f of cliFiles) expect(rows.get(f.file.split("/").pop() as string)?.[2]).toBe(STATUS_ZH(f));
    await page.getByRole("button", { name: /每所学校只保留/ }).click();
    await page.locator(".charts[data-ready]").waitFor();

    // 40 colleges given three times over (120 files): long enough a run to be cancelled before it ends.
    const many = (await manyColleges(join(tmp, "多校"), 40)).map((n) => join(tmp, "多校", n));
    await page.getByRole("button", { name: "清空" }).click();
    await page.locator("#pick-files").setInputFiles([...many, ...many, ...many]);
    await page.getByRole("button", { name: "取消" }).click();
    const said = (await page.locator(".progress", { hasText: "已取消" }).textContent()) ?? "";
    const left = Number(/已取消：(\d+) 个文件没有检查/.exec(said)?.[1]);
    expect(left).toBeGreaterThan(0);
    await expect(page.locator("tr[data-file]", { hasText: "未检查（已取消）" }).count()).resolves.toBe(left);
    await page.getByRole("button", { name: `继续检查这 ${left} 个文件` }).click();
    await page.locator(".total").waitFor();
    await expect(page.locator(".total").textContent()).resolves.toMatch(/^共 120 个文件/);
    await expect(page.getByRole("alert").textContent()).resolves.toContain(
      "同一个文件出现了多次：学校001.xlsx、学校001.xlsx、学校001.xlsx",
    );

    // Files dropped on the page (a drop the page's script makes: no folder entries, its files as they are).
    await page.getByRole("button", { name: "清空" }).click();
    const dropped = ["损坏.xlsx", "大连.xlsx"].map((name) => ({
      name,
      base64: readFileSync(join(files.dir, name)).toString("base64"),
    }));
    await page.evaluate((list) => {
      const data = new DataTransfer();
      for (const f of list) data.items.add(new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name));
      const zone = document.querySelector(".drop") as HTMLElement;
      zone.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
    }, dropped);
    await page.locator(".total").waitFor();
    const afterDrop = await table(page);
    expect([...afterDrop.keys()]).toEqual(["损坏.xlsx", "大连.xlsx"]);
    expect(afterDrop.get("大连.xlsx")?.[2]).toBe("✔ 可以提交");

    const root = pathToFileURL(built).href;
    const foreign = requests.filter((u) => !u.startsWith(root) && !u.startsWith("blob:") && !u.startsWith("data:"));
    expect(foreign).toEqual([]);
    expect(requests.some((u) => /charts/.test(u) && u.startsWith(root))).toBe(true);
    expect(errors).toEqual([]);
  });
});
