/**
 * Makes sure Debian's chromium (and a Chinese font) is installed for the end-to-end tests:
 * playwright-core cannot download its own browsers here. As root it installs the packages with
 * apt-get; otherwise it fails with the exact command to run. It never skips silently.
 *
 *   npx tsx scripts/ensure-chromium.ts      exits 0 when the browser is ready
 *
 * CHROMIUM_PATH overrides /usr/bin/chromium (e.g. on a developer's Mac or Windows machine).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
/** A small CJK font, so Chinese renders in screenshots instead of empty boxes. */
const CJK_FONT_PACKAGE = "fonts-wqy-microhei";
export const INSTALL_COMMAND = `sudo apt-get update && sudo apt-get install -y chromium ${CJK_FONT_PACKAGE}`;

/** Flags for headless Chromium in containers and CI. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
  "--disable-quic",
];

type Log = (line: string) => void;

function run(cmd: string, args: string[], log: Log): void {
  log(`ensure-chromium: ${cmd} ${args.join(" ")}`);
  const r = spawnSync(cmd, args, {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  if (r.status !== 0)
    throw new Error(`ensure-chromium: "${cmd} ${args.join(" ")}" failed (exit ${r.status ?? r.signal}).`);
}

function hasCjkFont(): boolean {
  try {
    return execFileSync("fc-list", [":lang=zh", "family"], { encoding: "utf8" }).trim() !== "";
  } catch {
    return false;
  }
}

const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;

/** Installs a CJK font as root; otherwise warns with the command (tests still work, screenshots don't). */
function ensureCjkFont(log: Log): void {
  if (process.platform !== "linux" || hasCjkFont()) return;
  if (!isRoot()) {
    log(
      `ensure-chromium: WARNING no Chinese font is installed; screenshots will show boxes. Run: sudo apt-get install -y ${CJK_FONT_PACKAGE}`,
    );
    return;
  }
  run("apt-get", ["install", "-y", "--no-install-recommends", CJK_FONT_PACKAGE], log);
}

function aptPolicy(): string {
  try {
    return execFileSync("apt-cache", ["policy", "chromium"], { encoding: "utf8" });
  } catch {
    throw new Error(`ensure-chromium: apt-cache is not available; install chromium by hand (${INSTALL_COMMAND}).`);
  }
}

/** Returns the browser's path, installing it first when running as root on Linux. Throws otherwise. */
export function ensureChromium(log: Log = (line) => process.stderr.write(`${line}\n`)): string {
  if (existsSync(CHROMIUM_PATH)) {
    ensureCjkFont(log);
    return CHROMIUM_PATH;
  }
  if (process.platform !== "linux") {
    throw new Error(
      `ensure-chromium: ${CHROMIUM_PATH} not found. Install Chromium and set CHROMIUM_PATH to its executable.`,
    );
  }
  if (!isRoot()) {
    throw new Error(
      `ensure-chromium: ${CHROMIUM_PATH} is missing. Install Debian's chromium package first:\n\n    ${INSTALL_COMMAND}\n`,
    );
  }
  log(aptPolicy().trim());
  run("apt-get", ["update"], log);
  if (!/Candidate:\s*\d/.test(aptPolicy())) {
    throw new Error(
      "ensure-chromium: apt has no chromium package even after apt-get update (Debian bookworm's main archive is expected).",
    );
  }
  run("apt-get", ["install", "-y", "--no-install-recommends", "chromium", CJK_FONT_PACKAGE], log);
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(`ensure-chromium: chromium was installed but ${CHROMIUM_PATH} does not exist.`);
  return CHROMIUM_PATH;
}

if (typeof require !== "undefined" && require.main === module) {
  try {
    const path = ensureChromium();
    const version = execFileSync(path, ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    console.log(`ensure-chromium: ${version} at ${path}`);
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  }
}
