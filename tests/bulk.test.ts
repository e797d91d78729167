import { FUJIAN1 } from "../src/form";
import { assignToSelection, fillTimeDown, markSelection, rowsOfAreas } from "../src/excel/bulk";
import { ALL_CAPABILITIES } from "../src/excel/capabilities";
import { describeError } from "../src/excel/errors";
import { describeSelection } from "../src/excel/selection";
import { loaded, readBack } from "./helpers/workbook";

const caps = ALL_CAPABILITIES;

describe("bulk assignment of 责任单位 and 完成时间", () => {
  it("reads the rows of several areas", () => {
    expect(rowsOfAreas("附件1!E6:E8, 附件1!G12,'附件1'!$H$20", "附件1")).toEqual([5, 6, 7, 11, 19]);
    expect(rowsOfAreas("附件1!6:7", "附件1")).toEqual([5, 6]);
    expect(() => rowsOfAreas("附件1!G:G", "附件1")).toThrow();
  });

  it("writes one unit and one time into every selected task row (several areas), sparing filled cells", async () => {
    const { run, model } = await loaded();
    model.user.type("附件1", "G7", "人事处");
    model.user.select("附件1", "E6:E8,E12");
    const out = await assignToSelection(run, FUJIAN1, caps, { unit: "教务处", time: "2024年" });
    expect(out).toEqual({ tasks: 4, cells: 7, kept: 1, marked: 0, others: 0 });
    const rows = readBack(model).rows;
    expect(rows["1"][0]).toMatchObject({ unit: "教务处", time: "2024年" });
    expect(rows["2"][0]).toMatchObject({ unit: "人事处", time: "2024年" });
    expect(rows["3"][0]).toMatchObject({ unit: "教务处", time: "2024年" });
    expect(rows["5"]?.[0]?.unit ?? "").toBe("");
    expect(model.sheet("附件1").cell("G12").value).toBe("教务处");
    expect(model.sheet("附件1").cell("H12").value).toBe("2024年");
    expect(model.sheet("附件1").cell("G11").value).toBe("");
    expect(model.sheet("附件1").protection.protected).toBe(true);
  });

  it("skips tasks marked 不涉及 rather than making a contradiction", async () => {
    const { run, model } = await loaded({
      header: { unit: "", contact: "", phone: "" },
      rows: {},
      marks: { "2": "属省级部门职责" },
    });
    model.user.select("附件1", "E6:E8");
    const out = await assignToSelection(run, FUJIAN1, caps, { unit: "教务处" });
    expect(out.marked).toBe(1);
    expect(readBack(model).rows["2"]?.[0]?.unit ?? "").toBe("");
  });

  it("takes a selected 主要任务 cell as its whole group, also the part the printed form repeats on the next page", async () => {
    const { run, model } = await loaded();
    const sheet = model.sheet("附件1");
    // Group 6 (tasks 21–27, rows 26–32) is split by a page break: its 主要任务 is merged twice.
    expect(sheet.merges()).toEqual(expect.arrayContaining(["B26:B28", "B29:B32"]));
    model.user.select("附件1", "B26:B28");
    const out = await assignToSelection(run, FUJIAN1, caps, { unit: "教务处" });
    expect(out).toMatchObject({ tasks: 7, cells: 7 });
    expect(["G25", "G26", "G32", "G33"].map((a) => sheet.cell(a).value)).toEqual(["", "教务处", "教务处", ""]);
  });

  it("falls back with a message on an Excel without RangeAreas when several areas are selected", async () => {
    const { run, model } = await loaded();
    model.user.select("附件1", "E6,E8");
    const old = { ...caps, pageLayout: false };
    const err = await assignToSelection(run, FUJIAN1, old, { unit: "教务处" }).catch((e: unknown) => e);
    expect(describeError(err, "zh")).toContain("多块选区需要 ExcelApi 1.9");
    expect(describeError(err, "en")).toContain("several areas need ExcelApi 1.9");
    expect(readBack(model).rows["1"]?.[0]?.unit ?? "").toBe("");
    model.user.select("附件1", "E6:E8");
    await expect(assignToSelection(run, FUJIAN1, old, { unit: "教务处" })).resolves.toMatchObject({ cells: 3 });
  });

  /** Tasks 1–7 in rows 6–12: a time in H6; measures or targets in 2, 3, 5, 7; 4 has its own time; 6 is empty. */
  async function someFilled() {
    const s = await loaded();
    const type = (address: string, text: string) => s.model.user.type("附件1", address, text);
    type("E6", "举措1");
    type("H6", "2023年");
    type("E7", "举措2");
    type("F8", "目标3");
    type("E9", "举措4");
    type("H9", "2025年");
    type("E10", "举措5");
    type("E12", "举措7");
    return s;
  }

  it("fills 完成时间 down from one cell through the tasks that have a measure, stopping at a task with nothing", async () => {
    const { run, model } = await someFilled();
    model.user.select("附件1", "H6");
    const out = await fillTimeDown(run, FUJIAN1, caps);
    expect(out).toEqual({ time: "2023年", cells: 3, tasks: 3, from: 7, to: 10, empty: 0, marked: 0, others: 0 });
    const sheet = model.sheet("附件1");
    expect(["H7", "H8", "H9", "H10", "H11", "H12"].map((a) => sheet.cell(a).value)).toEqual([
      "2023年",
      "2023年",
      "2025年",
      "2023年",
      "",
      "",
    ]);
    expect(readBack(model).rows["54"]?.[0]?.time ?? "").toBe("");
    expect(sheet.protection.protected).toBe(true);
  });

  it("fills 完成时间 down only within a selection, never into a selected task that has nothing", async () => {
    const { run, model } = await someFilled();
    model.user.select("附件1", "H6:H12");
    const out = await fillTimeDown(run, FUJIAN1, caps);
    expect(out).toMatchObject({ cells: 4, from: 7, to: 12, empty: 1 });
    const sheet = model.sheet("附件1");
    expect(["H11", "H12", "H13"].map((a) => sheet.cell(a).value)).toEqual(["", "2023年", ""]);
  });

  it("tells the pane how many tasks a selected range reaches into", async () => {
    const { run, model } = await loaded();
    model.user.select("附件1", "E9:G11");
    await expect(describeSelection(run, FUJIAN1)).resolves.toMatchObject({ seq: "4", tasks: 3 });
    model.user.select("附件1", "E9");
    await expect(describeSelection(run, FUJIAN1)).resolves.toMatchObject({ seq: "4", tasks: 1 });
  });

  it("marks several selected tasks 不涉及 with one reason, leaving filled tasks alone", async () => {
    const { run, model } = await loaded();
    model.user.type("附件1", "E7", "举措2");
    model.user.select("附件1", "E6:E8,A12");
    const out = await markSelection(run, FUJIAN1, caps, " 属省级部门职责 ");
    expect(out).toEqual({ marked: ["1", "3", "7"], filled: ["2"], already: 0, others: [] });
    expect(readBack(model).marks).toEqual({ "1": "属省级部门职责", "3": "属省级部门职责", "7": "属省级部门职责" });
    expect(model.sheet("附件1").protection.protected).toBe(true);
    await expect(markSelection(run, FUJIAN1, caps, "属省级部门职责")).resolves.toMatchObject({
      marked: [],
      already: 3,
    });
    const empty = await markSelection(run, FUJIAN1, caps, "  ").catch((e: unknown) => e);
    expect(describeError(empty, "zh")).toContain("不涉及的原因");
  });
});
