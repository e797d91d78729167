/**
 * A standard file (下载标准表格, `fujian1 template`) opened in Excel with the add-in: its three spare rows
 * per task must not turn into visible empty rows when the pane rebuilds the form (载入附件1 over it).
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
