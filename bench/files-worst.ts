/**
 * files.worst: every hostile or heavy fixture the reader tests make, each checked by the shipped command
 * line in a process of its own (the built bundle's `main`, as `fujian1 check` runs it), with its wall time
 * and peak RSS (VmHWM from /proc on Linux, else process.resourceUsage().maxRSS). Prints the slowest and the
 * largest-memory one, against the targets: any file within src/xlsx/limits.ts in under 5 s and 300 MB.
 * Run alone: `npx tsx bench/files-worst.ts`.
 */
import { spawn } from "child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { SAMPLE_DRAFT } from "../src/form";
import { MAX_TEXT_CHARS } from "../src/ooxml/limits";
import { MAX_ROWS } from "../src/xlsx/limits";
import {
  declaredBomb,
  formFile,
  handPackage,
  lyingBomb,
  planGrid,
  randomBytes,
  readyEntries,
  styledEmptyCells,
  wholeColumnValidations,
  zipParts,
} from "../tests/xlsx/fixtures";

const ROOT = path.join(__dirname, "..");
const BUNDLE = path.join(ROOT, "dist-cli", "fujian1.cjs");
const TARGET_MS = 5000;
const TARGET_RSS_MB = 300;

/** The fixtures, by name: heavy but within every limit, or hostile. */
async function fixtures(): Promise<Record<string, Uint8Array>> {
  const sample = await formFile(SAMPLE_DRAFT);
  const ready = planGrid(readyEntries("满行学院"));
  // Every row up to the row limit holds values (inline strings), all 64 columns read.
  const fullRows = ready.concat(
    Array.from({ length: MAX_ROWS - ready.length }, (_, r) => Array.from({ length: 64 }, (_, c) => `值${r}-${c}`)),
  );
  const longText = ready.map((row) => [...row]);
  longText[longText.length - 1][5] = "长".repeat(MAX_TEXT_CHARS - 1000);
  const manySheets: Record<string, unknown[][]> = {};
  for (let i = 0; i < 300; i++) manySheets[`表${i}`] = ready.slice(0, 6);
  manySheets["附件1"] = ready;
  return {
    "sample.xlsx": sample,
    "whole-column-validations.xlsx": await wholeColumnValidations(sample),
    "styled-empty-8.6M-cells.xlsx": await styledEmptyCells(sample, 134_000),
    "values-in-every-cell.xlsx": await zipParts(handPackage({ 附件1: fullRows })),
    "text-near-limit.xlsx": await zipParts(handPackage({ 附件1: longText })),
    "300-sheets.xlsx": await zipParts(handPackage(manySheets as Record<string, never[][]>)),
    "lying-bomb.xlsx": await lyingBomb(300),
    "declared-bomb.xlsx": declaredBomb(),
    "random-bytes.xlsx": randomBytes(),
  };
}

interface Measure {
  file: string;
  sizeMB: number;
  ms: number;
  peakRssMB: number;
  exit: number;
}

/** One check in a fresh process: time inside it (startup excluded) and its peak RSS. */
function measure(file: string): Promise<Measure> {
  const code = `
const t = process.hrtime.bigint();
const io = { out() {}, err() {}, errIsTTY: false };
require(${JSON.stringify(BUNDLE)}).main(["check", "--json", ${JSON.stringify(file)}], io).then((exit) => {
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  // Peak RSS in KB: VmHWM where /proc has it (getrusage's maxRSS keeps the forking parent's peak across exec).
  let rss = process.resourceUsage().maxRSS;
  try {
    const m = /VmHWM:\\s+(\\d+) kB/.exec(require("fs").readFileSync("/proc/self/status", "utf8"));
    if (m) rss = Number(m[1]);
  } catch {}
  process.stdout.write(JSON.stringify({ exit, ms, rss }));
});`;
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ["-e", code], { env: { ...process.env, NODE_OPTIONS: "" } });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d));
    child.on("error", fail);
    child.on("close", () => {
      try {
        const r = JSON.parse(out) as { exit: number; ms: number; rss: number };
        done({
          file: path.basename(file),
          sizeMB: Math.round(statSync(file).size / 1e4) / 100,
          ms: Math.round(r.ms),
          peakRssMB: Math.round(r.rss / 1024),
          exit: r.exit,
        });
      } catch {
        fail(new Error(`no result for ${file}: ${out.slice(0, 200)}`));
      }
    });
  });
}

export async function benchFilesWorst(emit: (r: Record<string, unknown>) => void): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "fujian1-worst-"));
  try {
    const measures: Measure[] = [];
    for (const [name, bytes] of Object.entries(await fixtures())) {
      const file = path.join(dir, name);
      writeFileSync(file, bytes);
      measures.push(await measure(file));
    }
    const slowest = measures.reduce((a, b) => (b.ms > a.ms ? b : a));
    const largest = measures.reduce((a, b) => (b.peakRssMB > a.peakRssMB ? b : a));
    emit({
      name: "files.worst",
      fixtures: measures.length,
      slowest,
      largestMemory: largest,
      targetMs: TARGET_MS,
      targetRssMB: TARGET_RSS_MB,
      withinTargets: measures.every((m) => m.ms < TARGET_MS && m.peakRssMB < TARGET_RSS_MB),
      all: measures,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  benchFilesWorst((r) => process.stdout.write(JSON.stringify(r) + "\n")).catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
