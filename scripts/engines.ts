/**
 * The real engines the slow tests and the bench drive — a Chromium-family browser for the task pane,
 * LibreOffice for files — found where developers' machines keep them (Debian, Windows, macOS), and what
 * to do when one is missing:
 *
 *   found                                   run
 *   missing, Linux as root with apt-get     install it (Debian and CI containers; as before)
 *   missing, CI=true                        fail the run, naming the engine and how to install it
 *   missing, a developer's machine          skip its suites with one loud line (counted in the summary)
 *
 * Overrides: CHROMIUM_PATH (any Chrome, Edge or Chromium executable), SOFFICE_PATH (LibreOffice's soffice).
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { posix, win32 } from "node:path";

export type EngineId = "browser" | "libreoffice";

/** What the lookup may see of the machine (injectable for tests). */
export interface Host {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  exists(path: string): boolean;
  isRoot: boolean;
}

export const HOST: Host = {
  platform: process.platform,
  env: process.env,
  exists: existsSync,
  isRoot: typeof process.getuid === "function" && process.getuid() === 0,
};

export const ENGINE_NAMES: Record<EngineId, string> = {
  browser: "Chrome/Edge/Chromium",
  libreoffice: "LibreOffice",
};

/** A Chinese font for readable screenshots on Linux. */
export const CJK_FONT_PACKAGE = "fonts-wqy-microhei";
const APT_BROWSER = `apt-get install -y --no-install-recommends chromium ${CJK_FONT_PACKAGE}`;
// Writer too: the Word exports are printed to PDF (tests/libreoffice/word.test.ts; paper.test.ts compares page
// counts); and the Chinese font, which the printouts' text sizes and line counts are measured in.
const APT_LIBREOFFICE = `apt-get install -y --no-install-recommends libreoffice-calc-nogui libreoffice-writer-nogui python3-uno ${CJK_FONT_PACKAGE}`;

export function isCI(env: NodeJS.ProcessEnv): boolean {
  const v = (env.CI ?? "").toLowerCase();
  return v !== "" && v !== "false" && v !== "0";
}

const pathOf = (host: Host) => (host.platform === "win32" ? win32 : posix);

/** Executables named `names` in the folders of PATH. */
function onPath(host: Host, names: string[]): string[] {
  const p = pathOf(host);
  const dirs = (host.env.PATH ?? host.env.Path ?? "").split(p.delimiter).filter(Boolean);
  return dirs.flatMap((d) => names.map((n) => p.join(d, n)));
}

/** Windows install roots: Program Files, Program Files (x86), the user's local programs. */
function windowsRoots(host: Host): string[] {
  const e = host.env;
  return [e.ProgramFiles ?? "C:\\Program Files", e["ProgramFiles(x86)"] ?? "C:\\Program Files (x86)", e.LOCALAPPDATA]
    .filter((r): r is string => !!r)
    .filter((r, i, all) => all.indexOf(r) === i);
}

/**
 * Where Chrome, Edge and Chromium are installed, in the order tried: the places playwright's "chrome" and
 * "msedge" channels look on Windows and macOS, and Debian's chromium first on Linux.
 */
export function browserCandidates(host: Host = HOST): string[] {
  if (host.env.CHROMIUM_PATH) return [host.env.CHROMIUM_PATH];
  if (host.platform === "win32") {
    return windowsRoots(host).flatMap((root) => [
      win32.join(root, "Google", "Chrome", "Application", "chrome.exe"),
      win32.join(root, "Microsoft", "Edge", "Application", "msedge.exe"),
    ]);
  }
  if (host.platform === "darwin") {
    const home = host.env.HOME ?? "";
    return ["/Applications", posix.join(home, "Applications")].flatMap((apps) => [
      `${apps}/Google Chrome.app/Contents/MacOS/Google Chrome`,
      `${apps}/Microsoft Edge.app/Contents/MacOS/Microsoft Edge`,
      `${apps}/Chromium.app/Contents/MacOS/Chromium`,
    ]);
  }
  return [
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
    "/usr/bin/google-chrome-stable",
    "/opt/google/chrome/chrome",
    "/usr/bin/microsoft-edge",
    "/opt/microsoft/msedge/msedge",
  ];
}

export interface LibreOfficePaths {
  soffice: string;
  /** A Python that can `import uno`: LibreOffice's own on Windows and macOS, Debian's python3 (python3-uno). */
  python: string;
}

/** LibreOffice's soffice in its standard install places, then on PATH. */
export function sofficeCandidates(host: Host = HOST): string[] {
  if (host.env.SOFFICE_PATH) return [host.env.SOFFICE_PATH];
  if (host.platform === "win32") {
    return [
      ...windowsRoots(host).map((root) => win32.join(root, "LibreOffice", "program", "soffice.exe")),
      ...onPath(host, ["soffice.exe"]),
    ];
  }
  if (host.platform === "darwin") {
    const home = host.env.HOME ?? "";
    return [
      "/Applications/LibreOffice.app/Contents/MacOS/soffice",
      posix.join(home, "Applications/LibreOffice.app/Contents/MacOS/soffice"),
      ...onPath(host, ["soffice"]),
    ];
  }
  return [
    ...onPath(host, ["soffice"]),
    "/usr/bin/soffice",
    "/usr/lib/libreoffice/program/soffice",
    "/opt/libreoffice/program/soffice",
  ];
}

/** The Python that drives LibreOffice through UNO, for the soffice at `soffice`. */
export function unoPython(soffice: string, host: Host = HOST): string {
  if (host.platform === "win32") return win32.join(win32.dirname(soffice), "python.exe");
  if (host.platform === "darwin") return posix.join(posix.dirname(soffice), "..", "Resources", "python");
  // Debian's python3-uno belongs to the system python; a pyenv or venv python on PATH lacks it.
  return "/usr/bin/python3";
}

export function findBrowser(host: Host = HOST): string | undefined {
  return browserCandidates(host).find((p) => host.exists(p));
}

export function findLibreOffice(host: Host = HOST): LibreOfficePaths | undefined {
  const soffice = sofficeCandidates(host).find((p) => host.exists(p));
  return soffice ? { soffice, python: unoPython(soffice, host) } : undefined;
}

/** How to install an engine on this platform (one line). */
export function installHint(engine: EngineId, host: Host = HOST): string {
  if (engine === "browser") {
    const set = "or set CHROMIUM_PATH to a Chrome, Edge or Chromium executable";
    if (host.platform === "win32")
      return `install Microsoft Edge or Google Chrome (winget install Google.Chrome), ${set}`;
    if (host.platform === "darwin") return `install Google Chrome (brew install --cask google-chrome), ${set}`;
    return `run: sudo sh -c 'apt-get update && ${APT_BROWSER}', ${set}`;
  }
  const set = "or set SOFFICE_PATH to its soffice";
  if (host.platform === "win32")
    return `install LibreOffice (winget install TheDocumentFoundation.LibreOffice or libreoffice.org), ${set}`;
  if (host.platform === "darwin")
    return `install LibreOffice (brew install --cask libreoffice or libreoffice.org), ${set}`;
  return `run: sudo sh -c 'apt-get update && ${APT_LIBREOFFICE}', ${set}`;
}

export type EngineAction = "run" | "install" | "fail" | "skip";

function hasAptGet(host: Host): boolean {
  return host.exists("/usr/bin/apt-get");
}

/** The environment variable that names an engine's executable instead of searching. */
export const OVERRIDE_VARS: Record<EngineId, string> = { browser: "CHROMIUM_PATH", libreoffice: "SOFFICE_PATH" };

/**
 * What to do about an engine that was (or was not) found. apt-get installs only on Linux as root, and
 * not when the executable was named in CHROMIUM_PATH / SOFFICE_PATH (installing would not put it there).
 */
export function engineAction(engine: EngineId, found: boolean, host: Host = HOST): EngineAction {
  if (found) return "run";
  const named = !!host.env[OVERRIDE_VARS[engine]];
  if (host.platform === "linux" && host.isRoot && !named && hasAptGet(host)) return "install";
  return isCI(host.env) ? "fail" : "skip";
}

/** The one line for a missing engine: what is skipped (or, with CI=true, that it fails) and how to install it. */
export function missingLine(engine: EngineId, host: Host = HOST, skippedTests?: number): string {
  const how = installHint(engine, host);
  if (isCI(host.env)) return `${ENGINE_NAMES[engine]} not found and CI=true, so this fails; ${how}`;
  const what = skippedTests === undefined ? "its test suites are" : `${skippedTests} tests`;
  return `${ENGINE_NAMES[engine]} not found: ${what} SKIPPED; to run them, ${how}`;
}

/** Installs an engine with apt-get (Linux as root only). Throws with the command when it fails. */
export function aptInstall(engine: EngineId, log: (line: string) => void = (l) => process.stderr.write(`${l}\n`)) {
  const command = `apt-get update && ${engine === "browser" ? APT_BROWSER : APT_LIBREOFFICE}`;
  log(`engines: ${command}`);
  const r = spawnSync("sh", ["-c", command], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  if (r.status !== 0) throw new Error(`engines: "${command}" failed (exit ${r.status ?? r.signal})`);
}
