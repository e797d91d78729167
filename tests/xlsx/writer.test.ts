/** The .xlsx writer renders the same plan as the Office.js writer: asserted on the package XML and through ExcelJS. */
import { Workbook, type Worksheet } from "exceljs";
import { FUJIAN1, SAMPLE_DRAFT } from "../../src/form";
import { cellAddress, columnIndex } from "../../src/plan/a1";
import { planSheet } from "../../src/plan/sheet-plan";
import type { SheetPlan } from "../../src/plan/types";
import { argb, bounds, eachCell, pointsFromWidth, widthFromPoints } from "../../src/xlsx/cell-style";
import { CREATOR, writeWorkbook } from "../../src/xlsx/write-plan";
import { attrs, conditionalFormatsOf, openPackage, protectionOf, validationsOf, type XlsxPackage } from "./package-xml";

const plans: Array<[string, SheetPlan]> = [
  ["blank", planSheet(FUJIAN1)],
  ["sample", planSheet(FUJIAN1, SAMPLE_DRAFT)],
];

describe("column widths", () => {
  it("converts points to the file's character units through whole pixels (Calibri 11: 7 px a character)", () => {
    expect(widthFromPoints(52.5)).toBe(10);
    expect(widthFromPoints(50)).toBe(Math.round((67 / 7) * 256) / 256);
    for (const p of [20, 50, 116, 270, 292])
      expect(Math.abs(pointsFromWidth(widthFromPoints(p)) - p)).toBeLessThanOrEqual(0.75);
  });
});

describe.each(plans)("the %s file", (_name, plan) => {
  let bytes: Uint8Array;
  let pkg: XlsxPackage;
  let sheet: Worksheet;
  let book: Workbook;
  let xml: string;
  beforeAll(async () => {
    bytes = await writeWorkbook(plan, { created: new Date(Date.UTC(2026, 0, 1)) });
    pkg = await openPackage(bytes);
    xml = pkg.sheet(plan.sheetName);
    book = new Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    sheet = book.getWorksheet(plan.sheetName) as Worksheet;
  });

  it("has the form's sheet first and active, the lists sheet hidden, and its creator", () => {
    expect(pkg.sheets.map((s) => [s.name, s.state])).toEqual([
      [plan.sheetName, "visible"],
      [plan.lists.sheetName, "hidden"],
    ]);
    expect(attrs(/<workbookView\b[^>]*>/.exec(pkg.workbook)?.[0] ?? "").activeTab).toBe("0");
    expect(book.creator).toBe(CREATOR);
  });

  it("holds the plan's values (序号 as numbers, merged non-anchors empty)", () => {
    const { r0, c0 } = bounds(plan.area);
    plan.values.forEach((row, i) =>
      row.forEach((v, j) => {
        const cell = sheet.getCell(r0 + i + 1, c0 + j + 1);
        if (v === null) expect(cell.isMerged && cell.master !== cell).toBe(true);
        else if (v === "") expect(cell.value).toBeNull();
        else
          expect(cell.value).toBe(
            /^\d+$/.test(v) && !plan.textRanges.some((r) => inRange(r, r0 + i, c0 + j)) ? Number(v) : v,
          );
      }),
    );
  });

  it("has exactly the plan's merges", () => {
    const merges = [...xml.matchAll(/<mergeCell ref="([^"]+)"/g)].map((m) => m[1]);
    expect(merges.sort()).toEqual([...plan.merges].sort());
  });

  it("sets the column widths, the hidden key column and the row heights", () => {
    plan.columnWidths.forEach((w, i) => expect(sheet.getColumn(i + 1).width).toBe(widthFromPoints(w)));
    for (const letter of plan.hiddenColumns) expect(sheet.getColumn(columnIndex(letter) + 1).hidden).toBe(true);
    expect(plan.columnWidths.map((_, i) => sheet.getColumn(i + 1).hidden).filter(Boolean)).toHaveLength(
      plan.hiddenColumns.length,
    );
    for (const h of plan.rowHeights) {
      const [from, to = from] = h.rows.split(":").map(Number);
      for (let r = from; r <= to; r++) expect(sheet.getRow(r).height).toBe(h.height);
    }
  });

  it("unlocks exactly the fill-in cells and formats them as text", () => {
    const unlocked = new Set<string>();
    for (const r of plan.unlocked) eachCell(r, (row, col) => unlocked.add(`${row}:${col}`));
    const text = new Set<string>();
    for (const r of plan.textRanges) eachCell(r, (row, col) => text.add(`${row}:${col}`));
    eachCell(plan.area, (r, c) => {
      const cell = sheet.getCell(r, c);
      expect([`${cell.address}`, cell.protection?.locked === false]).toEqual([cell.address, unlocked.has(`${r}:${c}`)]);
      expect([cell.address, cell.numFmt === "@"]).toEqual([cell.address, text.has(`${r}:${c}`)]);
    });
  });

  it("applies fonts, alignment, wrap and borders, later specs winning", async () => {
    const { layout } = plan;
    const title = sheet.getCell(cellAddress(layout.titleRow, 0));
    expect(title.font).toMatchObject({ name: "宋体", size: 16, bold: true });
    expect(title.alignment).toMatchObject({ horizontal: "center", vertical: "middle", wrapText: true });
    const label = sheet.getCell(cellAddress(layout.labelRow, 0));
    expect(label.font).toMatchObject({ name: "黑体", size: 12 });
    expect(label.alignment?.wrapText).toBeFalsy();
    expect(sheet.getCell(cellAddress(layout.columnHeaderRow, 0)).font).toMatchObject({ name: "黑体", bold: true });
    const body = plan.validations[0].range.split(":")[0];
    // ExcelJS reads font sizes as integers; the package holds 10.5.
    expect(sheet.getCell(body).font?.name).toBe("仿宋");
    expect(await pkg.zip.file("xl/styles.xml")?.async("string")).toContain('<sz val="10.5"/>');
    expect(sheet.getCell(body).alignment).toMatchObject({ horizontal: "center", vertical: "middle", wrapText: true });
    const grid = plan.formats.find((f) => f.grid)?.range as string;
    eachCell(grid, (r, c) => expect(sheet.getCell(r, c).border?.left?.style).toBe("thin"));
    expect(label.border?.left).toBeUndefined();
  });

  it("freezes the header rows", () => {
    const pane = attrs(/<pane\b[^>]*>/.exec(xml)?.[0] ?? "");
    expect(pane).toMatchObject({
      state: "frozen",
      ySplit: String(plan.freezeRows),
      topLeftCell: `A${plan.freezeRows + 1}`,
    });
  });

  it("protects the sheet without a password, allowing only what the plan allows", () => {
    const p = protectionOf(xml);
    expect(p).toEqual({ sheet: "1", formatColumns: "0", formatRows: "0" });
    expect(plan.protection).toMatchObject({
      allowFormatRows: true,
      allowFormatColumns: true,
      allowInsertRows: false,
      allowDeleteRows: false,
      allowSort: false,
    });
  });

  it("has one list validation per planned range with the prompt and the stop alert", () => {
    const found = validationsOf(xml).map((v) => ({ sqref: v.sqref, formula1: v.formula1, ...v.attrs }));
    expect(found).toEqual(
      plan.validations.map((v) => ({
        sqref: v.range,
        formula1: v.listName,
        type: "list",
        allowBlank: "1",
        showInputMessage: "1",
        promptTitle: v.prompt.title,
        prompt: v.prompt.message,
        showErrorMessage: "1",
        errorStyle: v.errorAlert.style.toLowerCase(),
        errorTitle: v.errorAlert.title,
        error: v.errorAlert.message,
      })),
    );
  });

  it("has the highlight rules in priority order, ranges and formulas exactly the plan's, with their colours", async () => {
    const rules = conditionalFormatsOf(xml);
    expect(rules.map((r) => [r.sqref, r.formula, r.attrs.priority, r.attrs.stopIfTrue ?? "0"])).toEqual(
      plan.conditionalFormats.map((c, i) => [
        c.range,
        c.formula.replace(/^=/, ""),
        String(i + 1),
        c.stopIfTrue ? "1" : "0",
      ]),
    );
    const styles = await pkg.zip.file("xl/styles.xml")?.async("string");
    const dxfs = [...(styles ?? "").matchAll(/<dxf>([\s\S]*?)<\/dxf>/g)].map((m) => m[1]);
    plan.conditionalFormats.forEach((c, i) => {
      const dxf = dxfs[Number(rules[i].attrs.dxfId)];
      expect(dxf).toContain(`<bgColor rgb="${argb(c.fill)}"/>`);
      if (c.fontColor) expect(dxf).toContain(`<color rgb="${argb(c.fontColor)}"/>`);
      expect(dxf.includes("<b/>")).toBe(!!c.bold);
    });
  });

  it("defines the list names, print area and print titles", () => {
    const unquote = (s: string) => s.replace(/'([^']+)'!/, "$1!");
    for (const c of plan.lists.columns) expect(unquote(pkg.names[c.name])).toBe(c.reference.replace(/^=/, ""));
    const [from, to] = plan.printArea.split(":");
    const abs = (a: string) => a.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
    expect(unquote(pkg.names["_xlnm.Print_Area@0"])).toBe(`${plan.sheetName}!${abs(from)}:${abs(to)}`);
    expect(unquote(pkg.names["_xlnm.Print_Titles@0"])).toBe(`${plan.sheetName}!${plan.print.titleRows}`);
  });

  it("holds the lists on the hidden sheet as text under a title row", () => {
    const lists = book.getWorksheet(plan.lists.sheetName) as Worksheet;
    plan.lists.columns.forEach((c, i) => {
      expect(lists.getCell(1, i + 1).value).toBe(c.title);
      c.items.forEach((item, k) => {
        expect(lists.getCell(k + 2, i + 1).value).toBe(item);
        expect(lists.getCell(k + 2, i + 1).numFmt).toBe("@");
      });
    });
    // Beside the lists, the note (one cell merged down, title bold) saying the generic units are only a starting point.
    const note = lists.getCell(1, 4).value as { richText: Array<{ text: string; font?: { bold?: boolean } }> };
    expect(note.richText.map((t) => t.text).join("")).toBe(plan.lists.note.join("\n"));
    expect(note.richText[0]).toEqual({ text: plan.lists.note[0], font: { bold: true } });
    expect(lists.getCell(2, 4).isMerged).toBe(true);
    expect(String(plan.lists.note[1])).toContain("通用名单");
  });

  it("prints A4 landscape at 100%, centred, with margins in inches and page numbers", () => {
    const setup = attrs(/<pageSetup\b[^>]*>/.exec(xml)?.[0] ?? "");
    expect(setup).toMatchObject({ paperSize: "9", orientation: "landscape", scale: "100" });
    expect(xml).not.toMatch(/fitToPage="1"/);
    expect(xml).toContain('<printOptions horizontalCentered="1"/>');
    const margins = attrs(/<pageMargins\b[^>]*>/.exec(xml)?.[0] ?? "");
    for (const [k, v] of Object.entries(plan.print.margins)) expect(Number(margins[k])).toBeCloseTo(v / 72, 6);
    expect(sheet.headerFooter.oddFooter).toBe(`&C${plan.print.centerFooter}`);
  });

  it("prints in black and white, with the planned page breaks; the lists sheet prints nothing", () => {
    const setup = attrs(/<pageSetup\b[^>]*>/.exec(xml)?.[0] ?? "");
    expect(setup.blackAndWhite).toBe("1");
    // <brk id> is the last row of a page (1-based): the planned break's row minus one.
    const breaks = [...xml.matchAll(/<brk\b[^>]*>/g)].map((m) => attrs(m[0]));
    expect(breaks.map((b) => Number(b.id) + 1)).toEqual(plan.pageBreaks);
    expect(breaks.every((b) => b.man === "1")).toBe(true);
    expect(plan.pageBreaks.length).toBeGreaterThan(3);
    // One empty cell: printing the whole workbook prints the form alone.
    expect(pkg.names["_xlnm.Print_Area@1"]).toMatch(/!\$C\$1:\$C\$1$/);
  });
});

function inRange(range: string, row: number, col: number): boolean {
  const b = bounds(range);
  return row >= b.r0 && row <= b.r1 && col >= b.c0 && col <= b.c1;
}
