/** Actions on the selected task, with selections real users make; others never read the selection. */
import { FUJIAN1, SAMPLE_DRAFT } from "../src/form";
import { ALL_CAPABILITIES } from "../src/excel/capabilities";
import { createServices } from "../src/taskpane/services";
import { loaded } from "./helpers/workbook";

const ONE_CELL =
  "当前选中的不是一个单元格（多个区域、整行整列、跨多项任务，或图表、图形）。请在附件1中只选中该项任务的一个单元格，再操作。如果刚切换过其他工作簿，请先点回本工作簿。";

describe("actions that need one cell of a task", () => {
  it.each([
    ["several areas", (u: Awaited<ReturnType<typeof loaded>>["model"]["user"]) => u.select("附件1", "E6,E8")],
    ["a chart", (u: Awaited<ReturnType<typeof loaded>>["model"]["user"]) => u.selectObject("附件1", "图表 1")],
    ["a whole column", (u: Awaited<ReturnType<typeof loaded>>["model"]["user"]) => u.select("附件1", "G:G")],
    ["a whole row", (u: Awaited<ReturnType<typeof loaded>>["model"]["user"]) => u.select("附件1", "7:7")],
    ["cells of two tasks", (u: Awaited<ReturnType<typeof loaded>>["model"]["user"]) => u.select("附件1", "E6:E7")],
  ])("ask for one cell when %s is selected, and change nothing", async (_, pick) => {
    const { run, model } = await loaded(SAMPLE_DRAFT);
    const s = createServices("zh", run, ALL_CAPABILITIES);
    pick(model.user);
    const version = model.version;
    expect(await s.addRow()).toEqual({ ok: false, message: ONE_CELL });
    expect(await s.removeRow()).toEqual({ ok: false, message: ONE_CELL });
    expect(await s.mark("x")).toEqual({ ok: false, message: ONE_CELL });
    expect(model.version).toBe(version);
  });

  it("writing units asks for one cell of the 责任单位 column", async () => {
    const { run, model } = await loaded(SAMPLE_DRAFT);
    const s = createServices("zh", run, ALL_CAPABILITIES);
    model.user.select("附件1", "G6:G7");
    expect(await s.writeUnits(["教务处"])).toEqual({ ok: false, message: ONE_CELL });
    model.user.selectObject("附件1", "形状 2");
    expect(await s.writeUnits(["教务处"])).toEqual({ ok: false, message: ONE_CELL });
    model.user.select("附件1", "E6");
    expect((await s.writeUnits(["教务处"])).ok).toBe(false);
    model.user.select("附件1", "G6");
    expect(await s.writeUnits(["教务处", "人事处"])).toEqual({ ok: true, value: "教务处、人事处" });
  });

  it("a selection on another sheet asks to select a task's cell", async () => {
    const { run, model } = await loaded();
    model.user.select("Sheet1", "B2");
    const r = await createServices("zh", run, ALL_CAPABILITIES).addRow();
    expect(r).toEqual({ ok: false, message: "请先在附件1中选中某项任务的一个单元格，再操作举措行。" });
  });

  it("a block inside one task is fine", async () => {
    const { run, model } = await loaded(SAMPLE_DRAFT);
    model.user.select("附件1", "E8:H9"); // task 3's rows
    expect(await createServices("zh", run, ALL_CAPABILITIES).addRow()).toEqual({
      ok: true,
      value: { seq: "3", row: 11 },
    });
  });
});

describe("the pane's view of the selection", () => {
  it("describes one selected cell, and nothing for a chart or several areas", async () => {
    const { run, model } = await loaded(SAMPLE_DRAFT);
    const s = createServices("zh", run, ALL_CAPABILITIES);
    model.user.select("附件1", "G8");
    expect(await s.selection()).toMatchObject({ ok: true, value: { address: "G8", seq: "3", column: "unit" } });
    model.user.selectObject("附件1", "图表 1");
    expect(await s.selection()).toEqual({ ok: true, value: null });
    model.user.select("附件1", "G8,G10");
    expect(await s.selection()).toEqual({ ok: true, value: null });
  });
});

describe("actions that do not need the selection", () => {
  it("work while a chart is selected", async () => {
    const { run, model } = await loaded(SAMPLE_DRAFT);
    model.user.selectObject("附件1", "图表 1");
    const s = createServices("zh", run, ALL_CAPABILITIES);
    expect(await s.fix([{ address: "E6", value: "举措" }])).toEqual({ ok: true, value: 1 });
    expect(await s.reapplyRules()).toEqual({ ok: true, value: undefined });
    expect((await s.lists()).ok).toBe(true);
    expect((await s.check()).ok).toBe(true);
    const units = FUJIAN1.lists.units.map((u) => (u === "教务处" ? "教学工作处" : u));
    expect(
      (await s.editList({ kind: "units", items: units, renames: [{ from: "教务处", to: "教学工作处" }] }, false)).ok,
    ).toBe(true);
    expect(model.sheet("附件1").cell("E6").value).toBe("举措");
  });
});
