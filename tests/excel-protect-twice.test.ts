/**
 * Protecting a sheet that is already protected fails (InvalidOperation; AccessDenied on the builds of
 * office-js #6784). The add-in's final protect() meeting a protected sheet is success, not an error.
 */
import { FUJIAN1, SAMPLE_DRAFT } from "../src/form";
import { ALL_CAPABILITIES } from "../src/excel/capabilities";
import { loadForm } from "../src/excel/load-form";
import type { ExcelRunner } from "../src/excel/run";
import { applyFixes } from "../src/excel/sheet-actions";
import { createFakeExcel } from "../src/fake-excel";

const caps = ALL_CAPABILITIES;

async function workbook(protectTwiceAccessDenied: boolean) {
  const fake = createFakeExcel({ protectTwiceAccessDenied });
  fake.workbook.addSheet("Sheet1");
  const run: ExcelRunner = (batch) => fake.Excel.run(batch);
  await loadForm(run, FUJIAN1, caps, { sample: SAMPLE_DRAFT });
  return { fake, run, model: fake.workbook };
}

/** A runner whose second sync comes after the user protected the sheet (formatting allowed). */
function protectedMeanwhile(fake: ReturnType<typeof createFakeExcel>): ExcelRunner {
  const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
    fake.Excel.run((context) => {
      const sync = context.sync.bind(context);
      let k = 0;
      context.sync = () => {
        if (++k === 2) fake.user.protectSheet("附件1", { allowFormatCells: true });
        return sync();
      };
      return batch(context as unknown as Excel.RequestContext);
    }) as Promise<T>;
  return run;
}

describe("protecting a sheet that is already protected", () => {
  it.each([
    ["InvalidOperation (as documented)", false],
    ["AccessDenied (office-js #6784)", true],
  ])("the stand-in refuses it: %s", async (_, accessDenied) => {
    const { fake, run } = await workbook(accessDenied);
    const code = await run(async (context) => {
      context.workbook.worksheets.getItem("附件1").protection.protect();
      await context.sync();
    }).then(
      () => "no error",
      (e: { code: string }) => e.code,
    );
    expect(code).toBe(accessDenied ? "AccessDenied" : "InvalidOperation");
    expect(fake.workbook.sheet("附件1").protection.protected).toBe(true);
  });

  it.each([false, true])(
    "a fix written while the user protected the sheet is success, not a failure (AccessDenied build: %s)",
    async (accessDenied) => {
      const { fake, model } = await workbook(accessDenied);
      expect(model.user.unprotectSheet("附件1")).toBe(true);
      await expect(applyFixes(protectedMeanwhile(fake), FUJIAN1, [{ address: "G6", value: "人事处" }])).resolves.toBe(
        1,
      );
      expect(model.sheet("附件1").cell("G6").value).toBe("人事处");
      expect(model.sheet("附件1").protection.protected).toBe(true);
    },
  );
});
