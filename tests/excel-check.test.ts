import { FUJIAN1, SAMPLE_DRAFT } from "../src/form";
import { checkSheet, selectCell } from "../src/excel/check-sheet";
import { applyFixes, setNotApplicable } from "../src/excel/sheet-actions";
import { ALL_CAPABILITIES } from "../src/excel/capabilities";
import { textHeight } from "../src/plan/metrics";
import { planSheet } from "../src/plan/sheet-plan";
import type { Finding } from "../src/reading/check";
import { gridOf, loaded, setup } from "./helpers/workbook";

const ofKind = (findings: Finding[], kind: string) => findings.filter((f) => f.kind === kind);

describe("检查完整性 on the in-memory workbook", () => {
  it("reads the sheet in one sync and reports the seed's 27 tasks with no measure", async () => {
    const { run, fake } = await loaded(SAMPLE_DRAFT);
    const result = await checkSheet(run, FUJIAN1);
    expect(fake.stats.syncCount).toBe(1);
    expect(ofKind(result.findings, "no-measure").map((f) => f.seq)).toHaveLength(27);
    expect(result.findings.filter((f) => f.severity === "error").every((f) => f.kind === "no-measure")).toBe(true);
    expect(result.summary).toMatchObject({ withMeasures: 27, withoutMeasures: 27, ready: false });
  });

  it("finds every kind a user can cause in the grid", async () => {
    const { run, model } = await loaded(SAMPLE_DRAFT);
    const u = model.user;
    u.type("附件1", "C3", "");
    u.type("附件1", "G3", "1234");
    u.paste("附件1", "G7", [["教务部"]]);
    u.paste("附件1", "G11", [["招生就业处；教务处"]]);
    u.paste("附件1", "H11", [["２０２５年"]]);
    u.type("附件1", "F12", "");
    model.sheet("附件1"); // official text damaged by another tool:
    model.setValues("附件1", "C13", [["改过的任务内容"]]);
    const result = await checkSheet(run, FUJIAN1);
    const pick = (k: string) => ofKind(result.findings, k).map((f) => [f.address, f.fix?.value ?? null]);
    expect(pick("header-empty")).toEqual([["C3", null]]);
    expect(pick("header-malformed")).toEqual([["G3", null]]);
    expect(pick("unknown-unit")).toEqual([["G7", "教务处"]]);
    expect(pick("unit-separator")).toEqual([["G11", "招生就业处、教务处"]]);
    expect(pick("unknown-time")).toEqual([["H11", "2025年"]]);
    expect(pick("missing-target")).toEqual([["F12", null]]);
    expect(pick("official-changed")).toEqual([["C13", FUJIAN1.tasks[5].content]]);
  });

  it("writes accepted fixes in one batch and touches no other cell", async () => {
    const { run, model } = await loaded(SAMPLE_DRAFT);
    model.user.paste("附件1", "G7", [["教务部"]]);
    model.setValues("附件1", "C13", [["改过的任务内容"]]);
    const before = gridOf(model, "附件1");
    const result = await checkSheet(run, FUJIAN1);
    const fixes = result.findings.flatMap((f) => (f.fix ? [f.fix] : []));
    expect(fixes).toHaveLength(2);
    await applyFixes(run, FUJIAN1, fixes);
    const after = gridOf(model, "附件1");
    const changed: string[] = [];
    after.forEach((row, r) =>
      row.forEach((v, c) => v !== before[r][c] && changed.push(`${String.fromCharCode(65 + c)}${r + 1}`)),
    );
    expect(changed.sort()).toEqual(["C13", "G7"]);
    expect(model.sheet("附件1").protection.protected).toBe(true);
    const again = await checkSheet(run, FUJIAN1);
    expect(again.findings.filter((f) => f.kind !== "no-measure" && f.severity === "error")).toEqual([]);
  });

  it("marks a task 不涉及 in the workbook, which turns it into a separate listing", async () => {
    const { run, model } = await loaded(SAMPLE_DRAFT);
    model.user.select("附件1", "E51"); // task 42 (the sample has four extra rows above it)
    expect(await setNotApplicable(run, FUJIAN1, "属省政府和教育部职责")).toBe("42");
    expect(model.sheet("附件1").cell("I51").value).toBe("属省政府和教育部职责");
    const result = await checkSheet(run, FUJIAN1);
    expect(ofKind(result.findings, "not-applicable")).toMatchObject([
      { seq: "42", address: "I51", detail: { reason: "属省政府和教育部职责" } },
    ]);
    expect(ofKind(result.findings, "no-measure").map((f) => f.seq)).not.toContain("42");
    expect(result.summary.notApplicable).toBe(1);
    expect(model.sheet("附件1").pageLayout.printArea).toBe("$A$1:$I$63");
    await setNotApplicable(run, FUJIAN1, "");
    expect(ofKind((await checkSheet(run, FUJIAN1)).findings, "not-applicable")).toEqual([]);
  });

  it("grows the task's rows so a long 不涉及 reason prints whole, and plans the page breaks again", async () => {
    const { run, model } = await loaded(SAMPLE_DRAFT);
    const reason = "本校为师范类高职专科学校，未承担此项任务，也未与相关部门建立合作机制，不涉及。";
    const task = planSheet(FUJIAN1, SAMPLE_DRAFT).layout.tasks.find((t) => t.seq === "47")!;
    const row = task.firstRow + 1;
    const before = model.sheet("附件1").rowHeight(row - 1);
    model.user.select("附件1", `E${row}`);
    expect(await setNotApplicable(run, FUJIAN1, reason, ALL_CAPABILITIES)).toBe("47");
    const planned = planSheet(FUJIAN1, { ...SAMPLE_DRAFT, marks: { "47": reason } });
    const sheet = model.sheet("附件1");
    expect(sheet.rowHeight(row - 1)).toBeGreaterThan(before);
    expect(sheet.rowHeight(row - 1)).toBeGreaterThanOrEqual(textHeight(reason, planned.columnWidths[8], 10.5));
    expect(sheet.pageBreaks).toEqual(planned.pageBreaks);
    expect(sheet.protection.protected).toBe(true);
  });

  it("selects the cell of a clicked finding, activating the sheet", async () => {
    const { run, model } = await loaded(SAMPLE_DRAFT);
    model.user.select("Sheet1", "A1");
    await selectCell(run, FUJIAN1, "G40");
    expect(model.activeSheet()).toBe("附件1");
    expect(model.selection()).toEqual({ sheet: "附件1", address: "G40" });
  });

  it("says the workbook has no 附件1 instead of crashing", async () => {
    const { run, model } = setup();
    model.setValues("Sheet1", "A1", [["姓名", "电话"]]);
    const result = await checkSheet(run, FUJIAN1);
    expect(result.findings.map((f) => f.kind)).toEqual(["not-form"]);
    expect(result.summary.ready).toBe(false);
  });
});
