import { createFakeExcel } from "./helpers";

async function changes(apiVersion: string, act: (fx: ReturnType<typeof createFakeExcel>) => void) {
  const fx = createFakeExcel({ apiVersion });
  fx.workbook.addSheet("S");
  const seen: Array<Record<string, unknown>> = [];
  await fx.Excel.run(async (ctx) => {
    ctx.workbook.worksheets.getItem("S").onChanged.add(async (e) => void seen.push({ ...e }));
    await ctx.sync();
  });
  act(fx);
  await fx.whenIdle();
  return seen.map(({ address, source, triggerSource }) => ({ address, source, triggerSource }));
}

describe("onChanged arguments", () => {
  it("carry triggerSource only from ExcelApi 1.14", async () => {
    expect(await changes("1.13", (fx) => fx.user.type("S", "B2", "x"))).toEqual([
      { address: "B2", source: "Local", triggerSource: undefined },
    ]);
    expect(await changes("1.14", (fx) => fx.user.type("S", "B2", "x"))).toEqual([
      { address: "B2", source: "Local", triggerSource: "Unknown" },
    ]);
  });

  it("say Remote for a co-author's edit", async () => {
    expect(await changes("1.14", (fx) => fx.user.remoteEdit("S", "C3", "y"))).toEqual([
      { address: "C3", source: "Remote", triggerSource: "Unknown" },
    ]);
  });

  it("mark the add-in's own writes ThisLocalAddin (1.14)", async () => {
    const fx = createFakeExcel({ apiVersion: "1.14" });
    fx.workbook.addSheet("S");
    const seen: unknown[] = [];
    await fx.Excel.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("S");
      s.onChanged.add(async (e) => void seen.push(e.triggerSource));
      await ctx.sync();
      s.getRange("A1").values = [["v"]];
      await ctx.sync();
    });
    await fx.whenIdle();
    expect(seen).toEqual(["ThisLocalAddin"]);
  });
});

describe("protection options", () => {
  it("selectionMode needs ExcelApi 1.7 (guessed: ApiNotFound below)", async () => {
    for (const [v, ok] of [
      ["1.6", false],
      ["1.7", true],
    ] as const) {
      const fx = createFakeExcel({ apiVersion: v });
      fx.workbook.addSheet("S");
      const r = await fx.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("S").protection.protect({ selectionMode: "Normal" });
        await ctx.sync();
      }).then(
        () => "ok",
        (e: { code: string }) => e.code,
      );
      expect([v, r]).toEqual([v, ok ? "ok" : "ApiNotFound"]);
    }
  });
});
