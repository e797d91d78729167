/** Times 检查完整性 on 附件1 and on a grid of 10,000 measure rows. */
import { performance } from "perf_hooks";
import { FUJIAN1, SAMPLE_DRAFT, type Entries } from "../src/form";
import { planSheet } from "../src/plan/sheet-plan";
import { checkGrid } from "../src/reading/check";
import type { Cell } from "../src/reading/read-grid";
import { syntheticForm } from "./synthetic-form";

function grid(values: (string | null)[][]): Cell[][] {
  return values.map((r) => r.map((v) => v ?? ""));
}

function time(fn: () => void, runs: number): number {
  fn();
  const t = performance.now();
  for (let i = 0; i < runs; i++) fn();
  return (performance.now() - t) / runs;
}

export function benchCheck(emit: (r: Record<string, unknown>) => void): void {
  const g = grid(planSheet(FUJIAN1, SAMPLE_DRAFT).values);
  emit({ name: "check.fujian1", rows: g.length, ms: Number(time(() => checkGrid(FUJIAN1, g), 20).toFixed(2)) });
  const form = syntheticForm(2500);
  const rows: Entries["rows"] = {};
  for (const t of form.tasks)
    rows[t.seq] = Array.from({ length: 4 }, (_, k) => ({
      measure: `举措${k}`,
      target: k === 3 ? "" : "目标",
      unit: k === 2 ? "教务部" : "教务处、人事处",
      time: k === 1 ? "2023" : "2023年",
    }));
  const big = grid(planSheet(form, { header: SAMPLE_DRAFT.header, rows }).values);
  const ms = time(() => checkGrid(form, big), 3);
  emit({ name: "check.rows10000", rows: big.length - 5, ms: Number(ms.toFixed(1)), targetMs: 1000 });
}
