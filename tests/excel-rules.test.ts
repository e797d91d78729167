import { FUJIAN1, SAMPLE_DRAFT, SAMPLE_LISTS } from "../src/form";
import { ALL_CAPABILITIES, detectCapabilities } from "../src/excel/capabilities";
import { describeError } from "../src/excel/errors";
import { loadForm } from "../src/excel/load-form";
import { addMeasureRow, removeMeasureRow } from "../src/excel/measure-rows";
import { reapplyRules } from "../src/excel/rules-apply";
import { editList, normaliseUnits, writeUnits } from "../src/excel/sheet-actions";
import { createServices } from "../src/taskpane/services";
import { planSheet } from "../src/plan/sheet-plan";
import { loaded, readBack, setup } from "./helpers/workbook";

const UNIT_RULE = {
  range: "G6:G59",
  type: "List",
  rule: { list: { inCellDropDown: true, source: "=责任单位列表" } },
  prompt: { showPrompt: true, title: "责任单位（部门）", message: planSheet(FUJIAN1).validations[0].prompt.message },
  errorAlert: {
    showAlert: true,
    style: "Warning",
    title: "不在下拉列表中",
    message: planSheet(FUJIAN1).validations[0].errorAlert.message,
  },
  ignoreBlanks: true,
};

describe("dropdowns for 责任单位 and 完成时间", () => {
  it("has one list rule per column range with prompt and Stop alert, from names on a hidden sheet", async () => {
    const { model } = await loaded();
    const rules = model.sheet("附件1").validations();
    expect(rules).toHaveLength(2);
    expect(rules[0]).toEqual(UNIT_RULE);
    expect(rules[1]).toMatchObject({
      range: "H6:H59",
      rule: { list: { inCellDropDown: true, source: "=完成时间列表" } },
      errorAlert: { style: "Stop", title: "不在列表中" },
    });
    expect(model.names().map((n) => [n.name, n.reference])).toEqual([
      ["责任单位列表", `=名单!$A$2:$A$${FUJIAN1.lists.units.length + 1}`],
      ["完成时间列表", "=名单!$B$2:$B$6"],
    ]);
    expect(model.sheet("名单").visibility).toBe("Hidden");
    expect(model.listItemsFor("附件1", "G30")).toEqual(FUJIAN1.lists.units);
    expect(model.listItemsFor("附件1", "H59")).toEqual(["2021年", "2022年", "2023年", "2024年", "2025年"]);
    expect(model.listItemsFor("附件1", "F30")).toBeNull();
  });

  it("takes a joint unit (the unit alert only warns), refuses a time outside the list, takes listed ones", async () => {
    const { model } = await loaded();
    expect(model.sheet("附件1").validations()[0].errorAlert.style).toBe("Warning");
    expect(model.user.type("附件1", "G6", "教务处、人事处")).toEqual({ ok: true });
    expect(model.user.type("附件1", "H6", "2023")).toMatchObject({ ok: false, reason: "validation" });
    expect(model.user.type("附件1", "G6", "教务处")).toEqual({ ok: true });
    expect(model.user.type("附件1", "H6", "2023年")).toEqual({ ok: true });
  });

  it("restores the rules, idempotently, after a paste removed them", async () => {
    const { run, model, fake } = await loaded();
    model.user.paste("附件1", "G10", [["财务处"], ["教务处"]]);
    expect(model.sheet("附件1").validations()[0].range).not.toBe("G6:G59");
    await reapplyRules(run, FUJIAN1, ALL_CAPABILITIES);
    await reapplyRules(run, FUJIAN1, ALL_CAPABILITIES);
    expect(model.sheet("附件1").validations()[0]).toEqual(UNIT_RULE);
    expect(model.sheet("附件1").validations()).toHaveLength(2);
    expect(model.sheet("附件1").conditionalFormats()).toHaveLength(planSheet(FUJIAN1).conditionalFormats.length);
    expect(fake.stats.syncCount).toBe(4);
    expect(model.sheet("附件1").protection.protected).toBe(true);
  });
});

describe("the lists the college controls", () => {
  it("renames a unit in every cell that used it, inside joint values too", async () => {
    const { run, model } = await loaded(SAMPLE_DRAFT);
    const items = SAMPLE_LISTS.units.map((u) => (u === "教务处" ? "教学工作处" : u));
    const out = await editList(run, FUJIAN1, ALL_CAPABILITIES, {
      kind: "units",
      items,
      renames: [{ from: "教务处", to: "教学工作处" }],
    });
    const using = Object.values(SAMPLE_DRAFT.rows)
      .flat()
      .filter((r) => r.unit.split("、").includes("教务处")).length;
    expect(out).toEqual({ saved: true, rewritten: using });
    expect(using).toBeGreaterThan(10);
    const back = readBack(model);
    expect(back.rows["17"][0].unit).toBe(
      "继续教育学院、教学工作处、学前与音乐教育学院、体育学院、小学教育学院、美术学院",
    );
    expect(back.rows["3"].map((r) => r.unit)).toEqual(["教学工作处", "人事处", "思政部"]);
    expect(JSON.stringify(back)).not.toContain("教务处");
    expect(model.listItemsFor("附件1", "G6")).toContain("教学工作处");
    expect(model.sheet("附件1").validations()[0]).toEqual({ ...UNIT_RULE, range: "G6:G63" });
  });

  it("asks before removing a name still in use and says where", async () => {
    const { run, model } = await loaded(SAMPLE_DRAFT);
    const items = SAMPLE_LISTS.units.filter((u) => u !== "对外交流中心");
    const out = await editList(run, FUJIAN1, ALL_CAPABILITIES, { kind: "units", items });
    expect(out).toEqual({ saved: false, inUse: [{ item: "对外交流中心", cells: ["G40", "G44"] }] });
    expect(model.listItemsFor("附件1", "G6")).toContain("对外交流中心");
    expect(await editList(run, FUJIAN1, ALL_CAPABILITIES, { kind: "units", items }, true)).toEqual({
      saved: true,
      rewritten: 0,
    });
    expect(model.listItemsFor("附件1", "G6")).not.toContain("对外交流中心");
    expect(model.sheet("附件1").cell("G44").value).toBe("对外交流中心");
  });

  it("extends the years and takes a value such as 持续推进; reorders units", async () => {
    const { run, model } = await loaded();
    await editList(run, FUJIAN1, ALL_CAPABILITIES, {
      kind: "times",
      items: [...FUJIAN1.lists.times, "2026年", "持续推进"],
    });
    expect(model.names().find((n) => n.name === "完成时间列表")?.reference).toBe("=名单!$B$2:$B$8");
    expect(model.user.type("附件1", "H6", "持续推进")).toEqual({ ok: true });
    const reordered = [...FUJIAN1.lists.units].reverse();
    await editList(run, FUJIAN1, ALL_CAPABILITIES, { kind: "units", items: reordered });
    expect(model.listItemsFor("附件1", "G6")).toEqual(reordered);
  });

  it("redefines the names where Excel cannot repoint them (before ExcelApi 1.7)", async () => {
    const { run, model } = await loaded();
    await editList(
      run,
      FUJIAN1,
      { ...ALL_CAPABILITIES, editNames: false },
      { kind: "units", items: [...FUJIAN1.lists.units, "后勤处"] },
    );
    expect(model.names().find((n) => n.name === "责任单位列表")?.reference).toBe(
      `=名单!$A$2:$A$${FUJIAN1.lists.units.length + 2}`,
    );
    expect(model.user.type("附件1", "G6", "后勤处")).toEqual({ ok: true });
  });

  it("refuses empty, duplicate or joined items with a message", async () => {
    const { run } = await loaded();
    for (const [items, text] of [
      [["教务处", ""], "空白"],
      [["教务处", "教务处"], "重复"],
      [["教务处、人事处"], "分隔符"],
    ] as const) {
      const err = await editList(run, FUJIAN1, ALL_CAPABILITIES, { kind: "units", items: [...items] }).catch(
        (e: unknown) => e,
      );
      expect(describeError(err, "zh")).toContain(text);
    }
  });
});

describe("joint responsibility", () => {
  it("writes the picked units joined by 、, lead unit first, in the selected cell", async () => {
    const { run, model } = await loaded();
    model.user.select("附件1", "G7");
    expect(await writeUnits(run, FUJIAN1, ["人事处", "教务处"])).toBe("人事处、教务处");
    expect(await writeUnits(run, FUJIAN1, ["教务处", "人事处"])).toBe("教务处、人事处");
    expect(model.sheet("附件1").cell("G7").value).toBe("教务处、人事处");
    expect(model.sheet("附件1").protection.protected).toBe(true);
    model.user.select("附件1", "F7");
    await expect(writeUnits(run, FUJIAN1, ["教务处"])).rejects.toMatchObject({ key: "units.selectCell" });
  });
});

describe("separators on the way in", () => {
  it("rejoins pasted units with 、 and touches nothing else", async () => {
    const { run, model } = await loaded();
    model.user.paste("附件1", "G7", [["教务处；人事处"], ["招生就业处，教务处\n思政部"]]);
    model.user.paste("附件1", "F7", [["目标；不动"]]);
    expect(await normaliseUnits(run, FUJIAN1, "F7:G8")).toBe(2);
    expect(["G7", "G8", "F7"].map((a) => model.sheet("附件1").cell(a).value)).toEqual([
      "教务处、人事处",
      "招生就业处、教务处、思政部",
      "目标；不动",
    ]);
    expect(await normaliseUnits(run, FUJIAN1, "G:G")).toBe(0);
  });

  it("does it by itself while the pane is open, for the user's edits", async () => {
    const { run, model, fake } = await loaded();
    const stop = await createServices("zh", run, ALL_CAPABILITIES).normaliseUnitsOnEdit();
    model.user.paste("附件1", "G9", [["教务处 人事处"]]);
    await fake.whenIdle();
    await new Promise((r) => setTimeout(r, 50));
    await fake.whenIdle();
    expect(model.sheet("附件1").cell("G9").value).toBe("教务处、人事处");
    // Removing the handler resumes its batch through the global Excel, as in Office.
    const global = globalThis as { Excel?: unknown };
    global.Excel = fake.Excel;
    try {
      await stop();
    } finally {
      delete global.Excel;
    }
    model.user.paste("附件1", "G10", [["教务处；人事处"]]);
    await new Promise((r) => setTimeout(r, 50));
    expect(model.sheet("附件1").cell("G10").value).toBe("教务处；人事处");
  });
});

describe("a sheet protected with someone else's password", () => {
  it("says who must unprotect it, and writes nothing", async () => {
    const { run, model, fake } = await loaded();
    await fake.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("附件1");
      sheet.protection.unprotect();
      sheet.protection.protect({ allowFormatRows: true }, "别人的密码");
      await ctx.sync();
    });
    model.user.select("附件1", "G7");
    const err = await writeUnits(run, FUJIAN1, ["教务处"]).catch((e: unknown) => e);
    expect(describeError(err, "zh")).toBe(
      "工作表受保护，且密码不是本工具设置的，表格没有改动。请让设置密码的同事先撤销保护（审阅 → 撤销工作表保护），再重试。",
    );
    expect(model.sheet("附件1").cell("G7").value).toBe("");
    expect(model.sheet("附件1").protection.protected).toBe(true);
  });
});

describe("measure rows", () => {
  it("adds a row under the selected task with merges, rules, formats and protection intact", async () => {
    const { run, model, fake } = await loaded();
    model.user.select("附件1", "F7"); // task 2
    expect(await addMeasureRow(run, FUJIAN1, ALL_CAPABILITIES)).toEqual({ seq: "2", row: 8 });
    // Read; insert and read which rows are hidden now; restyle for the pages as they print.
    expect(fake.stats.syncCount).toBe(3);
    const sheet = model.sheet("附件1");
    for (const m of ["A7:A8", "C7:C8", "D7:D8", "I7:I8", "B6:B9"]) expect(sheet.merges()).toContain(m);
    expect(sheet.cell("C7").value).toBe(FUJIAN1.tasks[1].content);
    expect(sheet.cell("A9").value).toBe(3);
    expect(sheet.validations().map((v) => v.range)).toEqual(["G6:G60", "H6:H60"]);
    expect(sheet.conditionalFormats().map((c) => c.range)).toEqual(
      planSheet(FUJIAN1, {
        header: { unit: "", contact: "", phone: "" },
        rows: {
          "2": [
            { measure: "", target: "", unit: "", time: "" },
            { measure: "", target: "", unit: "", time: "" },
          ],
        },
      }).conditionalFormats.map((c) => c.range),
    );
    expect(sheet.cell("E8")).toMatchObject({ locked: false, numberFormat: "@" });
    expect(sheet.cell("E8").borders).toMatchObject({ top: "Continuous", bottom: "Continuous" });
    expect(sheet.cell("J8").value).toBe(2);
    expect(sheet.protection.protected).toBe(true);
    expect(model.selection()).toEqual({ sheet: "附件1", address: "E8" });
    expect(model.user.type("附件1", "E8", "第二条举措")).toEqual({ ok: true });
    expect(readBack(model).rows["2"].map((r) => r.measure)).toEqual(["", "第二条举措"]);
  });

  it("plans the page breaks again after a row moved the tasks below it, with 主要任务 cut at the new breaks", async () => {
    const { run, model } = await loaded(SAMPLE_DRAFT);
    const before = planSheet(FUJIAN1, SAMPLE_DRAFT);
    expect(model.sheet("附件1").pageBreaks).toEqual(before.pageBreaks);
    for (let i = 0; i < 3; i++) {
      model.user.select("附件1", "E7"); // task 2
      await addMeasureRow(run, FUJIAN1, ALL_CAPABILITIES);
    }
    const after = planSheet(FUJIAN1, readBack(model));
    expect(after.pageBreaks).not.toEqual(before.pageBreaks);
    const sheet = model.sheet("附件1");
    expect(sheet.pageBreaks).toEqual(after.pageBreaks);
    expect(sheet.merges().sort()).toEqual([...after.merges].sort());
    // Each piece of a cut 主要任务 shows its group's title.
    for (const row of after.pageBreaks) expect(sheet.cell(`B${row}`).value).toBe(after.values[row - 1][1]);
    expect(sheet.protection.protected).toBe(true);
  });

  it("removes an empty measure row, but not a task's last one or one with text", async () => {
    const { run, model } = await loaded(SAMPLE_DRAFT);
    const before = readBack(model);
    model.user.select("附件1", "F8"); // task 3, first of its three rows
    await expect(removeMeasureRow(run, FUJIAN1, ALL_CAPABILITIES)).rejects.toMatchObject({ key: "rows.notEmpty" });
    model.user.select("附件1", "E6");
    await expect(removeMeasureRow(run, FUJIAN1, ALL_CAPABILITIES)).rejects.toMatchObject({ key: "rows.lastRow" });
    model.user.select("附件1", "E7"); // task 2
    await addMeasureRow(run, FUJIAN1, ALL_CAPABILITIES);
    model.user.select("附件1", "G8");
    await removeMeasureRow(run, FUJIAN1, ALL_CAPABILITIES);
    expect(readBack(model)).toEqual(before);
    expect(model.sheet("附件1").merges().sort()).toEqual([...planSheet(FUJIAN1, SAMPLE_DRAFT).merges].sort());
    expect(
      model
        .sheet("附件1")
        .validations()
        .map((v) => v.range),
    ).toEqual(["G6:G63", "H6:H63"]);
  });

  it("removes an empty first row by moving the next one up, keeping the official text", async () => {
    const { run, model } = await loaded();
    model.user.select("附件1", "E6");
    await addMeasureRow(run, FUJIAN1, ALL_CAPABILITIES);
    model.user.type("附件1", "E7", "写在第二行");
    model.user.select("附件1", "E6");
    await removeMeasureRow(run, FUJIAN1, ALL_CAPABILITIES);
    expect(model.sheet("附件1").cell("C6").value).toBe(FUJIAN1.tasks[0].content);
    expect(readBack(model).rows["1"]).toEqual([{ measure: "写在第二行", target: "", unit: "", time: "" }]);
  });
});

describe("older Excel", () => {
  it("loads without dropdowns on ExcelApi 1.7 and says what does not work", async () => {
    const { fake, run, model } = setup({ apiVersion: "1.7" });
    const caps = detectCapabilities((n, v) => fake.Office.context.requirements.isSetSupported(n, v));
    expect(caps).toMatchObject({
      basics: true,
      conditionalFormats: true,
      freezePanes: true,
      dataValidation: false,
      pageLayout: false,
    });
    const out = await loadForm(run, FUJIAN1, caps);
    expect(out.skipped).toEqual(["feature.validation", "feature.print"]);
    expect(model.sheet("附件1").validations()).toEqual([]);
    expect(model.sheet("附件1").conditionalFormats()).toHaveLength(planSheet(FUJIAN1).conditionalFormats.length);
  });

  it("fails an API call Excel lacks instead of pretending (ApiNotFound), with a plain message", async () => {
    const { run } = setup({ apiVersion: "1.7" });
    const err = await loadForm(run, FUJIAN1, ALL_CAPABILITIES).catch((e: unknown) => e);
    expect(describeError(err, "zh")).toContain("缺少所需功能");
  });
});
