// RequestContext and Excel.run for the fake runtime.

import { ErrorCode, FakeOfficeError } from "../errors";
import { FakeApplication, FakeWorkbook } from "../proxies/workbook";
import type { Command, Engine } from "./engine";
import { FakeClientObject } from "./client-object";

export interface FakeRunOptions {
  delayForCellEdit?: boolean;
}

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  /** No-ops apart from checking their argument: the stand-in never releases a proxy early. */
  readonly trackedObjects = {
    add: (objects: FakeClientObject<unknown> | FakeClientObject<unknown>[]): void => this._checkTracked(objects),
    remove: (objects: FakeClientObject<unknown> | FakeClientObject<unknown>[]): void => this._checkTracked(objects),
  };
  readonly requestHeaders: Record<string, string> = {};
  /** @internal */ readonly _engine: Engine;
  private queue: Command[] = [];
  private closed = false;
  private delayForCellEdit: boolean;

  constructor(engine: Engine, options: FakeRunOptions = {}) {
    this._engine = engine;
    this.delayForCellEdit = options.delayForCellEdit === true;
    this.workbook = new FakeWorkbook(this);
    this.application = this.workbook.application;
  }

  get debugInfo(): { pendingStatements: string[] } {
    return { pendingStatements: this.queue.map((c) => c.target) };
  }

  private _checkTracked(objects: unknown): void {
    for (const o of Array.isArray(objects) ? objects : [objects]) {
      if (!(o instanceof FakeClientObject)) {
        throw new FakeOfficeError(ErrorCode.invalidArgument, "trackedObjects expects API objects.");
      }
      if (o.context !== this) {
        throw new FakeOfficeError(
          ErrorCode.invalidRequestContext,
          "Cannot use the object across different request contexts.",
        );
      }
    }
  }

  /** @internal */
  _enqueue(cmd: Command): void {
    if (this.closed) {
      throw new FakeOfficeError(
        ErrorCode.invalidObjectPath,
        `The object path isn't working for what you're trying to do (${cmd.target}): the Excel.run batch that created the object has finished.`,
      );
    }
    this.queue.push(cmd);
  }

  /** @internal */
  _hasPending(): boolean {
    return this.queue.length > 0;
  }

  /** @internal */
  _open(options: FakeRunOptions): void {
    this.closed = false;
    this.delayForCellEdit = options.delayForCellEdit === true;
  }

  /** @internal */
  _close(): void {
    this.closed = true;
  }

  load(object: FakeClientObject<unknown>, option?: Parameters<FakeClientObject<unknown>["load"]>[0]): void {
    object.load(option);
  }

  trace(_message: string): void {
    // no-op
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    const engine = this._engine;
    engine.stats.syncCount++;
    const batch = this.queue;
    this.queue = [];
    if (engine.editing) {
      if (!this.delayForCellEdit) {
        throw new FakeOfficeError(
          ErrorCode.invalidOperationInCellEditMode,
          "The request cannot be processed because Excel is in cell-editing mode.",
        );
      }
      await engine.waitForEditEnd();
    }
    // Commands run asynchronously: reads between sync() and its resolution still throw.
    await Promise.resolve();
    const before = engine.wb.version;
    try {
      for (const cmd of batch) engine.execute(cmd);
    } finally {
      if (engine.wb.version !== before) engine.notify();
    }
    return passThroughValue as T;
  }
}

type Batch<R> = (context: FakeRequestContext) => Promise<R>;

/** Excel.run(batch), Excel.run(options, batch), Excel.run(object | objects, batch). */
export async function runBatch<R>(engine: Engine, first: unknown, second?: unknown): Promise<R> {
  const batch = (typeof first === "function" ? first : second) as Batch<R> | undefined;
  if (typeof batch !== "function") {
    throw new FakeOfficeError(ErrorCode.invalidArgument, "Excel.run expects a batch function.");
  }
  let ctx: FakeRequestContext;
  let options: FakeRunOptions = {};
  const previous = Array.isArray(first) ? first[0] : first;
  if (previous instanceof FakeClientObject) ctx = previous.context;
  else if (previous instanceof FakeRequestContext) ctx = previous;
  else {
    if (first && typeof first === "object") options = first as FakeRunOptions;
    ctx = new FakeRequestContext(engine, options);
  }
  ctx._open(options);
  try {
    const pending = batch(ctx) as unknown;
    if (!pending || typeof (pending as Promise<R>).then !== "function") {
      throw new FakeOfficeError(
        ErrorCode.runMustReturnPromise,
        'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation.',
      );
    }
    const result = await (pending as Promise<R>);
    if (ctx._hasPending()) await ctx.sync();
    return result;
  } finally {
    ctx._close();
  }
}
