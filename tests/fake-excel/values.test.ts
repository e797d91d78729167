import { createFakeExcel, dateToSerialForTest } from "./helpers";

describe("values, formulas and number formats", () => {
  it("rejects a values array whose shape differs from the range (InvalidArgument at sync)", async () => {
    const fx = createFakeExcel();
    fx.workbook.addSheet("S");
    await fx.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("A1:B2").values = [["a", "b"]];
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      sheet.getRange("A1:B1").numberFormat = "@" as unknown as unknown[][];
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      sheet.getRange("A1").values = "ok" as unknown as unknown[][];
      sheet.getRange("B1:C1").numberFormat = [["@"]];
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(fx.workbook.sheet("S").cell("A1").value).toBe("ok");
  });

  it("a single value written to a multi-cell range's values or formulas fills every cell", async () => {
    const fx = createFakeExcel();
    fx.workbook.addSheet("S");
    await fx.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("A1:B2").values = "x" as unknown as unknown[][];
      sheet.getRange("C1:C2").formulas = "=1+1" as unknown as unknown[][];
      sheet.getRange("D1:E1").values = 7 as unknown as unknown[][];
      await context.sync();
    });
    const s = fx.workbook.sheet("S");
    expect(s.values("A1:B2")).toEqual([
      ["x", "x"],
      ["x", "x"],
    ]);
    expect(s.cell("C2").formula).toBe("=1+1");
    expect(s.values("D1:E1")).toEqual([[7, 7]]);
  });

  it("null leaves a cell unchanged and empty string clears it", async () => {
    const fx = createFakeExcel();
    fx.workbook.addSheet("S");
    fx.workbook.setValues("S", "A1", [["keep", "clear", "old"]]);
    await fx.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1:C1").values = [[null, "", "new"]];
      await context.sync();
    });
    expect(fx.workbook.sheet("S").values("A1:C1")).toEqual([["keep", "", "new"]]);
  });

  it('converts "2023-12" to a date serial in General but keeps text in "@"', async () => {
    const fx = createFakeExcel();
    fx.workbook.addSheet("S");
    await fx.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("B1:B2").numberFormat = [["@"], ["@"]];
      sheet.getRange("A1:B2").values = [
        ["2023-12", "2023-12"],
        ["12", "=SUM(1,2)"],
      ];
      const r = sheet.getRange("A1:B2");
      r.load("values,text,numberFormat,formulas,valueTypes");
      await context.sync();
      expect(r.values).toEqual([
        [dateToSerialForTest(2023, 12, 1), "2023-12"],
        [12, "=SUM(1,2)"],
      ]);
      expect(r.valueTypes).toEqual([
        ["Double", "String"],
        ["Double", "String"],
      ]);
      expect(r.numberFormat).toEqual([
        ["mmm-yy", "@"],
        ["General", "@"],
      ]);
      expect(r.text[0][0]).toBe("Dec-23");
    });
    const cell = fx.workbook.sheet("S").cell("B1");
    expect(cell.value).toBe("2023-12");
    expect(cell.formula).toBeNull();
  });

  it("stores formulas without evaluating them; apostrophe keeps text", async () => {
    const fx = createFakeExcel();
    fx.workbook.addSheet("S");
    await fx.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("S").getRange("A1:C1");
      r.values = [["=A2*2", "'=not a formula", "TRUE"]];
      r.load("formulas,values");
      await context.sync();
      expect(r.formulas).toEqual([["=A2*2", "=not a formula", true]]);
      expect(r.values[0][0]).toBe("=A2*2");
    });
    expect(fx.workbook.sheet("S").cell("A1").formula).toBe("=A2*2");
  });

  it("format getters return null when cells differ; widths apply to every column", async () => {
    const fx = createFakeExcel();
    fx.workbook.addSheet("S");
    await fx.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("A1").format.font.bold = true;
      sheet.getRange("B:D").format.columnWidth = 120;
      sheet.getRange("A1:B1").format.horizontalAlignment = "Center";
      const mixed = sheet.getRange("A1:B1");
      const cols = sheet.getRange("B1:D1");
      const wide = sheet.getRange("A1:B1");
      mixed.load("format/font/bold,format/horizontalAlignment");
      cols.load("format/columnWidth");
      wide.load("format/columnWidth");
      await context.sync();
      expect(mixed.format.font.bold).toBeNull();
      expect(mixed.format.horizontalAlignment).toBe("Center");
      expect(cols.format.columnWidth).toBe(120);
      expect(wide.format.columnWidth).toBeNull();
    });
    const s = fx.workbook.sheet("S");
    expect(s.columnWidth("C")).toBe(120);
    expect(s.columnWidth(0)).toBe(48);
    expect(s.rowHeight(0)).toBe(15);
    expect(s.cell("A1").font.bold).toBe(true);
  });

  it("borders are stored per cell edge", async () => {
    const fx = createFakeExcel();
    fx.workbook.addSheet("S");
    await fx.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("S").getRange("B2:C3");
      for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"]) {
        r.format.borders.getItem(edge as Excel.BorderIndex).style = "Continuous";
      }
      r.format.borders.getItem("EdgeLeft").weight = "Medium";
      const left = r.format.borders.getItem("EdgeLeft");
      left.load("style,weight");
      await context.sync();
      expect(left.style).toBe("Continuous");
      expect(left.weight).toBe("Medium");
    });
    const s = fx.workbook.sheet("S");
    expect(s.cell("B2").borders).toEqual({
      top: "Continuous",
      bottom: "Continuous",
      left: "Continuous",
      right: "Continuous",
    });
    expect(s.cell("A2").borders.right).toBe("Continuous"); // shared edge with B2
    expect(s.cell("A2").borders.left).toBeUndefined();
    expect(s.cell("D4").borders.top).toBeUndefined();
  });
});
