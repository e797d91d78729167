/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read --
   The plugin mistakes navigation properties (sheet.pageLayout) for loadable scalars. */
import { codeOf, createFakeExcel } from "./helpers";

async function form() {
  const fx = createFakeExcel();
  fx.workbook.addSheet("附件1");
  fx.workbook.addSheet("Lists");
  fx.workbook.setValues("Lists", "A1", [["a"], ["b"]]);
  fx.workbook.setValues("附件1", "A7", [["r7"], ["r8"], ["r9"], ["r10"]]);
  fx.workbook.setValues("附件1", "J1", [["=SUM(A7:A10)"], ["=Lists!A2"]]);
  await fx.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("附件1");
    sheet.getRange("B7:B9").merge();
    sheet.getRange("A2:H2").merge();
    sheet.getRange("G7:G60").dataValidation.rule = { list: { inCellDropDown: true, source: "a,b" } };
    sheet.getRange("A7:H400").conditionalFormats.add("Custom").custom.rule.formula = '=AND($E7="",$F7="")';
    context.workbook.names.add("表体", sheet.getRange("A7:H400"));
    sheet.getRange("A8:H8").format.fill.color = "#DDEBF7";
    sheet.getRange("8:8").format.rowHeight = 30;
    await context.sync();
  });
  return fx;
}

describe("entire-row insert and delete", () => {
  it("insert shifts cells and grows merges, validation, conditional formats and names", async () => {
    const fx = await form();
    await fx.Excel.run(async (context) => {
      const inserted = context.workbook.worksheets.getItem("附件1").getRange("9:10").insert("Down");
      inserted.load("address");
      await context.sync();
      expect(inserted.address).toBe("附件1!9:10");
    });
    const s = fx.workbook.sheet("附件1");
    expect(s.values("A7:A12")).toEqual([["r7"], ["r8"], [""], [""], ["r9"], ["r10"]]);
    expect(s.merges()).toEqual(["A2:H2", "B7:B11"]);
    expect(s.validations().map((v) => v.range)).toEqual(["G7:G62"]);
    expect(s.conditionalFormats().map((c) => [c.range, c.formula])).toEqual([["A7:H402", '=AND($E7="",$F7="")']]);
    expect(fx.workbook.names()[0].reference).toBe("=附件1!$A$7:$H$402");
    expect(s.cell("J1").formula).toBe("=SUM(A7:A12)");
    expect(s.cell("J2").formula).toBe("=Lists!A2");
    // inserted rows take the formats of the row above
    expect(s.cell("C9").fill).toBe("#DDEBF7");
    expect(s.rowHeight(7)).toBe(30);
    expect(s.rowHeight(8)).toBe(15);
  });

  it("insert above a range moves it; formulas referring to moved rows follow", async () => {
    const fx = await form();
    await fx.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("附件1").getRange("3:3").insert("Down");
      await context.sync();
    });
    const s = fx.workbook.sheet("附件1");
    expect(s.validations()[0].range).toBe("G8:G61");
    expect(s.conditionalFormats()[0]).toMatchObject({ range: "A8:H401", formula: '=AND($E8="",$F8="")' });
    expect(s.merges()).toEqual(["A2:H2", "B8:B10"]);
    expect(s.cell("J1").formula).toBe("=SUM(A8:A11)");
  });

  it("delete shrinks merges and ranges; fully deleted references become #REF!", async () => {
    const fx = await form();
    await fx.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("附件1").getRange("8:9").delete("Up");
      await context.sync();
    });
    const s = fx.workbook.sheet("附件1");
    expect(s.values("A7:A8")).toEqual([["r7"], ["r10"]]);
    expect(s.merges()).toEqual(["A2:H2"]); // B7:B9 shrank to one cell
    expect(s.validations()[0].range).toBe("G7:G58");
    expect(s.cell("J1").formula).toBe("=SUM(A7:A8)");
    await fx.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Lists").getRange("2:2").delete("Up");
      await context.sync();
    });
    expect(s.cell("J2").formula).toBe("=Lists!#REF!");
  });

  it("partial-row insert/delete is unsupported; protected sheets need allowInsertRows", async () => {
    const fx = await form();
    await fx.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("附件1");
      sheet.getRange("A9:H9").insert("Down");
      await expect(context.sync()).rejects.toMatchObject({ code: "UnsupportedOperation" });
      sheet.getRange("A9:H9").delete("Up");
      await expect(context.sync()).rejects.toMatchObject({ code: "UnsupportedOperation" });
      sheet.protection.protect({ allowInsertRows: false, allowDeleteRows: true });
      await context.sync();
      sheet.getRange("20:20").insert("Down");
      await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
      sheet.getRange("20:20").delete("Up"); // locked cells in the row
      await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    });
  });
});

describe("worksheets and names", () => {
  it("enforces sheet name rules and visibility rules", async () => {
    const fx = createFakeExcel();
    fx.workbook.addSheet("附件1");
    const attempt = (fn: (context: Excel.RequestContext) => void) =>
      codeOf(
        fx.Excel.run(async (context) => {
          fn(context);
          await context.sync();
        }),
      );
    expect(await attempt((c) => c.workbook.worksheets.add("附件1"))).toBe("ItemAlreadyExists");
    expect(await attempt((c) => c.workbook.worksheets.add("A/B"))).toBe("InvalidArgument");
    expect(await attempt((c) => c.workbook.worksheets.add("x".repeat(32)))).toBe("InvalidArgument");
    expect(await attempt((c) => (c.workbook.worksheets.getItem("附件1").visibility = "Hidden"))).toBe(
      "InvalidOperation",
    );
    expect(await attempt((c) => c.workbook.worksheets.getItem("附件1").delete())).toBe("InvalidOperation");
    expect(await attempt((c) => (c.workbook.worksheets.add("Lists").visibility = "VeryHidden"))).toBe("no error");
    expect(await attempt((c) => c.workbook.worksheets.getItem("Lists").delete())).toBe("InvalidOperation");
    expect(await attempt((c) => (c.workbook.worksheets.getItem("附件1").name = "lists"))).toBe("ItemAlreadyExists");
    expect(await attempt((c) => c.workbook.worksheets.getItem("Lists").getRange("Lists!A1"))).toBe("InvalidArgument");
    expect(await attempt((c) => c.workbook.names.add("A1", "=Lists!$A$1"))).toBe("InvalidArgument");
    expect(await attempt((c) => c.workbook.names.add("列表", "=Lists!$A$1"))).toBe("no error");
    expect(await attempt((c) => c.workbook.names.add("列表", "=Lists!$A$2"))).toBe("ItemAlreadyExists");
    expect(await attempt((c) => c.workbook.worksheets.getItem("Lists").getRange("A1").select())).toBe(
      "InvalidOperation",
    );
  });

  it("worksheet.id of an added sheet is readable after the sync that created it (loaded or not)", async () => {
    const fx = createFakeExcel();
    fx.workbook.addSheet("S");
    await fx.Excel.run(async (context) => {
      const added = context.workbook.worksheets.add("New");
      const loaded = context.workbook.worksheets.add("Loaded").load("id");
      const existing = context.workbook.worksheets.getItem("S");
      await context.sync();
      expect(added.id).toMatch(/^\{[0-9A-F-]+\}$/);
      expect(loaded.id).not.toBe(added.id);
      expect(() => existing.id).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      const again = context.workbook.worksheets.getItem(added.id);
      again.load("name");
      await context.sync();
      expect(again.name).toBe("New");
    });
  });

  it("tab colours read back as #RRGGBB ('' for automatic, null for a hidden sheet)", async () => {
    const fx = createFakeExcel();
    fx.workbook.addSheet("A");
    fx.workbook.addSheet("B");
    fx.workbook.addSheet("C");
    await fx.Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.getItem("A").tabColor = "#ffa500";
      sheets.getItem("B").tabColor = "red";
      sheets.getItem("C").tabColor = "#00B050";
      sheets.getItem("C").visibility = "Hidden";
      await context.sync();
      sheets.getItem("A").tabColor = "no such colour";
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      sheets.load("items/name,items/tabColor");
      await context.sync();
      expect(sheets.items.map((s) => [s.name, s.tabColor])).toEqual([
        ["A", "#FFA500"],
        ["B", "#FF0000"],
        ["C", null],
      ]);
      sheets.getItem("B").tabColor = "";
      const b = sheets.getItem("B").load("tabColor");
      await context.sync();
      expect(b.tabColor).toBe("");
    });
  });

  it("renaming a sheet updates names; address quoting follows Excel", async () => {
    const fx = createFakeExcel();
    fx.workbook.addSheet("Lists");
    await fx.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Lists");
      context.workbook.names.add("单位", "=Lists!$A$1:$A$9");
      sheet.name = "附件1 列表";
      const r = sheet.getRange("B2:C3");
      r.load("address");
      const named = context.workbook.names.getItem("单位");
      named.load("formula,type");
      const nullName = context.workbook.names.getItemOrNullObject("none");
      await context.sync();
      expect(r.address).toBe("'附件1 列表'!B2:C3");
      expect(named.formula).toBe("='附件1 列表'!$A$1:$A$9");
      expect(named.type).toBe("Range");
      expect(nullName.isNullObject).toBe(true);
    });
  });

  it("stores settings as JSON and reads them back", async () => {
    const fx = createFakeExcel();
    fx.workbook.addSheet("S");
    await fx.Excel.run(async (context) => {
      context.workbook.settings.add("state", { version: 2, rows: [7, 60] });
      await context.sync();
      const s = context.workbook.settings.getItemOrNullObject("state");
      const missing = context.workbook.settings.getItemOrNullObject("nope");
      s.load("value");
      await context.sync();
      expect(s.value).toEqual({ version: 2, rows: [7, 60] });
      expect(missing.isNullObject).toBe(true);
    });
    expect(fx.workbook.settings()).toEqual({ state: { version: 2, rows: [7, 60] } });
  });

  it("page layout, freeze panes and print titles are stored in the model", async () => {
    const fx = createFakeExcel();
    fx.workbook.addSheet("S");
    await fx.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.freezePanes.freezeRows(6);
      const pl = sheet.pageLayout;
      pl.orientation = "Landscape";
      pl.paperSize = "A4";
      pl.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      pl.centerHorizontally = true;
      pl.setPrintTitleRows("$1:$6");
      pl.headersFooters.defaultForAllPages.centerFooter = "第 &P 页";
      const loc = sheet.freezePanes.getLocationOrNullObject();
      loc.load("address");
      const titles = pl.getPrintTitleRowsOrNullObject();
      titles.load("address");
      await context.sync();
      expect(loc.address).toBe("S!1:6");
      expect(titles.address).toBe("S!1:6");
    });
    const s = fx.workbook.sheet("S");
    expect(s.freezeRows).toBe(6);
    expect(s.pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: "$1:$6",
      headersFooters: { centerFooter: "第 &P 页" },
    });
  });
});

describe("hidden rows (Range.rowHidden, ExcelApi 1.2; getRowProperties, 1.9)", () => {
  it("hides and shows rows, reads all / none / some hidden, per row in one load, and moves them with the rows", async () => {
    const fx = await form();
    await fx.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("附件1");
      sheet.getRange("8:9").rowHidden = true;
      const all = sheet.getRange("8:9");
      const some = sheet.getRange("A7:A9");
      const none = sheet.getRange("A10");
      for (const r of [all, some, none]) r.load("rowHidden");
      const rows = sheet.getRange("A7:A10").getRowProperties({ rowIndex: true, rowHidden: true });
      await context.sync();
      expect([all.rowHidden, some.rowHidden, none.rowHidden]).toEqual([true, null, false]);
      expect(rows.value).toEqual([
        { rowIndex: 6, rowHidden: false },
        { rowIndex: 7, rowHidden: true },
        { rowIndex: 8, rowHidden: true },
        { rowIndex: 9, rowHidden: false },
      ]);
      sheet.getRange("9:9").delete("Up");
      sheet.getRange("7:7").insert("Down");
      await context.sync();
    });
    const s = fx.workbook.sheet("附件1");
    expect([7, 8, 9, 10].map((r) => s.rowHidden(r))).toEqual([false, true, false, false]);
    await expect(
      fx.Excel.run(
        async (context) =>
          void context.workbook.worksheets
            .getItem("附件1")
            .getRange("A1")
            .getRowProperties({ format: {} } as never),
      ),
    ).rejects.toThrow(TypeError);
  });

  it("refuses to hide or show rows on a protected sheet unless formatting rows is allowed", async () => {
    const fx = await form();
    const hide = () =>
      fx.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("附件1").getRange("8:8").rowHidden = true;
        await context.sync();
      });
    fx.user.protectSheet("附件1", {});
    expect(await codeOf(hide())).toBe("AccessDenied");
    expect(fx.workbook.sheet("附件1").rowHidden(7)).toBe(false);
    fx.user.unprotectSheet("附件1");
    fx.user.protectSheet("附件1", { allowFormatRows: true });
    await hide();
    expect(fx.workbook.sheet("附件1").rowHidden(7)).toBe(true);
  });
});
