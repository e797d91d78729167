/**
 * Finds the browser for the end-to-end tests: an installed Chrome, Edge or Chromium (scripts/engines.ts
 * says where it looks; CHROMIUM_PATH overrides). playwright-core never downloads a browser here. On Linux
 * as root a missing one is installed with apt-get (Debian's chromium and a Chinese font); elsewhere it
 * fails with the exact command or download to use. It never skips silently.
 *
 *   npx tsx scripts/ensure-chromium.ts      exits 0 when the browser is ready
 */
import { execFileSync } from "node:child_process";
import { CJK_FONT_PACKAGE, ENGINE_NAMES, HOST, aptInstall, engineAction, findBrowser, installHint } from "./engines";

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

function hasCjkFont(): boolean {
  try {
    return execFileSync("fc-list", [":lang=zh", "family"], { encoding: "utf8" }).trim() !== "";
  } catch {
    return false;
  }
}

/** Linux: installs a CJK font as root; otherwise warns with the command (tests still work, screenshots don't). */
function ensureCjkFont(log: Log): void {
  if (process.platform !== "linux" || hasCjkFont()) return;
  if (!HOST.isRoot) {
    log(
      `ensure-chromium: WARNING no Chinese font is installed; screenshots will show boxes. Run: sudo apt-get install -y ${CJK_FONT_PACKAGE}`,
    );
    return;
  }
  execFileSync("apt-get", ["install", "-y", "--no-install-recommends", CJK_FONT_PACKAGE], { stdio: "inherit" });
}

/** Returns the browser's path, installing it first when running as root on Linux. Throws otherwise. */
export function ensureChromium(log: Log = (line) => process.stderr.write(`${line}\n`)): string {
  let path = findBrowser();
  if (!path && engineAction("browser", false) === "install") {
    aptInstall("browser", log);
    path = findBrowser();
  }
  if (!path) throw new Error(`ensure-chromium: ${ENGINE_NAMES.browser} not found; ${installHint("browser")}`);
  ensureCjkFont(log);
  return path;
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
