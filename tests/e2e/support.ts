/** End-to-end support: build the preview once, serve it on loopback, drive Debian's chromium. */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { CHROMIUM_ARGS, ensureChromium } from "../../scripts/ensure-chromium";

export const ROOT = resolve(__dirname, "../..");
export const SHOTS = join(ROOT, "test-results", "e2e");
const WEBPACK = join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");

/** Runs node with args in the repo; rejects with the output's tail on failure. */
export function runNode(args: string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (out += d.toString()));
    child.on("error", fail);
    child.on("close", (code) =>
      code === 0 ? done(out) : fail(new Error(`node ${args.join(" ")} exited ${code}\n${out.slice(-4000)}`)),
    );
  });
}

const previewArgs = (out: string) => [
  WEBPACK,
  "--config",
  "webpack.preview.js",
  "--mode",
  "development",
  "--no-devtool",
  "--output-path",
  out,
];

/** Builds the preview (development mode, no source maps) into a fresh temp folder. */
export async function buildPreview(): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), "fujian1-preview-"));
  await runNode(previewArgs(out));
  return out;
}

const collectArgs = (out: string) => [
  WEBPACK,
  "--config-name",
  "collect",
  "--mode",
  "development",
  "--no-devtool",
  "--output-path",
  out,
];

/**
 * A build made once per Jest run and shared by the test files that use it (they may run side by side in two
 * workers): the first to ask builds it into the run's folder (made and removed by scripts/jest-run-dir-setup.cjs
 * and -teardown.cjs) while the others wait for it; a failed build fails them all with its output. Do not remove the
 * folder it returns.
 */
async function sharedBuild(name: string, args: (out: string) => string[]): Promise<string> {
  const run = process.env.FUJIAN1_JEST_RUN_DIR;
  if (!run) throw new Error("shared builds run under Jest with scripts/jest-run-dir-setup.cjs as its globalSetup");
  const out = join(run, name);
  const [done, failed] = [join(run, `${name}.done`), join(run, `${name}.failed`)];
  try {
    mkdirSync(join(run, `${name}.lock`)); // atomic: exactly one caller gets to build
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    for (const until = Date.now() + 280_000; Date.now() < until;) {
      if (existsSync(done)) return out;
      if (existsSync(failed)) throw new Error(`the shared ${name} build failed:\n${readFileSync(failed, "utf8")}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`the shared ${name} build did not finish within 280 s`);
  }
  try {
    await runNode(args(out));
  } catch (e) {
    writeFileSync(failed, String(e instanceof Error ? e.message : e));
    throw e;
  }
  writeFileSync(done, "");
  return out;
}

/** The preview as buildPreview() builds it, once per Jest run (see sharedBuild). */
export const sharedPreview = (): Promise<string> => sharedBuild("preview", previewArgs);

/** The collecting page (webpack.config.js's "collect", development mode), once per Jest run. */
export const sharedCollect = (): Promise<string> => sharedBuild("collect", collectArgs);

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
};

export interface Served {
  url: string;
  close(): Promise<void>;
}

/** A static file server for `dir` on 127.0.0.1 and a free port. */
export async function serve(dir: string): Promise<Served> {
  const root = resolve(dir);
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const file = normalize(join(root, path.endsWith("/") ? `${path}index.html` : path));
    if (!file.startsWith(root) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, {
      "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
      "Cache-Control": "no-store",
    });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

/** Headless Debian chromium; playwright gives every launch a fresh temporary --user-data-dir. */
export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS, headless: true });
}

/** A page with the preview loaded, failing the test on any page error. */
export async function openPreview(browser: Browser, url: string, errors: string[]): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1600, height: 900 }, locale: "zh-CN" });
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto(url);
  await page.locator("#pane main").waitFor();
  return page;
}

/** Saves the pane and the grid as PNGs under test-results/e2e/. */
export async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.locator("#pane").screenshot({ path: join(SHOTS, `${name}-pane.png`) });
  await page
    .locator("section[aria-label]")
    .first()
    .screenshot({ path: join(SHOTS, `${name}-grid.png`) });
}

export function removeDir(dir: string | undefined): void {
  if (dir) rmSync(dir, { recursive: true, force: true });
}
