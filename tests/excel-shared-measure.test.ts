/** One 具体举措 over several 完成目标 in the live workbook: laid, read, checked, and rows added under it. */
import { FUJIAN1, SAMPLE_DRAFT, SAMPLE_LISTS } from "../src/form";
import { ALL_CAPABILITIES } from "../src/excel/capabilities";
import { checkSheet } from "../src/excel/check-sheet";
import { addMeasureRow, removeMeasureRow } from "../src/excel/measure-rows";
import { loadForm } from "../src/excel/load-form";
import { loaded, readBack, setup } from "./helpers/workbook";

const measureEmpty = (findings: Array<{ kind: string; seq?: string }>) =>
  findings.filter((f) => f.kind === "measure-empty").map((f) => f.seq);

describe("a 具体举措 shared by several rows", () => {
  it("checks the sample without a warning for tasks 3 and 15, and one for task 31, with no extra sync", async () => {
    const { run, fake } = await loaded(SAMPLE_DRAFT);
    await checkSheet(run, FUJIAN1, { ...ALL_CAPABILITIES, mergedAreas: false });
    const without = fake.stats.syncCount;
    fake.stats.reset();
    const result = await checkSheet(run, FUJIAN1, ALL_CAPABILITIES);
    // The merged areas are read in the same sync as the values.
    expect(fake.stats.syncCount).toBe(without);
    const empty = measureEmpty(result.findings);
    expect(empty.filter((s) => ["3", "15", "31"].includes(s ?? ""))).toEqual(["31"]);
    // The sample's own units are on its 名单: nothing is unknown.
    expect(result.findings.filter((f) => f.kind === "unknown-unit")).toEqual([]);
    expect(SAMPLE_LISTS.units).toContain("思政部");
  });

  it("before ExcelApi 1.13 (no merged areas) reads each row alone: warnings, but nothing lost", async () => {
    const { run } = await loaded(SAMPLE_DRAFT);
    const result = await checkSheet(run, FUJIAN1, { ...ALL_CAPABILITIES, mergedAreas: false });
    expect(measureEmpty(result.findings).filter((s) => s === "3")).toHaveLength(2);
  });

  it("adds a 完成目标 under the selected row's measure: the measure cell spans it", async () => {
    const { run, model, fake } = await loaded(SAMPLE_DRAFT);
    const sheet = model.sheet("附件1");
    expect(sheet.mergeAreaOf("E9")).toBe("E8:E10");
    model.user.select("附件1", "F9"); // task 3, second of the three targets under one measure
    expect(await addMeasureRow(run, FUJIAN1, ALL_CAPABILITIES, { under: "same" })).toEqual({ seq: "3", row: 11 });
    // Read; insert and read which rows are hidden now; restyle for the pages as they print.
    expect(fake.stats.syncCount).toBe(3);
    expect(sheet.mergeAreaOf("E11")).toBe("E8:E11");
    expect(sheet.mergeAreaOf("A11")).toBe("A8:A11");
    expect(model.selection()).toEqual({ sheet: "附件1", address: "F11" });
    expect(model.user.type("附件1", "F11", "第四个目标")).toEqual({ ok: true });
    const rows = readBack(model).rows["3"];
    expect(rows.map((r) => [r.target.slice(0, 5), !!r.sameMeasure])).toEqual([
      ["加强职业教", false],
      ["培训30名", true],
      ["建设2个思", true],
      ["第四个目标", true],
    ]);
    // Task 4 moved down one row, whole.
    expect(sheet.cell("A12").value).toBe(4);
    expect(sheet.protection.protected).toBe(true);
  });

  it("adds a new 具体举措 after the shared one, in its own cell", async () => {
    const { run, model } = await loaded(SAMPLE_DRAFT);
    model.user.select("附件1", "E8");
    expect(await addMeasureRow(run, FUJIAN1, ALL_CAPABILITIES, { under: "new" })).toEqual({ seq: "3", row: 11 });
    const sheet = model.sheet("附件1");
    expect(sheet.mergeAreaOf("E9")).toBe("E8:E10");
    expect(sheet.mergeAreaOf("E11")).toBeNull();
    expect(model.selection()).toEqual({ sheet: "附件1", address: "E11" });
    expect(model.user.type("附件1", "E11", "第二条举措")).toEqual({ ok: true });
    const rows = readBack(model).rows["3"];
    expect(rows.map((r) => [r.measure.slice(0, 4), !!r.sameMeasure])).toEqual([
      ["推动思政", false],
      ["", true],
      ["", true],
      ["第二条举", false],
    ]);
  });

  it("keeps other tasks' shared measures when a row is added or removed in the same group", async () => {
    const { run, model } = await loaded(SAMPLE_DRAFT);
    const sheet = model.sheet("附件1");
    model.user.select("附件1", "F7"); // task 2, same group as task 3
    await addMeasureRow(run, FUJIAN1, ALL_CAPABILITIES);
    expect(sheet.mergeAreaOf("E10")).toBe("E9:E11");
    model.user.select("附件1", "F8");
    await removeMeasureRow(run, FUJIAN1, ALL_CAPABILITIES);
    expect(sheet.mergeAreaOf("E9")).toBe("E8:E10");
    expect(readBack(model).rows["3"]).toEqual(SAMPLE_DRAFT.rows["3"]);
  });

  it("removing an empty first row of a shared measure leaves the next row as the measure's first", async () => {
    const { run, model } = await loaded();
    model.user.select("附件1", "E6"); // task 1: one empty row
    await addMeasureRow(run, FUJIAN1, ALL_CAPABILITIES, { under: "same" });
    expect(model.sheet("附件1").mergeAreaOf("E7")).toBe("E6:E7");
    expect(model.user.type("附件1", "F7", "目标")).toEqual({ ok: true });
    model.user.select("附件1", "G6");
    await removeMeasureRow(run, FUJIAN1, ALL_CAPABILITIES);
    const rows = readBack(model).rows["1"];
    expect(rows).toEqual([{ measure: "", target: "目标", unit: "", time: "" }]);
    expect(model.sheet("附件1").mergeAreaOf("E6")).toBeNull();
  });
});

describe("the sample over a blank form", () => {
  it("adds the sample's own units to the workbook's list, keeping the list's own", async () => {
    const { run, model } = setup();
    await loadForm(run, FUJIAN1, ALL_CAPABILITIES);
    await loadForm(run, FUJIAN1, ALL_CAPABILITIES, { sample: SAMPLE_DRAFT });
    const units = model.listItemsFor("附件1", "G6") ?? [];
    expect(units.slice(0, FUJIAN1.lists.units.length)).toEqual(FUJIAN1.lists.units);
    for (const u of SAMPLE_LISTS.units) expect(units).toContain(u);
    const result = await checkSheet(run, FUJIAN1, ALL_CAPABILITIES);
    expect(result.findings.filter((f) => f.kind === "unknown-unit")).toEqual([]);
  });
});
