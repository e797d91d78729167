/**
 * Start-up download of the task pane: the gzip size of the JavaScript files that
 * taskpane.html loads with <script> tags (office.js from the CDN is listed apart, not counted).
 * And the collecting page's (dist/collect/index.html): its scripts, the checking worker inside them
 * included, before the charts (and the summary workbook's writer) are loaded.
 *
 *   npx tsx scripts/bundle-size.ts          production build into a temp folder, then measure
 *   npx tsx scripts/bundle-size.ts dist     measure an existing build
 *   npx tsx scripts/bundle-size.ts --collect [dist/collect]   the collecting page
 *
 * bench and the e2e budget test call measureBundle() and measureCollect().
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";

export interface BundleFile {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface BundleSize {
  /** Sum of the initial scripts' gzip sizes in KiB (1024 bytes), one decimal. */
  initialGzipKB: number;
  files: BundleFile[];
  /** Scripts from other hosts (office.js), not counted. */
  external: string[];
  /** Milliseconds spent building, 0 when measuring an existing folder. */
  buildMs: number;
}

const ROOT = resolve(__dirname, "..");

/** Production build of one of webpack.config.js's configurations ("taskpane" or "collect") into `dir`. */
export function buildInto(dir: string, config: "taskpane" | "collect" = "taskpane"): Promise<void> {
  const cli = join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");
  return new Promise((done, fail) => {
    const args = [cli, "--config-name", config, "--mode", "production", "--output-path", dir];
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (out += d.toString()));
    child.on("error", fail);
    child.on("close", (code) => (code === 0 ? done() : fail(new Error(`webpack exited ${code}\n${out.slice(-3000)}`))));
  });
}

/** Script sources of an HTML page, in order (quoted or, as minified HTML has them, bare). */
export function scriptSources(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*?\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)].map(
    (m) => m[1] ?? m[2] ?? m[3],
  );
}

/** Measures `outputPath`, or builds the production task pane into a temp folder first. */
export function measureBundle(options: { outputPath?: string } = {}): Promise<BundleSize> {
  return measurePage("taskpane", "taskpane.html", options);
}

/** The collecting page before its charts load: measures `outputPath` (dist/collect), or builds it first. */
export function measureCollect(options: { outputPath?: string } = {}): Promise<BundleSize> {
  return measurePage("collect", "index.html", options);
}

async function measurePage(
  config: "taskpane" | "collect",
  html: string,
  options: { outputPath?: string },
): Promise<BundleSize> {
  const built = options.outputPath ? null : mkdtempSync(join(tmpdir(), "fujian1-bundle-"));
  const dir = options.outputPath ? resolve(options.outputPath) : (built as string);
  const started = Date.now();
  try {
    if (built) await buildInto(built, config);
    const buildMs = built ? Date.now() - started : 0;
    const sources = scriptSources(readFileSync(join(dir, html), "utf8"));
    const external = sources.filter((s) => /^(https?:)?\/\//i.test(s));
    const files = sources
      .filter((s) => !external.includes(s))
      .map((s) => {
        const content = readFileSync(join(dir, s.split(/[?#]/)[0]));
        return { file: s, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
      });
    const total = files.reduce((sum, f) => sum + f.gzipBytes, 0);
    return { initialGzipKB: Math.round((total / 1024) * 10) / 10, files, external, buildMs };
  } finally {
    if (built) rmSync(built, { recursive: true, force: true });
  }
}

export function formatBundle(size: BundleSize, what = "task pane start-up scripts"): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const lines = size.files.map(
    (f) => `  ${f.file.padEnd(32)} ${kb(f.bytes).padStart(10)}  gzip ${kb(f.gzipBytes).padStart(9)}`,
  );
  return [
    `${what} (gzip -9):`,
    ...lines,
    `  total gzip: ${size.initialGzipKB} KB${size.buildMs ? ` (production build ${(size.buildMs / 1000).toFixed(1)} s)` : ""}`,
    ...size.external.map((e) => `  not counted (external): ${e}`),
  ].join("\n");
}

if (typeof require !== "undefined" && require.main === module) {
  const collect = process.argv[2] === "--collect";
  const outputPath = process.argv[collect ? 3 : 2];
  (collect ? measureCollect({ outputPath }) : measureBundle({ outputPath })).then(
    (size) => console.log(formatBundle(size, collect ? "collecting page before its charts" : undefined)),
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : String(e));
      process.exit(1);
    },
  );
}
