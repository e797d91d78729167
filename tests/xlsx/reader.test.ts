/**
 * Reading .xlsx files back: the same entries as readGrid on the plan, and every kind of cell value as Excel shows it.
 */
import fc from "fast-check";
import { Workbook } from "exceljs";
import { FUJIAN1, SAMPLE_DRAFT, SAMPLE_LISTS, type Entries } from "../../src/form";
import { planSheet } from "../../src/plan/sheet-plan";
import { checkGrid } from "../../src/reading/check";
import { compactEntries, readGrid } from "../../src/reading/read-grid";
import { readWorkbookFile, type WorkbookReading } from "../../src/xlsx/read-file";
import { dateText } from "../../src/xlsx/sheet-grid";
import { formFile, gridWorkbook, planGrid } from "./fixtures";

async function read(bytes: Uint8Array): Promise<WorkbookReading> {
  const r = await readWorkbookFile(bytes, FUJIAN1);
  if ("kind" in r) throw new Error(`unreadable: ${r.message}`);
  return r;
}

describe("round trip through the file", () => {
  it.each([
    ["blank", undefined],
    ["sample", SAMPLE_DRAFT],
  ])("the %s file reads back as the same entries and lists", async (_n, entries) => {
    const reading = await read(await formFile(entries));
    expect(reading.sheetName).toBe(FUJIAN1.sheetName);
    const merges = planSheet(FUJIAN1, entries).merges;
    expect(reading.merges.sort()).toEqual([...merges].sort());
    expect(readGrid(FUJIAN1, reading.grid, reading.merges).entries).toEqual(
      readGrid(FUJIAN1, planGrid(entries), merges).entries,
    );
    expect(reading.lists).toEqual(entries === SAMPLE_DRAFT ? SAMPLE_LISTS : FUJIAN1.lists);
  });

  it("the sample file keeps one 具体举措 over several 完成目标 (tasks 3, 15, 31)", async () => {
    const reading = await read(await formFile(SAMPLE_DRAFT));
    const rows = compactEntries(readGrid(FUJIAN1, reading.grid, reading.merges).entries).rows;
    for (const seq of ["3", "15", "31"]) expect(rows[seq]).toEqual(SAMPLE_DRAFT.rows[seq]);
  });

  it("the sample file has exactly the 27 tasks without measures", async () => {
    const reading = await read(await formFile(SAMPLE_DRAFT));
    const result = checkGrid(FUJIAN1, reading.grid, reading.lists ?? undefined);
    const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => String(a + i));
    expect(result.findings.filter((f) => f.kind === "no-measure").map((f) => f.seq)).toEqual([
      "1",
      "6",
      "16",
      "19",
      "21",
      "23",
      "26",
      "27",
      "34",
      ...range(36, 40),
      ...range(42, 54),
    ]);
    expect(result.summary).toMatchObject({ total: 54, withMeasures: 27, withoutMeasures: 27, ready: false });
  });

  it("keeps typed text exactly: years, leading zeros, formulas-looking text, spaces, line breaks", async () => {
    const text = fc.stringMatching(/^[0-9A-Za-z年月 =+\-./、，\n处部]{0,12}$/);
    const row = fc.record({ measure: text, target: text, unit: text, time: text });
    const seqs = FUJIAN1.tasks.map((t) => t.seq);
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom(...seqs), fc.array(row, { minLength: 1, maxLength: 3 }), { maxKeys: 6 }),
        async (rows) => {
          const entries: Entries = { header: { unit: "学院", contact: " 张 三 ", phone: "0416-1234567" }, rows };
          const reading = await read(await formFile(entries));
          expect(compactEntries(readGrid(FUJIAN1, reading.grid).entries)).toEqual(
            compactEntries(readGrid(FUJIAN1, planGrid(entries)).entries),
          );
        },
      ),
      { numRuns: 12 },
    );
  }, 60_000);
});

describe("cell values as Excel shows them", () => {
  let grid: unknown[][];
  let at: number;
  beforeAll(async () => {
    // The special values below the form's table, on the form's sheet.
    const book = new Workbook();
    const s = book.addWorksheet(FUJIAN1.sheetName);
    const plan = planGrid();
    plan.forEach((row, r) => row.forEach((v, c) => v !== "" && (s.getCell(r + 1, c + 1).value = v)));
    at = plan.length + 2;
    const put = (col: number, row: number, value: unknown) =>
      (s.getCell(at + row, col).value = value as Parameters<typeof s.addRow>[0]);
    put(1, 0, { richText: [{ text: "教务" }, { font: { bold: true }, text: "处" }] });
    put(2, 0, { formula: "1+1", result: 2 });
    put(3, 0, { formula: 'A1&""', result: "教务处" });
    put(4, 0, new Date(Date.UTC(2023, 11, 31)));
    put(5, 0, { error: "#REF!" });
    put(6, 0, { text: "链接", hyperlink: "https://example.invalid/" });
    put(7, 0, true);
    put(8, 0, { formula: "1/0", result: { error: "#DIV/0!" } });
    put(1, 1, "合并");
    s.mergeCells(at + 1, 1, at + 2, 3);
    put(4, 1, new Date(Date.UTC(2024, 0, 2, 9, 30)));
    put(1, 4, 7);
    const reading = await read(new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer));
    grid = reading.grid;
    at -= 1;
  });

  it("gives plain text, cached formula results, dates, error codes; merged non-anchors are empty", () => {
    expect(grid[at]).toEqual(["教务处", 2, "教务处", "2023-12-31", "#REF!", "链接", true, "#DIV/0!"]);
    expect(grid[at + 1].slice(0, 4)).toEqual(["合并", "", "", "2024-01-02 09:30"]);
    expect(grid[at + 2]).toEqual([]);
    expect(grid[at + 3]).toEqual([]);
    expect(grid[at + 4]).toEqual([7]);
    expect(grid).toHaveLength(at + 5);
  });

  it("formats dates with their time only when they have one", () => {
    expect(dateText(new Date(Date.UTC(2025, 5, 1)))).toBe("2025-06-01");
    expect(dateText(new Date(Number.NaN))).toBe("");
  });
});

describe("finding the form in a workbook", () => {
  it("finds it on a sheet of another name, after other sheets, by its header row", async () => {
    const reading = await read(await gridWorkbook({ 封面: [["说明"]], Sheet1: planGrid(SAMPLE_DRAFT) }));
    expect(reading.sheetName).toBe("Sheet1");
    expect(reading.lists).toBeNull();
    expect(readGrid(FUJIAN1, reading.grid).entries).toEqual(readGrid(FUJIAN1, planGrid(SAMPLE_DRAFT)).entries);
  });

  it("reads columns by their titles when columns were moved", async () => {
    const grid = planGrid(SAMPLE_DRAFT).map((row) => {
      const r = [...row];
      [r[4], r[5]] = [r[5], r[4]];
      [r[6], r[7]] = [r[7], r[6]];
      return r;
    });
    const reading = await read(await gridWorkbook({ 附件1: grid }));
    const { entries, columns } = readGrid(FUJIAN1, reading.grid);
    expect(columns).toMatchObject({ measure: 5, target: 4, unit: 7, time: 6 });
    expect(entries.rows).toEqual(readGrid(FUJIAN1, planGrid(SAMPLE_DRAFT)).entries.rows);
  });
});
