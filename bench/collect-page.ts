/**
 * collect.page100: the collecting page (production build, opened from disk in headless Chromium) checking 100
 * generated college files, against the shipped command line checking the same files (`node bin/fujian1.js check
 * --json`, one process). Wall times: in the page from the files' arrival to the last status (its User Timing marks,
 * src/collect/protocol.ts), the CLI's from start to exit; runs alternating A B A B; medians, and the median of the
 * pairwise ratios (target <= 2).
 * bundle.collect.initial: the page's JavaScript before its charts load (its checking worker included), gzip
 * (budget 200 KB).
 *
 *   npx tsx bench/collect-page.ts      prints these two lines alone
 */
import { spawn } from "child_process";
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { pathToFileURL } from "url";
import { performance } from "perf_hooks";
import { chromium } from "playwright-core";
import { buildInto, measureCollect } from "../scripts/bundle-size";
import { CHROMIUM_ARGS, ensureChromium } from "../scripts/ensure-chromium";
import { manyColleges } from "../tests/e2e/collect-files";
import { MARKS } from "../src/collect/protocol";

const ROOT = path.join(__dirname, "..");
const FILES = 100;
const RUNS = 3;
const TARGET = 2;
const BUDGET_KB = 200;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function timeCli(files: string[]): Promise<number> {
  return new Promise((done, fail) => {
    const t = performance.now();
    const args = [path.join(ROOT, "bin", "fujian1.js"), "check", "--json", ...files];
    const child = spawn(process.execPath, args, { stdio: "ignore", env: { ...process.env, NODE_OPTIONS: "" } });
    child.on("error", fail);
    child.on("close", () => done(performance.now() - t));
  });
}

export async function benchCollectPage(emit: (r: Record<string, unknown>) => void): Promise<void> {
  const tmp = mkdtempSync(path.join(tmpdir(), "fujian1-collect-bench-"));
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS, headless: true });
  try {
    const built = path.join(tmp, "collect");
    const [names] = await Promise.all([manyColleges(path.join(tmp, "files"), FILES), buildInto(built, "collect")]);
    const size = await measureCollect({ outputPath: built });
    emit({
      name: "bundle.collect.initial",
      gzipKB: size.initialGzipKB,
      budgetKB: BUDGET_KB,
      files: size.files.map((f) => ({ file: f.file, gzipKB: Math.round(f.gzipBytes / 102.4) / 10 })),
    });

    const files = names.map((n) => path.join(tmp, "files", n));
    const page = await browser.newPage({ locale: "zh-CN" });
    await page.goto(pathToFileURL(path.join(built, "index.html")).href);
    const timePage = async (): Promise<number> => {
      await page.reload();
      await page.locator("#pick-files").waitFor({ state: "attached" });
      await page.locator("#pick-files").setInputFiles(files);
      await page.locator(".total", { hasText: `共 ${FILES} 个文件` }).waitFor({ timeout: 300_000 });
      // The page's own User Timing marks around the run: what the files cost to check, not Playwright's transfer.
      return page.evaluate(({ start, done }) => globalThis.performance.measure("run", start, done).duration, MARKS);
    };
    await timePage(); // warm-up, as the CLI's first run warms the disk cache
    await timeCli(files);
    const pageMs: number[] = [];
    const cliMs: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      pageMs.push(await timePage());
      cliMs.push(await timeCli(files));
    }
    const ratios = pageMs.map((p, i) => p / cliMs[i]);
    emit({
      name: "collect.page100",
      files: FILES,
      cores: await page.evaluate(() => navigator.hardwareConcurrency),
      pageMs: Math.round(median(pageMs)),
      cliMs: Math.round(median(cliMs)),
      ratio: Math.round(median(ratios) * 100) / 100,
      target: TARGET,
    });
  } finally {
    await browser.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (require.main === module) {
  benchCollectPage((r) => process.stdout.write(JSON.stringify(r) + "\n")).catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
