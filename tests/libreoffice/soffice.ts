/**
 * LibreOffice headless for tests and the bench: find or install it, run it
 * with a private profile, and end only the processes started here (by their
 * process group), never by name.
 */
import { spawn, spawnSync } from "child_process";
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { pathToFileURL } from "url";
import {
  ENGINE_NAMES,
  engineAction,
  aptInstall,
  findLibreOffice,
  installHint,
  type LibreOfficePaths,
} from "../../scripts/engines";

/** LibreOffice where scripts/engines.ts finds it (standard install paths, PATH, SOFFICE_PATH); looked up once. */
let found: LibreOfficePaths | undefined | null = null;
export function libreOffice(): LibreOfficePaths | undefined {
  if (found === null) found = findLibreOffice();
  return found;
}

/** The soffice executable to run (throws when LibreOffice is not installed). */
export function soffice(): string {
  const lo = libreOffice();
  if (!lo) throw new Error(`${ENGINE_NAMES.libreoffice} not found; ${installHint("libreoffice")}`);
  return lo.soffice;
}

function works(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: "ignore" }).status === 0;
}

export function hasSoffice(): boolean {
  return libreOffice() !== undefined;
}

/** Whether LibreOffice's Python can drive it through UNO (Debian: the python3-uno package). */
export function hasPythonUno(): boolean {
  const lo = libreOffice();
  return !!lo && works(lo.python, ["-c", "import uno"]);
}

/** Everything the UNO-driven suites need: soffice and a Python with uno. */
export function hasLibreOfficeUno(): boolean {
  return hasSoffice() && hasPythonUno();
}

/**
 * Installs LibreOffice (and python3-uno) when missing and running as root on Linux; otherwise fails with how to install
 * it.
 */
export function ensureLibreOffice(): void {
  if (hasLibreOfficeUno()) return;
  if (engineAction("libreoffice", false) !== "install")
    throw new Error(
      `${ENGINE_NAMES.libreoffice} (with its Python UNO bridge) not found; ${installHint("libreoffice")}`,
    );
  aptInstall("libreoffice");
  found = null;
  if (!hasLibreOfficeUno()) throw new Error(`Installing LibreOffice failed; ${installHint("libreoffice")}`);
}

/** Process groups started here and not yet ended. */
const started = new Set<number>();

export interface Profile {
  url: string;
  dir: string;
  dispose(): void;
}

/** A private LibreOffice user profile, so runs never share (or lock) the default one. */
export function privateProfile(): Profile {
  const dir = mkdtempSync(path.join(tmpdir(), "lo-profile-"));
  return { dir, url: pathToFileURL(dir).href, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs a command in its own process group; resolves with its exit code and output. */
export function runGroup(
  command: string,
  args: string[],
  options: { timeoutMs: number; cwd?: string; env?: NodeJS.ProcessEnv },
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const pid = child.pid;
    if (pid === undefined) return reject(new Error(`could not start ${command}`));
    started.add(pid);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => killGroup(pid), options.timeoutMs);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      killGroup(pid);
      resolve({ code, stdout, stderr });
    });
  });
}

function killGroup(pid: number): void {
  try {
    // Windows has no process groups: taskkill ends the process and its children (/T).
    if (process.platform === "win32") spawnSync("taskkill", ["/pid", String(pid), "/T", "/F"], { stdio: "ignore" });
    else process.kill(-pid, "SIGKILL");
  } catch {
    // Already gone.
  }
  started.delete(pid);
}

/** Ends every process group started here that is still running (for afterAll). */
export function killStarted(): void {
  for (const pid of [...started]) killGroup(pid);
}

/**
 * LibreOffice 7.4 silently stops after about 250 command-line arguments (it
 * converted 246 of 500 files and exited 0), so files go in batches.
 */
export const CONVERT_BATCH = 200;

/**
 * `soffice --headless --convert-to TARGET --outdir DIR FILES...`, one invocation per batch of files. Returns the
 * invocations made.
 */
export async function convert(
  files: string[],
  target: string,
  outDir: string,
  timeoutMs = 20 * 60_000,
): Promise<number> {
  const profile = privateProfile();
  let invocations = 0;
  try {
    for (let i = 0; i < files.length; i += CONVERT_BATCH) {
      const batch = files.slice(i, i + CONVERT_BATCH);
      const r = await runGroup(
        soffice(),
        [
          `-env:UserInstallation=${profile.url}`,
          "--headless",
          "--norestore",
          "--convert-to",
          target,
          "--outdir",
          outDir,
          ...batch,
        ],
        { timeoutMs },
      );
      invocations++;
      if (r.code !== 0) throw new Error(`soffice exited with ${r.code}: ${r.stderr}`);
    }
  } finally {
    profile.dispose();
  }
  return invocations;
}

/** Runs the UNO driver (lo_driver.py) on a job file, in one soffice session. */
export async function runDriver(jobFile: string, timeoutMs = 10 * 60_000): Promise<void> {
  const script = path.join(__dirname, "lo_driver.py");
  const lo = libreOffice();
  if (!lo) throw new Error(`${ENGINE_NAMES.libreoffice} not found; ${installHint("libreoffice")}`);
  const r = await runGroup(lo.python, [script, jobFile], { timeoutMs, env: { SOFFICE: lo.soffice } });
  if (r.code !== 0) throw new Error(`lo_driver.py exited with ${r.code}:\n${r.stdout}\n${r.stderr}`);
}
