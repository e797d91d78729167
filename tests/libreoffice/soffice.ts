/**
 * LibreOffice headless for tests and the bench: find or install it, run it
 * with a private profile, and end only the processes started here (by their
 * process group), never by name.
 */
import { execFileSync, spawn, spawnSync } from "child_process";
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";

/** The Debian python that has the uno module (python3-uno); a pyenv python on PATH does not. */
export const SYSTEM_PYTHON = "/usr/bin/python3";
export const INSTALL_COMMAND =
  "apt-get update && apt-get install -y --no-install-recommends libreoffice-calc-nogui python3-uno";

function works(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: "ignore" }).status === 0;
}

export function hasSoffice(): boolean {
  return works("soffice", ["--version"]);
}

export function hasPythonUno(): boolean {
  return works(SYSTEM_PYTHON, ["-c", "import uno"]);
}

/** Installs LibreOffice (and python3-uno) when missing and running as root; otherwise fails with the command to run. */
export function ensureLibreOffice(): void {
  if (hasSoffice() && hasPythonUno()) return;
  if (process.getuid?.() !== 0) {
    throw new Error(
      `LibreOffice headless (soffice) and python3-uno are needed for these tests. Run as root:\n  sudo sh -c '${INSTALL_COMMAND}'`,
    );
  }
  execFileSync("sh", ["-c", INSTALL_COMMAND], {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  if (!hasSoffice() || !hasPythonUno()) throw new Error(`Installing LibreOffice failed; run: ${INSTALL_COMMAND}`);
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
  return { dir, url: `file://${dir}`, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs a command in its own process group; resolves with its exit code and output. */
export function runGroup(
  command: string,
  args: string[],
  options: { timeoutMs: number; cwd?: string },
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, detached: true, stdio: ["ignore", "pipe", "pipe"] });
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
    process.kill(-pid, "SIGKILL");
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

/** `soffice --headless --convert-to TARGET --outdir DIR FILES...`, one invocation per batch of files. Returns the invocations made. */
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
        "soffice",
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
  const r = await runGroup(SYSTEM_PYTHON, [script, jobFile], { timeoutMs });
  if (r.code !== 0) throw new Error(`lo_driver.py exited with ${r.code}:\n${r.stdout}\n${r.stderr}`);
}
