/** Files for reader and command-line tests, made in the test (nothing binary is checked in). */
import { Workbook } from "exceljs";
import JSZip from "jszip";
import { FUJIAN1, SAMPLE_DRAFT, SAMPLE_LISTS, type Entries } from "../../src/form";
import { planSheet } from "../../src/plan/sheet-plan";
import { colName } from "./hand-package";
import type { Cell } from "../../src/reading/read-grid";
import { writeWorkbook } from "../../src/xlsx/write-plan";

/** A workbook holding plain grids (no styles; merges only where given), one sheet per entry. */
export async function gridWorkbook(
  sheets: Record<string, Cell[][]>,
  merges: Record<string, string[]> = {},
): Promise<Uint8Array> {
  const book = new Workbook();
  for (const [name, grid] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(name);
    grid.forEach((row, r) =>
      row.forEach((v, c) => v !== null && v !== undefined && v !== "" && (sheet.getCell(r + 1, c + 1).value = v)),
    );
    for (const m of merges[name] ?? []) sheet.mergeCellsWithoutStyle(m);
  }
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
}

/**
 * The standard file with entries; the sample draft comes with its own units, as `fujian1 template --sample` writes it.
 */
export async function formFile(entries?: Entries): Promise<Uint8Array> {
  const lists = entries === SAMPLE_DRAFT ? SAMPLE_LISTS : FUJIAN1.lists;
  return writeWorkbook(planSheet(FUJIAN1, entries, FUJIAN1.sheetName, lists));
}

/** Edits the first worksheet part of a package (as ExcelJS writes it) with `edit`. */
export async function editSheetXml(bytes: Uint8Array, edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const name = "xl/worksheets/sheet1.xml";
  zip.file(name, edit(await (zip.file(name) as JSZip.JSZipObject).async("string")));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** A dropdown over whole columns and an input message over the whole sheet (what hung ExcelJS at 1.2 GB). */
export async function wholeColumnValidations(bytes: Uint8Array): Promise<Uint8Array> {
  const validations =
    `<dataValidations count="2">` +
    `<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="G1:G1048576 H:H">` +
    `<formula1>"2025年,2026年"</formula1></dataValidation>` +
    `<dataValidation allowBlank="1" showInputMessage="1" promptTitle="提示" prompt="请填写" sqref="A1:XFD1048576"/>` +
    `</dataValidations>`;
  return editSheetXml(bytes, (xml) =>
    xml
      .replace(/<dataValidations[\s\S]*?<\/dataValidations>/, "")
      .replace(
        /(<\/sheetData>(?:<sheetProtection[^>]*\/>)?(?:<autoFilter[^>]*\/>)?(?:<mergeCells[\s\S]*?<\/mergeCells>)?)/,
        `$1${validations}`,
      ),
  );
}

/**
 * `rows` rows of `columns` styled empty cells below the form (a sheet formatted down to row 100,000 and
 * beyond, as users do by selecting whole columns): within every limit, millions of cells with no value.
 */
export async function styledEmptyCells(bytes: Uint8Array, rows: number, columns = 64): Promise<Uint8Array> {
  return editSheetXml(bytes, (xml) => {
    const last = Math.max(...[...xml.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1])));
    const parts: string[] = [];
    for (let r = last + 1; r <= last + rows; r++) {
      let row = `<row r="${r}">`;
      for (let c = 0; c < columns; c++) row += `<c r="${colName(c)}${r}" s="1"/>`;
      parts.push(row + "</row>");
    }
    return xml.replace("</sheetData>", `${parts.join("")}</sheetData>`);
  });
}

export * from "./hand-package";
