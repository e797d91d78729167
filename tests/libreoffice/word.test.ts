/**
 * The exported Word table in a real engine (LibreOffice Writer, headless):
 * printed to PDF it is landscape A4, every text of the table is on the pages,
 * the two header rows repeat on every page, body text is 五号; re-saved by
 * LibreOffice as .docx (as a college's WPS or Word would re-save it) it still
 * imports to exactly the same entries.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { FUJIAN1, SAMPLE_DRAFT, type Entries } from "../../src/form";
import { compactEntries } from "../../src/reading/read-grid";
import { readDocx } from "../../src/word/read-docx";
import { markText, wordTable } from "../../src/word/layout";
import { writeDocx } from "../../src/word/write-docx";
import { completeFill } from "../helpers/fills";
import { above, docx, headerRows, tbl, tc, tr } from "../word/draft";
import { draftDocx, header, seedLikeRows } from "../word/constructs";
import { engineGate } from "../helpers/engines";
import { ensurePoppler, missingChars, pageText, pdfPages, printedSize, type Page } from "./pdf";
import { convert, ensureLibreOffice, hasSoffice, killStarted } from "./soffice";

// Without LibreOffice on a developer's machine these suites are skipped (one line says how to install it).
const { describe } = engineGate("libreoffice", hasSoffice());

const dir = mkdtempSync(path.join(tmpdir(), "fujian1-word-lo-"));
const files: Array<[string, Entries]> = [
  ["sample", SAMPLE_DRAFT],
  ["complete", completeFill(FUJIAN1)],
];
const pages: Record<string, Page[]> = {};
const pageTextOf = (t: string) => t.replace(/\s/g, "");

beforeAll(async () => {
  ensureLibreOffice();
  ensurePoppler();
  const written: string[] = [];
  for (const [name, entries] of files) {
    const file = path.join(dir, `${name}.docx`);
    writeFileSync(file, await writeDocx(FUJIAN1, entries));
    written.push(file);
  }
  await convert(written, "pdf", dir);
  mkdirSync(path.join(dir, "resaved"));
  const draft = path.join(dir, "draft.docx");
  writeFileSync(draft, await collegeDraft());
  // Drafts as colleges write them (built with the docx package): each construct, re-saved by Writer.
  const constructs = path.join(dir, "constructs.docx");
  writeFileSync(constructs, await draftDocx([...header("split"), ...seedLikeRows()]));
  await convert([...written, draft, constructs], "docx:MS Word 2007 XML", path.join(dir, "resaved"));
  for (const [name] of files) pages[name] = pdfPages(path.join(dir, `${name}.pdf`));
}, 5 * 60_000);

/** A draft as a college makes it: one row per measure, 序号…责任部门 and a shared 具体举措 merged down. */
function collegeDraft(): Promise<Uint8Array> {
  const t = FUJIAN1.tasks[2];
  const more = { vMerge: "continue" as const };
  return docx(
    above(FUJIAN1) +
      tbl(8, [
        ...headerRows(FUJIAN1),
        tr(
          tc("3", { vMerge: "restart" }),
          tc(FUJIAN1.groups[t.group].title, { vMerge: "restart" }),
          tc(t.content, { vMerge: "restart" }),
          tc(t.department, { vMerge: "restart" }),
          tc(["推动思政课程与", "课程思政有机结合"], { vMerge: "restart" }),
          tc("目标甲"),
          tc("教务处"),
          tc("2023年"),
        ),
        tr(
          tc("", more),
          tc("", more),
          tc("", more),
          tc("", more),
          tc("", more),
          tc("目标乙"),
          tc("人事处"),
          tc("2024年"),
        ),
      ]),
  );
}

const DRAFT_ROWS = [
  { measure: "推动思政课程与\n课程思政有机结合", target: "目标甲", unit: "教务处", time: "2023年" },
  { measure: "", target: "目标乙", unit: "人事处", time: "2024年", sameMeasure: true },
];

afterAll(() => {
  killStarted();
  rmSync(dir, { recursive: true, force: true });
});

describe.each(files.map(([name]) => [name]))("the %s Word table printed by LibreOffice", (name) => {
  it("is landscape A4, numbered 第 n 页，共 N 页", () => {
    const p = pages[name];
    expect(p.length).toBeGreaterThanOrEqual(2);
    p.forEach((page, i) => {
      expect([Math.round(page.width), Math.round(page.height)]).toEqual([842, 595]);
      expect(pageText(page)).toContain(`第${i + 1}页，共${p.length}页`);
    });
    process.stdout.write(`word ${name}: ${p.length} pages\n`);
  });

  it("has every text of the table on its pages, and the title and header line", () => {
    const entries = files.find(([n]) => n === name)![1];
    const table = wordTable(FUJIAN1, entries);
    const expected = [FUJIAN1.title, ...[...table.header, ...table.body].flatMap((r) => r.map((c) => c.text))].join("");
    const printed = pages[name].map(pageText).join("");
    expect(missingChars(expected, printed)).toEqual([]);
    expect(printed).toContain(`单位（公章）：${entries.header.unit}`);
    if (entries.marks) for (const reason of Object.values(entries.marks)) expect(printed).toContain(markText(reason));
  });

  it("repeats the two header rows at the top of every page", () => {
    for (const page of pages[name]) {
      const texts = page.words.filter((w) => w.yMin < page.height / 2).map((w) => w.text);
      for (const t of ["部省共建任务", "落实具体措施", "序号", "主要任务", "任务内容", "完成目标", "完成时间"])
        expect(texts.join("")).toContain(t);
    }
  });

  it("prints body text at 五号 (10.5 pt) and the title larger (the page number in the footer is smaller)", () => {
    const body = (p: Page) => p.words.filter((w) => !/^第\d+页/.test(pageTextOf(w.text)) && w.yMax < p.height - 40);
    const sizes = pages[name].flatMap((p) => body(p).map(printedSize)).filter((s): s is number => s !== undefined);
    expect(sizes.length).toBeGreaterThan(100);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(10.4);
    const title = pages[name][0].words.find((w) => w.text.startsWith("辽宁省人民政府关于"));
    expect(printedSize(title!)).toBeGreaterThanOrEqual(17.9);
  });

  it("re-saved by LibreOffice as .docx, imports to exactly the same entries", async () => {
    const back = await readDocx(readFileSync(path.join(dir, "resaved", `${name}.docx`)), FUJIAN1);
    if (!("grid" in back)) throw new Error(back.message);
    expect(back.entries).toEqual(compactEntries(files.find(([n]) => n === name)![1]));
  });
});

describe("a college's draft re-saved by LibreOffice Writer", () => {
  it("keeps every draft construct: aligned paragraphs split, numbering as text, split header, official text restored", async () => {
    const original = await readDocx(readFileSync(path.join(dir, "constructs.docx")), FUJIAN1);
    const back = await readDocx(readFileSync(path.join(dir, "resaved", "constructs.docx")), FUJIAN1);
    if (!("grid" in back) || !("grid" in original)) throw new Error("not read");
    expect(back.entries).toEqual(original.entries);
    expect(back.entries.rows["3"].map((r) => [r.target, r.unit])).toEqual([
      ["1.建设示范课堂", "教务处"],
      ["2.建设课程思政案例", "人事处"],
      ["3.培训思政教师", "马克思主义学院"],
    ]);
    expect(back.restored).toBe(original.restored);
  });

  it("still reads: the merged 序号 and shared 具体举措, the header line above the table", async () => {
    const back = await readDocx(readFileSync(path.join(dir, "resaved", "draft.docx")), FUJIAN1);
    if (!("grid" in back)) throw new Error(back.message);
    expect(back.entries).toEqual({
      header: { unit: "某某职业技术学院", contact: "李四", phone: "024-12345678" },
      rows: { "3": DRAFT_ROWS },
    });
  });
});
