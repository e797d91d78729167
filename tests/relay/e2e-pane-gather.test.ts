/**
 * 收回各单位的文件 in a real browser (the preview: the real pane beside the in-memory workbook). The coordinator's
 * master (a Word draft imported, 教务处's tasks assigned by typing) is handed out by the pane; 教务处's file
 * comes back filled, with a write into another unit's task, while the coordinator changed one of its tasks
 * meanwhile; a file that is no unit's comes along. The review shows the conflict (settled: the unit's version),
 * the foreign write (left) and the refused file; the write reaches 可以提交 and the progress table says 教务处's
 * file is gathered. The review and the table are axe-clean in Chinese and in English.
 */
import type { Browser, Page } from "playwright-core";
import { readFileSync } from "node:fs";
import JSZip from "jszip";
import { Workbook } from "exceljs";
import { FUJIAN1, type Entries } from "../../src/form";
import { cellAddress } from "../../src/plan/a1";
import { readGrid } from "../../src/reading/read-grid";
import { readWorkbookFile } from "../../src/xlsx/read-file";
import { writeDocx } from "../../src/word/write-docx";
import { launch, openPreview, serve, sharedPreview, shoot, type Served } from "../e2e/support";
import { axeViolations, pane, paneButton, rowOfTask, runCheck, textOf, typeCell } from "../e2e/pages";
import { formFile, readyEntries } from "../xlsx/fixtures";
import { engineGate } from "../helpers/engines";
import { findBrowser } from "../../scripts/engines";

const { describe } = engineGate("browser", findBrowser() !== undefined);

jest.setTimeout(300_000);

const UNIT = "教务处";
const READY = readyEntries("某职业技术学院");
const unitTasks = Object.keys(READY.rows).filter((seq) => READY.rows[seq][0].unit === UNIT);
const [CONFLICT] = unitTasks;
const FOREIGN = Object.keys(READY.rows).find((seq) => READY.rows[seq][0].unit !== UNIT) as string;
/** The master's draft: every task complete but 教务处's, which the coordinator assigns in the sheet. */
const DRAFT: Entries = {
  ...READY,
  rows: Object.fromEntries(Object.entries(READY.rows).filter(([seq]) => !unitTasks.includes(seq))),
};

let server: Served | undefined;
let browser: Browser | undefined;
const errors: string[] = [];

beforeAll(async () => {
  server = await serve(await sharedPreview());
  browser = await launch();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const asFile = (name: string, bytes: Uint8Array) => ({ name, mimeType: XLSX, buffer: Buffer.from(bytes) });

/** The master in the preview: the draft imported from Word, 教务处's tasks given their unit and time. */
async function master(page: Page): Promise<void> {
  await pane(page)
    .locator('input[type="file"]')
    .setInputFiles({
      name: "汇总表.docx",
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      buffer: Buffer.from(await writeDocx(FUJIAN1, DRAFT)),
    });
  await pane(page).locator("[role=alert], [role=status]").first().waitFor();
  await page.locator("td[data-address='A6']").waitFor();
}

/** Clicks 分发给各单位 and returns the downloaded .zip. */
async function handOut(page: Page, tab: string, button: string): Promise<JSZip> {
  await pane(page).getByRole("tab", { name: tab }).click();
  const [download] = await Promise.all([page.waitForEvent("download"), (await paneButton(page, button)).click()]);
  return JSZip.loadAsync(readFileSync((await download.path()) as string));
}

/** Writes cells of a unit's form sheet as a program ignoring the protection would, keeping its other sheets. */
async function fill(bytes: Uint8Array, cells: Array<{ seq: string; key: "measure" | "target"; value: string }>) {
  const r = await readWorkbookFile(bytes, FUJIAN1);
  if ("kind" in r) throw new Error(r.message);
  const reading = readGrid(FUJIAN1, r.grid, r.merges);
  const book = new Workbook();
  await book.xlsx.load(Buffer.from(bytes) as never);
  for (const c of cells) {
    const row = reading.owners.find((o) => o.seq === c.seq && o.index === 0)!.row;
    book.worksheets[0].getCell(cellAddress(row, reading.columns[c.key]!)).value = c.value;
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe("browser preview: 收回各单位的文件", () => {
  it("gathers a unit's file with a conflict settled, a foreign write left and a file refused, to 可以提交", async () => {
    const page = await openPreview(browser as Browser, (server as Served).url, errors);
    await master(page);
    await pane(page)
      .getByText(/已从草稿“汇总表.docx”读出/)
      .waitFor();
    const rows = new Map<string, number>();
    for (const seq of [...unitTasks, FOREIGN]) rows.set(seq, await rowOfTask(page, seq));
    for (const seq of unitTasks) {
      await typeCell(page, `G${rows.get(seq)}`, UNIT);
      await typeCell(page, `H${rows.get(seq)}`, READY.rows[seq][0].time);
    }
    const zip = await handOut(page, "名单", "分发给各单位");
    const handed = await zip.file(`附件1-${UNIT}.xlsx`)!.async("uint8array");
    // After the hand-out the coordinator writes one of 教务处's tasks; 教务处 fills all of them, and another's.
    await typeCell(page, `E${rows.get(CONFLICT)}`, "汇总表改的举措");
    const filled = await fill(handed, [
      ...unitTasks.flatMap((seq) => [
        { seq, key: "measure" as const, value: `教务处举措${seq}` },
        { seq, key: "target" as const, value: `教务处目标${seq}` },
      ]),
      { seq: FOREIGN, key: "measure", value: "写进别人的任务" },
    ]);
    const foreignBefore = await textOf(page, `E${rows.get(FOREIGN)}`);

    await pane(page)
      .getByLabel("选择各单位交回的文件")
      .setInputFiles([asFile(`附件1-${UNIT}.xlsx`, filled), asFile("别的表.xlsx", await formFile(READY))]);
    const review = pane(page).getByRole("dialog", { name: "收回 2 个文件：审阅后再写入" });
    await review.waitFor();
    const text = (await review.textContent()) ?? "";
    expect(text).toContain(`${UNIT}：附件1-${UNIT}.xlsx`);
    expect(text).toContain(`新填 ${unitTasks.length - 1} 项`);
    expect(text).toContain("未收取：别的表.xlsx");
    expect(text).toContain("这不是分发给单位的文件（没有“分发信息”）");
    expect(text).toContain(`第 ${FOREIGN} 项不是本单位牵头的任务`);
    await review
      .getByRole("radiogroup", { name: new RegExp(`^第 ${CONFLICT} 项：冲突`) })
      .getByRole("radio", { name: "采用单位的版本" })
      .check();
    expect(await review.getByRole("checkbox", { name: `仍然收取第 ${FOREIGN} 项` }).isChecked()).toBe(false);
    expect(await axeViolations(page, "#pane")).toEqual([]);
    await shoot(page, "gather-review");

    await review.getByRole("button", { name: "写入汇总表" }).click();
    await pane(page)
      .getByText(new RegExp(`^已收回 1 个单位文件：写入了 ${unitTasks.length} 项任务的内容`))
      .waitFor();
    await expect(textOf(page, `E${rows.get(CONFLICT)}`)).resolves.toBe(`教务处举措${CONFLICT}`);
    await expect(textOf(page, `F${rows.get(unitTasks[1])}`)).resolves.toBe(`教务处目标${unitTasks[1]}`);
    await expect(textOf(page, `E${rows.get(FOREIGN)}`)).resolves.toBe(foreignBefore);
    // 进度 after the gather: 教务处's file gathered, its tasks filled and ready.
    const progress = pane(page).getByRole("table", { name: "各单位进度" });
    const unitRow = progress.getByRole("row").filter({ hasText: UNIT });
    const cells = await unitRow.getByRole("cell").allTextContents();
    const n = String(unitTasks.length);
    expect([cells[0], cells[1], /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(cells[2]), cells[3], cells[4]]).toEqual([
      UNIT,
      n,
      true,
      n,
      n,
    ]);
    expect(await axeViolations(page, "#pane")).toEqual([]);
    await shoot(page, "gather-done");
    await expect(runCheck(page)).resolves.toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("speaks English in the review and the progress table, axe-clean", async () => {
    const page = await openPreview(browser as Browser, `${(server as Served).url}?lang=en`, errors);
    await master(page);
    await handOut(page, "Lists", "Hand out to units");
    // A file that is no unit's: refused, in the words of fujian1 gather in English.
    const other = await formFile(READY);
    await pane(page)
      .getByLabel("Pick the units' files")
      .setInputFiles([asFile("other.xlsx", other)]);
    const review = pane(page).getByRole("dialog", { name: "Gathering 1 files: review before writing" });
    await review.waitFor();
    expect(await review.textContent()).toContain("This is not a file handed out to a unit");
    expect(await axeViolations(page, "#pane")).toEqual([]);
    await review.getByRole("button", { name: "Cancel" }).click();
    await pane(page).getByText("Nothing gathered; the sheet was not changed.").waitFor();
    await (await paneButton(page, "Progress by unit")).click();
    await pane(page).getByRole("table", { name: "Progress by unit" }).waitFor();
    expect(await axeViolations(page, "#pane")).toEqual([]);
    await shoot(page, "gather-en");
    expect(errors).toEqual([]);
    await page.close();
  });
});
