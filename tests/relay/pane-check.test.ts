/**
 * A unit's file opened with the add-in: 检查完整性 (src/excel/check-sheet.ts, on the in-memory Excel) sees the
 * 本单位 column, reads the identity in the hidden 分发信息 sheet (one more sync) and checks only the unit's
 * tasks; any other workbook is checked whole in one sync, as before.
 */
import { FUJIAN1, SAMPLE_DRAFT } from "../../src/form";
import { checkSheet } from "../../src/excel/check-sheet";
import {
  encodeIdentity,
  encodeMaster,
  handOut,
  rectangular,
  RELAY_SHEET,
  roleTitle,
  type HandOut,
  type UnitHandOut,
} from "../../src/relay";
import { loaded } from "../helpers/workbook";

let out: HandOut;
let unit: UnitHandOut;
beforeEach(() => {
  out = handOut(FUJIAN1, SAMPLE_DRAFT, {
    record: null,
    newMasterId: "M",
    handOutId: "H",
    by: "发展规划处",
    at: "2026-12-07T09:00:00",
  });
  unit = out.units.find((u) => u.unit === "人事处")!;
});

describe("检查完整性 of a unit's file in the pane", () => {
  it("checks only the unit's lead tasks and says whose they are", async () => {
    const { run, model, fake } = await loaded(SAMPLE_DRAFT);
    model.addSheet(RELAY_SHEET).model.visibility = "Hidden";
    model.setValues(RELAY_SHEET, "A1", rectangular(encodeIdentity(unit.identity)));
    model.setValues(FUJIAN1.sheetName, "K4", [[roleTitle("人事处")]]);
    fake.stats.reset();
    const whole = await checkSheet(run, FUJIAN1);
    expect(whole.summary.scope).toEqual({ unit: "人事处", tasks: unit.plan.lead.length });
    expect(whole.summary.total).toBe(unit.plan.lead.length);
    expect(whole.findings.every((f) => f.seq && unit.plan.lead.includes(f.seq))).toBe(true);
    expect(fake.stats.syncCount).toBe(2);
  });

  it("checks the whole form without an identity, or with the master's record", async () => {
    const { run, model, fake } = await loaded(SAMPLE_DRAFT);
    expect((await checkSheet(run, FUJIAN1)).summary).toMatchObject({ total: 54 });
    expect(fake.stats.syncCount).toBe(1);
    model.setValues(FUJIAN1.sheetName, "K4", [[roleTitle("人事处")]]);
    expect((await checkSheet(run, FUJIAN1)).summary).toMatchObject({ total: 54 });
    model.addSheet(RELAY_SHEET).model.visibility = "Hidden";
    model.setValues(RELAY_SHEET, "A1", rectangular(encodeMaster(out.record)));
    const result = await checkSheet(run, FUJIAN1);
    expect(result.summary.total).toBe(54);
    expect(result.summary.scope).toBeUndefined();
  });
});
