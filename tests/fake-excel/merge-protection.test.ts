import { codeOf, createFakeExcel } from "./helpers";

describe("merged cells", () => {
  it("keeps only the top-left value; other cells read as empty", async () => {
    const fx = createFakeExcel();
    fx.workbook.addSheet("S");
    fx.workbook.setValues("S", "A2", [["title", "lost", "also lost"]]);
    await fx.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("A2:H2").merge();
      const r = sheet.getRange("A2:C2");
      r.load("values");
      await context.sync();
      expect(r.values).toEqual([["title", "", ""]]);
    });
    const s = fx.workbook.sheet("S");
    expect(s.merges()).toEqual(["A2:H2"]);
    expect(s.mergeAreaOf("D2")).toBe("A2:H2");
    expect(s.mergeAreaOf("A3")).toBeNull();
  });

  it("refuses a non-empty value written into a non-top-left merged cell", async () => {
    const fx = createFakeExcel();
    fx.workbook.addSheet("S");
    await fx.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("A1:B1").merge();
      await context.sync();
      sheet.getRange("A1:B1").values = [["ok", ""]];
      await context.sync();
      sheet.getRange("B1").values = [["bad"]];
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(fx.workbook.sheet("S").values("A1:B1")).toEqual([["ok", ""]]);
  });

  it("refuses merging a range that partly overlaps a merged area (MergedRangeConflict)", async () => {
    const fx = createFakeExcel();
    fx.workbook.addSheet("S");
    const code = await codeOf(
      fx.Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("S");
        sheet.getRange("A1:C1").merge();
        sheet.getRange("A1:C3").merge(); // contains A1:C1 fully: allowed
        sheet.getRange("C3:D3").merge(); // partial overlap
        await context.sync();
      }),
    );
    expect(code).toBe("MergedRangeConflict");
    expect(fx.workbook.sheet("S").merges()).toEqual(["A1:C3"]);
  });

  it("getMergedAreasOrNullObject lists areas and is null when there are none", async () => {
    const fx = createFakeExcel();
    fx.workbook.addSheet("S");
    await fx.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("A1:B1").merge(true);
      sheet.getRange("A3:B4").merge(true);
      const areas = sheet.getRange("A1:H10").getMergedAreasOrNullObject();
      areas.load("address,areaCount,areas/items/address");
      const none = sheet.getRange("D1:D2").getMergedAreasOrNullObject();
      await context.sync();
      expect(areas.areaCount).toBe(3);
      expect(areas.areas.items.map((r) => r.address)).toEqual(["S!A1:B1", "S!A3:B3", "S!A4:B4"]);
      expect(none.isNullObject).toBe(true);
    });
  });

  it("needs ExcelApi 1.13 for getMergedAreasOrNullObject", async () => {
    const fx = createFakeExcel({ apiVersion: "1.12" });
    fx.workbook.addSheet("S");
    expect(fx.Office.context.requirements.isSetSupported("ExcelApi", "1.12")).toBe(true);
    expect(fx.Office.context.requirements.isSetSupported("ExcelApi", "1.13")).toBe(false);
    const code = await codeOf(
      fx.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1").getMergedAreasOrNullObject();
        await context.sync();
      }),
    );
    expect(code).toBe("ApiNotFound");
  });
});

describe("sheet protection", () => {
  async function protectedSheet() {
    const fx = createFakeExcel();
    fx.workbook.addSheet("S");
    await fx.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("B2:B3").format.protection.locked = false;
      sheet.protection.protect({ allowFormatColumns: true }, "pw");
      await context.sync();
    });
    return fx;
  }

  it("refuses writes to locked cells and allows writes to unlocked cells", async () => {
    const fx = await protectedSheet();
    await fx.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("B2:B3").values = [["ok"], ["fine"]];
      await context.sync();
      sheet.getRange("A1").values = [["no"]];
      await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
      sheet.getRange("B2:C2").values = [["no", null]];
      await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    });
    expect(fx.workbook.sheet("S").values("A1:C3")).toEqual([
      ["", "", ""],
      ["", "ok", ""],
      ["", "fine", ""],
    ]);
  });

  it("refuses formatting without allowFormatCells but honours allowFormatColumns", async () => {
    const fx = await protectedSheet();
    await fx.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("B:B").format.columnWidth = 200;
      await context.sync();
      sheet.getRange("B2").format.fill.color = "#FFFF00";
      await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
      sheet.getRange("B2:C2").merge();
      await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
      sheet.getRange("B2").format.rowHeight = 30;
      await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
      sheet.getRange("B2").dataValidation.clear();
      await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    });
    expect(fx.workbook.sheet("S").columnWidth("B")).toBe(200);
  });

  it("protect twice fails with InvalidOperation; a wrong password with BadPassword", async () => {
    const fx = await protectedSheet();
    await fx.Excel.run(async (context) => {
      const protection = context.workbook.worksheets.getItem("S").protection;
      protection.protect();
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
      protection.unprotect("wrong");
      await expect(context.sync()).rejects.toMatchObject({ code: "BadPassword" });
      protection.unprotect();
      await expect(context.sync()).rejects.toMatchObject({ code: "BadPassword" });
      protection.unprotect("pw");
      protection.load("protected");
      await context.sync();
      expect(protection.protected).toBe(false);
    });
  });
});
