// Shared state of one fake Excel instance: the model, statistics, failure injection,
// requirement-set gating, cell-edit mode, subscribers and worksheet events.

import type { Rect } from "../address";
import { rectToAddress } from "../address";
import { ErrorCode, FakeOfficeError } from "../errors";
import type { SheetModel } from "../model/sheet";
import { WorkbookModel } from "../model/workbook";
import { API_SETS } from "../api-sets";
import { focusFailure } from "./focus";

/**
 * What a failure injection sees about a command. `target` is "<Type>.<member>":
 * - property sets: "Range.values", "Range.numberFormat", "RangeFormat.columnWidth",
 *   "RangeFont.bold", "RangeFill.color", "RangeBorder.style", "Worksheet.name",
 *   "Worksheet.visibility", "DataValidation.rule", "ConditionalFormatRule.formula", ...
 * - methods: "Range.merge", "Range.unmerge", "Range.insert", "Range.delete", "Range.clear",
 *   "Range.select", "Worksheet.delete", "Worksheet.activate", "WorksheetProtection.protect",
 *   "WorksheetProtection.unprotect", "DataValidation.clear", "ConditionalFormatCollection.add",
 *   "ConditionalFormatCollection.clearAll", "NamedItemCollection.add", "SettingCollection.add",
 *   "RangeFill.clear", "Worksheet.onChanged.add", ...
 * - object creation (every method returning an object): "WorksheetCollection.getItem",
 *   "WorksheetCollection.getItemOrNullObject", "WorksheetCollection.add", "Worksheet.getRange",
 *   "Range.getCell", "Worksheet.getUsedRange", ...
 * - loads: "<Type>.load" (e.g. "Range.load"); ClientResult methods: "WorksheetCollection.getCount".
 * `sheet`/`address` are filled in when the command's object is (or belongs to) a worksheet/range.
 */
export interface CommandInfo {
  target: string;
  sheet?: string;
  address?: string;
}

export interface Command {
  target: string;
  /** Minimum ExcelApi version ("1.8"); newer than the configured apiVersion -> ApiNotFound. */
  version?: string;
  locate?: () => { sheet?: string; address?: string };
  exec: () => void;
}

export interface FailureSpec {
  when?: (cmd: CommandInfo) => boolean;
  code?: string;
  message?: string;
}

export interface FakeStats {
  syncCount: number;
  commandCount: number;
  reset(): void;
}

type Handler = (args: unknown) => unknown;

function minor(version: string): number {
  const m = /^1\.(\d+)$/.exec(version.trim());
  return m ? Number(m[1]) : NaN;
}

export class Engine {
  readonly wb = new WorkbookModel();
  readonly stats: FakeStats = {
    syncCount: 0,
    commandCount: 0,
    reset() {
      this.syncCount = 0;
      this.commandCount = 0;
    },
  };
  readonly apiMinor: number;
  private injections: FailureSpec[] = [];
  private failAfter: number | null = null;
  private editWaiters: Array<() => void> = [];
  editing = false;
  /** protect()/unprotect() of a sheet already so throw AccessDenied (office-js #6784). */
  protectTwiceAccessDenied = false;
  /** Another workbook has the focus (handle.user.focusOtherWorkbook); see focus.ts. */
  unfocused = false;
  private readonly listeners = new Set<() => void>();
  private readonly handlers = new Map<string, Set<Handler>>();
  private pending: Promise<unknown>[] = [];

  constructor(readonly apiVersion: string) {
    this.apiMinor = minor(apiVersion);
    if (Number.isNaN(this.apiMinor)) throw new Error(`Invalid apiVersion "${apiVersion}" (expected "1.x")`);
  }

  supports(version: string): boolean {
    return minor(version) <= this.apiMinor;
  }

  assertSupported(version: string, what: string): void {
    if (!this.supports(version)) {
      throw new FakeOfficeError(
        ErrorCode.apiNotFound,
        `The API you are trying to use could not be found. It may be available in a newer version of Excel (${what}: ExcelApi ${version}).`,
      );
    }
  }

  failNext(spec: FailureSpec = {}): void {
    this.injections.push(spec);
  }

  failAfterCommands(n: number): void {
    this.failAfter = n;
  }

  /** Runs one command: injections, requirement gating, then the command itself. */
  execute(cmd: Command): void {
    if (this.failAfter !== null) {
      if (this.failAfter <= 0) {
        this.failAfter = null;
        throw new FakeOfficeError(ErrorCode.generalException, "Injected failure (failAfterCommands).", cmd.target);
      }
      this.failAfter--;
    }
    if (this.injections.length > 0) {
      const info = this.describe(cmd);
      const idx = this.injections.findIndex((s) => !s.when || s.when(info));
      if (idx >= 0) {
        const [spec] = this.injections.splice(idx, 1);
        const code = spec.code ?? ErrorCode.generalException;
        throw new FakeOfficeError(code, spec.message ?? `Injected failure (${code}) at ${cmd.target}.`, cmd.target);
      }
    }
    try {
      if (cmd.version) this.assertSupported(cmd.version, cmd.target);
      const lostFocus = this.unfocused ? focusFailure(cmd.target) : null;
      if (lostFocus) throw lostFocus;
      cmd.exec();
    } catch (e) {
      if (e instanceof FakeOfficeError) throw e.withLocation(cmd.target);
      throw e;
    }
    this.stats.commandCount++;
  }

  private describe(cmd: Command): CommandInfo {
    let where: { sheet?: string; address?: string } = {};
    try {
      where = cmd.locate?.() ?? {};
    } catch {
      where = {};
    }
    return { target: cmd.target, ...where };
  }

  // ---- cell edit mode -----------------------------------------------------------------

  beginCellEdit(): void {
    this.editing = true;
  }

  endCellEdit(): void {
    this.editing = false;
    const waiters = this.editWaiters;
    this.editWaiters = [];
    for (const w of waiters) w();
  }

  waitForEditEnd(): Promise<void> {
    if (!this.editing) return Promise.resolve();
    return new Promise((resolve) => this.editWaiters.push(resolve));
  }

  // ---- subscribers --------------------------------------------------------------------

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  notify(): void {
    for (const l of [...this.listeners]) l();
  }

  // ---- worksheet events ---------------------------------------------------------------

  addHandler(sheetId: string, event: string, handler: Handler): void {
    const key = `${sheetId}|${event}`;
    let set = this.handlers.get(key);
    if (!set) {
      set = new Set();
      this.handlers.set(key, set);
    }
    set.add(handler);
  }

  removeHandler(sheetId: string, event: string, handler: Handler): void {
    this.handlers.get(`${sheetId}|${event}`)?.delete(handler);
  }

  private emit(sheetId: string, event: string, args: unknown): void {
    const set = this.handlers.get(`${sheetId}|${event}`);
    if (!set) return;
    for (const h of [...set]) {
      const p = Promise.resolve()
        .then(() => h(args))
        .catch(() => undefined);
      this.pending.push(p);
    }
  }

  /**
   * `source` is "Remote" for a co-author's edit; `triggerSource` exists from ExcelApi 1.14 only
   * (WorksheetChangedEventArgs in @types/office-js).
   */
  emitChanged(
    sheet: SheetModel,
    rect: Rect,
    triggerSource: "ThisLocalAddin" | "Unknown",
    source: "Local" | "Remote" = "Local",
  ): void {
    const address = rectToAddress(rect);
    const worksheetId = sheet.id;
    const withTrigger = this.supports(API_SETS["WorksheetChangedEventArgs.triggerSource"] ?? "1.14");
    this.emit(sheet.id, "changed", {
      type: "WorksheetChanged",
      worksheetId,
      address,
      source,
      changeType: "RangeEdited",
      ...(withTrigger ? { triggerSource } : {}),
      getRange: (ctx: { workbook: { worksheets: { getItem(k: string): { getRange(a: string): unknown } } } }) =>
        ctx.workbook.worksheets.getItem(worksheetId).getRange(address),
    });
  }

  emitSelectionChanged(sheet: SheetModel, rect: Rect, areas: Rect[] = [rect]): void {
    this.emit(sheet.id, "selectionChanged", {
      type: "WorksheetSelectionChanged",
      worksheetId: sheet.id,
      address: areas.map((a) => rectToAddress(a)).join(","),
    });
  }

  /** Resolves once every dispatched event handler (and its returned promise) has settled. */
  async whenIdle(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending;
      this.pending = [];
      await Promise.all(batch);
    }
  }
}
