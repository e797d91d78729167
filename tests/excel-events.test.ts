/** Change events, the pane's queue, and the capability gates of every action. */
import { FUJIAN1 } from "../src/form";
import { detectCapabilities } from "../src/excel/capabilities";
import { diagnostics } from "../src/excel/diagnostics";
import type { ExcelRunner } from "../src/excel/run";
import { createServices } from "../src/taskpane/services";
import { setup } from "./helpers/workbook";

const settle = () => new Promise((r) => setTimeout(r, 30));

async function pane(apiVersion: string, ownWindowMs = 0) {
  const s = setup({ apiVersion });
  // Removing a handler resumes its batch through the global Excel.run, as Microsoft's samples do.
  (globalThis as { Excel?: unknown }).Excel = s.fake.Excel;
  const caps = detectCapabilities((n, v) => s.fake.Office.context.requirements.isSetSupported(n, v));
  const services = createServices("zh", s.run, caps, FUJIAN1, ownWindowMs);
  return { ...s, caps, services };
}

afterAll(() => {
  delete (globalThis as { Excel?: unknown }).Excel;
});

describe("the unit normaliser while the pane is open", () => {
  it("is not re-triggered by the pane's own writes when Excel cannot say who wrote (1.13)", async () => {
    const { services, fake } = await pane("1.13", 500);
    await services.load("sample");
    const stop = await services.normaliseUnitsOnEdit();
    fake.stats.reset();
    expect(await services.fix([{ address: "G6", value: "教务处" }])).toEqual({ ok: true, value: 1 });
    await fake.whenIdle();
    await settle();
    expect(fake.stats.syncCount).toBe(2); // the fix's read and write, nothing more
    await stop();
  });

  it("rejoins a unit list a person typed, and leaves a co-author's edit alone", async () => {
    const { services, fake, model } = await pane("1.14");
    await services.load("sample");
    const stop = await services.normaliseUnitsOnEdit();
    model.user.remoteEdit("附件1", "G7", "教务处；人事处");
    await fake.whenIdle();
    await settle();
    expect(model.sheet("附件1").cell("G7").value).toBe("教务处；人事处");
    model.user.paste("附件1", "G6", [["教务处，人事处"]]);
    await fake.whenIdle();
    await settle();
    expect(model.sheet("附件1").cell("G6").value).toBe("教务处、人事处");
    await stop();
  });

  it("rejoins a person's edit below 1.14 too (the marker only covers the pane's writes)", async () => {
    const { services, fake, model } = await pane("1.13");
    await services.load("sample");
    const stop = await services.normaliseUnitsOnEdit();
    model.user.paste("附件1", "G6", [["教务处 人事处"]]);
    await fake.whenIdle();
    await settle();
    expect(model.sheet("附件1").cell("G6").value).toBe("教务处、人事处");
    await stop();
  });
});

describe("the pane's batches", () => {
  it("run one after another, never interleaved", async () => {
    const s = setup();
    const log: string[] = [];
    let n = 0;
    const run: ExcelRunner = async (batch) => {
      const id = ++n;
      log.push(`start ${id}`);
      try {
        return await s.fake.Excel.run(batch);
      } finally {
        log.push(`end ${id}`);
      }
    };
    const services = createServices(
      "zh",
      run,
      detectCapabilities(() => true),
      FUJIAN1,
    );
    await services.load("sample");
    s.model.user.select("附件1", "F7");
    log.length = 0;
    await Promise.all([services.addRow(), services.fix([{ address: "E6", value: "x" }]), services.check()]);
    expect(log).toEqual(["start 2", "end 2", "start 3", "end 3", "start 4", "end 4"]);
  });
});

describe("capability gates match the members used", () => {
  it.each(["1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.13", "1.14"])(
    "every action on ExcelApi %s uses nothing this Excel lacks",
    async (v) => {
      diagnostics.clear();
      const { services, model, fake } = await pane(v);
      const results: Array<[string, { ok: boolean; message?: string }]> = [];
      const step = async (name: string, r: Promise<{ ok: boolean; message?: string }>) => results.push([name, await r]);
      await step("load", services.load("sample"));
      await step("reload", services.load("sample"));
      const stopSel = await services.watchSelection(() => undefined);
      const stopChanges = await services.normaliseUnitsOnEdit();
      model.user.select("附件1", "F7");
      await step("addRow", services.addRow());
      model.user.select("附件1", "E8");
      await step("removeRow", services.removeRow());
      model.user.select("附件1", "G7");
      await step("mark", services.mark("不涉及"));
      await step("writeUnits", services.writeUnits(["教务处"]));
      await step("fix", services.fix([{ address: "E6", value: "举措" }]));
      await step("check", services.check());
      await step("lists", services.lists());
      const units = FUJIAN1.lists.units.map((u) => (u === "教务处" ? "教学工作处" : u));
      await step(
        "editList",
        services.editList({ kind: "units", items: units, renames: [{ from: "教务处", to: "教学工作处" }] }, false),
      );
      await step("reapplyRules", services.reapplyRules());
      await step("standaloneFile", services.standaloneFile());
      model.user.type("附件1", "E9", "举措");
      await fake.whenIdle();
      await settle();
      await stopSel();
      await stopChanges();
      expect(diagnostics.entries.filter((d) => d.code === "ApiNotFound")).toEqual([]);
      expect(results.filter(([, r]) => !r.ok)).toEqual([]);
      expect(model.sheet("附件1").protection.protected).toBe(true);
      if (Number(v.split(".")[1]) < 7) expect(model.sheet("附件1").freezeRows).toBe(0);
    },
  );

  it("does not even try to watch the selection below 1.7", async () => {
    const { services, fake } = await pane("1.6");
    await services.load("blank");
    fake.stats.reset();
    const stop = await services.watchSelection(() => undefined);
    await stop();
    expect(fake.stats.syncCount).toBe(0);
  });
});
