/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read, office-addins/call-sync-after-load --
   These tests read unloaded/unsynced properties on purpose: they check that the fake throws. */
import { codeOf, createFakeExcel, syncCode } from "./helpers";

describe("load / sync strictness", () => {
  it("throws PropertyNotLoaded for a property that was never loaded", async () => {
    const fx = createFakeExcel();
    fx.workbook.addSheet("附件1");
    await fx.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("附件1");
      sheet.load("name");
      await context.sync();
      expect(sheet.name).toBe("附件1");
      expect(syncCode(() => sheet.position)).toBe("PropertyNotLoaded");
    });
  });

  it("throws when a loaded property is read before sync", async () => {
    const fx = createFakeExcel();
    fx.workbook.addSheet("S");
    await fx.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("A1:B2");
      range.load("address");
      expect(syncCode(() => range.address)).toBe("PropertyNotLoaded");
      const pending = context.sync();
      expect(syncCode(() => range.address)).toBe("PropertyNotLoaded");
      await pending;
      expect(range.address).toBe("S!A1:B2");
    });
  });

  it("a set value is readable before the sync and replaces a loaded value (Office.js keeps it on the client)", async () => {
    const fx = createFakeExcel();
    fx.workbook.addSheet("S");
    await fx.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("A1");
      range.values = [["x"]];
      expect(range.values).toEqual([["x"]]);
      expect(fx.workbook.sheet("S").cell("A1").value).toBe(""); // the model changes only at sync
      await context.sync();
      expect(fx.workbook.sheet("S").cell("A1").value).toBe("x");
      range.load("values,address");
      await context.sync();
      range.values = [["y"]];
      expect(range.values).toEqual([["y"]]);
      expect(range.address).toBe("S!A1"); // setting one property does not forget another
      range.format.font.bold = true;
      expect(range.format.font.bold).toBe(true);
      expect(syncCode(() => range.format.font.italic)).toBe("PropertyNotLoaded");
      await context.sync();
      range.load("values");
      await context.sync();
      expect(range.values).toEqual([["y"]]);
    });
  });

  it("loads nested paths, object options and collection items", async () => {
    const fx = createFakeExcel();
    fx.workbook.addSheet("A");
    fx.workbook.addSheet("B");
    await fx.Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      const range = sheets.getItem("A").getRange("A1:C3");
      range.format.font.bold = true;
      range.load(["format/font/bold", "format/font/name", "rowCount"]);
      const sheet = sheets.getItem("B");
      sheet.load({ protection: { protected: true }, name: true });
      const count = sheets.getCount();
      expect(syncCode(() => count.value)).toBe("ValueNotLoaded");
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["A", "B"]);
      expect(range.format.font.bold).toBe(true);
      expect(range.format.font.name).toBe("Calibri");
      expect(syncCode(() => range.format.font.color)).toBe("PropertyNotLoaded");
      expect(range.rowCount).toBe(3);
      expect(sheet.protection.protected).toBe(false);
      expect(count.value).toBe(2);
    });
  });

  it("fails the sync when an unknown property is loaded", async () => {
    const fx = createFakeExcel();
    fx.workbook.addSheet("S");
    const code = await codeOf(
      fx.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1").load("valuez");
        await context.sync();
      }),
    );
    expect(code).toBe("InvalidArgument");
  });

  it("getItem on a missing sheet fails with ItemNotFound at sync", async () => {
    const fx = createFakeExcel();
    fx.workbook.addSheet("S");
    await fx.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Nope");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
  });

  it("null objects: isNullObject after sync, chained objects are null and harmless", async () => {
    const fx = createFakeExcel();
    fx.workbook.addSheet("S");
    await fx.Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Lists");
      const present = context.workbook.worksheets.getItemOrNullObject("S");
      expect(syncCode(() => missing.isNullObject)).toBe("PropertyNotLoaded");
      const chained = missing.getRange("A1");
      chained.values = [["ignored"]];
      chained.load("address");
      missing.load("name");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      expect(chained.isNullObject).toBe(true);
      expect(syncCode(() => chained.address)).toBe("PropertyNotLoaded");
      expect(syncCode(() => missing.name)).toBe("PropertyNotLoaded");
      const used = present.getUsedRangeOrNullObject();
      const usedA1 = present.getUsedRange();
      usedA1.load("address");
      await context.sync();
      expect(used.isNullObject).toBe(true);
      expect(usedA1.address).toBe("S!A1");
    });
    expect(fx.workbook.sheetNames()).toEqual(["S"]);
  });

  it("rejects using a proxy after its Excel.run has finished", async () => {
    const fx = createFakeExcel();
    fx.workbook.addSheet("S");
    const leaked = await fx.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("S").getRange("A1");
      r.load("address");
      await context.sync();
      return r;
    });
    expect(leaked.address).toBe("S!A1");
    expect(syncCode(() => (leaked.values = [["x"]]))).toBe("InvalidObjectPath");
  });

  it("collection shorthand loads, nested item paths and load() on an older host", async () => {
    const fx = createFakeExcel({ apiVersion: "1.7" });
    fx.workbook.addSheet("S");
    await fx.Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("name,visibility");
      const sheet = sheets.getItem("S");
      // eslint-disable-next-line office-addins/no-empty-load -- testing load() of every property
      sheet.load();
      const names = context.workbook.names;
      names.add("N", "=S!$A$1");
      names.load("items/name,items/formula");
      await context.sync();
      expect(sheets.items.map((s) => [s.name, s.visibility])).toEqual([["S", "Visible"]]);
      expect(sheet.tabColor).toBe("");
      expect(syncCode(() => sheet.showGridlines)).toBe("PropertyNotLoaded"); // ExcelApi 1.8
      expect(names.items.map((n) => [n.name, n.formula])).toEqual([["N", "=S!$A$1"]]);
      sheet.load("showGridlines");
      await expect(context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
    });
  });
});
