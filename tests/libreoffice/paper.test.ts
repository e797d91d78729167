/**
 * The printed form, as LibreOffice prints the standard file (blank, sample,
 * and a complete fill with a 不涉及 task): landscape A4 at 100%, body text at
 * 五号 or larger, the title larger, the column header on every page, page
 * numbers, 不涉及 and its reason in the task's row, nothing cut off, and no
 * to-do colour on a complete form.
 */
import { STANDALONE_TEXT } from "../../src/plan/standalone-text";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { FUJIAN1, SAMPLE_DRAFT, type Entries } from "../../src/form";
import { planSheet } from "../../src/plan/sheet-plan";
import { checkGrid } from "../../src/reading/check";
import { writeWorkbook } from "../../src/xlsx/write-plan";
import { completeFill, NOT_APPLICABLE_REASON, NOT_APPLICABLE_SEQ } from "../helpers/fills";
import { excelReads } from "../helpers/grid";
import { ensureCalibriMetrics } from "./fonts";
import {
  colouredPixels,
  ensurePoppler,
  missingChars,
  pageText,
  pdfPages,
  printedSize,
  rasterise,
  type Page,
} from "./pdf";
import { convert, ensureLibreOffice, hasSoffice, killStarted } from "./soffice";
import { engineGate } from "../helpers/engines";

// Without LibreOffice on a developer's machine these suites are skipped (one line says how to install it).
const { describe } = engineGate("libreoffice", hasSoffice());

const dir = mkdtempSync(path.join(tmpdir(), "fujian1-paper-"));
const complete = completeFill(FUJIAN1);
const files: Array<[string, Entries | undefined]> = [
  ["blank", undefined],
  ["sample", SAMPLE_DRAFT],
  ["complete", complete],
];
/** The pages of the form itself; LibreOffice prints the visible 名单 sheet after them, and counts it in 共 N 页. */
const pages: Record<string, Page[]> = {};
const allPages: Record<string, number> = {};
const standard = (entries?: Entries) =>
  planSheet(FUJIAN1, entries, FUJIAN1.sheetName, FUJIAN1.lists, { standalone: STANDALONE_TEXT });

beforeAll(async () => {
  ensureLibreOffice();
  ensureCalibriMetrics();
  ensurePoppler();
  const written: string[] = [];
  for (const [name, entries] of files) {
    const file = path.join(dir, `${name}.xlsx`);
    writeFileSync(file, await writeWorkbook(standard(entries)));
    written.push(file);
  }
  // The pane's sheet (no spare rows) for comparison: the standard file's hidden spares must not print.
  writeFileSync(path.join(dir, "pane-blank.xlsx"), await writeWorkbook(planSheet(FUJIAN1)));
  written.push(path.join(dir, "pane-blank.xlsx"));
  await convert(written, "pdf", dir);
  for (const [name] of [...files, ["pane-blank"]]) {
    const all = pdfPages(path.join(dir, `${name}.pdf`));
    allPages[name] = all.length;
    pages[name] = all.filter((p) => pageText(p).includes("部省共建任务"));
  }
}, 5 * 60_000);

afterAll(() => {
  killStarted();
  rmSync(dir, { recursive: true, force: true });
});

const HEADER = ["序号", "主要任务", "任务内容", "责任部门", "具体举措", "完成目标", "完成时间"];

describe.each(files.map(([name]) => [name]))("the %s form printed by LibreOffice", (name) => {
  it("is landscape A4, a few pages, each numbered 第 n 页，共 N 页", () => {
    const p = pages[name];
    expect(p.length).toBeGreaterThanOrEqual(2);
    expect(p.length).toBeLessThanOrEqual(name === "blank" ? 12 : 20);
    p.forEach((page, i) => {
      expect([Math.round(page.width), Math.round(page.height)]).toEqual([842, 595]);
      expect(pageText(page)).toContain(`第${i + 1}页，共${allPages[name]}页`);
    });
    // Only the one page of 名单 follows the form.
    expect(allPages[name]).toBe(p.length + 1);
    process.stdout.write(`${name}: ${p.length} pages\n`);
  });

  it("prints body text at 五号 (10.5 pt) or larger, and the title larger still", () => {
    const sizes = pages[name].flatMap((p) => p.words.map(printedSize)).filter((s): s is number => s !== undefined);
    expect(sizes.length).toBeGreaterThan(100);
    // Every full-width word on every page: nothing shrunk.
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(10.4);
    const title = pages[name][0].words.find((w) => w.text.startsWith("辽宁省人民政府关于"));
    expect(title).toBeDefined();
    expect(printedSize(title!)).toBeGreaterThanOrEqual(15.9);
  });

  it("repeats the two header rows at the top of every page", () => {
    for (const page of pages[name]) {
      const top = page.words.filter((w) => w.yMin < page.height / 2);
      for (const h of [...HEADER, "部省共建任务", "落实具体措施"]) expect(top.map((w) => w.text)).toContain(h);
    }
  });
});

describe("the standard file's spare rows", () => {
  it("stay out of print: the blank form prints the same pages as the pane's sheet, which has none", () => {
    const text = (p: Page) => pageText(p).replace(/第\d+页，共\d+页/, "");
    expect(pages.blank.map(text)).toEqual(pages["pane-blank"].map(text));
  });
});

describe("the printed complete form", () => {
  it("shows every text of the form: nothing is cut off by a row too short or a column too narrow", () => {
    const plan = standard(complete);
    const last = plan.layout.markCol;
    const expected = plan.values.map((r) => r.slice(0, last + 1).join("")).join("");
    const printed = pages.complete.map(pageText).join("");
    expect(missingChars(expected, printed)).toEqual([]);
  });

  it("prints 不涉及 and its reason in the row of that task", () => {
    const page = pages.complete.find((p) => pageText(p).includes(NOT_APPLICABLE_REASON.slice(0, 4)));
    expect(page).toBeDefined();
    const seq = page!.words.find((w) => w.text === NOT_APPLICABLE_SEQ && w.xMax < 80);
    expect(seq).toBeDefined();
    const header = page!.words.find((w) => w.text.startsWith("不涉及"));
    expect(header).toBeDefined();
    // The reason's lines sit in the task's row, under the 不涉及 column's header.
    const reasonWords = page!.words.filter((w) => w.xMin >= header!.xMin - 5 && w.yMin > header!.yMax);
    const reason = reasonWords.map((w) => w.text).join("");
    expect(reason).toContain(NOT_APPLICABLE_REASON);
    const rowTop = Math.min(...reasonWords.map((w) => w.yMin));
    const rowBottom = Math.max(...reasonWords.map((w) => w.yMax));
    expect(seq!.yMin).toBeGreaterThan(rowTop - 30);
    expect(seq!.yMax).toBeLessThan(rowBottom + 30);
  });

  it("is complete, so no to-do colour prints; an incomplete one shows them", () => {
    const grid = excelReads(planSheet(FUJIAN1, complete).values);
    expect(checkGrid(FUJIAN1, grid).summary.ready).toBe(true);
    const coloured = (name: string) =>
      rasterise(path.join(dir, `${name}.pdf`))
        .map((r) => colouredPixels(r))
        .slice(0, pages[name].length);
    expect(coloured("complete")).toEqual(pages.complete.map(() => 0));
    expect(coloured("blank").every((n) => n > 100)).toBe(true);
  });
});
