import fc from "fast-check";
import { FUJIAN1, SAMPLE_DRAFT, type Entries, type FormDef } from "../src/form";
import { ALL_CAPABILITIES } from "../src/excel/capabilities";
import { describeError } from "../src/excel/errors";
import { loadForm } from "../src/excel/load-form";
import type { ExcelRunner } from "../src/excel/run";
import { createFakeExcel } from "../src/fake-excel";
import { planSheet } from "../src/plan/sheet-plan";
import { compactEntries, readGrid } from "../src/reading/read-grid";
import { isEmptyRow } from "../src/form/types";
import otherForm from "./fixtures/other-form.json";

function setup() {
  const fake = createFakeExcel();
  fake.workbook.addSheet("Sheet1");
  const run: ExcelRunner = (batch) => fake.Excel.run(batch);
  return { fake, run, model: fake.workbook };
}

/** The grid a sheet of the model holds, as Excel would return its values from A1. */
function gridOf(model: ReturnType<typeof setup>["model"], name: string, rows: number, cols = 10) {
  const sheet = model.sheet(name);
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => sheet.cell(`${String.fromCharCode(65 + c)}${r + 1}`).value),
  );
}

/** The entries as the add-in reads them: values, and the merges that make a 具体举措 shared. */
function readBack(model: ReturnType<typeof setup>["model"], form: FormDef = FUJIAN1) {
  return readGrid(form, gridOf(model, form.sheetName, 400), model.sheet(form.sheetName).merges()).entries;
}

describe("loading 附件1 into a fresh workbook", () => {
  it("builds the sheet as planned in at most 3 syncs (frozen header and print setup in the last)", async () => {
    const { fake, run, model } = setup();
    const out = await loadForm(run, FUJIAN1, ALL_CAPABILITIES);
    expect(out).toEqual({ mode: "created", keptTasks: 0, sampleTasks: 0, skipped: [], failed: [] });
    expect(fake.stats.syncCount).toBeLessThanOrEqual(3);
    const sheet = model.sheet("附件1");
    const plan = planSheet(FUJIAN1);
    expect(model.sheetNames()).toEqual(["Sheet1", "名单", "附件1"]);
    expect(model.activeSheet()).toBe("附件1");
    expect(sheet.cell("A1").value).toBe("附件1");
    expect(sheet.cell("A2").value).toBe(plan.values[1][0]);
    expect(sheet.cell("C6").value).toBe(FUJIAN1.tasks[0].content);
    expect(sheet.cell("B7").value).toBe("");
    expect([...sheet.merges()].sort()).toEqual([...plan.merges].sort());
    expect(sheet.merges()).toHaveLength(plan.merges.length);
    expect(sheet.cell("A6").value).toBe(1);
  });

  it("locks the official text, unlocks the fill-in cells and protects without a password", async () => {
    const { run, model } = setup();
    await loadForm(run, FUJIAN1, ALL_CAPABILITIES);
    const sheet = model.sheet("附件1");
    expect(sheet.protection.protected).toBe(true);
    expect(sheet.protection.password ?? "").toBe("");
    for (const a of ["A1", "A2", "A6", "B6", "C30", "D59", "E5", "H4"]) expect(sheet.cell(a).locked).toBe(true);
    for (const a of ["E6", "F30", "G59", "H59", "C3", "E3", "G3"]) expect(sheet.cell(a).locked).toBe(false);
    expect(model.user.type("附件1", "C6", "改动官方文本")).toMatchObject({ ok: false, reason: "locked" });
    expect(model.user.type("附件1", "E6", "新的举措")).toEqual({ ok: true });
    expect(sheet.cell("C6").value).toBe(FUJIAN1.tasks[0].content);
  });

  it("keeps dates typed into fill-in cells as text", async () => {
    const { run, model } = setup();
    await loadForm(run, FUJIAN1, ALL_CAPABILITIES);
    expect(model.user.type("附件1", "F6", "2023-12")).toEqual({ ok: true });
    model.user.type("附件1", "G3", "18904960016");
    expect(model.sheet("附件1").cell("F6").value).toBe("2023-12");
    expect(model.sheet("附件1").cell("G3").value).toBe("18904960016");
  });

  it("sets widths, heights, fonts, borders, frozen header and print setup", async () => {
    const { run, model } = setup();
    await loadForm(run, FUJIAN1, ALL_CAPABILITIES);
    const sheet = model.sheet("附件1");
    const plan = planSheet(FUJIAN1);
    expect(plan.columnWidths.map((_, i) => sheet.columnWidth(i))).toEqual(plan.columnWidths);
    for (const h of plan.rowHeights) {
      const [a, b] = h.rows.split(":").map(Number);
      for (let r = a; r <= b; r++) expect(sheet.rowHeight(r - 1)).toBe(h.height);
    }
    expect(sheet.cell("C6").font).toMatchObject({ name: "仿宋", size: 10.5 });
    expect(sheet.cell("A2").font).toMatchObject({ name: "宋体", bold: true });
    expect(sheet.cell("C6").wrapText).toBe(true);
    expect(sheet.cell("H59").borders).toMatchObject({
      top: "Continuous",
      bottom: "Continuous",
      left: "Continuous",
      right: "Continuous",
    });
    expect(sheet.cell("A2").borders.bottom).toBeUndefined();
    expect(sheet.freezeRows).toBe(5);
    expect(["I", "J"].map((c) => sheet.columnHidden(c))).toEqual([false, true]);
    expect(sheet.pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      printTitleRows: "$4:$5",
      zoom: { scale: 100 },
    });
    expect(sheet.pageLayout).toMatchObject({
      printArea: "$A$1:$I$59",
      headersFooters: { centerFooter: "第 &P 页，共 &N 页" },
      // The highlights are for the screen: Excel prints the sheet without cell colours.
      blackAndWhite: true,
    });
    // The planned page breaks, so no task splits across pages.
    expect(plan.pageBreaks.length).toBeGreaterThan(3);
    expect(sheet.pageBreaks).toEqual(plan.pageBreaks);
  });

  it("lays the sample draft with tasks 3, 15 and 31 split into measure rows", async () => {
    const { run, model } = setup();
    await loadForm(run, FUJIAN1, ALL_CAPABILITIES, { sample: SAMPLE_DRAFT });
    const sheet = model.sheet("附件1");
    expect(sheet.mergeAreaOf("A9")).toBe("A8:A10");
    expect(["G8", "G9", "G10"].map((a) => sheet.cell(a).value)).toEqual(["教务处", "人事处", "思政部"]);
    expect(sheet.cell("C3").value).toBe("锦州师范高等专科学校");
    // One 具体举措 over several 完成目标: the measure cell spans the rows that share it.
    expect(sheet.mergeAreaOf("E9")).toBe("E8:E10");
    expect(sheet.cell("E8").value).toBe("推动思政课程与课程思政有机结合");
    const plan = planSheet(FUJIAN1, SAMPLE_DRAFT);
    expect(readBack(model)).toEqual(
      readGrid(
        FUJIAN1,
        plan.values.map((r) => r.map((v) => v ?? "")),
        plan.merges,
      ).entries,
    );
    expect(readBack(model).rows["3"]).toEqual(SAMPLE_DRAFT.rows["3"]);
  });

  it("works for a second form definition with no code change", async () => {
    const { run, model } = setup();
    const form = otherForm as FormDef;
    await loadForm(run, form, ALL_CAPABILITIES);
    const sheet = model.sheet("附表2");
    expect(sheet.cell("A5").value).toBe("编号");
    expect(sheet.cell("A6").value).toBe("A1");
    expect(sheet.mergeAreaOf("C9")).toBe("C8:C10");
    expect(sheet.cell("E6").locked).toBe(false);
    expect(sheet.cell("D6").locked).toBe(true);
  });

  it("reports what an Excel without page layout (ExcelApi 1.9) could not set", async () => {
    const { run, model } = setup();
    const out = await loadForm(run, FUJIAN1, { ...ALL_CAPABILITIES, pageLayout: false, freezePanes: false });
    expect(out.skipped).toEqual(["feature.freeze", "feature.print"]);
    expect(model.sheet("附件1").protection.protected).toBe(true);
  });

  it("refuses plainly on an Excel without ExcelApi 1.4", async () => {
    const { run, model } = setup();
    const err = await loadForm(run, FUJIAN1, { ...ALL_CAPABILITIES, basics: false }).catch((e: unknown) => e);
    expect(describeError(err, "zh")).toContain("ExcelApi 1.4");
    expect(model.sheetNames()).toEqual(["Sheet1"]);
  });

  it("leaves nothing half-written when Excel fails mid-load", async () => {
    const { fake, run, model } = setup();
    fake.failNext({
      when: (cmd) => cmd.target === "Range.merge" && cmd.address === "B15:B21",
      code: "GeneralException",
    });
    const err = await loadForm(run, FUJIAN1, ALL_CAPABILITIES).catch((e: unknown) => e);
    expect(describeError(err, "zh")).toContain("请保存工作簿");
    expect(model.sheetNames()).toEqual(["Sheet1"]);
  });
});

describe("loading over an existing 附件1", () => {
  async function filledWorkbook() {
    const s = setup();
    await loadForm(s.run, FUJIAN1, ALL_CAPABILITIES, { sample: SAMPLE_DRAFT });
    s.model.user.type("附件1", "E6", "我们新写的举措");
    s.model.user.type("附件1", "E3", "王老师");
    s.fake.stats.reset();
    return s;
  }

  it("keeps every entry and swaps the sheet in at most 3 syncs", async () => {
    const { fake, run, model } = await filledWorkbook();
    const before = readBack(model);
    const out = await loadForm(run, FUJIAN1, ALL_CAPABILITIES);
    expect(out.mode).toBe("reloaded");
    expect(out.keptTasks).toBe(28);
    expect(fake.stats.syncCount).toBeLessThanOrEqual(4);
    expect(model.sheetNames()).toEqual(["Sheet1", "名单", "附件1"]);
    expect(readBack(model)).toEqual(before);
    expect(model.sheet("附件1").cell("E6").value).toBe("我们新写的举措");
    expect(model.sheet("附件1").protection.protected).toBe(true);
  });

  it("fills only empty tasks from the sample and never overwrites what the user wrote", async () => {
    const { run, model } = setup();
    await loadForm(run, FUJIAN1, ALL_CAPABILITIES);
    model.user.type("附件1", "E7", "自己写的任务2举措");
    const out = await loadForm(run, FUJIAN1, ALL_CAPABILITIES, { sample: SAMPLE_DRAFT });
    expect(out.sampleTasks).toBe(26);
    const back = readBack(model);
    expect(back.rows["2"]).toEqual([{ measure: "自己写的任务2举措", target: "", unit: "", time: "" }]);
    expect(back.rows["3"]).toEqual(SAMPLE_DRAFT.rows["3"]);
    expect(back.header).toEqual(SAMPLE_DRAFT.header);
  });

  it("leaves the old sheet exactly as it was when Excel fails while building the new one", async () => {
    const { fake, run, model } = await filledWorkbook();
    const snapshot = JSON.stringify({ grid: gridOf(model, "附件1", 70), merges: model.sheet("附件1").merges() });
    fake.failNext({
      when: (cmd) => cmd.target === "RangeBorder.style" && cmd.sheet !== "附件1",
      code: "GeneralException",
    });
    const err = await loadForm(run, FUJIAN1, ALL_CAPABILITIES).catch((e: unknown) => e);
    expect(describeError(err, "zh")).toMatch(/^操作没有完成（Excel 报告 GeneralException），表格内容没有改动。/);
    expect(model.sheetNames()).toEqual(["Sheet1", "名单", "附件1"]);
    expect(JSON.stringify({ grid: gridOf(model, "附件1", 70), merges: model.sheet("附件1").merges() })).toBe(snapshot);
    expect(model.sheet("附件1").protection.protected).toBe(true);
  });

  it("keeps the old sheet when the swap itself fails", async () => {
    const { fake, run, model } = await filledWorkbook();
    const before = readBack(model);
    fake.failNext({ when: (cmd) => cmd.target === "Worksheet.delete", code: "AccessDenied" });
    const err = await loadForm(run, FUJIAN1, ALL_CAPABILITIES).catch((e: unknown) => e);
    expect(describeError(err, "zh")).toBe(
      "操作没有完成（Excel 报告 AccessDenied），表格内容没有改动。Excel 拒绝了这项操作：工作簿的结构可能受保护（审阅 → 保护工作簿）。请让设置保护的同事撤销后重试。",
    );
    expect(model.sheetNames()).toEqual(["Sheet1", "名单", "附件1"]);
    expect(readBack(model)).toEqual(before);
  });

  it("refuses to reload when rows belong to no task, and says which", async () => {
    const { run, model } = await filledWorkbook();
    const sheet = model.sheet("附件1");
    sheet.protection.protected = false;
    model.setValues("附件1", "A70", [["99", "", "", "", "表外的内容"]]);
    const err = await loadForm(run, FUJIAN1, ALL_CAPABILITIES).catch((e: unknown) => e);
    expect(describeError(err, "zh")).toContain("第 70 行");
    expect(model.sheet("附件1").cell("E70").value).toBe("表外的内容");
  });

  it("refuses to overwrite a sheet named 附件1 that is not the form", async () => {
    const { run, model } = setup();
    model.addSheet("附件1");
    model.setValues("附件1", "A1", [
      ["姓名", "电话"],
      ["张三", "123"],
    ]);
    const err = await loadForm(run, FUJIAN1, ALL_CAPABILITIES).catch((e: unknown) => e);
    expect(describeError(err, "zh")).toContain("不是附件1的格式");
    expect(model.sheet("附件1").cell("A2").value).toBe("张三");
  });

  it("keeps random entries across reloads (property)", async () => {
    const seqs = FUJIAN1.tasks.map((t) => t.seq);
    const text = fc.oneof(
      fc.constant(""),
      fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !/^[=+\-@]/.test(s)),
      fc.constantFrom("2023年", "教务处、人事处", "2023-12", "0012"),
    );
    const row = fc.record({ measure: text, target: text, unit: text, time: text });
    const entriesArb = fc.record({
      header: fc.record({
        unit: fc.constantFrom("", "某学院"),
        contact: fc.constantFrom("", "齐心"),
        phone: fc.constantFrom("", "0416-1234567"),
      }),
      rows: fc.dictionary(fc.constantFrom(...seqs), fc.array(row, { minLength: 1, maxLength: 3 }), { maxKeys: 12 }),
    });
    await fc.assert(
      fc.asyncProperty(entriesArb, async (entries: Entries) => {
        const { run, model } = setup();
        await loadForm(run, FUJIAN1, ALL_CAPABILITIES, { sample: entries });
        const first = readBack(model);
        await loadForm(run, FUJIAN1, ALL_CAPABILITIES);
        // Every entry kept; trailing empty rows (a standard file's unused spares) are not laid out again.
        const again = readBack(model);
        expect(compactEntries(again)).toEqual(compactEntries(first));
        for (const rows of Object.values(again.rows))
          if (rows.length > 1) expect(isEmptyRow(rows[rows.length - 1])).toBe(false);
        for (const [seq, rows] of Object.entries(entries.rows)) {
          if (rows.some((r) => r.measure || r.target || r.unit || r.time)) expect(first.rows[seq]).toEqual(rows);
        }
      }),
      { numRuns: 15 },
    );
  });
});

describe("a reload whose swap fails after the new sheet took the form's name", () => {
  for (const target of ["Worksheet.position", "Worksheet.activate"])
    it(`keeps the new sheet and says it was loaded (failure at ${target})`, async () => {
      const { fake, run, model } = setup();
      await loadForm(run, FUJIAN1, ALL_CAPABILITIES, { sample: SAMPLE_DRAFT });
      const names = model.sheetNames();
      const set = {
        "1": { rows: [{ measure: "收回的举措", target: "目标", unit: "教务处", time: "2026年" }], mark: "" },
      };
      fake.failNext({ when: (cmd) => cmd.target === target });
      const out = await loadForm(run, FUJIAN1, ALL_CAPABILITIES, { set });
      expect(out.mode).toBe("reloaded");
      // The form sheet holds the new entry, where it was, protected; no sheet is left under another name.
      expect(readBack(model).rows["1"]).toEqual(set["1"].rows);
      expect(model.sheetNames()).toEqual(names);
      expect(model.sheet("附件1").protection.protected).toBe(true);
    });
});
