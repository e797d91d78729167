/** Another open workbook has the focus: what fails in this one, and what still works. */
import { codeOf, createFakeExcel } from "./helpers";

describe("another workbook has the focus", () => {
  it("selection reads fail with InvalidSelection, window-bound commands with InactiveWorkbook, writes work", async () => {
    const fx = createFakeExcel({ apiVersion: "1.13" });
    fx.workbook.addSheet("S");
    fx.user.focusOtherWorkbook();
    const tries: Record<string, (ctx: Excel.RequestContext) => void> = {
      selection: (ctx) => void ctx.workbook.getSelectedRange().load("address"),
      activeCell: (ctx) => void ctx.workbook.getActiveCell().load("address"),
      activate: (ctx) => ctx.workbook.worksheets.getItem("S").activate(),
      select: (ctx) => ctx.workbook.worksheets.getItem("S").getRange("A1").select(),
      add: (ctx) => void ctx.workbook.worksheets.add("T"),
      freeze: (ctx) => ctx.workbook.worksheets.getItem("S").freezePanes.freezeRows(2),
      write: (ctx) => void (ctx.workbook.worksheets.getItem("S").getRange("A1").values = [["x"]]),
    };
    const codes: Record<string, string> = {};
    for (const [name, fn] of Object.entries(tries)) {
      codes[name] = await codeOf(
        fx.Excel.run(async (ctx) => {
          fn(ctx as unknown as Excel.RequestContext);
          await ctx.sync();
        }),
      );
    }
    expect(codes).toEqual({
      selection: "InvalidSelection",
      activeCell: "InvalidSelection",
      activate: "InactiveWorkbook",
      select: "InactiveWorkbook",
      add: "InactiveWorkbook",
      freeze: "InactiveWorkbook",
      write: "no error",
    });
    expect(fx.workbook.sheet("S").cell("A1").value).toBe("x");
    fx.user.focusThisWorkbook();
    await expect(
      fx.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("S").activate();
        await ctx.sync();
      }),
    ).resolves.toBeUndefined();
  });
});
