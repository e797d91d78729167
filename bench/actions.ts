/** Sync counts (and milliseconds) of each action on 附件1 and on a 2,000-task form: they must not grow with the tasks. */
import { performance } from "perf_hooks";
import { FUJIAN1, SAMPLE_DRAFT, type Entries, type FormDef } from "../src/form";
import { ALL_CAPABILITIES } from "../src/excel/capabilities";
import { checkSheet } from "../src/excel/check-sheet";
import { loadForm } from "../src/excel/load-form";
import { addMeasureRow, removeMeasureRow } from "../src/excel/measure-rows";
import { reapplyRules } from "../src/excel/rules-apply";
import type { ExcelRunner } from "../src/excel/run";
import { applyFixes, editList, setNotApplicable, writeUnits } from "../src/excel/sheet-actions";
import { createFakeExcel } from "../src/fake-excel";
import { syntheticEntries, syntheticForm } from "./synthetic-form";

type Emit = (r: Record<string, unknown>) => void;

async function measure(emit: Emit, label: string, form: FormDef, entries: Entries): Promise<void> {
  const fake = createFakeExcel();
  fake.workbook.addSheet("Sheet1");
  const run: ExcelRunner = (batch) => fake.Excel.run(batch);
  await loadForm(run, form, ALL_CAPABILITIES, { sample: entries });
  const step = async (name: string, work: () => Promise<unknown>) => {
    fake.stats.reset();
    const t = performance.now();
    await work();
    emit({
      name: `action.${name}.${label}`,
      tasks: form.tasks.length,
      syncs: fake.stats.syncCount,
      ms: Math.round(performance.now() - t),
    });
  };
  const firstRow = 6;
  await step("check", () => checkSheet(run, form));
  await step("reapplyRules", () => reapplyRules(run, form, ALL_CAPABILITIES));
  fake.user.select(form.sheetName, `E${firstRow + 1}`);
  await step("addMeasureRow", () => addMeasureRow(run, form, ALL_CAPABILITIES));
  fake.user.select(form.sheetName, `E${firstRow + 2}`);
  await step("removeMeasureRow", () => removeMeasureRow(run, form, ALL_CAPABILITIES));
  fake.user.select(form.sheetName, `G${firstRow}`);
  await step("writeUnits", () => writeUnits(run, form, [form.lists.units[1], form.lists.units[0]]));
  await step("markNotApplicable", () => setNotApplicable(run, form, "不涉及"));
  await step("applyFixes", () => applyFixes(run, form, [{ address: `C${firstRow}`, value: form.tasks[0].content }]));
  const units = form.lists.units.map((u, i) => (i === 1 ? `${u}（新）` : u));
  await step("renameUnit", () =>
    editList(run, form, ALL_CAPABILITIES, {
      kind: "units",
      items: units,
      renames: [{ from: form.lists.units[1], to: units[1] }],
    }),
  );
}

export async function benchActions(emit: Emit): Promise<void> {
  await measure(emit, "fujian1", FUJIAN1, SAMPLE_DRAFT);
  const big = syntheticForm(2000);
  await measure(emit, "synthetic2000", big, syntheticEntries(big));
}
