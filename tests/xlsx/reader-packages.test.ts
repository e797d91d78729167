/**
 * Packages as the standard allows them, not only as ExcelJS writes them; packages the standard forbids;
 * the row limit. Every file is made here (small, by hand: fast enough for mutation runs; the sheets that made
 * the old reader expand ranges, written with ExcelJS, are in expanded-ranges.test.ts).
 */
import { FUJIAN1, SAMPLE_DRAFT } from "../../src/form";
import { readGrid } from "../../src/reading/read-grid";
import { MAX_TEXT_CHARS } from "../../src/ooxml/limits";
import { MAX_ROWS } from "../../src/xlsx/limits";
import { readWorkbookFile, type WorkbookReading } from "../../src/xlsx/read-file";
import { handPackage, planGrid, readyEntries, zipParts } from "./hand-package";

async function read(bytes: Uint8Array): Promise<WorkbookReading> {
  const r = await readWorkbookFile(bytes, FUJIAN1);
  if ("kind" in r) throw new Error(`unreadable: ${r.kind} ${r.message}`);
  return r;
}

const entriesOf = (grid: unknown[][]) => readGrid(FUJIAN1, grid as never).entries;
const READY = readyEntries("手写学院");
const READY_GRID = planGrid(READY);

describe("packages the standard allows", () => {
  it.each([
    ["the usual layout", {}],
    ["workbook not at xl/workbook.xml", { workbook: "book/main.xml" }],
    ["sheet parts not named sheetN.xml", { sheetPart: (i: number) => `xl/worksheets/表 ${i + 1}.xml` }],
    ["sheet part outside the workbook's folder", { sheetPart: (i: number) => `data/s${i}.xml` }],
    ["a namespace prefix on every element", { prefix: "x" }],
    ["rows and cells without r", { noRefs: true }],
  ])("%s: read like the original", async (_name, options) => {
    const reading = await read(await zipParts(handPackage({ 说明: [["填表说明"]], 附件1: READY_GRID }, options)));
    expect(reading.sheetName).toBe("附件1");
    expect(entriesOf(reading.grid)).toEqual(entriesOf(READY_GRID));
  });

  it("finds parts whatever the case of their names", async () => {
    const parts = handPackage({ 附件1: READY_GRID });
    const upper = Object.fromEntries(
      Object.entries(parts).map(([n, t]) => [n.startsWith("xl/worksheets") ? n.toUpperCase() : n, t]),
    );
    expect(entriesOf((await read(await zipParts(upper))).grid)).toEqual(entriesOf(READY_GRID));
  });

  it("blanks merged non-anchors even when a writer left a value in them", async () => {
    const grid = READY_GRID.map((r) => [...r]);
    const row = grid.findIndex((r) => r[0] === "1");
    grid[row][5] = "举措1";
    grid[row][6] = "旧值";
    const merge = `<mergeCells count="1"><mergeCell ref="F${row + 1}:G${row + 1}"/></mergeCells>`;
    const reading = await read(await zipParts(handPackage({ 附件1: grid }, { after: merge })));
    expect(reading.grid[row].slice(5, 7)).toEqual(["举措1", ""]);
  });
});

describe("packages the standard forbids", () => {
  it("a package without [Content_Types].xml is damaged, whatever it holds", async () => {
    const parts = handPackage({ 附件1: READY_GRID });
    delete parts["[Content_Types].xml"];
    const r = await readWorkbookFile(await zipParts(parts), FUJIAN1);
    expect(r).toMatchObject({ kind: "corrupt", message: expect.stringContaining("[Content_Types].xml") });
  });

  it("overlapping merges over the whole sheet are never expanded: one message", async () => {
    const merges = Array.from({ length: 200 }, () => `<mergeCell ref="A1:XFD1048576"/>`).join("");
    const r = await readWorkbookFile(
      await zipParts(handPackage({ 附件1: READY_GRID }, { after: `<mergeCells>${merges}</mergeCells>` })),
      FUJIAN1,
    );
    // Every cell but A1 is a merged non-anchor: the merge over the header is named, nothing else is checked.
    expect(r).toMatchObject({ kind: "merged-over-form", params: { sheet: "附件1", range: "A1:XFD1048576" } });
  });

  it("a run of text longer than the limit is refused, not held", async () => {
    const grid = READY_GRID.map((r) => [...r]);
    grid[grid.length - 1][5] = "x".repeat(MAX_TEXT_CHARS + 10);
    const r = await readWorkbookFile(await zipParts(handPackage({ 附件1: grid })), FUJIAN1);
    expect(r).toMatchObject({ kind: "corrupt", params: { reason: "有一段文字长得不合常理" } });
    expect((r as { message: string }).message).toContain("（有一段文字长得不合常理）");
    expect((r as { message: string }).message).not.toMatch(/Error|TextTooLong|Cannot|undefined/);
  });
});

describe("other spreadsheet formats", () => {
  it.each([[["mimetype"]], [[]]])("an .ods (stored: %j) says how to save as .xlsx", async (stored) => {
    const ods = await zipParts(
      {
        mimetype: "application/vnd.oasis.opendocument.spreadsheet",
        "content.xml": "<office:document-content/>",
      },
      stored,
    );
    expect(await readWorkbookFile(ods, FUJIAN1)).toMatchObject({
      kind: "ods",
      message: expect.stringContaining(".xlsx"),
    });
  });

  it("an .xlsb says how to save as .xlsx", async () => {
    const parts = handPackage({ 附件1: [] });
    const xlsb = await zipParts({ ...parts, "xl/workbook.bin": new Uint8Array(16) });
    expect(await readWorkbookFile(xlsb, FUJIAN1)).toMatchObject({
      kind: "xlsb",
      message: expect.stringContaining(".xlsx"),
    });
  });
});

describe("several form sheets", () => {
  it("checks the filled one and names the others", async () => {
    const blank = planGrid();
    const reading = await read(
      await zipParts(handPackage({ 附件1: blank, "附件1 (2)": READY_GRID, "附件1 (3)": planGrid(SAMPLE_DRAFT) })),
    );
    expect(reading.sheetName).toBe("附件1 (2)");
    expect(reading.otherFormSheets).toEqual(["附件1", "附件1 (3)"]);
  });

  it("two blank copies: the one named 附件1 is checked", async () => {
    const reading = await read(await zipParts(handPackage({ Sheet1: planGrid(), 附件1: planGrid() })));
    expect([reading.sheetName, reading.otherFormSheets]).toEqual(["附件1", ["Sheet1"]]);
  });
});

describe("the row limit", () => {
  it("a value below the row limit still makes the file unreadable (the limit is enforced)", async () => {
    const grid = READY_GRID.map((r) => [...r]);
    grid[MAX_ROWS + 5] = ["", "", "", "", "", "藏在下面的举措"];
    const r = await readWorkbookFile(await zipParts(handPackage({ 附件1: grid })), FUJIAN1);
    expect(r).toMatchObject({ kind: "too-many-rows" });
  });
});
