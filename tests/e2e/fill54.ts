/**
 * The 54-task form filled and checked in the preview, two ways, counting what a person does.
 * Counting rules (the same for both ways): a click is 1; typing a text into a cell is 1 (typing
 * opens the cell's editor, as in Excel — the harness's F2 is not the user's); Tab or Enter is 1;
 * choosing from a dropdown is 2 (open the list, click the item); a radio button in view is 1.
 * Every task gets a measure and a target of its own; units follow the 12 主要任务 groups (one
 * unit per group); one 完成时间 for all.
 * The run ends only when the check says 可以提交, so the count is for a finished form.
 */
import type { Page } from "playwright-core";
import { FUJIAN1 } from "../../src/form";
import { cell, clickCell, pane, paneButton, runCheck } from "./pages";

const HEADER: Array<[string, string]> = [
  ["C3", "锦州师范高等专科学校"],
  ["E3", "王老师"],
  ["G3", "0416-3400000"],
];

export interface Count {
  actions: number;
}

/** The sheet row of each task's first measure row, read once from column A (not a user action). */
async function taskRows(page: Page): Promise<Map<string, number>> {
  const pairs = await page
    .locator("td[data-address^='A']")
    .evaluateAll((tds) =>
      tds
        .map((td) => [td.textContent ?? "", td.getAttribute("data-address") ?? ""] as const)
        .filter(([text, address]) => /^\d+$/.test(text) && /^A\d+$/.test(address)),
    );
  return new Map(pairs.map(([seq, address]) => [seq, Number(address.slice(1))]));
}

async function options(page: Page, address: string): Promise<string[]> {
  await clickCell(page, address);
  return page
    .getByLabel(`下拉列表 ${address}`, { exact: true })
    .evaluate((s) => [...(s as HTMLSelectElement).options].map((o) => o.value).filter(Boolean));
}

function user(page: Page, count: Count) {
  const editor = () => page.locator("textarea[aria-label^='编辑 ']");
  return {
    click: async (address: string) => {
      count.actions++;
      await clickCell(page, address);
    },
    clickWith: async (address: string, modifier: "Shift" | "Control") => {
      count.actions++;
      await cell(page, address).click({ modifiers: [modifier] });
    },
    type: async (text: string) => {
      count.actions++;
      await page.keyboard.press("F2");
      await editor().fill(text);
    },
    key: async (key: "Tab" | "Enter") => {
      count.actions++;
      await editor().press(key);
    },
    pick: async (address: string, item: string) => {
      count.actions += 2;
      await page.getByLabel(`下拉列表 ${address}`, { exact: true }).selectOption(item);
    },
    radio: async (group: string, item: string) => {
      count.actions++;
      await pane(page).getByRole("radiogroup", { name: group }).getByRole("radio", { name: item }).check();
    },
    choose: async (label: string, item: string) => {
      count.actions += 2;
      await pane(page).getByRole("combobox", { name: label }).selectOption(item);
    },
    button: async (name: string) => {
      count.actions++;
      await (await paneButton(page, name)).click();
    },
  };
}

async function loadBlank(page: Page): Promise<void> {
  await (await paneButton(page, "载入附件1")).click();
  await pane(page).getByText("已载入附件1：54 项任务，12 类主要任务。").waitFor();
}

async function header(u: ReturnType<typeof user>): Promise<void> {
  for (const [address, value] of HEADER) {
    await u.click(address);
    await u.type(value);
    await u.key("Enter");
  }
}

async function checkReady(page: Page, count: Count): Promise<void> {
  count.actions++;
  const open = await runCheck(page);
  if (open !== 0) throw new Error(`the form is not finished: ${open} problems left`);
}

/** The blank form loaded and its header filled; the task rows, the dropdowns' items and the counting user. */
async function start(page: Page) {
  const count = { actions: 0 };
  await loadBlank(page);
  const rows = await taskRows(page);
  const units = await options(page, `G${rows.get("1")}`);
  const [time] = await options(page, `H${rows.get("1")}`);
  const u = user(page, count);
  await header(u);
  return { count, rows, units, time, u };
}

/** 具体举措, Tab, 完成目标 in row r, typed as a user does. */
async function typeMeasure(u: ReturnType<typeof user>, r: number, seq: string): Promise<void> {
  await u.click(`E${r}`);
  await u.type(`举措${seq}`);
  await u.key("Tab");
  await u.type(`目标${seq}`);
}

/** Today: every cell by hand — measure, Tab, target, Tab, the unit's dropdown, then the year's. */
export async function fillByHand(page: Page): Promise<Count> {
  const { count, rows, units, time, u } = await start(page);
  for (const task of FUJIAN1.tasks) {
    const r = rows.get(task.seq) as number;
    await typeMeasure(u, r, task.seq);
    await u.key("Tab");
    await u.pick(`G${r}`, units[task.group % units.length]);
    await u.click(`H${r}`);
    await u.pick(`H${r}`, time);
  }
  await checkReady(page, count);
  return count;
}

/**
 * With the bulk tools: measure and target typed per task; then 完成时间 chosen once in the bulk
 * card, and per 主要任务 group one click on the group's merged cell, its unit, 写入选中的行
 * (only empty cells are written, so the time goes in with the first group's unit).
 */
export async function fillWithBulk(page: Page): Promise<Count> {
  const { count, rows, units, time, u } = await start(page);
  for (const task of FUJIAN1.tasks) await typeMeasure(u, rows.get(task.seq) as number, task.seq);
  // The click on the first group's cell below commits the last target, as leaving a cell does in Excel.
  await u.choose("完成时间（批量）", time);
  for (let g = 0; g < FUJIAN1.groups.length; g++) {
    const first = FUJIAN1.tasks.find((t) => t.group === g);
    if (!first) continue;
    await u.click(`B${rows.get(first.seq)}`);
    await u.radio("责任单位（批量）", units[g % units.length]);
    await u.button("写入选中的行");
    await pane(page)
      .getByText(/^已为 \d+ 项任务写入 \d+ 个单元格。/)
      .waitFor();
  }
  await checkReady(page, count);
  return count;
}
