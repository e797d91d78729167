/**
 * cli.check1: the shipped command line checking one filled 附件1 file, as a user runs it (a new Node
 * process: `node bin/fujian1.js check FILE`, the built bundle), against LibreOffice headless converting the
 * same file to CSV (`soffice --headless --convert-to csv`, a new process with a warm private profile).
 * Whole-process wall times, one warm-up each, then the two in turn (A B A B ...) so a drift in the shared
 * machine's speed hits both; the figures are medians and the ratio is the median of the pairwise ratios.
 * Target: ratio <= 0.1.
 */
import { spawn } from "child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { performance } from "perf_hooks";
import { FUJIAN1, SAMPLE_DRAFT } from "../src/form";
import { planSheet } from "../src/plan/sheet-plan";
import { writeWorkbook } from "../src/xlsx/write-plan";
import { missingLine } from "../scripts/engines";
import { killStarted, libreOffice, privateProfile, runGroup } from "../tests/libreoffice/soffice";

const ROOT = path.join(__dirname, "..");
const RUNS = 5;
const TARGET = 0.1;

/** Wall milliseconds of one process, start to exit. */
function timeProcess(command: string, args: string[], cwd: string): Promise<{ ms: number; code: number | null }> {
  return new Promise((done, fail) => {
    const t = performance.now();
    const child = spawn(command, args, { cwd, stdio: "ignore", env: { ...process.env, NODE_OPTIONS: "" } });
    child.on("error", fail);
    child.on("close", (code) => done({ ms: performance.now() - t, code }));
  });
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

export async function benchCliCheck1(emit: (r: Record<string, unknown>) => void): Promise<void> {
  const lo = libreOffice();
  if (!lo) {
    emit({ name: "cli.check1", skipped: missingLine("libreoffice") });
    return;
  }
  const dir = mkdtempSync(path.join(tmpdir(), "fujian1-check1-"));
  const profile = privateProfile();
  try {
    const file = path.join(dir, "附件1-sample.xlsx");
    writeFileSync(file, await writeWorkbook(planSheet(FUJIAN1, SAMPLE_DRAFT)));
    const outDir = path.join(dir, "csv");
    mkdirSync(outDir);
    const cli = () => timeProcess(process.execPath, [path.join(ROOT, "bin", "fujian1.js"), "check", file], dir);
    const soffice = async () => {
      const t = performance.now();
      const args = [`-env:UserInstallation=${profile.url}`, "--headless", "--norestore"];
      const r = await runGroup(lo.soffice, [...args, "--convert-to", "csv", "--outdir", outDir, file], {
        timeoutMs: 120_000,
      });
      if (r.code !== 0) throw new Error(`soffice exited with ${r.code}: ${r.stderr}`);
      return { ms: performance.now() - t };
    };
    const first = await cli();
    // The sample has findings: exit 1 means it was read and checked (2 would be a file it could not read).
    if (first.code !== 1) throw new Error(`fujian1 check exited with ${first.code} on the sample`);
    await soffice();
    const cliMs: number[] = [];
    const loMs: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      cliMs.push((await cli()).ms);
      loMs.push((await soffice()).ms);
    }
    const ratio = median(cliMs.map((c, i) => c / loMs[i]));
    emit({
      name: "cli.check1",
      runs: RUNS,
      cliMs: Math.round(median(cliMs)),
      libreOfficeCsvMs: Math.round(median(loMs)),
      ratio: Number(ratio.toFixed(3)),
      target: `<= ${TARGET}`,
      cliRangeMs: [Math.round(Math.min(...cliMs)), Math.round(Math.max(...cliMs))],
    });
  } finally {
    killStarted();
    profile.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  benchCliCheck1((r) => process.stdout.write(JSON.stringify(r) + "\n")).catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
