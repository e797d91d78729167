/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load, office-addins/load-object-before-read --
   The rules do not follow the sync inside these small batches, whose reads come after it. */
import { codeOf, createFakeExcel } from "./helpers";

function workbook() {
  const fx = createFakeExcel({ apiVersion: "1.9" });
  fx.workbook.addSheet("附件1");
  fx.workbook.addSheet("Other");
  return fx;
}

describe("what the user has selected", () => {
  it("several areas (Ctrl+click): getSelectedRange fails with InvalidSelection, getSelectedRanges lists them", async () => {
    const fx = workbook();
    fx.user.select("附件1", "G7,I9:I10");
    expect(fx.workbook.selection()).toEqual({ sheet: "附件1", address: "I9:I10", areas: ["G7", "I9:I10"] });
    const single = fx.Excel.run(async (ctx) => {
      const r = ctx.workbook.getSelectedRange();
      r.load("address");
      await ctx.sync();
    });
    expect(await codeOf(single)).toBe("InvalidSelection");
    const areas = await fx.Excel.run(async (ctx) => {
      const all = ctx.workbook.getSelectedRanges();
      all.load("address,areaCount");
      const count = all.areas.getCount();
      const second = all.areas.getItemAt(1);
      second.load("address");
      await ctx.sync();
      return [all.address, all.areaCount, count.value, second.address];
    });
    expect(areas).toEqual(["附件1!G7,附件1!I9:I10", 2, 2, "附件1!I9:I10"]);
  });

  it("a chart or shape: getSelectedRange and getSelectedRanges fail, the active cell stays readable", async () => {
    const fx = workbook();
    fx.user.select("附件1", "E6");
    fx.user.selectObject("附件1", "图表 1");
    for (const get of ["getSelectedRange", "getSelectedRanges"] as const) {
      const p = fx.Excel.run(async (ctx) => {
        ctx.workbook[get]().load("address");
        await ctx.sync();
      });
      expect(await codeOf(p)).toBe("InvalidSelection");
    }
    const active = await fx.Excel.run(async (ctx) => {
      const c = ctx.workbook.getActiveCell();
      c.load("address");
      await ctx.sync();
      return c.address;
    });
    expect(active).toBe("附件1!E6");
  });

  it("whole columns and rows, and a selection on another sheet", async () => {
    const fx = workbook();
    const read = () =>
      fx.Excel.run(async (ctx) => {
        const r = ctx.workbook.getSelectedRange();
        r.load("address");
        await ctx.sync();
        return r.address;
      });
    fx.user.select("附件1", "G:G");
    expect(await read()).toBe("附件1!G:G");
    fx.user.select("附件1", "7:7");
    expect(await read()).toBe("附件1!7:7");
    fx.user.select("Other", "B2");
    expect(await read()).toBe("Other!B2");
  });

  it("getSelectedRanges needs ExcelApi 1.9", async () => {
    const fx = createFakeExcel({ apiVersion: "1.8" });
    fx.workbook.addSheet("S");
    const p = fx.Excel.run(async (ctx) => {
      ctx.workbook.getSelectedRanges().load("address");
      await ctx.sync();
    });
    expect(await codeOf(p)).toBe("ApiNotFound");
  });
});
