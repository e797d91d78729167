/**
 * End to end: the real task pane in the browser preview, beside the in-memory workbook,
 * driven like a person in Debian's chromium (playwright-core). Screenshots go to
 * test-results/e2e/.
 */
import type { Browser, Page } from "playwright-core";
import {
  alertBar,
  type AxeFinding,
  axeViolations,
  cell,
  clickCell,
  eventually,
  firstFinding,
  markNotApplicable,
  pane,
  paneButton,
  pasteAt,
  pickFromList,
  rowOfTask,
  runCheck,
  selectedAddress,
  tabTo,
  textOf,
  typeCell,
} from "./pages";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { SHOTS, launch, openPreview, serve, sharedPreview, shoot, type Served } from "./support";
import { engineGate } from "../helpers/engines";
import { findBrowser } from "../../scripts/engines";

// Without Chrome, Edge or Chromium on a developer's machine these suites are skipped (one line says how to install
// one).
const { describe } = engineGate("browser", findBrowser() !== undefined);

jest.setTimeout(240_000);

let server: Served | undefined;
let browser: Browser | undefined;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  server = await serve(await sharedPreview());
  browser = await launch();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  errors.length = 0;
  page = await openPreview(browser as Browser, (server as Served).url, errors);
});

afterEach(async () => {
  // The page as the test left it (helps when a step timed out).
  await page.screenshot({
    path: join(SHOTS, `last-${expect.getState().currentTestName?.slice(-40).replace(/\W+/g, "_")}.png`),
  });
  await page.close();
  expect(errors).toEqual([]);
});

const HEADER_VALUES: Record<string, string> = {
  "单位（公章）": "锦州师范高等专科学校",
  联系人: "王老师",
  联系电话: "0416-3400000",
};

describe("browser preview: 附件1 from load to 可以提交", () => {
  it("loads, fills through the grid and the pane, and checks until it can be submitted", async () => {
    await (await paneButton(page, "载入附件1")).click();
    await pane(page).getByText("已载入附件1：54 项任务，12 类主要任务。").waitFor();
    await expect(textOf(page, "C6")).resolves.toContain("采取专兼职结合方式");
    await expect(page.getByRole("tab", { name: "附件1" }).getAttribute("aria-selected")).resolves.toBe("true");
    await shoot(page, "01-loaded");

    // A locked cell refuses typing, and the text stays.
    await clickCell(page, "C6");
    await page.keyboard.press("x");
    await expect(alertBar(page).textContent()).resolves.toContain("单元格受保护");
    await expect(textOf(page, "C6")).resolves.toContain("采取专兼职结合方式");
    await page.getByRole("button", { name: "关闭提示" }).click();
    await alertBar(page).waitFor({ state: "detached" });

    // Task 1: measure and target typed, unit and year from the grid's dropdowns.
    await typeCell(page, "E6", "选聘具有5年以上行业企业工作经历的专家进入学校领导班子");
    await typeCell(page, "F6", "2023年底前配备到位");
    await pickFromList(page, "G6", "人事处");
    await pickFromList(page, "H6", "2023年");
    await expect(textOf(page, "G6")).resolves.toBe("人事处");
    await expect(textOf(page, "H6")).resolves.toBe("2023年");
    await expect(cell(page, "E6").evaluate((td) => getComputedStyle(td).backgroundColor)).resolves.toBe(
      "rgb(255, 255, 255)",
    );

    // A time not on the list is refused with the rule's own alert (the unit column only warns,
    // so that joint units such as 教务处、人事处 can be typed without the add-in).
    await typeCell(page, "H6", "明年");
    await expect(alertBar(page).textContent()).resolves.toMatch(/不在列表中.*请从下拉列表中选择完成时间/);
    await page.keyboard.press("Escape");
    await expect(textOf(page, "H6")).resolves.toBe("2023年");
    await shoot(page, "02-task1");

    // 添加举措行 under task 1: the new row 7 belongs to task 1, task 2 moves down.
    await clickCell(page, "E6");
    await pane(page).getByText("第 1 项：", { exact: false }).waitFor();
    await (await paneButton(page, "添加举措行")).click();
    await pane(page).getByText("已在第 1 项下添加举措行（第 7 行）。").waitFor();
    await expect(cell(page, "E7").count()).resolves.toBe(1);
    await expect(cell(page, "C6").getAttribute("rowspan")).resolves.toBe("2");
    await expect(rowOfTask(page, "2")).resolves.toBe(8);

    // The unit picker writes a joint value into the selected 责任单位 cell.
    await clickCell(page, "G7");
    const picker = pane(page).getByRole("group", { name: "选择责任单位（可多选）" });
    await picker.getByRole("checkbox", { name: "教务处" }).check();
    await picker.getByRole("checkbox", { name: "人事处" }).check();
    const checked = await picker
      .getByRole("checkbox")
      .evaluateAll((boxes) => boxes.filter((b) => (b as HTMLInputElement).checked).length);
    expect(checked).toBe(2);
    await (await paneButton(page, "写入责任单位")).click();
    await pane(page).getByText("已写入：教务处、人事处").waitFor();
    await expect(textOf(page, "G7")).resolves.toBe("教务处、人事处");
    await shoot(page, "03-picker");
    await typeCell(page, "E7", "完善班子成员行业企业经历考核");
    await typeCell(page, "F7", "每年考核一次");
    await pickFromList(page, "H7", "2024年");

    // A paste is not validated (as in Excel): the open pane rejoins its units with 、 by itself,
    // and leaves the year for the check to offer a fix.
    await pasteAt(page, "E8", "聘请劳模工匠担任兼职导师\t聘请10名以上劳模工匠\t教务处；人事处\t2024");
    await cell(page, "G8").filter({ hasText: "教务处、人事处" }).waitFor();
    await expect(textOf(page, "H8")).resolves.toBe("2024");

    // Task 3 is marked 不涉及 through the pane.
    const row3 = await rowOfTask(page, "3");
    await clickCell(page, `E${row3}`);
    await markNotApplicable(page, "属省级部门职责");
    await expect(textOf(page, `I${row3}`)).resolves.toBe("属省级部门职责");
    await expect(cell(page, `E${row3}`).evaluate((td) => getComputedStyle(td).backgroundColor)).resolves.toBe(
      "rgb(217, 217, 217)",
    );
    await shoot(page, "04-marked");

    // 检查完整性 lists the findings; a click selects the finding's cell in the grid.
    let open = await runCheck(page);
    expect(open).toBeGreaterThan(50);
    await pane(page).getByRole("heading", { name: "问题清单" }).waitFor();
    await shoot(page, "05-check");

    // The sample over a sheet with entries: asked first; it goes onto its own sheet, 附件1 is untouched.
    await pane(page).getByRole("radio", { name: "示例：锦州师专草稿" }).check();
    await (await paneButton(page, "载入附件1")).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog.textContent()).resolves.toContain("“附件1”已有 3 项任务的填写内容");
    await shoot(page, "05b-sample-asks");
    await dialog.getByRole("button", { name: "作为单独的工作表载入" }).click();
    await pane(page).getByText("示例已载入为单独的工作表“附件1（示例）”，供参考；你的“附件1”没有被改动。").waitFor();
    await page.getByRole("tab", { name: "附件1（示例）" }).waitFor();
    await page.getByRole("tab", { name: "附件1", exact: true }).click();
    await expect(textOf(page, "G8")).resolves.toBe("教务处、人事处");
    // The check result from before is out of date now that the sheet changed.
    await pane(page).getByRole("tab", { name: "检查结果" }).click();
    await pane(page).getByText("检查之后表格有改动，下面的结果已过时。").waitFor();
    open = await runCheck(page);

    let typedTask = false;
    for (let round = 0; open > 0; round++) {
      expect(round).toBeLessThan(70);
      const finding = await firstFinding(page);
      await finding.button.click();
      await page.locator(`td[data-address="${finding.address}"][aria-selected="true"]`).waitFor();
      if (finding.fix) {
        await finding.fix.click();
      } else if (finding.group === "表头信息未填") {
        const field = /请填写“(.+)”/.exec(finding.text)?.[1] ?? "";
        await typeCell(page, finding.address, HEADER_VALUES[field] ?? "待填");
      } else if (finding.group === "没有举措的任务" && !typedTask) {
        typedTask = true;
        const row = Number(finding.address.replace(/^[A-Z]+/, ""));
        await typeCell(page, `E${row}`, "制定专项工作方案并组织实施");
        await typeCell(page, `F${row}`, "按期完成");
        await pickFromList(page, `G${row}`, "教务处");
        await pickFromList(page, `H${row}`, "2025年");
        await shoot(page, "06-typed-task");
      } else if (finding.group === "没有举措的任务") {
        await markNotApplicable(page, "不属于本校职责范围");
      } else {
        throw new Error(`no way to fix: ${finding.group} ${finding.text}`);
      }
      const next = await runCheck(page);
      expect(next).toBeLessThan(open);
      open = next;
    }
    await pane(page).getByText("可以提交", { exact: true }).waitFor();
    await expect(pane(page).getByText("没有需要处理的问题。提交前请打印、盖章。").count()).resolves.toBe(1);
    await expect(textOf(page, "G8")).resolves.toBe("教务处、人事处");
    await expect(textOf(page, "H8")).resolves.toBe("2024年");
    await shoot(page, "07-ready");
  });
});

describe("browser preview: keyboard, accessibility, language, ribbon entry", () => {
  it("reaches and operates the main actions with Tab, Enter, Space and the arrow keys", async () => {
    await tabTo(page, "载入附件1");
    await page.keyboard.press("Enter");
    await pane(page).getByText("已载入附件1：54 项任务，12 类主要任务。").waitFor();

    // Into the grid (before the pane in tab order), then Excel-like movement and editing.
    await tabTo(page, "工作表 附件1", true);
    await page.keyboard.press("Control+Home");
    for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowDown");
    for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowRight");
    await expect(selectedAddress(page)).resolves.toBe("E6");
    await page.keyboard.press("Enter");
    await page.keyboard.type("keyboard measure");
    await page.keyboard.press("Enter");
    await expect(textOf(page, "E6")).resolves.toBe("keyboard measure");
    await expect(selectedAddress(page)).resolves.toBe("E7");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expect(selectedAddress(page)).resolves.toBe("G6");
    await page.keyboard.press("Alt+ArrowDown");
    await expect(page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).resolves.toBe("下拉列表 G6");
    // ArrowDown on the open list picks its first unit (whatever the college's list starts with).
    const firstUnit = await page
      .getByLabel("下拉列表 G6", { exact: true })
      .evaluate((s) => [...(s as HTMLSelectElement).options].map((o) => o.value).find(Boolean) ?? "");
    await page.keyboard.press("Escape");
    await page.keyboard.press("ArrowDown");
    await expect(eventually(() => textOf(page, "G6"), firstUnit)).resolves.toBe(firstUnit);

    // The pane's buttons: 添加举措行 with Enter, 检查完整性 with Space, a finding with Enter.
    await tabTo(page, "添加举措行");
    await page.keyboard.press("Enter");
    await pane(page).getByText("已在第 1 项下添加举措行（第 7 行）。").waitFor();
    await tabTo(page, "检查完整性", true);
    await page.keyboard.press("Space");
    await pane(page).getByRole("heading", { name: "问题清单" }).waitFor();
    const finding = await tabTo(page, /(?:^| )[A-Z]+\d+：/);
    await page.keyboard.press("Enter");
    const address = /(?:^| )([A-Z]+\d+)：/.exec(finding)?.[1];
    await expect(eventually(() => selectedAddress(page), address ?? null)).resolves.toBe(address);
  });

  it("has no serious or critical axe violations in the pane", async () => {
    const report: Record<string, AxeFinding[]> = {};
    report.start = await axeViolations(page, "#pane");
    await (await paneButton(page, "载入附件1")).click();
    await pane(page).getByText("已载入附件1：54 项任务，12 类主要任务。").waitFor();
    await clickCell(page, "G6");
    await pane(page).getByRole("group", { name: "选择责任单位（可多选）" }).waitFor();
    report.fill = await axeViolations(page, "#pane");
    const duplicateIds = await pane(page).evaluate((root) => {
      const seen = new Map<string, number>();
      root.querySelectorAll("[id]").forEach((el) => seen.set(el.id, (seen.get(el.id) ?? 0) + 1));
      return [...seen].filter(([, n]) => n > 1).map(([id, n]) => `${id} ×${n}`);
    });
    await runCheck(page);
    report.check = await axeViolations(page, "#pane");
    await pane(page).getByRole("tab", { name: "名单" }).click();
    await pane(page).getByRole("button", { name: "保存名单" }).first().waitFor();
    report.lists = await axeViolations(page, "#pane");
    mkdirSync(SHOTS, { recursive: true });
    writeFileSync(join(SHOTS, "axe.json"), JSON.stringify({ ...report, duplicateIds }, null, 2));
    expect(report).toEqual({ start: [], fill: [], check: [], lists: [] });
    // axe 4.x no longer reports duplicate ids, but a shared id ties every label to one control.
    expect(duplicateIds).toEqual([]);
  });

  it("speaks English with ?lang=en", async () => {
    await page.goto(`${(server as Served).url}?lang=en`);
    await pane(page).getByRole("button", { name: "Load Annex 1", exact: true }).click();
    await pane(page).getByText("Annex 1 loaded: 54 tasks in 12 groups.").waitFor();
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("en-US");
    await shoot(page, "08-english");
  });

  it("opens on the check results with ?run=check, like the ribbon button", async () => {
    await page.goto(`${(server as Served).url}?run=check`);
    await expect(pane(page).getByRole("tab", { name: "检查结果" }).getAttribute("aria-selected")).resolves.toBe("true");
    await pane(page).getByText("不是附件1表格").waitFor();
  });
});

describe("browser preview: the pane tells the truth and saves clicks", () => {
  const load = async () => {
    await (await paneButton(page, "载入附件1")).click();
    await pane(page).getByText("已载入附件1：54 项任务，12 类主要任务。").waitFor();
  };
  const group = (title: string) =>
    pane(page)
      .locator(".fui-AccordionItem")
      .filter({ has: page.getByRole("button", { name: new RegExp(title) }) });

  it("marks a check out of date after an edit, and finds a contradiction and a spilled paste", async () => {
    await load();
    await typeCell(page, "E6", "选聘行业企业专家");
    await typeCell(page, "F6", "2023年底前配备到位");
    await pickFromList(page, "G6", "教务处");
    await pickFromList(page, "H6", "2024年");
    await runCheck(page);
    // An edit after the check: the result says it is out of date, and 重新检查 refreshes it.
    await typeCell(page, "E8", "另一项举措");
    await pane(page).getByText("检查之后表格有改动，下面的结果已过时。").waitFor();
    await expect(pane(page).getByText("可以提交", { exact: true }).count()).resolves.toBe(0);
    await shoot(page, "10-stale");
    await (await paneButton(page, "重新检查")).click();
    await pane(page)
      .getByText(/还有 \d+ 个问题需要处理/)
      .waitFor();

    // Task 1 has measures and gets marked 不涉及: a blocking contradiction with two ways out.
    await clickCell(page, "E6");
    await markNotApplicable(page, "属省级部门职责");
    await runCheck(page);
    const contradiction = group("标记不涉及却填了举措");
    await contradiction.getByRole("button", { name: /标记不涉及却填了举措/ }).click();
    await contradiction.getByRole("button", { name: "清除举措", exact: true }).waitFor();
    await shoot(page, "11-contradiction");
    await contradiction.getByRole("button", { name: "清除举措", exact: true }).click();
    await expect(eventually(() => textOf(page, "E6"), "")).resolves.toBe("");
    await expect(textOf(page, "I6")).resolves.toBe("属省级部门职责");

    // A paste one column too wide spills into 不涉及: a finding, fixed by clearing that cell.
    const row = await rowOfTask(page, "3");
    await pasteAt(page, `E${row}`, "举措\t目标\t教务处\t2024年\t2025年");
    await expect(eventually(() => textOf(page, `I${row}`), "2025年")).resolves.toBe("2025年");
    await runCheck(page);
    const spill = group("粘贴溢出到“不涉及”列");
    await spill.getByRole("button", { name: /粘贴溢出/ }).click();
    await shoot(page, "12-spill");
    await spill.getByRole("button", { name: `修正 I${row}` }).click();
    await expect(eventually(() => textOf(page, `I${row}`), "")).resolves.toBe("");
  });

  it("keeps the unit picker on the cell's units after a paste, marks units off the list, and searches", async () => {
    await load();
    await clickCell(page, "G6");
    const picker = pane(page).getByRole("group", { name: "选择责任单位（可多选）" });
    await picker.waitFor();
    await pasteAt(page, "G6", "教务处；后勤服务中心");
    await pane(page).getByText("单元格现有：教务处、后勤服务中心").waitFor();
    await expect(picker.getByRole("checkbox", { name: "后勤服务中心 不在名单中" }).isChecked()).resolves.toBe(true);
    await expect(picker.getByRole("checkbox", { name: "教务处" }).isChecked()).resolves.toBe(true);
    await shoot(page, "13-picker-after-paste");
    await pane(page).getByRole("searchbox", { name: "搜索责任单位", exact: true }).fill("教务");
    await expect(picker.getByRole("checkbox").count()).resolves.toBe(1);
    await shoot(page, "14-picker-search");
    // Writing keeps the unit that is off the list: nothing is dropped silently.
    await (await paneButton(page, "写入责任单位")).click();
    await pane(page).getByText("已写入：教务处、后勤服务中心").waitFor();
  });

  it("adds a pasted column of units to 名单 at once, and keeps what is typed across tabs", async () => {
    await load();
    await pane(page).getByRole("tab", { name: "名单" }).click();
    const box = pane(page).getByRole("textbox", { name: "责任单位（部门） 新项目（可粘贴一列，每行一个）" });
    await box.fill("图书馆\n网络信息中心\n国际交流处\n");
    await pane(page).getByRole("button", { name: "添加", exact: true }).first().click();
    await pane(page).getByRole("textbox", { name: "重命名 网络信息中心" }).waitFor();
    await box.fill("继续教育学院");
    await pane(page).getByRole("tab", { name: "填报" }).click();
    await pane(page).getByRole("tab", { name: "名单" }).click();
    await expect(box.inputValue()).resolves.toBe("继续教育学院");
    await shoot(page, "15-lists-paste");
    await (await paneButton(page, "保存名单")).click();
    await pane(page)
      .getByText(/名单已保存/)
      .waitFor();
    await expect(options(page, "G6")).resolves.toEqual(
      expect.arrayContaining(["图书馆", "网络信息中心", "国际交流处"]),
    );
  });

  it("writes one unit and one time into several selected tasks at once", async () => {
    await load();
    await clickCell(page, "G6");
    await cell(page, "G9").click({ modifiers: ["Shift"] });
    await cell(page, "G14").click({ modifiers: ["Control"] });
    await pane(page)
      .getByRole("radiogroup", { name: "责任单位（批量）" })
      .getByRole("radio", { name: "教务处" })
      .check();
    await pane(page).getByRole("combobox", { name: "完成时间（批量）" }).selectOption("2024年");
    await (await paneButton(page, "写入选中的行")).click();
    await pane(page).getByText("已为 5 项任务写入 10 个单元格。").waitFor();
    await shoot(page, "16-bulk");
    for (const address of ["G6", "G7", "G8", "G9", "G14"]) await expect(textOf(page, address)).resolves.toBe("教务处");
    await expect(textOf(page, "H14")).resolves.toBe("2024年");
    await expect(textOf(page, "G10")).resolves.toBe("");
  });

  it("fills 完成时间 down only where there is a measure, marks several tasks 不涉及, and tells an assigned task", async () => {
    await load();
    await typeCell(page, "E6", "举措1");
    await typeCell(page, "F6", "目标1");
    await typeCell(page, "E7", "举措2");
    await typeCell(page, "F7", "目标2");
    await typeCell(page, "H6", "2023年");
    await clickCell(page, "H6");
    await (await paneButton(page, "完成时间向下填充")).click();
    await pane(page).getByText("已把完成时间“2023年”填入 1 个单元格（1 项任务，第 7 行）。").waitFor();
    await expect(textOf(page, "H7")).resolves.toBe("2023年");
    await expect(textOf(page, "H8")).resolves.toBe("");
    // Three tasks at once, one reason.
    await clickCell(page, "E9");
    await cell(page, "E11").click({ modifiers: ["Shift"] });
    await pane(page).getByLabel("不涉及原因（选中的每项任务）").fill("属省级部门职责");
    await (await paneButton(page, "把选中的任务标记为不涉及")).click();
    await pane(page).getByText("已把 3 项任务标记为不涉及：第 4、5、6 项。").waitFor();
    for (const address of ["I9", "I10", "I11"]) await expect(textOf(page, address)).resolves.toBe("属省级部门职责");
    // A unit alone (the coordinator's assignment): one finding, not a missing target and time.
    await clickCell(page, "G12");
    await pane(page)
      .getByRole("radiogroup", { name: "责任单位（批量）" })
      .getByRole("radio", { name: "教务处" })
      .check();
    await (await paneButton(page, "写入选中的行")).click();
    await pane(page).getByText("已为 1 项任务写入 1 个单元格。").waitFor();
    await runCheck(page);
    await group("已分工、还没有举措的任务")
      .getByRole("button", { name: /已分工/ })
      .click();
    await pane(page).getByText("已分给 教务处，还没有举措。").waitFor();
    await expect(group("缺少完成目标").count()).resolves.toBe(0);
    await shoot(page, "18-bulk-tools");
  });

  it("fits a 320 px pane: the 名单 rows keep their delete buttons, the bulk card is one click away", async () => {
    await page.setViewportSize({ width: 900, height: 700 });
    await page.locator("#pane").evaluate((el) => ((el as HTMLElement).style.width = "320px"));
    await load();
    await pane(page).getByRole("tab", { name: "名单" }).click();
    await pane(page).getByRole("button", { name: "删除 教务处" }).waitFor();
    const widths = await page.locator("#pane").evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1]);
    const paneBox = await page.locator("#pane").boundingBox();
    const remove = await pane(page).getByRole("button", { name: "删除 教务处" }).boundingBox();
    expect(remove && paneBox && remove.x + remove.width <= paneBox.x + paneBox.width).toBe(true);
    await pane(page).getByRole("tab", { name: "填报" }).click();
    await clickCell(page, "G6");
    await pane(page).getByRole("group", { name: "选择责任单位（可多选）" }).waitFor();
    await pane(page).getByRole("button", { name: "批量填写多项任务 ↓" }).click();
    const inView = async () => {
      const p = await page.locator("#pane").boundingBox();
      const b = await (await paneButton(page, "写入选中的行")).boundingBox();
      return !!(p && b && b.y >= p.y && b.y + b.height <= p.y + p.height);
    };
    await expect(eventually(inView, true)).resolves.toBe(true);
    await shoot(page, "19-narrow-bulk");
  });

  it("keeps 检查完整性 reachable in a 320 px pane with a long finding list", async () => {
    await page.setViewportSize({ width: 900, height: 700 });
    await page.locator("#pane").evaluate((el) => ((el as HTMLElement).style.width = "320px"));
    await load();
    await runCheck(page);
    await page.locator("#pane").evaluate((el) => el.scrollTo(0, el.scrollHeight));
    const paneBox = await page.locator("#pane").boundingBox();
    const checkBox = await (await paneButton(page, "检查完整性")).boundingBox();
    expect(paneBox && checkBox && checkBox.y >= paneBox.y && checkBox.y < paneBox.y + paneBox.height).toBe(true);
    // The 54 tasks without measures: a long group, closed, and showing 15 when opened.
    await group("没有举措的任务")
      .getByRole("button", { name: /没有举措的任务/ })
      .click();
    await group("没有举措的任务")
      .getByRole("button", { name: /显示其余 39 条/ })
      .waitFor();
    await shoot(page, "17-narrow");
  });
});

async function options(p: Page, address: string): Promise<string[]> {
  await clickCell(p, address);
  return p
    .getByLabel(`下拉列表 ${address}`, { exact: true })
    .evaluate((s) => [...(s as HTMLSelectElement).options].map((o) => o.value));
}
