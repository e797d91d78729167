/**
 * The Word buttons in a real browser (the preview: the real pane beside the in-memory workbook):
 * 导入Word草稿 reads the picked .docx in Chromium and lays it into the sheet; 导出Word downloads the
 * official table, which reads back to the same entries; a revised draft into the filled sheet is reviewed first
 * (a unit the list lacks: add / map / keep; per task what would change: all / chosen / none).
 */
import type { Browser, Page } from "playwright-core";
import { readFileSync } from "node:fs";
import { FUJIAN1, type Entries } from "../../src/form";
import { compactEntries } from "../../src/reading/read-grid";
import { readDocx } from "../../src/word/read-docx";
import { writeDocx } from "../../src/word/write-docx";
import { launch, openPreview, serve, sharedPreview, shoot, type Served } from "../e2e/support";
import { pane, paneButton, rowOfTask, textOf } from "../e2e/pages";
import { engineGate } from "../helpers/engines";
import { findBrowser } from "../../scripts/engines";

const { describe } = engineGate("browser", findBrowser() !== undefined);

jest.setTimeout(240_000);

let server: Served | undefined;
let browser: Browser | undefined;
let page: Page;
const errors: string[] = [];

const DRAFT: Entries = {
  header: { unit: "某某职业技术学院", contact: "李四", phone: "13900000000" },
  rows: {
    "1": [
      { measure: "草稿中的举措", target: "草稿中的目标", unit: "教务处", time: "2023年" },
      { measure: "第二条举措", target: "第二个目标", unit: "教务处、人事处", time: "2024年" },
    ],
  },
  marks: { "6": "本校未开设涉农专业" },
};

beforeAll(async () => {
  server = await serve(await sharedPreview());
  browser = await launch();
  page = await openPreview(browser, server.url, errors);
}, 300_000);

afterAll(async () => {
  await page?.close();
  await browser?.close();
  await server?.close();
});

const pick = async (bytes: Uint8Array) =>
  pane(page)
    .locator('input[type="file"]')
    .setInputFiles({
      name: "草稿.docx",
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      buffer: Buffer.from(bytes),
    });

describe("browser preview: the Word buttons", () => {
  it("imports a draft picked in the browser, exports the Word table, and reviews a revised draft before writing", async () => {
    await pick(await writeDocx(FUJIAN1, DRAFT));
    await pane(page)
      .getByText(/已从草稿“草稿.docx”读出 1 项任务的 2 行举措和 1 项不涉及/)
      .waitFor();
    const row = await rowOfTask(page, "1");
    await expect(textOf(page, `E${row}`)).resolves.toBe("草稿中的举措");
    await expect(textOf(page, `G${row + 1}`)).resolves.toBe("教务处、人事处");
    await shoot(page, "word-import");

    const [download] = await Promise.all([page.waitForEvent("download"), (await paneButton(page, "导出Word")).click()]);
    expect(download.suggestedFilename()).toBe("附件1-某某职业技术学院.docx");
    const back = await readDocx(readFileSync((await download.path()) as string), FUJIAN1);
    if (!("grid" in back)) throw new Error(back.message);
    expect(back.entries).toEqual(compactEntries(DRAFT));

    // A revised draft into the filled sheet: reviewed before writing — a unit the list lacks, and per task what
    // would change. Cancel writes nothing; then task 1's revision and a new task 2 are taken, 组织部 added.
    const REVISED: Entries = {
      ...DRAFT,
      rows: {
        "1": [{ measure: "修改后的举措", target: "草稿中的目标", unit: "组织部", time: "2023年" }],
        "2": [{ measure: "新填的举措", target: "新目标", unit: "教务处", time: "2024年" }],
      },
    };
    await pick(await writeDocx(FUJIAN1, REVISED));
    const review = pane(page).getByRole("dialog");
    await expect(review.textContent()).resolves.toContain("第 1 项：与工作表中的不同");
    await shoot(page, "word-review");
    await pane(page).getByRole("button", { name: "取消" }).click();
    await pane(page).getByText("没有导入，工作表没有改动。").waitFor();
    await expect(textOf(page, `E${row}`)).resolves.toBe("草稿中的举措");

    await pick(await writeDocx(FUJIAN1, REVISED));
    await pane(page).getByRole("combobox", { name: "“组织部”怎么处理" }).selectOption("add");
    await pane(page).getByRole("checkbox", { name: "第 1 项：与工作表中的不同" }).check();
    await pane(page).getByRole("button", { name: "导入", exact: true }).click();
    await pane(page)
      .getByText(/草稿填入了 2 项任务/)
      .waitFor();
    const row1 = await rowOfTask(page, "1");
    await expect(textOf(page, `E${row1}`)).resolves.toBe("修改后的举措");
    await expect(textOf(page, `G${row1}`)).resolves.toBe("组织部");
    await expect(textOf(page, `E${await rowOfTask(page, "2")}`)).resolves.toBe("新填的举措");
    await pane(page).getByText("已把 1 个新单位加入名单：组织部。").waitFor();
    expect(errors).toEqual([]);
  });
});
