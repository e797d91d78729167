/** A paste of cells over the fill-in columns, and what the add-in lays again afterwards. */
import { FUJIAN1, SAMPLE_DRAFT } from "../src/form";
import { ALL_CAPABILITIES } from "../src/excel/capabilities";
import { planSheet } from "../src/plan/sheet-plan";
import { createServices } from "../src/taskpane/services";
import { loaded, readBack } from "./helpers/workbook";

const settle = () => new Promise((r) => setTimeout(r, 30));

describe("a paste of cells in the stand-in", () => {
  it("brings the source's format and locked flag, removes validation, even on the protected sheet", async () => {
    const { model } = await loaded(SAMPLE_DRAFT);
    const sheet = model.sheet("附件1");
    expect(sheet.protection.protected).toBe(true);
    expect(
      model.user.pasteCells("附件1", "G10", [["财务处"], ["2023-12"]], { fontName: "Arial", fill: "#FFFF00" }),
    ).toEqual({
      ok: true,
    });
    const g10 = sheet.cell("G10");
    expect([g10.value, g10.locked, g10.numberFormat, g10.font.name, g10.fill]).toEqual([
      "财务处",
      true,
      "General",
      "Arial",
      "#FFFF00",
    ]);
    expect(sheet.cell("G11").value).not.toBe("2023-12"); // a date now, as Excel makes of it
    expect(sheet.validations()[0].range).not.toBe("G6:G59");
    expect(model.user.pasteCells("附件1", "C10", [["改官方文本"]])).toMatchObject({ ok: false, reason: "locked" });
  });
});

describe("after a paste of cells over the fill-in columns", () => {
  async function pasted() {
    const s = await loaded(SAMPLE_DRAFT);
    (globalThis as { Excel?: unknown }).Excel = s.fake.Excel;
    const services = createServices("zh", s.run, ALL_CAPABILITIES, FUJIAN1, 0);
    return { ...s, services };
  }
  afterAll(() => {
    delete (globalThis as { Excel?: unknown }).Excel;
  });

  function expectRestored(model: Awaited<ReturnType<typeof pasted>>["model"]) {
    const sheet = model.sheet("附件1");
    const plan = planSheet(FUJIAN1, readBack(model));
    for (const a of ["G10", "G11"]) {
      const c = sheet.cell(a);
      expect([a, c.numberFormat, c.locked, c.font.name]).toEqual([a, "@", false, sheet.cell("G12").font.name]);
    }
    expect(sheet.validations().map((v) => v.range)).toEqual(plan.validations.map((v) => v.range));
    expect(sheet.protection.protected).toBe(true);
  }

  it("the pane lays the text format, unlocked cells, fonts and dropdowns again on the change event", async () => {
    const { services, model, fake } = await pasted();
    const stop = await services.normaliseUnitsOnEdit();
    model.user.pasteCells("附件1", "G10", [["财务处"], ["教务处"]]);
    await fake.whenIdle();
    await settle();
    expectRestored(model);
    expect(model.sheet("附件1").cell("G10").value).toBe("财务处"); // the value stays; the check flags it
    await stop();
  });

  it("重新应用 does the same", async () => {
    const { services, model } = await pasted();
    model.user.pasteCells("附件1", "G10", [["财务处"], ["教务处"]]);
    expect(await services.reapplyRules()).toEqual({ ok: true, value: undefined });
    expectRestored(model);
  });

  it("so do the check's fixes", async () => {
    const { services, model } = await pasted();
    model.user.pasteCells("附件1", "G10", [["财务处"], ["教务处"]]);
    expect(await services.fix([{ address: "G10", value: "教务处" }])).toEqual({ ok: true, value: 1 });
    expectRestored(model);
    expect(model.sheet("附件1").cell("G10").value).toBe("教务处");
  });

  it("the check reports the fill-in cells that lost their dropdown, and its fix lays it again", async () => {
    const { services, model } = await pasted();
    const before = await services.check();
    expect(before.ok && before.value.findings.filter((f) => f.kind === "rule-missing")).toEqual([]);
    model.user.pasteCells("附件1", "G10", [["教务处"], ["人事处"]]);
    const after = await services.check();
    if (!after.ok) throw new Error(after.message);
    const lost = after.value.findings.filter((f) => f.kind === "rule-missing");
    expect(lost.map((f) => [f.address, f.severity, f.fix])).toEqual([
      ["G10", "warning", { address: "G10", value: "教务处" }],
      ["G11", "warning", { address: "G11", value: "人事处" }],
    ]);
    expect(await services.fix(lost.map((f) => f.fix as { address: string; value: string }))).toEqual({
      ok: true,
      value: 2,
    });
    expectRestored(model);
    const again = await services.check();
    expect(again.ok && again.value.findings.filter((f) => f.kind === "rule-missing")).toEqual([]);
  });

  it("an ordinary edit writes nothing (the user's undo history stays)", async () => {
    const { services, model, fake } = await pasted();
    const stop = await services.normaliseUnitsOnEdit();
    const version = model.version;
    model.user.type("附件1", "E10", "新的举措");
    await fake.whenIdle();
    await settle();
    expect(model.version).toBe(version + 1); // the typing itself, nothing the add-in wrote
    await stop();
  });
});
