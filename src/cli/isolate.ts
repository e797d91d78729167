/**
 * Files that could need much memory are read and checked in a worker thread with a heap limit, when the
 * command line runs as the built bundle (dist-cli/fujian1.cjs): a file that still needed more memory than
 * that (the reader's own limits make it unlikely) ends that worker only, gets one message, and the next file
 * gets a fresh worker. One worker serves such files in turn, started at the first of them.
 *
 * Which files could: those whose zip declares more than IN_PROCESS_UNPACKED_BYTES unpacked (the reader stops
 * any part that unpacks to more than it declared, so the declared sizes bound what is inflated). A real 附件1
 * unpacks to under 2 MB and is checked in the process itself: starting a worker, which loads the bundle
 * again, costs more than checking it. From the TypeScript sources (tests, tsx) there is no bundle to start a
 * worker from: every file is checked in the process itself.
 */
import { Worker } from "worker_threads";
import { FUJIAN1 } from "../form";
import type { FormDef } from "../form/types";
import { fileProblem } from "../xlsx/problems";
import { readDirectory } from "../ooxml/zip-guard";
import { checkFile, checkInput, type CheckFileOptions, type FileOutcome } from "./check-file";
import { readInput } from "./files";

/** The worker's old-generation heap, in MB (FUJIAN1_READ_HEAP_MB overrides it, for tests). */
export function readHeapMb(): number {
  const fromEnv = Number(process.env.FUJIAN1_READ_HEAP_MB);
  return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : 768;
}

/** Files whose zip declares at most this many bytes unpacked are read in the process itself. */
export const IN_PROCESS_UNPACKED_BYTES = 8 * 1024 * 1024;

/** Whether a file's bytes could need the worker's heap limit: its zip declares much to unpack. */
export function mayNeedWorker(bytes: Uint8Array): boolean {
  const dir = readDirectory(bytes);
  // Not a readable zip: the reader says what it is without unpacking anything.
  if (!dir.ok) return false;
  return dir.entries.reduce((sum, e) => sum + e.uncompressedSize, 0) > IN_PROCESS_UNPACKED_BYTES;
}

/** Whether this code runs from the bundle, which a worker can load with plain Node. */
const BUNDLE = typeof __filename === "string" && /\.c?js$/.test(__filename) ? __filename : null;

const WORKER_CODE = `
const { parentPort } = require("worker_threads");
const cli = require(${JSON.stringify(BUNDLE ?? "")});
parentPort.on("message", async (m) => {
  const outcome = await cli.checkFileInWorker(m.file, m.bytes, m.options);
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

/** Called in the worker (exported through the bundle's entry), with the bytes the main thread read. */
export function checkFileInWorker(file: string, bytes: Uint8Array, options: CheckFileOptions): Promise<FileOutcome> {
  return checkInput(file, { bytes }, FUJIAN1, options);
}

/** checkFile for FUJIAN1; a file that could need much memory isolated in the worker when running from the bundle. */
export async function checkFileIsolated(file: string, options: CheckFileOptions = {}): Promise<FileOutcome> {
  if (!BUNDLE) return checkFile(file, FUJIAN1, options);
  const input = await readInput(file);
  if ("kind" in input) return { file, status: "unreadable", problem: input };
  if (!mayNeedWorker(input.bytes)) return checkInput(file, input, FUJIAN1, options);
  worker ??= startWorker();
  const w = worker;
  // The stat stays here (Stats do not cross threads as Stats); the worker gets a copy of the bytes.
  const outcome = await new Promise<FileOutcome>((resolve) => {
    pending = { id: nextId++, file, resolve };
    w.postMessage({ id: pending.id, file, bytes: input.bytes, options });
  });
  return { ...outcome, stat: input.stat };
}

/** The commands' way in: FUJIAN1 (the only form the worker knows) isolated, any other form in-process. */
export function checkAnyFile(form: FormDef, file: string, options: CheckFileOptions = {}): Promise<FileOutcome> {
  return form === FUJIAN1 ? checkFileIsolated(file, options) : checkFile(file, form, options);
}

/** Ends the worker (when the command is done), so the process exits. */
export async function stopWorker(): Promise<void> {
  const w = worker;
  worker = null;
  if (w) await w.terminate();
}
