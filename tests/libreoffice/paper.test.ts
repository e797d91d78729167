/**
 * The printed form, as LibreOffice prints the standard file (blank, sample,
 * and a complete fill with two 不涉及 tasks): landscape A4 at 100%, body text
 * at 五号 or larger, the title larger, the column header on every page, page
 * numbers counting the form alone, the planned page breaks (no task split),
 * no more pages than the Word export plus one, 不涉及 and its reason in the
 * task's row, nothing cut off, and no to-do colour on a complete form. One
 * soffice run converts every file, the Word exports included.
 */
import { STANDALONE_TEXT } from "../../src/plan/standalone-text";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { FUJIAN1, SAMPLE_DRAFT, type Entries } from "../../src/form";
import { planSheet } from "../../src/plan/sheet-plan";
import { checkGrid } from "../../src/reading/check";
import { writeWorkbook } from "../../src/xlsx/write-plan";
import { writeDocx } from "../../src/word/write-docx";
import { CONTINUED } from "../../src/plan/paper";
import { LINE_HEIGHT, wrapText } from "../../src/plan/metrics";
import { attrs, openPackage } from "../xlsx/package-xml";
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
/** A second 不涉及 task, with a reason longer than its column is wide. */
const SECOND_MARK = { seq: "20", reason: "本校没有对口支援任务，也未与其他地区开展合作办学，不涉及此项。" };
const complete: Entries = (() => {
  const c = completeFill(FUJIAN1);
  const rows = { ...c.rows };
  delete rows[SECOND_MARK.seq];
  return { ...c, rows, marks: { ...c.marks, [SECOND_MARK.seq]: SECOND_MARK.reason } };
})();
const files: Array<[string, Entries | undefined]> = [
  ["blank", undefined],
  ["sample", SAMPLE_DRAFT],
  ["complete", complete],
];
/** The pages of the form itself, and of the whole workbook's PDF (the 名单 sheet prints nothing). */
const pages: Record<string, Page[]> = {};
const allPages: Record<string, number> = {};
/** Pages of the Word export of the same entries, printed by LibreOffice Writer. */
const wordPages: Record<string, number> = {};
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
  for (const [name, entries] of files) {
    const file = path.join(dir, `${name}-word.docx`);
    writeFileSync(
      file,
      await writeDocx(FUJIAN1, entries ?? { header: { unit: "", contact: "", phone: "" }, rows: {} }),
    );
    written.push(file);
  }
  await convert(written, "pdf", dir);
  for (const [name] of [...files, ["pane-blank"]]) {
    const all = pdfPages(path.join(dir, `${name}.pdf`));
    allPages[name] = all.length;
    pages[name] = all.filter((p) => pageText(p).includes("部省共建任务"));
  }
  for (const [name] of files) wordPages[name] = pdfPages(path.join(dir, `${name}-word.pdf`)).length;
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
      expect(pageText(page)).toContain(`第${i + 1}页，共${p.length}页`);
    });
    // The whole workbook prints the form alone: the 名单 sheet's print area is one empty cell.
    expect(allPages[name]).toBe(p.length);
    process.stdout.write(`${name}: ${p.length} pages (Word export: ${wordPages[name]})\n`);
  });

  it("takes no more pages than the Word export of the same entries, plus one", () => {
    expect(pages[name].length).toBeLessThanOrEqual(wordPages[name] + 1);
  });

  it("breaks the pages where the plan does, each page beginning with a task: none is split", () => {
    const plan = standard(files.find(([n]) => n === name)![1]);
    expect(pages[name].length).toBe(plan.pageBreaks.length + 1);
    plan.pageBreaks.forEach((row, i) => {
      const page = pages[name][i + 1];
      const header = page.words.find((w) => w.text === "序号")!;
      // The topmost 序号 under the header is the planned first task of the page.
      const seqs = page.words
        .filter((w) => w.xMax < header.xMax + 5 && w.yMin > header.yMax && /^\d+/.test(w.text))
        .sort((a, b) => a.yMin - b.yMin);
      expect(seqs[0].text.replace(CONTINUED, "")).toBe(String(plan.values[row - 1][0]).replace(CONTINUED, ""));
    });
  });

  it("breaks the title after the document's name and the headers before their （", () => {
    const words = pages[name][0].words.map((w) => w.text);
    expect(words).toContain("任务落实举措清单");
    expect(words.some((w) => w.endsWith("意见》"))).toBe(true);
    for (const page of pages[name]) {
      const text = page.words.map((w) => w.text);
      for (const w of ["责任单位", "（部门）", "不涉及", "（注明原因）"]) expect(text).toContain(w);
    }
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

describe("the row height estimate against LibreOffice's rendering", () => {
  it("wraps 任务内容 into no fewer lines than LibreOffice draws, and not many more; lines no closer than planned", () => {
    const plan = standard();
    const width = plan.columnWidths[plan.layout.col.content];
    // The 任务内容 column's lines, page by page, top to bottom.
    const lines = pages.blank.flatMap((page) => {
      const left = page.words.find((w) => w.text === "主要任务")!.xMax;
      const right = page.words.find((w) => w.text === "责任部门")!.xMin;
      const top = page.words.find((w) => w.text === "任务内容")!.yMax;
      const near = page.words.filter((w) => w.xMin > left && w.xMax < right && w.yMin > top);
      // 任务内容 is left-aligned: its lines all begin at the column's left edge, 责任部门's further right.
      const edge = Math.min(...near.map((w) => w.xMin));
      return near.filter((w) => w.xMin < edge + 3).sort((a, b) => a.yMin - b.yMin);
    });
    let at = 0;
    let planned = 0;
    let drawn = 0;
    const pitches: number[] = [];
    for (const t of FUJIAN1.tasks) {
      const text = t.content.replace(/\s/g, "");
      let got = "";
      const mine = [];
      while (got.length < text.length && at < lines.length) {
        mine.push(lines[at]);
        got += lines[at++].text;
      }
      expect(got).toBe(text);
      const estimate = wrapText(t.content, width, 10.5).length;
      expect(mine.length).toBeLessThanOrEqual(estimate);
      planned += estimate;
      drawn += mine.length;
      for (let k = 1; k < mine.length; k++) pitches.push(mine[k].yMin - mine[k - 1].yMin);
    }
    // Excel's columns are narrower than LibreOffice draws them: a few more lines planned, not many.
    expect(planned / drawn).toBeLessThan(1.25);
    expect(Math.max(...pitches)).toBeLessThanOrEqual(10.5 * LINE_HEIGHT);
    process.stdout.write(`任务内容: ${planned} lines planned, ${drawn} drawn by LibreOffice\n`);
  });
});

describe("the standard file's spare rows", () => {
  it("stay out of print: the blank form prints the same pages as the pane's sheet, which has none", () => {
    const text = (p: Page) => pageText(p).replace(/第\d+页，共\d+页/, "");
    expect(pages.blank.map(text)).toEqual(pages["pane-blank"].map(text));
  });
});

describe.each([["sample"], ["complete"]])("the printed %s form", (name) => {
  it("shows every text of the form: nothing is cut off by a row too short or a column too narrow", () => {
    const plan = standard(files.find(([n]) => n === name)![1]);
    const last = plan.layout.markCol;
    const expected = plan.values.map((r) => r.slice(0, last + 1).join("")).join("");
    const printed = pages[name].map(pageText).join("");
    expect(missingChars(expected, printed)).toEqual([]);
  });
});

describe("the printed complete form", () => {
  it("keeps each task's measures on the page of its 序号", () => {
    for (const t of FUJIAN1.tasks) {
      const on = pages.complete
        .map((p, i) => (p.words.some((w) => w.text.startsWith(`第${t.seq}项`)) ? i : -1))
        .filter((i) => i >= 0);
      expect(on.length).toBeLessThanOrEqual(1);
    }
  });

  it.each([
    [NOT_APPLICABLE_SEQ, NOT_APPLICABLE_REASON],
    [SECOND_MARK.seq, SECOND_MARK.reason],
  ])("prints 不涉及 task %s's reason in full, in the row of that task", (seqText, reasonText) => {
    const page = pages.complete.find((p) => pageText(p).includes(reasonText.slice(0, 6)));
    expect(page).toBeDefined();
    // The header's second line spans the 不涉及 column.
    const header = page!.words.find((w) => w.text === "（注明原因）");
    expect(header).toBeDefined();
    const seq = page!.words.find((w) => w.text === seqText && w.xMax < 80);
    expect(seq).toBeDefined();
    // The reason's lines sit in the task's row, under the 不涉及 column's header, whole.
    const reasonWords = page!.words.filter(
      (w) =>
        w.xMin >= header!.xMin - 5 &&
        w.xMax <= header!.xMax + 5 &&
        w.yMin > header!.yMax &&
        Math.abs(w.yMin - seq!.yMin) < 60,
    );
    expect(reasonWords.map((w) => w.text).join("")).toBe(reasonText);
    const rowTop = Math.min(...reasonWords.map((w) => w.yMin));
    const rowBottom = Math.max(...reasonWords.map((w) => w.yMax));
    expect(seq!.yMin).toBeGreaterThan(rowTop - 30);
    expect(seq!.yMax).toBeLessThan(rowBottom + 30);
  });

  it("is set to print in black and white, which LibreOffice ignores: a complete form prints no colour, a blank one does", async () => {
    for (const [name] of files) {
      const pkg = await openPackage(readFileSync(path.join(dir, `${name}.xlsx`)));
      expect(attrs(/<pageSetup\b[^>]*>/.exec(pkg.sheet(FUJIAN1.sheetName))?.[0] ?? "").blackAndWhite).toBe("1");
    }
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
