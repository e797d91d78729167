/**
 * What the add-in writes lands as text even where a paste of cells left the General format:
 * Excel would turn "2024.10" into the number 2024.1 and "12/31/2024" into a date serial.
 */
import { FUJIAN1 } from "../src/form";
import { assignToSelection, fillTimeDown } from "../src/excel/bulk";
import { ALL_CAPABILITIES } from "../src/excel/capabilities";
import { applyFixes } from "../src/excel/sheet-actions";
import { loaded, readBack } from "./helpers/workbook";

const caps = ALL_CAPABILITIES;

/** 附件1 loaded; blank cells from elsewhere pasted over H7:H8 and G10 (General format, as Excel pastes). */
async function pastedOver() {
  const s = await loaded();
  const sheet = s.model.sheet("附件1");
  expect(s.model.user.pasteCells("附件1", "H7", [[""], [""]])).toEqual({ ok: true });
  expect(s.model.user.pasteCells("附件1", "G10", [[""]])).toEqual({ ok: true });
  expect([sheet.cell("H7").numberFormat, sheet.cell("G10").numberFormat]).toEqual(["General", "General"]);
  return s;
}

function expectText(model: Awaited<ReturnType<typeof loaded>>["model"], address: string, value: string) {
  const c = model.sheet("附件1").cell(address);
  expect([address, c.value, c.numberFormat]).toEqual([address, value, "@"]);
}

describe("values the add-in writes stay text", () => {
  it("填充完成时间 writes 2024.10 as typed, not the number 2024.1", async () => {
    const { run, model } = await pastedOver();
    expect(model.user.paste("附件1", "H6", [["2024.10"]])).toEqual({ ok: true }); // a text cell keeps it
    model.user.type("附件1", "E7", "举措2");
    model.user.type("附件1", "E8", "举措3");
    model.user.select("附件1", "H6:H8");
    await expect(fillTimeDown(run, FUJIAN1, caps)).resolves.toMatchObject({ cells: 2 });
    expectText(model, "H7", "2024.10");
    expectText(model, "H8", "2024.10");
    expect(readBack(model).rows["2"][0].time).toBe("2024.10");
    expect(model.sheet("附件1").protection.protected).toBe(true);
  });

  it("批量设置 writes an en-US date as typed, not a date serial", async () => {
    const { run, model } = await pastedOver();
    model.user.select("附件1", "E7:E8");
    await expect(assignToSelection(run, FUJIAN1, caps, { time: "12/31/2024" })).resolves.toMatchObject({ cells: 2 });
    expectText(model, "H7", "12/31/2024");
    expectText(model, "H8", "12/31/2024");
  });

  it("the check's fixes land as text too", async () => {
    const { run, model } = await pastedOver();
    await expect(applyFixes(run, FUJIAN1, [{ address: "G10", value: "1,234" }])).resolves.toBe(1);
    expectText(model, "G10", "1,234");
  });
});
