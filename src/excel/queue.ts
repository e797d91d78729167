/**
 * The pane's batches run one after another, never interleaved (a user action waits for the
 * normaliser and the other way round). The queue also knows when the pane itself has just
 * written: before ExcelApi 1.14 a change event cannot say who made it, so changes that
 * arrive while a writing batch runs, or within a moment after it, are taken as the pane's own.
 */
import type { ExcelRunner } from "./run";

export interface PaneQueue {
  /** Runs a batch after every batch queued before it. */
  run: ExcelRunner;
  /** The same, for a batch that writes to the sheet (its change events are the pane's own). */
  runWriting: ExcelRunner;
  /** True while a writing batch runs and for `windowMs` after it ended. */
  ownChange(): boolean;
}

export function createQueue(run: ExcelRunner, windowMs = 1000, now: () => number = Date.now): PaneQueue {
  let tail: Promise<unknown> = Promise.resolve();
  let writing = 0;
  let lastWrite = -Infinity;
  const enqueue =
    (writes: boolean): ExcelRunner =>
    (batch) => {
      const next = tail.then(async () => {
        if (writes) writing++;
        try {
          return await run(batch);
        } finally {
          if (writes) {
            writing--;
            lastWrite = now();
          }
        }
      });
      tail = next.catch(() => undefined);
      return next;
    };
  return {
    run: enqueue(false),
    runWriting: enqueue(true),
    ownChange: () => writing > 0 || now() - lastWrite < windowMs,
  };
}
