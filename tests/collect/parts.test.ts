/** The collecting page's pure parts: what its charts count, how it tells one file given twice, file names. */
import { FUJIAN1, SAMPLE_DRAFT } from "../../src/form";
import { checkBytes } from "../../src/merge/check-bytes";
import { extOf } from "../../src/merge/names";
import { chartData } from "../../src/collect/chart-data";
import { chartSpecs } from "../../src/collect/chart-options";
import { identityOf } from "../../src/collect/identity";
import { fileProblemMessage } from "../../src/collect/strings";
import { fileProblem } from "../../src/xlsx/problems";
import { takenFromFolder } from "../../src/collect/files";
import { mergeSources, problemOf, statusOf, type Row } from "../../src/collect/model";
import { formFile, readyEntries, zipParts } from "../xlsx/fixtures";
import { partEntries } from "../e2e/collect-files";

describe("chartData", () => {
  it("counts tasks with measures per college exactly as the check's summary does, and the years of the rows", async () => {
    const files = await Promise.all([
      formFile(readyEntries("甲")),
      formFile(SAMPLE_DRAFT),
      formFile({ ...partEntries("丙", 10), marks: { "54": "本校不涉及" } }),
    ]);
    const checked = await Promise.all(files.map((f) => checkBytes(f, FUJIAN1, { withEntries: true })));
    const colleges = checked.map((c, i) => ({ school: `校${i}`, entries: c.entries! }));
    const data = chartData(FUJIAN1, colleges);
    expect(data.perCollege).toEqual(
      checked.map((c) => ({
        withMeasures: c.result!.summary.withMeasures,
        notApplicable: c.result!.summary.notApplicable,
      })),
    );
    expect(data.perCollege[2]).toEqual({ withMeasures: 10, notApplicable: 1 });
    expect(data.cover).toHaveLength(54);
    expect(data.cover[53]).toEqual([2, expect.any(Number), 1]);
    expect(data.coverage[0]).toBe(data.cover[0].filter((v) => v === 2).length);
    // readyEntries cycles through the form's times: every row of 甲 and 丙 has a year.
    const rows = data.years.reduce((n, y) => n + y.rows, 0);
    expect(rows).toBeGreaterThanOrEqual(54 + 10);
    expect(data.years.map((y) => y.year)).toEqual(
      [...data.years.map((y) => y.year)].sort((a, b) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b))),
    );
  });

  it("gives four charts, titled in the page's language", () => {
    const data = chartData(FUJIAN1, [{ school: "甲", entries: readyEntries("甲") }]);
    expect(chartSpecs(data, "zh").map((s) => s.title)).toEqual([
      "各校有举措的任务数（共 54 项）",
      "各项任务有无举措（任务 × 学校）",
      "每项任务有举措的学校数（共 1 所）",
      "举措的完成时间（行数）",
    ]);
    expect(chartSpecs(data, "en")[0].title).toBe("Tasks with measures per college (of 54)");
  });
});

describe("identityOf, extOf, file problems in English", () => {
  it("tells the same bytes from different ones of the same length", () => {
    const a = new Uint8Array([1, 2, 3, 4]);
    expect(identityOf(a)).toBe(identityOf(Uint8Array.from(a)));
    expect(identityOf(a)).not.toBe(identityOf(new Uint8Array([1, 2, 4, 3])));
    expect(identityOf(a)).not.toBe(identityOf(new Uint8Array([4, 3, 2, 1])));
  });

  it("takes the extension of the name, lower case, not of a folder or a dot file", () => {
    expect(extOf("各校/锦州.ET")).toBe(".et");
    expect(extOf("a.b/c")).toBe("");
    expect(extOf(".xlsx")).toBe("");
  });

  it("says a file problem in the command line's Chinese or in English", () => {
    const p = fileProblem("legacy-xls", { ext: ".et" });
    expect(fileProblemMessage(p, "zh")).toBe(p.message);
    expect(fileProblemMessage(p, "en")).toMatch(/^This is a WPS spreadsheet \(\.et\)/);
    expect(fileProblemMessage(fileProblem("no-form", { sheets: "Sheet1" }), "en")).toMatch(/Its sheets: Sheet1\.$/);
  });
});

describe("the files the page takes, and what it merges", () => {
  it("takes workbooks, Word documents and the formats the check explains from folders; not temporary or hidden files", () => {
    for (const name of ["a.xlsx", "b.DOCX", "c.xls", "d.et", "e.pdf", "f.csv"])
      expect(takenFromFolder(name)).toBe(true);
    for (const name of ["~$a.xlsx", ".a.xlsx", "Thumbs.db", "说明.txt", ".DS_Store"])
      expect(takenFromFolder(name)).toBe(false);
  });

  it("merges the checked files not left out, with the command line's Chinese messages, whatever the page's language", async () => {
    const ready = await checkBytes(await formFile(readyEntries("甲校")), FUJIAN1, { withEntries: true });
    const word = await checkBytes(new Uint8Array(await zipParts({ "word/document.xml": "<w:document/>" })), FUJIAN1, {
      withEntries: true,
    });
    const row = (id: number, name: string, extra: Partial<Row>): Row => ({
      id,
      name,
      path: name,
      modified: id,
      state: "done",
      ...extra,
    });
    const rows: Row[] = [
      row(1, "甲.xlsx", { result: { id: 1, identity: "x", checked: ready } }),
      row(2, "草稿.docx", { result: { id: 2, identity: "y", checked: word } }),
      row(3, "坏.xlsx", { state: "failed", failure: "out of memory" }),
      row(4, "旧.xlsx", { result: { id: 4, identity: "z", checked: ready } }),
      row(5, "等.xlsx", { state: "cancelled" }),
    ];
    expect(rows.map((r) => statusOf(r, new Set([4])))).toEqual([
      "ready",
      "unreadable",
      "unreadable",
      "skipped",
      "cancelled",
    ]);
    const sources = mergeSources(rows, new Set([4]));
    expect(sources.map((s) => [s.school, s.file, !!s.entries])).toEqual([
      ["甲校", "甲.xlsx", true],
      ["草稿", "草稿.docx", false],
      ["坏", "坏.xlsx", false],
    ]);
    expect(sources[1].problem).toBe(word.problem?.message);
    expect(sources[2].problem).toMatch(/^检查这个文件时出错（out of memory）/);
    expect(problemOf(rows[1], "en")).not.toBe(problemOf(rows[1], "zh"));
  });
});
