/** What a person does on the preview page, as playwright steps. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { ROOT } from "./support";

export const cell = (page: Page, address: string): Locator => page.locator(`td[data-address="${address}"]`);
/** The text a cell shows (without its dropdown's options). */
export const textOf = async (page: Page, address: string): Promise<string> =>
  (await cell(page, address).locator("[data-cell-text]").textContent({ timeout: 5000 })) ?? "";
export const pane = (page: Page): Locator => page.locator("#pane");
export const alertBar = (page: Page): Locator => page.locator("section[aria-label] [role=alert]");

export async function selectedAddress(page: Page): Promise<string | null> {
  return page.locator('td[aria-selected="true"]').getAttribute("data-address");
}

/** Clicks a cell and waits until the grid shows it selected. */
export async function clickCell(page: Page, address: string): Promise<void> {
  await cell(page, address).click();
  await page.locator(`td[data-address="${address}"][aria-selected="true"]`).waitFor();
}

/** Opens the cell editor (F2), replaces the text and confirms with Enter. */
export async function typeCell(page: Page, address: string, text: string): Promise<void> {
  await clickCell(page, address);
  await page.keyboard.press("F2");
  const editor = page.getByLabel(`编辑 ${address}`, { exact: true });
  await editor.fill(text);
  await editor.press("Enter");
}

/** Picks an item from the selected cell's dropdown list. */
export async function pickFromList(page: Page, address: string, item: string): Promise<void> {
  await clickCell(page, address);
  await page.getByLabel(`下拉列表 ${address}`, { exact: true }).selectOption(item);
}

/** Pastes tab-separated text at the selected cell, as Ctrl+V does. */
export async function pasteAt(page: Page, address: string, text: string): Promise<void> {
  await clickCell(page, address);
  await page.locator("table[role=grid]").evaluate((table, data) => {
    const dt = new DataTransfer();
    dt.setData("text/plain", data);
    table.dispatchEvent(new ClipboardEvent("paste", { clipboardData: dt, bubbles: true, cancelable: true }));
  }, text);
}

/** The sheet row (1-based) where task `seq` starts, from column A. */
export async function rowOfTask(page: Page, seq: string): Promise<number> {
  const row = await page
    .locator("td[data-address^='A']")
    .evaluateAll(
      (tds, s) =>
        tds
          .find((td) => /^A\d+$/.test(td.getAttribute("data-address") ?? "") && td.textContent === s)
          ?.getAttribute("data-address"),
      seq,
    );
  if (!row) throw new Error(`task ${seq} not found in column A`);
  return Number(row.slice(1));
}

export async function paneButton(page: Page, name: string): Promise<Locator> {
  return pane(page).getByRole("button", { name, exact: true });
}

/** Fills 不涉及原因 and clicks 标记不涉及 for the task of the selected cell. */
export async function markNotApplicable(page: Page, reason: string): Promise<void> {
  await pane(page).getByRole("tab", { name: "填报" }).click();
  await pane(page).getByLabel("不涉及原因").fill(reason);
  await (await paneButton(page, "标记不涉及")).click();
  await pane(page)
    .getByText(/项已标记为不涉及。$/)
    .waitFor();
}

/** Runs 检查完整性 and returns the number of blocking problems (0 = 可以提交). */
export async function runCheck(page: Page): Promise<number> {
  await (await paneButton(page, "检查完整性")).click();
  // The pane opens 检查结果 when the check is done: read the status there, not another tab's message.
  await pane(page).getByRole("tab", { name: "检查结果", selected: true }).waitFor();
  const status = pane(page).locator("[role=tabpanel] [role=status]").first();
  await status.waitFor();
  const text = (await status.textContent()) ?? "";
  if (text.includes("可以提交")) return 0;
  const m = /还有 (\d+) 个问题需要处理/.exec(text);
  if (!m) throw new Error(`unexpected check status: ${text}`);
  return Number(m[1]);
}

export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

/**
 * Injects axe-core and returns the serious and critical violations inside `selector`.
 * Tabster's focus-redirect "dummy" elements (data-tabster-dummy, used by Fluent's TabList and
 * Accordion) are a documented false positive of aria-hidden-focus (microsoft/tabster#288) and are
 * left out, the way Accessibility Insights does; everything else counts.
 */
export async function axeViolations(page: Page, selector: string): Promise<AxeFinding[]> {
  const loaded = await page.evaluate(() => "axe" in window);
  if (!loaded)
    await page.addScriptTag({ content: readFileSync(join(ROOT, "node_modules", "axe-core", "axe.min.js"), "utf8") });
  // Fluent fades panels and message bars in: colours measured mid-fade fail color-contrast (seen under load,
  // when axe ran while 检查结果 was still appearing). Let running animations and transitions finish first.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"), undefined, {
    timeout: 10_000,
  });
  return page.evaluate(async (sel) => {
    type AxeNode = { target: string[]; html: string };
    type AxeResult = { violations: Array<{ id: string; impact: string | null; help: string; nodes: AxeNode[] }> };
    const axe = (window as unknown as { axe: { run(el: Element, opts: object): Promise<AxeResult> } }).axe;
    const result = await axe.run(document.querySelector(sel) as Element, { resultTypes: ["violations"] });
    const dummy = (v: { id: string }, n: AxeNode) =>
      v.id === "aria-hidden-focus" && /^<i\b[^>]*data-tabster-dummy/.test(n.html);
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({
        id: v.id,
        impact: v.impact as string,
        help: v.help,
        nodes: v.nodes.filter((n) => !dummy(v, n)).map((n) => n.target.join(" ")),
      }))
      .filter((v) => v.nodes.length > 0);
  }, selector);
}

/** Presses Tab (or Shift+Tab) until the focused element's accessible name is (or matches) `name`. */
export async function tabTo(page: Page, name: string | RegExp, backwards = false, limit = 80): Promise<string> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el ? (el.getAttribute("aria-label") ?? el.textContent ?? "").trim() : "";
    });
    if (typeof name === "string" ? focused === name : name.test(focused)) return focused;
  }
  throw new Error(`"${name}" was not reached with ${backwards ? "Shift+Tab" : "Tab"}`);
}

export interface FindingHandle {
  group: string;
  text: string;
  address: string;
  button: Locator;
  fix: Locator | null;
}

/** The first blocking finding that has a cell, preferring those with a 修正 button. */
export async function firstFinding(page: Page): Promise<FindingHandle> {
  const items = pane(page).locator(".fui-AccordionItem");
  const found: FindingHandle[] = [];
  for (let i = 0; i < (await items.count()); i++) {
    const item = items.nth(i);
    const header = item.locator(".fui-AccordionHeader button").first();
    const group = ((await header.textContent()) ?? "").replace(/\d+$/, "").trim();
    if (group.startsWith("标记为不涉及") || group.includes("提醒")) continue;
    if ((await header.getAttribute("aria-expanded")) !== "true") await header.click();
    const rows = item.locator("li");
    for (let j = 0; j < (await rows.count()); j++) {
      const li = rows.nth(j);
      const button = li.getByRole("button").first();
      const text = (await button.textContent()) ?? "";
      const address = /(?:^| )([A-Z]+\d+)：/.exec(text)?.[1];
      if (!address) continue;
      const fix = li.getByRole("button", { name: `修正 ${address}` });
      found.push({ group, text, address, button, fix: (await fix.count()) ? fix : null });
    }
  }
  const pick = found.find((f) => f.fix) ?? found[0];
  if (!pick) throw new Error("no finding with a cell to click");
  return pick;
}

/** Re-reads `read` until it gives `expected` (or 5 s pass), then returns the last value. */
export async function eventually<T>(read: () => Promise<T>, expected: T, timeoutMs = 5000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last = await read();
  while (last !== expected && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 50));
    last = await read();
  }
  return last;
}
