/**
 * `npm run bench`: one JSON object per line, each with `name` and its figures.
 * Sync counts are exact; milliseconds are informative (shared, noisy machine).
 */
import { performance } from "perf_hooks";
import { FUJIAN1, SAMPLE_DRAFT, type FormDef } from "../src/form";
import { ALL_CAPABILITIES } from "../src/excel/capabilities";
import { loadForm } from "../src/excel/load-form";
import type { ExcelRunner } from "../src/excel/run";
import { createFakeExcel } from "../src/fake-excel";
import { syntheticEntries, syntheticForm } from "./synthetic-form";
import { benchActions } from "./actions";
import { benchCheck } from "./check";
import { benchFiles } from "./files";
import { benchFilesWorst } from "./files-worst";
import { benchCliCheck1 } from "./cli-check1";
import { benchWord } from "./word";
import { benchUxActions } from "./ux-actions";
import { benchTeam } from "./team";
import { benchCollectPage } from "./collect-page";
import { measureBundle } from "../scripts/bundle-size";

function emit(record: Record<string, unknown>): void {
  process.stdout.write(JSON.stringify(record) + "\n");
}

async function benchLoad(label: string, form: FormDef): Promise<void> {
  const fake = createFakeExcel();
  fake.workbook.addSheet("Sheet1");
  const run: ExcelRunner = (batch) => fake.Excel.run(batch);
  let t = performance.now();
  await loadForm(run, form, ALL_CAPABILITIES, { sample: form === FUJIAN1 ? SAMPLE_DRAFT : syntheticEntries(form) });
  emit({
    name: `load.fresh.${label}`,
    tasks: form.tasks.length,
    syncs: fake.stats.syncCount,
    ms: Math.round(performance.now() - t),
  });
  fake.stats.reset();
  t = performance.now();
  await loadForm(run, form, ALL_CAPABILITIES);
  emit({
    name: `load.reload.${label}`,
    tasks: form.tasks.length,
    syncs: fake.stats.syncCount,
    ms: Math.round(performance.now() - t),
  });
}

async function main(): Promise<void> {
  await benchLoad("fujian1", FUJIAN1);
  await benchLoad("synthetic2000", syntheticForm(2000));
  await benchActions(emit);
  benchCheck(emit);
  await benchWord(emit);
  const bundle = await measureBundle();
  emit({
    name: "bundle.taskpane.initial",
    gzipKB: bundle.initialGzipKB,
    // The e2e budget (tests/e2e/bundle.test.ts); the hard limit is 170.
    budgetKB: 155,
    files: bundle.files.map((f) => ({ file: f.file, gzipKB: Math.round(f.gzipBytes / 102.4) / 10 })),
  });
  await benchFiles(emit);
  await benchCliCheck1(emit);
  await benchFilesWorst(emit);
  await benchUxActions(emit);
  await benchTeam(emit);
  await benchCollectPage(emit);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
