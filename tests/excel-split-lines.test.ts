/**
 * The check's 按行拆成几行 applied in the in-memory Excel: rows inserted and filled under the row, merges,
 * dropdowns and protection kept; refused when the row changed since the check; repaired after a failure part way.
 */
import { FUJIAN1, type Entries } from "../src/form";
import { ALL_CAPABILITIES } from "../src/excel/capabilities";
import { describeError } from "../src/excel/errors";
import { splitLines } from "../src/excel/split-lines";
import { planSheet } from "../src/plan/sheet-plan";
import type { LineSplit } from "../src/reading/line-split";
import { createServices } from "../src/taskpane/services";
import { createWordServices } from "../src/taskpane/word-services";
import { loaded, readBack, setup } from "./helpers/workbook";
import { draftDocx, header, seedLikeRows } from "./word/constructs";

/** Task 3 (sheet row 8) as a draft left it: 2 targets, 3 units as lines; task 4 below it. */
const DRAFT: Entries = {
  header: { unit: "某学院", contact: "", phone: "" },
  rows: {
    "3": [{ measure: "建设课程思政示范课", target: "目标一\n目标二", unit: "教务处\n人事处\n思政部", time: "2025年" }],
    "4": [{ measure: "第四项举措", target: "第四项目标", unit: "图书馆", time: "2024年" }],
  },
};

/** The split the check offers for G8, through the pane's services (the check as the pane runs it). */
async function offered(s: Awaited<ReturnType<typeof loaded>>): Promise<LineSplit> {
  const r = await createServices("zh", s.run, ALL_CAPABILITIES).check();
  if (!r.ok) throw new Error(r.message);
  const f = r.value.findings.find((x) => x.kind === "unit-lines" && x.address === "G8");
  const split = f?.choices?.find((c) => c.id === "split-lines")?.split;
  if (!split) throw new Error("no split offered for G8");
  return split;
}

describe("按行拆成几行 in the sheet", () => {
  it("inserts and fills a row per line under one 具体举措, keeping the sheet's merges, dropdowns and protection", async () => {
    const s = await loaded(DRAFT);
    const split = await offered(s);
    const services = createServices("zh", s.run, ALL_CAPABILITIES);
    const r = await services.splitLines(split);
    expect(r).toEqual({ ok: true, value: { seq: "3", rows: 3 } });
    const after = readBack(s.model);
    expect(after.rows["3"]).toEqual([
      { measure: "建设课程思政示范课", target: "目标一", unit: "教务处", time: "2025年" },
      { measure: "", target: "目标二", unit: "人事处", time: "2025年", sameMeasure: true },
      { measure: "", target: "", unit: "思政部", time: "2025年", sameMeasure: true },
    ]);
    // Task 4 moved down two rows, whole; nothing else changed.
    expect(after.rows["4"]).toEqual(DRAFT.rows["4"]);
    const sheet = s.model.sheet("附件1");
    expect(sheet.cell("A11").value).toBe(4);
    expect([sheet.mergeAreaOf("E9"), sheet.mergeAreaOf("A10"), sheet.mergeAreaOf("C10")]).toEqual([
      "E8:E10",
      "A8:A10",
      "C8:C10",
    ]);
    expect(sheet.protection.protected).toBe(true);
    expect(sheet.validations().map((v) => v.range)).toEqual(planSheet(FUJIAN1, after).validations.map((v) => v.range));
    // The new rows take typing as any measure row does, and the check now asks only for the missing target.
    expect(s.model.user.type("附件1", "F10", "目标三")).toEqual({ ok: true });
    const again = await services.check();
    if (!again.ok) throw new Error(again.message);
    expect(again.value.findings.filter((f) => f.seq === "3")).toEqual([]);
  });

  it("is refused, changing nothing, when the row was edited after the check", async () => {
    const s = await loaded(DRAFT);
    const split = await offered(s);
    expect(s.model.user.type("附件1", "G8", "教务处\n人事处")).toEqual({ ok: true });
    const before = readBack(s.model);
    const r = await createServices("zh", s.run, ALL_CAPABILITIES).splitLines(split);
    expect(r).toEqual({ ok: false, message: expect.stringContaining("第 3 项的这一行在检查之后改过了，没有拆分") });
    expect(readBack(s.model)).toEqual(before);
    expect(s.model.sheet("附件1").protection.protected).toBe(true);
  });

  it("fails part way: the sheet is repaired and protected again, every entry kept, and the message says so", async () => {
    const s = await loaded(DRAFT);
    const split = await offered(s);
    s.fake.failNext({ when: (c) => c.target === "Range.merge" });
    const err = await splitLines(s.run, FUJIAN1, ALL_CAPABILITIES, split).catch((e: unknown) => e);
    const sheet = s.model.sheet("附件1");
    expect(sheet.protection.protected).toBe(true);
    const after = readBack(s.model);
    // The rows and their values were written before the merge failed; task 4 is whole.
    expect(after.rows["3"].map((r) => [r.target, r.unit])).toEqual([
      ["目标一", "教务处"],
      ["目标二", "人事处"],
      ["", "思政部"],
    ]);
    expect(after.rows["4"]).toEqual(DRAFT.rows["4"]);
    expect(describeError(err, "zh")).toMatch(
      /^操作只完成了一部分（Excel 报告 GeneralException）。已经改动的：第 3 项的举措行由 1 行变为 3 行。/,
    );
    expect(describeError(err, "zh")).toContain("工作表保护已恢复");
    // The repair laid the task's merges over the new rows.
    expect(sheet.mergeAreaOf("A10")).toBe("A8:A10");
    expect(sheet.validations().map((v) => v.range)).toEqual(planSheet(FUJIAN1, after).validations.map((v) => v.range));
  });

  it("takes a draft's misaligned row (one target, three units, two years) apart after 导入Word草稿", async () => {
    const s = setup();
    const bytes = await draftDocx([...header(), ...seedLikeRows()]);
    const word = createWordServices("zh", s.run, () => ALL_CAPABILITIES, FUJIAN1, { save: () => undefined });
    const draft = await word.readDraft({ name: "草稿.docx", arrayBuffer: async () => bytes.slice().buffer });
    if (!draft.ok) throw new Error(draft.message);
    expect((await word.importDraft(draft.value, { add: ["马克思主义学院"], map: {} })).ok).toBe(true);
    const services = createServices("zh", s.run, ALL_CAPABILITIES);
    const checked = await services.check();
    if (!checked.ok) throw new Error(checked.message);
    const task5 = checked.value.findings.filter((f) => f.seq === "5");
    // Never joined blindly: the unit cell and the time cell each ask, offering the same split.
    expect(task5.map((f) => [f.kind, f.choices?.map((c) => c.id)])).toEqual([
      ["unit-lines", ["join-units", "split-lines", "edit"]],
      ["time-lines", ["split-lines", "edit"]],
    ]);
    const split = task5[1].choices?.[0].split as LineSplit;
    expect(await services.splitLines(split)).toEqual({ ok: true, value: { seq: "5", rows: 3 } });
    expect(readBack(s.model).rows["5"]).toEqual([
      { measure: "举措五", target: "目标五", unit: "教务处", time: "2023年" },
      { measure: "", target: "", unit: "人事处", time: "2025年", sameMeasure: true },
      { measure: "", target: "", unit: "马克思主义学院", time: "", sameMeasure: true },
    ]);
  });
});
