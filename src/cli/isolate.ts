/**
 * Each file is read and checked in a worker thread with a heap limit, when the command line runs as the
 * built bundle (dist-cli/fujian1.cjs): a file that still needed more memory than that (the reader's own
 * limits make it unlikely) ends that worker only, gets one message, and the next file gets a fresh worker.
 * One worker serves the files in turn (starting one per file would cost more than most checks).
 * From the TypeScript sources (tests, tsx) there is no bundle to start a worker from: files are checked in
 * the process itself, as before.
 */
import { Worker } from "worker_threads";
import { FUJIAN1 } from "../form";
import type { FormDef } from "../form/types";
import { fileProblem } from "../xlsx/problems";
import { checkFile, type FileOutcome } from "./check-file";

/** The worker's old-generation heap, in MB (FUJIAN1_READ_HEAP_MB overrides it, for tests). */
export function readHeapMb(): number {
  const fromEnv = Number(process.env.FUJIAN1_READ_HEAP_MB);
  return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : 768;
}

/** Whether this code runs from the bundle, which a worker can load with plain Node. */
const BUNDLE = typeof __filename === "string" && /\.c?js$/.test(__filename) ? __filename : null;

const WORKER_CODE = `
const { parentPort } = require("worker_threads");
const cli = require(${JSON.stringify(BUNDLE ?? "")});
parentPort.on("message", async (m) => {
  const outcome = await cli.checkFileInWorker(m.file, m.options);
  parentPort.postMessage({ id: m.id, outcome });
});`;

interface Pending {
  id: number;
  file: string;
  resolve: (o: FileOutcome) => void;
}

let worker: Worker | null = null;
let pending: Pending | null = null;
let nextId = 0;

function startWorker(): Worker {
  const w = new Worker(WORKER_CODE, {
    eval: true,
    resourceLimits: { maxOldGenerationSizeMb: readHeapMb() },
    env: process.env,
  });
  w.on("message", (m: { id: number; outcome: FileOutcome }) => {
    if (pending && m.id === pending.id) {
      const p = pending;
      pending = null;
      p.resolve(m.outcome);
    }
  });
  const fail = (e?: unknown) => {
    if (worker === w) worker = null;
    if (!pending) return;
    const p = pending;
    pending = null;
    const code = (e as NodeJS.ErrnoException | undefined)?.code;
    p.resolve({
      file: p.file,
      status: "unreadable",
      problem:
        code === "ERR_WORKER_OUT_OF_MEMORY"
          ? fileProblem("out-of-memory", { mb: String(readHeapMb()) }, e)
          : fileProblem("corrupt", {}, e ?? "worker exited"),
    });
  };
  w.on("error", fail);
  w.on("exit", () => fail());
  return w;
}

/** Called in the worker (exported through the bundle's entry). */
export function checkFileInWorker(file: string, options: { withEntries?: boolean }): Promise<FileOutcome> {
  return checkFile(file, FUJIAN1, options).then((o) => {
    // Stats do not cross to the main thread as Stats: keep what is used (identity and times).
    if (o.stat) {
      const { dev, ino, mtimeMs, mtime, size } = o.stat;
      o.stat = { dev, ino, mtimeMs, mtime, size } as FileOutcome["stat"];
    }
    return o;
  });
}

/** checkFile for FUJIAN1, isolated in the worker when running from the bundle. */
export function checkFileIsolated(file: string, options: { withEntries?: boolean } = {}): Promise<FileOutcome> {
  if (!BUNDLE) return checkFile(file, FUJIAN1, options);
  worker ??= startWorker();
  const w = worker;
  return new Promise((resolve) => {
    pending = { id: nextId++, file, resolve };
    w.postMessage({ id: pending.id, file, options });
  });
}

/** The commands' way in: FUJIAN1 (the only form the worker knows) isolated, any other form in-process. */
export function checkAnyFile(
  form: FormDef,
  file: string,
  options: { withEntries?: boolean } = {},
): Promise<FileOutcome> {
  return form === FUJIAN1 ? checkFileIsolated(file, options) : checkFile(file, form, options);
}

/** Ends the worker (when the command is done), so the process exits. */
export async function stopWorker(): Promise<void> {
  const w = worker;
  worker = null;
  if (w) await w.terminate();
}
