/**
 * Word out and in for 附件1 (the sample draft): writeDocx and readDocx, first call (cold: modules warm up)
 * and the median of later calls. Targets: export under 1 s, import under 100 ms (median; issue 18 — the import
 * now also lays paragraphs into rows and numbers Word's lists).
 */
import { performance } from "perf_hooks";
import { FUJIAN1, SAMPLE_DRAFT } from "../src/form";
import { readDocx } from "../src/word/read-docx";
import { writeDocx } from "../src/word/write-docx";

async function timings<T>(fn: () => Promise<T>, runs: number): Promise<{ firstMs: number; medianMs: number; last: T }> {
  let last!: T;
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    last = await fn();
    ms.push(performance.now() - t);
  }
  const rest = ms.slice(1).sort((a, b) => a - b);
  return { firstMs: Math.round(ms[0]), medianMs: Math.round(rest[Math.floor(rest.length / 2)]), last };
}

export async function benchWord(emit: (r: Record<string, unknown>) => void): Promise<void> {
  const out = await timings(() => writeDocx(FUJIAN1, SAMPLE_DRAFT), 7);
  const bytes = out.last;
  emit({
    name: "word.export",
    tasks: FUJIAN1.tasks.length,
    bytes: bytes.length,
    firstMs: out.firstMs,
    medianMs: out.medianMs,
    targetMs: 1000,
  });
  const inn = await timings(() => readDocx(bytes, FUJIAN1), 7);
  const rows = "entries" in inn.last ? Object.values(inn.last.entries.rows).reduce((n, r) => n + r.length, 0) : 0;
  emit({
    name: "word.import",
    tasks: FUJIAN1.tasks.length,
    rows,
    firstMs: inn.firstMs,
    medianMs: inn.medianMs,
    targetMs: 100,
  });
}

// `npx tsx bench/word.ts` prints these two lines alone.
if (require.main === module) {
  benchWord((r) => process.stdout.write(JSON.stringify(r) + "\n")).catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
