/**
 * Sheets that made the old reader (ExcelJS) expand ranges cell by cell: read as without them. Slow by nature
 * (a million styled cells), so apart from the fast reader tests that mutation runs use.
 */
import { FUJIAN1, SAMPLE_DRAFT } from "../../src/form";
import { readWorkbookFile, type WorkbookReading } from "../../src/xlsx/read-file";
import { formFile, styledEmptyCells, wholeColumnValidations } from "./fixtures";

async function read(bytes: Uint8Array): Promise<WorkbookReading> {
  const r = await readWorkbookFile(bytes, FUJIAN1);
  if ("kind" in r) throw new Error(`unreadable: ${r.kind} ${r.message}`);
  return r;
}

describe("sheets that made ExcelJS expand ranges", () => {
  let original: WorkbookReading;
  beforeAll(async () => {
    original = await read(await formFile(SAMPLE_DRAFT));
  });

  it("a dropdown over whole columns and an input message over the whole sheet: read as without them", async () => {
    const reading = await read(await wholeColumnValidations(await formFile(SAMPLE_DRAFT)));
    expect(reading.grid).toEqual(original.grid);
    expect(reading.lists).toEqual(original.lists);
  });

  it("a million styled empty cells below the form: read as without them", async () => {
    const reading = await read(await styledEmptyCells(await formFile(SAMPLE_DRAFT), 16000));
    expect(reading.grid).toEqual(original.grid);
  }, 30_000);
});
