/**
 * 500 filled 附件1 files: `check` over all of them, in-process (the command line's own code: files.check500) and
 * as a user runs it (the built bundle, `node bin/fujian1.js check -q` with the 500 files, one process:
 * files.cli500), against LibreOffice headless converting the same files to CSV (one soffice invocation per
 * 200 files: LibreOffice drops arguments past about 250). Target: both at most a tenth of LibreOffice's time.
 */
import { spawnSync } from "child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { performance } from "perf_hooks";
import { FUJIAN1, SAMPLE_DRAFT, type Entries } from "../src/form";
import { planSheet } from "../src/plan/sheet-plan";
import { checkFile } from "../src/cli/check-file";
import { writeWorkbook } from "../src/xlsx/write-plan";
import { convert, hasSoffice, killStarted } from "../tests/libreoffice/soffice";

const CSV_UTF8 = "csv:Text - txt - csv (StarCalc):44,34,76";

/** The sample with a college of its own, some empty tasks filled in, and a few typical mistakes. */
function variation(i: number): Entries {
  const { units, times } = FUJIAN1.lists;
  const rows: Entries["rows"] = { ...SAMPLE_DRAFT.rows };
  FUJIAN1.tasks.forEach((t, k) => {
    if ((k + i) % 3 !== 0 || rows[t.seq]?.some((r) => r.measure)) return;
    const mistake = (k * 7 + i) % 11;
    rows[t.seq] = [
      {
        measure: `第${i}校举措${t.seq}`,
        target: mistake === 1 ? "" : `完成目标${t.seq}`,
        unit:
          mistake === 2
            ? "教务部"
            : `${units[(k + i) % units.length]}${mistake === 3 ? `、${units[(k + i + 1) % units.length]}` : ""}`,
        time: mistake === 4 ? "2023" : times[(k + i) % times.length],
      },
    ];
  });
  return {
    header: { unit: `第${i}职业技术学院`, contact: "张三", phone: "13800138000" },
    rows,
    marks: i % 5 === 0 ? { "6": "本校无涉农专业" } : undefined,
  };
}

export async function benchFiles(emit: (r: Record<string, unknown>) => void, count = 500): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "fujian1-bench-"));
  try {
    const inDir = path.join(dir, "in");
    mkdirSync(inDir);
    let t = performance.now();
    const files: string[] = [];
    for (let i = 0; i < count; i++) {
      const file = path.join(inDir, `college-${String(i).padStart(3, "0")}.xlsx`);
      writeFileSync(file, await writeWorkbook(planSheet(FUJIAN1, variation(i))));
      files.push(file);
    }
    emit({ name: "files.generate", files: count, ms: Math.round(performance.now() - t) });

    t = performance.now();
    const statuses: Record<string, number> = {};
    for (const file of files) {
      const o = await checkFile(file, FUJIAN1);
      statuses[o.status] = (statuses[o.status] ?? 0) + 1;
    }
    const checkMs = Math.round(performance.now() - t);
    emit({
      name: "files.check500",
      files: count,
      ms: checkMs,
      perFileMs: Number((checkMs / count).toFixed(1)),
      statuses,
    });

    t = performance.now();
    const bin = path.join(__dirname, "..", "bin", "fujian1.js");
    const run = spawnSync(process.execPath, [bin, "check", "-q", ...files], {
      env: { ...process.env, NODE_OPTIONS: "" },
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    const cliMs = Math.round(performance.now() - t);
    const lines = run.stdout.split("\n").filter((l) => l.includes(".xlsx"));
    emit({
      name: "files.cli500",
      files: lines.length,
      exit: run.status,
      ms: cliMs,
      perFileMs: Number((cliMs / count).toFixed(1)),
    });

    if (!hasSoffice()) {
      emit({
        name: "files.libreoffice-csv500",
        skipped: "soffice not found; install libreoffice-calc-nogui to compare",
      });
      return;
    }
    const outDir = path.join(dir, "csv");
    mkdirSync(outDir);
    t = performance.now();
    const invocations = await convert(files, CSV_UTF8, outDir, 60 * 60_000);
    const loMs = Math.round(performance.now() - t);
    const converted = readdirSync(outDir).filter((f) => f.endsWith(".csv")).length;
    emit({
      name: "files.libreoffice-csv500",
      files: converted,
      invocations,
      ms: loMs,
      perFileMs: Number((loMs / count).toFixed(1)),
    });
    emit({
      name: "files.ratio",
      checkOverLibreOffice: Number((checkMs / loMs).toFixed(3)),
      cliOverLibreOffice: Number((cliMs / loMs).toFixed(3)),
      target: "<= 0.10",
    });
  } finally {
    killStarted();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const count = Number(process.argv[2] ?? 500);
  benchFiles((r) => process.stdout.write(JSON.stringify(r) + "\n"), count).catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
