/**
 * Worksheet.horizontalPageBreaks in the stand-in (ExcelApi 1.9): manual breaks added before a range's
 * top-left cell, counted, removed; they move with inserted and deleted rows; a protected sheet refuses them.
 */
import { createFakeExcel } from "./helpers";

function setup(apiVersion = "1.9") {
  const fx = createFakeExcel({ apiVersion });
  fx.workbook.addSheet("S");
  return fx;
}

describe("horizontal page breaks", () => {
  it("adds a break above the range's first row, once, and lists them in order", async () => {
    const fx = setup();
    const listed = await fx.Excel.run(async (ctx) => {
      const breaks = ctx.workbook.worksheets.getItem("S").horizontalPageBreaks;
      breaks.add("A30");
      breaks.add(ctx.workbook.worksheets.getItem("S").getRange("C12:D14"));
      breaks.add("B30");
      const count = breaks.getCount();
      breaks.load("items/rowIndex");
      await ctx.sync();
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- a ClientResult, read after the sync
      return [count.value, breaks.items.map((b) => b.rowIndex)];
    });
    expect(listed).toEqual([2, [11, 29]]);
    expect(fx.workbook.sheet("S").pageBreaks).toEqual([12, 30]);
  });

  it("removes every manual break at once, or one", async () => {
    const fx = setup();
    await fx.Excel.run(async (ctx) => {
      const breaks = ctx.workbook.worksheets.getItem("S").horizontalPageBreaks;
      breaks.add("A5");
      breaks.add("A9");
      breaks.getItem(0).delete();
      await ctx.sync();
    });
    expect(fx.workbook.sheet("S").pageBreaks).toEqual([9]);
    await fx.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").horizontalPageBreaks.removePageBreaks();
      await ctx.sync();
    });
    expect(fx.workbook.sheet("S").pageBreaks).toEqual([]);
  });

  it("moves breaks with inserted and deleted rows", async () => {
    const fx = setup();
    await fx.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("S");
      sheet.horizontalPageBreaks.add("A10");
      sheet.horizontalPageBreaks.add("A20");
      sheet.getRange("5:6").insert("Down");
      sheet.getRange("22:22").delete("Up");
      await ctx.sync();
    });
    expect(fx.workbook.sheet("S").pageBreaks).toEqual([12]);
  });

  it("refuses breaks on a protected sheet and above row 1", async () => {
    const fx = setup();
    fx.user.protectSheet("S", { allowFormatRows: true });
    const add = (address: string) =>
      fx.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("S").horizontalPageBreaks.add(address);
        await ctx.sync();
      });
    await expect(add("A5")).rejects.toMatchObject({ code: "AccessDenied" });
    fx.user.unprotectSheet("S");
    await expect(add("A1")).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(fx.workbook.sheet("S").pageBreaks).toEqual([]);
  });

  it("needs ExcelApi 1.9", async () => {
    const fx = setup("1.8");
    const err = await fx.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").horizontalPageBreaks.add("A5");
      await ctx.sync();
    }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "ApiNotFound" });
  });
});
