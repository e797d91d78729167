/**
 * Reading .xlsx files back: the same entries as readGrid on the plan, and every kind of cell value as Excel shows it.
 */
import fc from "fast-check";
import { Workbook, type Worksheet } from "exceljs";
import { FUJIAN1, SAMPLE_DRAFT, SAMPLE_LISTS, type Entries } from "../../src/form";
import { checkGrid } from "../../src/reading/check";
import { compactEntries, readGrid } from "../../src/reading/read-grid";
import { readWorkbookFile, type WorkbookReading } from "../../src/xlsx/read-file";
import { dateText, sheetGrid } from "../../src/xlsx/sheet-grid";
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
    expect(readGrid(FUJIAN1, reading.grid).entries).toEqual(readGrid(FUJIAN1, planGrid(entries)).entries);
    expect(reading.lists).toEqual(entries === SAMPLE_DRAFT ? SAMPLE_LISTS : FUJIAN1.lists);
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
  let sheet: Worksheet;
  beforeAll(async () => {
    const book = new Workbook();
    const s = book.addWorksheet("x");
    s.getCell("A1").value = { richText: [{ text: "教务" }, { font: { bold: true }, text: "处" }] };
    s.getCell("B1").value = { formula: "1+1", result: 2 };
    s.getCell("C1").value = { formula: 'A1&""', result: "教务处" };
    s.getCell("D1").value = new Date(Date.UTC(2023, 11, 31));
    s.getCell("E1").value = { error: "#REF!" };
    s.getCell("F1").value = { text: "链接", hyperlink: "https://example.invalid/" };
    s.getCell("G1").value = true;
    s.getCell("H1").value = { formula: "1/0", result: { error: "#DIV/0!" } };
    s.getCell("A2").value = "合并";
    s.mergeCells("A2:C3");
    s.getCell("D2").value = new Date(Date.UTC(2024, 0, 2, 9, 30));
    s.getCell("A5").value = 7;
    const bytes = new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
    const back = new Workbook();
    await back.xlsx.load(bytes as unknown as ArrayBuffer);
    sheet = back.getWorksheet("x") as Worksheet;
  });

  it("gives plain text, cached formula results, dates, error codes; merged non-anchors are empty", () => {
    const { grid } = sheetGrid(sheet, 100);
    expect(grid[0]).toEqual(["教务处", 2, "教务处", "2023-12-31", "#REF!", "链接", true, "#DIV/0!"]);
    expect(grid[1].slice(0, 4)).toEqual(["合并", "", "", "2024-01-02 09:30"]);
    expect(grid[2].slice(0, 3)).toEqual(["", "", ""]);
    expect(grid[3]).toEqual([]);
    expect(grid[4]).toEqual([7]);
  });

  it("reports text below the row limit as overflow", () => {
    expect(sheetGrid(sheet, 2).overflow).toBe(true);
    expect(sheetGrid(sheet, 5).overflow).toBe(false);
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
