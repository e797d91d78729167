import { installFakeOffice } from "../../src/fake-excel";
import { codeOf, createFakeExcel } from "./helpers";

describe("batches, sync counting and failure injection", () => {
  it("a failing command leaves earlier commands applied and drops later ones", async () => {
    const fx = createFakeExcel();
    fx.workbook.addSheet("S");
    const code = await codeOf(
      fx.Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("S");
        sheet.getRange("A1").values = [["before"]];
        sheet.getRange("A2:B2").values = [["wrong shape"]];
        sheet.getRange("A3").values = [["after"]];
        await context.sync();
      }),
    );
    expect(code).toBe("InvalidArgument");
    expect(fx.workbook.sheet("S").values("A1:A3")).toEqual([["before"], [""], [""]]);
  });

  it("counts syncs (including the automatic one at the end of Excel.run) and commands", async () => {
    const fx = createFakeExcel();
    fx.workbook.addSheet("S");
    fx.stats.reset();
    await fx.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("S").getRange("A1");
      r.values = [[1]];
      await context.sync();
      r.values = [[2]]; // flushed by Excel.run
    });
    expect(fx.stats.syncCount).toBe(2);
    expect(fx.stats.commandCount).toBe(4); // getItem, getRange, values, values
    await fx.Excel.run(async () => undefined); // nothing pending: no sync
    expect(fx.stats.syncCount).toBe(2);
    fx.stats.reset();
    expect(fx.stats.syncCount).toBe(0);
    expect(fx.workbook.sheet("S").cell("A1").value).toBe(2);
  });

  it("failNext fails the first matching command with the given code", async () => {
    const fx = createFakeExcel();
    fx.workbook.addSheet("S");
    const seen: string[] = [];
    fx.failNext({
      when: (cmd) => {
        seen.push(`${cmd.target}@${cmd.address ?? ""}`);
        return cmd.target === "Range.merge" && cmd.address === "A2:H2";
      },
      code: "GeneralException",
      message: "boom",
    });
    let error: unknown;
    await fx.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("A1:H1").merge();
      sheet.getRange("A2:H2").merge();
      sheet.getRange("A3:H3").merge();
      await context.sync().catch((e: unknown) => {
        error = e;
      });
      sheet.getRange("A2:H2").merge(); // the injection is used up
    });
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      code: "GeneralException",
      message: "boom",
      debugInfo: { errorLocation: "Range.merge" },
    });
    expect(fx.workbook.sheet("S").merges()).toEqual(["A1:H1", "A2:H2"]);
    expect(seen).toContain("Range.merge@A1:H1");
  });

  it("failAfterCommands(n) fails the (n+1)-th command", async () => {
    const fx = createFakeExcel();
    fx.workbook.addSheet("S");
    fx.failAfterCommands(3); // getItem, getRange, values ok; then the 2nd getRange fails
    const code = await codeOf(
      fx.Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("S");
        sheet.getRange("A1").values = [["one"]];
        sheet.getRange("A2").values = [["two"]];
        await context.sync();
      }),
    );
    expect(code).toBe("GeneralException");
    expect(fx.workbook.sheet("S").values("A1:A2")).toEqual([["one"], [""]]);
  });

  it("errors are instances of OfficeExtension.Error with debugInfo", async () => {
    const fx = createFakeExcel();
    try {
      await fx.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("missing").load("name");
        await context.sync();
      });
      throw new Error("expected a failure");
    } catch (e) {
      expect(e).toBeInstanceOf(fx.OfficeExtension.Error);
      const err = e as InstanceType<typeof fx.OfficeExtension.Error>;
      expect(err.code).toBe(fx.Excel.ErrorCodes.itemNotFound);
      expect(err.debugInfo.errorLocation).toBe("WorksheetCollection.getItem");
    }
  });

  it("cell-edit mode fails syncs unless delayForCellEdit is set", async () => {
    const fx = createFakeExcel();
    fx.workbook.addSheet("S");
    fx.user.startCellEdit();
    const code = await codeOf(
      fx.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1").values = [["x"]];
        await context.sync();
      }),
    );
    expect(code).toBe("InvalidOperationInCellEditMode");
    const delayed = fx.Excel.run({ delayForCellEdit: true }, async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1").values = [["y"]];
      await context.sync();
    });
    await Promise.resolve();
    expect(fx.workbook.sheet("S").cell("A1").value).toBe("");
    fx.user.endCellEdit();
    await delayed;
    expect(fx.workbook.sheet("S").cell("A1").value).toBe("y");
  });

  it("installs globals and answers Office.onReady / isSetSupported", async () => {
    const target: Record<string, unknown> = {};
    const fx = installFakeOffice(target, { apiVersion: "1.10", displayLanguage: "zh-CN" });
    expect(target.Excel).toBe(fx.Excel);
    await expect(fx.Office.onReady()).resolves.toEqual({ host: "Excel", platform: "PC" });
    const req = fx.Office.context.requirements;
    expect(req.isSetSupported("ExcelApi", "1.10")).toBe(true);
    expect(req.isSetSupported("ExcelApi", "1.9")).toBe(true);
    expect(req.isSetSupported("ExcelApi", "1.11")).toBe(false);
    expect(req.isSetSupported("WordApi", "1.1")).toBe(false);
    expect(fx.Office.context.displayLanguage).toBe("zh-CN");
    expect(fx.Office.HostType.Excel).toBe("Excel");
    expect(fx.Excel.ConditionalFormatType.custom).toBe("Custom");
    fx.uninstall();
    expect("Excel" in target).toBe(false);
  });

  it("notifies subscribers after changing syncs and fires worksheet events", async () => {
    const fx = createFakeExcel();
    fx.workbook.addSheet("S");
    let notified = 0;
    const unsubscribe = fx.workbook.subscribe(() => notified++);
    const changes: unknown[] = [];
    const selections: unknown[] = [];
    await fx.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.onChanged.add(async (args) => {
        changes.push({ address: args.address, source: args.source, changeType: args.changeType });
      });
      sheet.onSelectionChanged.add(async (args) => {
        selections.push(args.address);
      });
      await context.sync();
      sheet.getRange("A1:B1").values = [[1, 2]];
      sheet.load("name");
      await context.sync();
    });
    fx.user.type("S", "C3", "hello");
    fx.user.select("S", "D4");
    await fx.whenIdle();
    expect(changes).toEqual([
      { address: "A1:B1", source: "Local", changeType: "RangeEdited" },
      { address: "C3", source: "Local", changeType: "RangeEdited" },
    ]);
    expect(selections).toEqual(["D4"]);
    expect(notified).toBe(3);
    unsubscribe();
  });

  it("event handlers can be removed later through Excel.run(handlerResult.context, ...)", async () => {
    const fx = createFakeExcel();
    fx.workbook.addSheet("S");
    const seen: string[] = [];
    const registration = await fx.Excel.run(async (context) => {
      const result = context.workbook.worksheets.getItem("S").onChanged.add(async (args) => {
        seen.push(args.address);
      });
      await context.sync();
      return result;
    });
    fx.user.type("S", "A1", "1");
    await fx.whenIdle();
    await fx.Excel.run(registration.context, async (context) => {
      registration.remove();
      await context.sync();
    });
    fx.user.type("S", "A2", "2");
    await fx.whenIdle();
    expect(seen).toEqual(["A1"]);
  });
});
