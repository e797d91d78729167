/**
 * A standard file (下载标准表格, `fujian1 template`) opened in Excel with the add-in: its three spare rows
 * per task must not turn into visible empty rows when the pane rebuilds the form (载入附件1 over it), and a
 * 不涉及 that plans the pages again must plan them as the file prints: its hidden spares take no room.
 */
import { FUJIAN1, SAMPLE_DRAFT, SAMPLE_LISTS } from "../src/form";
import { isEmptyRow } from "../src/form/types";
import { ALL_CAPABILITIES } from "../src/excel/capabilities";
import { queuePlan } from "../src/excel/apply-plan";
import { loadForm } from "../src/excel/load-form";
import { probeLists, queueLists } from "../src/excel/lists-sheet";
import { listColumns } from "../src/plan/rules";
import { planSheet } from "../src/plan/sheet-plan";
import { SPARE_ROWS } from "../src/plan/standalone";
import { STANDALONE_TEXT } from "../src/plan/standalone-text";
import { compactEntries, readGrid } from "../src/reading/read-grid";
import { gridOf, readBack, setup } from "./helpers/workbook";
import { markSelection } from "../src/excel/bulk";
import { parseCell, rangeAddress } from "../src/plan/a1";
import { setNotApplicable } from "../src/excel/sheet-actions";
import { writeWorkbook } from "../src/xlsx/write-plan";
import { openInStandIn, type OpenedFile } from "./helpers/xlsx-stand-in";
import { addMeasureRow, removeMeasureRow } from "../src/excel/measure-rows";
import { splitLines } from "../src/excel/split-lines";
import { createServices } from "../src/taskpane/services";

async function standardWorkbook() {
  const s = setup();
  const plan = planSheet(FUJIAN1, SAMPLE_DRAFT, FUJIAN1.sheetName, SAMPLE_LISTS, { standalone: STANDALONE_TEXT });
  await s.run(async (context) => {
    // The lists as the pane writes them (fixed ranges): the stand-in evaluates no OFFSET name.
    const probe = probeLists(context, listColumns(SAMPLE_LISTS));
    await context.sync();
    queueLists(context, probe, listColumns(SAMPLE_LISTS), true);
    queuePlan(context.workbook.worksheets.add(FUJIAN1.sheetName), plan, ALL_CAPABILITIES);
    await context.sync();
  });
  return { ...s, plan };
}

describe("a standard file in Excel with the add-in", () => {
  it("is read with its spares as trailing empty rows (which the check ignores)", async () => {
    const { model } = await standardWorkbook();
    const entries = readBack(model);
    expect(entries.rows["1"]).toHaveLength((SAMPLE_DRAFT.rows["1"]?.length ?? 1) + SPARE_ROWS);
    expect(compactEntries(entries)).toEqual(compactEntries(SAMPLE_DRAFT));
  });

  it("载入附件1 over it keeps every entry and drops the unused spare rows", async () => {
    const { run, model } = await standardWorkbook();
    await loadForm(run, FUJIAN1, ALL_CAPABILITIES);
    const entries = readBack(model);
    // No task ends in an empty row, except a task whose only row is empty.
    for (const rows of Object.values(entries.rows))
      if (rows.length > 1) expect(isEmptyRow(rows[rows.length - 1])).toBe(false);
    expect(compactEntries(entries)).toEqual(compactEntries(SAMPLE_DRAFT));
    // Laid out like the pane's own sheet for those entries: same number of rows.
    const grid = gridOf(model, FUJIAN1.sheetName, 400);
    const reading = readGrid(FUJIAN1, grid, model.sheet(FUJIAN1.sheetName).merges());
    expect(reading.owners).toHaveLength(
      planSheet(FUJIAN1, SAMPLE_DRAFT).layout.tasks.reduce((n, t) => n + t.rowCount, 0),
    );
  });
});

/** The standard file as written (src/xlsx) from its plan, opened in the stand-in as Excel presents it. */
async function writtenFile() {
  const plan = planSheet(FUJIAN1, SAMPLE_DRAFT, FUJIAN1.sheetName, SAMPLE_LISTS, { standalone: STANDALONE_TEXT });
  const file = await openInStandIn(await writeWorkbook(plan));
  // Tasks with nothing filled in, in the first groups.
  const empty = plan.layout.tasks.filter((t) => !SAMPLE_DRAFT.rows[t.seq]?.length).slice(0, 4);
  expect(empty.length).toBeGreaterThan(1);
  return { file, layout: plan.layout, empty, sheet: file.model.sheet(FUJIAN1.sheetName) };
}

/** The sheet as the file's own plan for the draft with `marks`: 主要任务 cells and merges, pages, heights, spares. */
function expectOwnPlan(sheet: ReturnType<OpenedFile["model"]["sheet"]>, marks: Record<string, string>): void {
  const own = planSheet(FUJIAN1, { ...SAMPLE_DRAFT, marks }, FUJIAN1.sheetName, SAMPLE_LISTS, {
    standalone: STANDALONE_TEXT,
  });
  const { layout } = own;
  const main = layout.col.mainTask;
  const inColumn = (merges: string[]) =>
    merges
      .map((m) => [m, parseCell(m.split(":")[0])] as const)
      .filter(([, a]) => a.col === main && a.row >= layout.firstTaskRow)
      .map(([m]) => m)
      .sort();
  expect(inColumn(sheet.merges())).toEqual(inColumn(own.merges));
  for (let r = layout.firstTaskRow; r <= layout.lastRow; r++)
    expect([r + 1, sheet.cell(rangeAddress(r, main)).value]).toEqual([r + 1, own.values[r][main] ?? ""]);
  expect(sheet.pageBreaks).toEqual(own.pageBreaks);
  // Each row as tall as the file's own plan has it (the spares take no share of a merged cell's text).
  const heights = own.rowHeights.flatMap((h) => {
    const [a, b] = h.rows.split(":").map(Number);
    return Array.from({ length: b - a + 1 }, () => h.height);
  });
  for (let r = layout.firstTaskRow; r <= layout.lastRow; r++)
    expect([r + 1, sheet.rowHeight(r)]).toEqual([r + 1, heights[r]]);
  // The spare rows stay hidden.
  for (const rows of own.standalone!.hiddenRows) expect(sheet.rowHidden(Number(rows.split(":")[0]) - 1)).toBe(true);
}

describe("the written standard file in Excel: 不涉及 plans its pages as they print (hidden spares take no room)", () => {
  const reason = "属省级部门职责";

  it("a bulk 不涉及 lays the 主要任务 labels, merges, page breaks and heights of the file's own plan", async () => {
    const { file, layout, empty, sheet } = await writtenFile();
    file.model.user.select(FUJIAN1.sheetName, empty.map((t) => rangeAddress(t.firstRow, layout.col.seq)).join(","));
    const out = await markSelection(file.run, FUJIAN1, ALL_CAPABILITIES, reason);
    expect(out.marked).toEqual(empty.map((t) => t.seq));
    expectOwnPlan(sheet, Object.fromEntries(empty.map((t) => [t.seq, reason])));
  });

  it("so does 不涉及 on one task", async () => {
    const { file, layout, empty, sheet } = await writtenFile();
    const task = empty[empty.length - 1];
    file.model.user.select(FUJIAN1.sheetName, rangeAddress(task.firstRow, layout.col.measure));
    await expect(setNotApplicable(file.run, FUJIAN1, reason, ALL_CAPABILITIES)).resolves.toBe(task.seq);
    expectOwnPlan(sheet, { [task.seq]: reason });
  });
});

/** The sheet's 主要任务 labels and merges and its page breaks equal src/plan's plan for the sheet as it now is. */
function expectPlanOfSheetAsItIs(file: OpenedFile): void {
  const sheet = file.model.sheet(FUJIAN1.sheetName);
  const reading = readGrid(FUJIAN1, gridOf(file.model, FUJIAN1.sheetName, 400), sheet.merges());
  // The rows hidden now, as the stand-in has them after the action (not assumed).
  const hiddenRows = Array.from({ length: 400 }, (_, r) => r).filter((r) => sheet.rowHidden(r));
  expect(hiddenRows.length).toBeGreaterThan(0);
  const plan = planSheet(FUJIAN1, reading.entries, FUJIAN1.sheetName, SAMPLE_LISTS, { hiddenRows });
  const { layout } = plan;
  const main = layout.col.mainTask;
  const inColumn = (merges: string[]) =>
    merges.filter(
      (m) => parseCell(m.split(":")[0]).col === main && parseCell(m.split(":")[0]).row >= layout.firstTaskRow,
    );
  expect(inColumn(sheet.merges()).sort()).toEqual(inColumn(plan.merges).sort());
  for (let r = layout.firstTaskRow; r <= layout.lastRow; r++)
    expect([r + 1, sheet.cell(rangeAddress(r, main)).value]).toEqual([r + 1, plan.values[r][main] ?? ""]);
  expect(sheet.pageBreaks).toEqual(plan.pageBreaks);
}

describe("the written standard file in Excel: 添加举措行 and 删除举措行 plan the pages as they print", () => {
  it("添加举措行 on a task, then 删除举措行 of the row added, lay the labels, merges and page breaks of the sheet's plan", async () => {
    const { file, layout, empty, sheet } = await writtenFile();
    const task = empty[0];
    file.model.user.select(FUJIAN1.sheetName, rangeAddress(task.firstRow, layout.col.measure));
    const added = await addMeasureRow(file.run, FUJIAN1, ALL_CAPABILITIES);
    expect(added.seq).toBe(task.seq);
    // The row added shows: a user can type into it.
    expect(sheet.rowHidden(added.row - 1)).toBe(false);
    expectPlanOfSheetAsItIs(file);
    file.model.user.select(FUJIAN1.sheetName, rangeAddress(added.row - 1, layout.col.measure));
    await expect(removeMeasureRow(file.run, FUJIAN1, ALL_CAPABILITIES)).resolves.toEqual(added);
    expectPlanOfSheetAsItIs(file);
  });
});

describe("the written standard file in Excel: 按行拆成几行 plans the pages as they print", () => {
  it("splitting a 责任单位 of several lines lays the labels, merges and page breaks of the sheet's plan", async () => {
    const { file, layout, empty, sheet } = await writtenFile();
    const task = empty[1];
    const cell = (col: number) => rangeAddress(task.firstRow, col);
    for (const [col, text] of [
      [layout.col.measure, "新举措"],
      [layout.col.target, "新目标"],
      [layout.col.unit, "教务处\n人事处\n思政部"],
    ] as const)
      expect(file.model.user.type(FUJIAN1.sheetName, cell(col), text)).toEqual({ ok: true });
    const checked = await createServices("zh", file.run, ALL_CAPABILITIES).check();
    if (!checked.ok) throw new Error(checked.message);
    const split = checked.value.findings
      .find((f) => f.kind === "unit-lines" && f.address === cell(layout.col.unit))
      ?.choices?.find((c) => c.id === "split-lines")?.split;
    if (!split) throw new Error(`no split offered for ${cell(layout.col.unit)}`);
    await expect(splitLines(file.run, FUJIAN1, ALL_CAPABILITIES, split)).resolves.toEqual({ seq: task.seq, rows: 3 });
    expect(sheet.cell(rangeAddress(task.firstRow + 2, layout.col.unit)).value).toBe("思政部");
    expectPlanOfSheetAsItIs(file);
  });
});

describe("the written standard file in Excel: 删除举措行 counts the rows a task shows", () => {
  it("refuses to remove the only row a task shows (its spares are hidden), changing nothing", async () => {
    const { file, layout, empty, sheet } = await writtenFile();
    const task = empty[0];
    const before = gridOf(file.model, FUJIAN1.sheetName, 400);
    const merges = sheet.merges();
    file.model.user.select(FUJIAN1.sheetName, rangeAddress(task.firstRow, layout.col.measure));
    await expect(removeMeasureRow(file.run, FUJIAN1, ALL_CAPABILITIES)).rejects.toMatchObject({ key: "rows.lastRow" });
    expect(gridOf(file.model, FUJIAN1.sheetName, 400)).toEqual(before);
    expect(sheet.merges()).toEqual(merges);
    expect(sheet.rowHidden(task.firstRow + 1)).toBe(true);
  });
});
