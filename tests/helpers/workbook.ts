import { FUJIAN1, type Entries, type FormDef } from "../../src/form";
import { ALL_CAPABILITIES, type Capabilities } from "../../src/excel/capabilities";
import { loadForm } from "../../src/excel/load-form";
import type { ExcelRunner } from "../../src/excel/run";
import { createFakeExcel, type FakeExcelOptions } from "../../src/fake-excel";
import { readGrid } from "../../src/reading/read-grid";

export type Setup = ReturnType<typeof setup>;

/** A fresh in-memory workbook with one ordinary sheet, and a runner for the adapter. */
export function setup(options?: FakeExcelOptions) {
  const fake = createFakeExcel(options);
  fake.workbook.addSheet("Sheet1");
  const run: ExcelRunner = (batch) => fake.Excel.run(batch);
  return { fake, run, model: fake.workbook };
}

/** A workbook with 附件1 loaded (optionally with entries), sync counter reset. */
export async function loaded(entries?: Entries, caps: Capabilities = ALL_CAPABILITIES, form: FormDef = FUJIAN1) {
  const s = setup();
  await loadForm(s.run, form, caps, { sample: entries });
  s.fake.stats.reset();
  return s;
}

/** The sheet's values as Excel returns them from A1. */
export function gridOf(model: Setup["model"], name: string, rows = 400, cols = 10) {
  const sheet = model.sheet(name);
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => sheet.cell(`${String.fromCharCode(65 + c)}${r + 1}`).value),
  );
}

export function readBack(model: Setup["model"], form: FormDef = FUJIAN1) {
  const sheet = model.sheet(form.sheetName);
  return readGrid(form, gridOf(model, form.sheetName), sheet.merges()).entries;
}
