/**
 * Checks files in Web Workers (a few at once, one file per worker at a time), so the page stays responsive.
 * The workers run from a Blob holding their whole script: pages opened from disk may not start a worker from a
 * file:// URL. Cancelling ends the workers; what was not checked yet is reported as cancelled.
 */
import WORKER_SOURCE from "./worker?inline-worker";
import { extOf } from "../merge/names";
import type { CheckReply, CheckRequest } from "./protocol";

export type Result = Exclude<CheckReply, { error: string }>;

export interface Job {
  id: number;
  file: File;
}

export interface CheckRun {
  /** Resolves when every file is checked or the run was cancelled. */
  done: Promise<void>;
  cancel(): void;
}

let workerUrl: string | null = null;

function startWorker(): Worker {
  workerUrl ??= URL.createObjectURL(new Blob([WORKER_SOURCE], { type: "text/javascript" }));
  return new Worker(workerUrl);
}

/**
 * How many files are checked at once: one per core but one (the page keeps one), at least two (the page's own
 * thread mostly waits, and reading a file's bytes overlaps another's check), at most four; never more than files.
 */
export function workerCount(files: number): number {
  const cores = typeof navigator !== "undefined" && navigator.hardwareConcurrency ? navigator.hardwareConcurrency : 2;
  return Math.max(1, Math.min(files, 4, Math.max(2, cores - 1)));
}

/**
 * Checks `jobs` in order; `onResult` gets each file's result, `onFailure` a file the worker could not finish
 * (with the reason, for the message). Files not started when cancelled get neither.
 */
export function checkFiles(
  jobs: Job[],
  onStart: (id: number) => void,
  onResult: (r: Result) => void,
  onFailure: (id: number, reason: string) => void,
): CheckRun {
  const queue = [...jobs];
  const workers: Worker[] = [];
  let cancelled = false;
  let finish!: () => void;
  const done = new Promise<void>((ok) => (finish = ok));
  let running = 0;

  const next = async (current: Worker): Promise<void> => {
    let w = current;
    const job = queue.shift();
    if (!job || cancelled) {
      w.terminate();
      if (--running === 0) finish();
      return;
    }
    onStart(job.id);
    let bytes: ArrayBuffer;
    try {
      bytes = await job.file.arrayBuffer();
    } catch (e) {
      onFailure(job.id, e instanceof Error ? e.message : String(e));
      return next(w);
    }
    if (cancelled) return next(w);
    let crashed = false;
    const reply = new Promise<CheckReply>((ok) => {
      w.onmessage = (m: MessageEvent<CheckReply>) => ok(m.data);
      w.onerror = (e) => {
        e.preventDefault();
        crashed = true;
        ok({ id: job.id, error: e.message || "worker error" });
      };
    });
    const request: CheckRequest = { id: job.id, bytes, ext: extOf(job.file.name) };
    w.postMessage(request, [bytes]);
    const r = await reply;
    if (cancelled) return;
    if ("error" in r) onFailure(r.id, r.error);
    else onResult(r);
    if (crashed) {
      // A worker that failed (out of memory, say) is not trusted with the next file: a fresh one takes over.
      w.terminate();
      w = startWorker();
      workers.push(w);
    }
    return next(w);
  };

  const count = workerCount(jobs.length);
  if (!count) finish();
  for (let i = 0; i < count; i++) {
    const w = startWorker();
    workers.push(w);
    running++;
    void next(w);
  }
  return {
    done,
    cancel() {
      if (cancelled) return;
      cancelled = true;
      for (const w of workers) w.terminate();
      finish();
    },
  };
}
