import { formatText } from "../../src/fake-excel/values";
import { codeOf, createFakeExcel, dateToSerialForTest } from "./helpers";

describe("derived ranges, selection, clear", () => {
  it("computes derived ranges like Excel", async () => {
    const fx = createFakeExcel();
    fx.workbook.addSheet("S");
    await fx.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      const base = sheet.getRange("B2:D5");
      const list = [
        base.getCell(1, 1),
        base.getOffsetRange(1, -1),
        base.getResizedRange(-1, 2),
        base.getEntireRow(),
        base.getEntireColumn(),
        base.getRow(2),
        base.getColumn(0),
        base.getLastRow(),
        base.getLastCell(),
        base.getBoundingRect("F9"),
        base.getIntersectionOrNullObject(sheet.getRange("C1:C3")),
        sheet.getRangeByIndexes(6, 0, 54, 8),
        sheet.getCell(59, 7),
      ];
      list.forEach((r) => r.load("address"));
      const none = base.getIntersectionOrNullObject("Z1");
      const info = sheet.getRange("A7:H60");
      info.load("rowIndex,columnIndex,rowCount,columnCount,cellCount,isEntireRow");
      await context.sync();
      expect(list.map((r) => r.address)).toEqual([
        "S!C3",
        "S!A3:C6",
        "S!B2:F4",
        "S!2:5",
        "S!B:D",
        "S!B4:D4",
        "S!B2:B5",
        "S!B5:D5",
        "S!D5",
        "S!B2:F9",
        "S!C2:C3",
        "S!A7:H60",
        "S!H60",
      ]);
      expect(none.isNullObject).toBe(true);
      expect([
        info.rowIndex,
        info.columnIndex,
        info.rowCount,
        info.columnCount,
        info.cellCount,
        info.isEntireRow,
      ]).toEqual([6, 0, 54, 8, 432, false]);
      base.getOffsetRange(-5, 0);
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
  });

  it("shrinks inside a range; shrinking past its first cell is refused (InvalidArgument)", async () => {
    const fx = createFakeExcel();
    fx.workbook.addSheet("S");
    await fx.Excel.run(async (context) => {
      const base = context.workbook.worksheets.getItem("S").getRange("B5:D8");
      const inside = [base.getResizedRange(-3, -2), base.getRowsAbove(-2), base.getRowsBelow(-1), base.getRowsBelow(2)];
      inside.forEach((r) => r.load("address"));
      await context.sync();
      expect(inside.map((r) => r.address)).toEqual(["S!B5", "S!B5:D6", "S!B8:D8", "S!B9:D10"]);
      for (const past of [
        () => base.getResizedRange(-4, 0),
        () => base.getResizedRange(0, -5),
        () => base.getRowsAbove(-5),
        () => base.getRowsBelow(0),
      ]) {
        past().load("address");
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- each call must fail in a batch of its own
        await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      }
    });
  });

  it("select() needs the active sheet; the selection is readable through the API and the model", async () => {
    const fx = createFakeExcel();
    fx.workbook.addSheet("A");
    fx.workbook.addSheet("B");
    await fx.Excel.run(async (context) => {
      const b = context.workbook.worksheets.getItem("B");
      b.activate();
      b.getRange("C3:D4").select();
      const sel = context.workbook.getSelectedRange();
      const cell = context.workbook.getActiveCell();
      sel.load("address");
      cell.load("address");
      await context.sync();
      expect(sel.address).toBe("B!C3:D4");
      expect(cell.address).toBe("B!C3");
    });
    expect(fx.workbook.activeSheet()).toBe("B");
    expect(fx.workbook.selection()).toEqual({ sheet: "B", address: "C3:D4" });
  });

  it("clear(Contents) keeps formats; clear(Formats) keeps values and unmerges", async () => {
    const fx = createFakeExcel();
    fx.workbook.addSheet("S");
    fx.workbook.setValues("S", "A1", [["x", "y"]]);
    await fx.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("A1:B1").format.font.bold = true;
      sheet.getRange("A2:B2").merge();
      sheet.getRange("A1").clear("Contents");
      sheet.getRange("B1:B2").clear("Formats");
      await context.sync();
    });
    const s = fx.workbook.sheet("S");
    expect([s.cell("A1").value, s.cell("A1").font.bold]).toEqual(["", true]);
    expect([s.cell("B1").value, s.cell("B1").font.bold]).toEqual(["y", false]);
    expect(s.merges()).toEqual([]);
  });

  it("names resolve to ranges; a Range can be a list source", async () => {
    const fx = createFakeExcel();
    fx.workbook.addSheet("S");
    fx.workbook.addSheet("Lists");
    fx.workbook.setValues("Lists", "B1", [["是"], ["否"]]);
    await fx.Excel.run(async (context) => {
      const lists = context.workbook.worksheets.getItem("Lists");
      const name = context.workbook.names.add("是否", "=Lists!$B$1:$B$2", "yes/no");
      const range = name.getRange();
      range.load("values");
      const dv = context.workbook.worksheets.getItem("S").getRange("C2:C9").dataValidation;
      dv.rule = { list: { inCellDropDown: true, source: lists.getRange("B1:B2") } };
      dv.load("rule");
      await context.sync();
      expect(range.values).toEqual([["是"], ["否"]]);
      expect(dv.rule?.list?.source).toBe("=Lists!$B$1:$B$2");
      const wrongShape = context.workbook.worksheets.getItem("S").getRange("D2").dataValidation;
      wrongShape.rule = { list: { inCellDropDown: true, source: "=Lists!$A$1:$B$2" } };
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(fx.workbook.listItemsFor("S", "C5")).toEqual(["是", "否"]);
  });

  it("user.type follows the cell's number format", () => {
    const fx = createFakeExcel();
    fx.workbook.addSheet("S");
    fx.workbook.raw.sheetByName("S")?.setFmt({ row: 0, col: 1, rows: 1, cols: 1 }, "numberFormat", "@");
    expect(fx.user.type("S", "A1", "2023-12")).toEqual({ ok: true });
    expect(fx.user.type("S", "B1", "2023-12")).toEqual({ ok: true });
    expect(fx.user.type("S", "C1", "2023年12月")).toEqual({ ok: true });
    expect(fx.user.type("S", "D1", "10:30")).toEqual({ ok: true });
    expect(fx.workbook.sheet("S").values("A1:D1")).toEqual([
      [dateToSerialForTest(2023, 12, 1), "2023-12", dateToSerialForTest(2023, 12, 1), 0.4375],
    ]);
    expect(fx.workbook.sheet("S").cell("C1").text).toBe("2023年12月");
    expect(fx.workbook.sheet("S").cell("D1").text).toBe("10:30");
  });

  it("formats numbers for range.text", () => {
    expect(formatText(1234.5, "#,##0.00")).toBe("1,234.50");
    expect(formatText(0.125, "0.0%")).toBe("12.5%");
    expect(formatText(dateToSerialForTest(2024, 3, 5), "yyyy/m/d")).toBe("2024/3/5");
    expect(formatText(dateToSerialForTest(2024, 3, 5), 'yyyy"年"m"月"')).toBe("2024年3月");
    expect(formatText(123456789012, "General")).toBe("1.23457E+11");
    expect(formatText(0.1 + 0.2, "General")).toBe("0.3");
    expect(formatText(true, "General")).toBe("TRUE");
    expect(formatText(0.4375, "h:mm")).toBe("10:30");
    expect(formatText(dateToSerialForTest(2024, 3, 5) + 0.5, "yyyy-mm-dd hh:mm:ss")).toBe("2024-03-05 12:00:00");
    expect(formatText(12, "@")).toBe("12");
  });

  it("sheet.getRange rejects sheet-qualified addresses", async () => {
    const fx = createFakeExcel();
    fx.workbook.addSheet("S");
    const code = await codeOf(
      fx.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("S!A1").load("address");
        await context.sync();
      }),
    );
    expect(code).toBe("InvalidArgument");
  });
});

describe("set(otherLoadedObject)", () => {
  it("copies the loaded properties of another object of the same type, like set({...})", async () => {
    const fx = createFakeExcel();
    fx.workbook.addSheet("S");
    fx.workbook.setValues("S", "A1", [["a", "b"]]);
    await fx.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      const source = sheet.getRange("A1:B1");
      source.format.font.bold = true;
      source.format.fill.color = "#FFFF00";
      source.format.wrapText = true;
      await context.sync();
      source.load("values,address,format/font/bold,format/fill/color,format/wrapText");
      await context.sync();
      const target = sheet.getRange("C3:D3");
      // eslint-disable-next-line office-addins/load-object-before-read -- format is a navigation property (loaded via its paths)
      target.format.set(source.format);
      target.set(source); // values copied; read-only address skipped
      await context.sync();
      expect(() => target.set(sheet as never)).toThrow(expect.objectContaining({ code: "InvalidArgument" }));
    });
    const c3 = fx.workbook.sheet("S").cell("C3");
    expect([c3.font.bold, c3.fill, c3.wrapText]).toEqual([true, "#FFFF00", true]);
    expect(fx.workbook.sheet("S").values("C3:D3")).toEqual([["a", "b"]]);
  });
});

describe("track() / untrack()", () => {
  it("exist on Range and context.trackedObjects, return the proxy and keep it usable across syncs and runs", async () => {
    const fx = createFakeExcel();
    fx.workbook.addSheet("S");
    const range = await fx.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("S").getRange("A1:B1");
      expect(r.track()).toBe(r);
      r.values = [["a", "b"]];
      await context.sync();
      context.trackedObjects.add([r, r.getCell(0, 1)]);
      r.format.font.bold = true;
      await context.sync();
      return r;
    });
    await fx.Excel.run(range, async (context) => {
      range.values = [["c", "d"]];
      range.load("address");
      await context.sync();
      expect(range.address).toBe("S!A1:B1");
      context.trackedObjects.remove(range);
      expect(range.untrack()).toBe(range);
      await context.sync();
      expect(() => context.trackedObjects.add("A1" as never)).toThrow(
        expect.objectContaining({ code: "InvalidArgument" }),
      );
    });
    expect(fx.workbook.sheet("S").values("A1:B1")).toEqual([["c", "d"]]);
    expect(fx.workbook.sheet("S").cell("A1").font.bold).toBe(true);
  });
});
