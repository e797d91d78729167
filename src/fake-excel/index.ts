/// <reference types="office-js" />
// In-memory, strict stand-in for the subset of the Excel JavaScript API used by the add-in.
// Works in Node (jest) and in the browser (no Node-only APIs).

import * as Enums from "./enums";
import { ErrorCode, FakeOfficeError } from "./errors";
import { FakeWorkbookModel } from "./inspect";
import { createOffice, FakeOfficeNamespace } from "./office";
import { FakeClientObject, FakeClientResult } from "./runtime/client-object";
import { runBatch } from "./runtime/context";
import { Engine, FailureSpec, FakeStats } from "./runtime/engine";
import type { FakeUser } from "./user";

export * from "./address";
export { FakeOfficeError, ErrorCode } from "./errors";
export type { CommandInfo, FailureSpec, FakeStats } from "./runtime/engine";
export type { CellSnapshot, CondFormatSnapshot, ValidationSnapshot } from "./inspect";
export { FakeWorkbookModel, FakeSheetView } from "./inspect";
export type { FakeUser, UserResult } from "./user";
export type { FakeOfficeNamespace } from "./office";
export { versionAtLeast } from "./office";

export interface FakeExcelOptions {
  /** Highest supported ExcelApi requirement set, default "1.13". */
  apiVersion?: string;
  /** Office.context.displayLanguage, default "zh-CN". */
  displayLanguage?: string;
  /** Office.onReady() host, default "Excel". */
  host?: string;
  /** Office.onReady() platform, default "PC". */
  platform?: string;
  /**
   * Builds with the regression of office-js #6784: protect() on a protected sheet and unprotect() on an
   * unprotected one throw AccessDenied (default: protect() throws InvalidOperation, unprotect() is a no-op).
   */
  protectTwiceAccessDenied?: boolean;
}

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

export interface FakeExcelNamespace {
  run<T>(batch: Batch<T>): Promise<T>;
  run<T>(options: Excel.RunOptions, batch: Batch<T>): Promise<T>;
  run<T>(object: OfficeExtension.ClientObject | OfficeExtension.ClientObject[], batch: Batch<T>): Promise<T>;
  run<T>(context: OfficeExtension.ClientRequestContext, batch: Batch<T>): Promise<T>;
  ConditionalFormatType: typeof Enums.ConditionalFormatType;
  BorderIndex: typeof Enums.BorderIndex;
  BorderLineStyle: typeof Enums.BorderLineStyle;
  BorderWeight: typeof Enums.BorderWeight;
  DataValidationAlertStyle: typeof Enums.DataValidationAlertStyle;
  DataValidationType: typeof Enums.DataValidationType;
  DataValidationOperator: typeof Enums.DataValidationOperator;
  SheetVisibility: typeof Enums.SheetVisibility;
  ErrorCodes: typeof Enums.ErrorCodes;
  HorizontalAlignment: typeof Enums.HorizontalAlignment;
  VerticalAlignment: typeof Enums.VerticalAlignment;
  InsertShiftDirection: typeof Enums.InsertShiftDirection;
  DeleteShiftDirection: typeof Enums.DeleteShiftDirection;
  ClearApplyTo: typeof Enums.ClearApplyTo;
  CalculationMode: typeof Enums.CalculationMode;
  RangeValueType: typeof Enums.RangeValueType;
  PageOrientation: typeof Enums.PageOrientation;
  ProtectionSelectionMode: typeof Enums.ProtectionSelectionMode;
  EventSource: typeof Enums.EventSource;
  DataChangeType: typeof Enums.DataChangeType;
  RangeUnderlineStyle: typeof Enums.RangeUnderlineStyle;
  NamedItemType: typeof Enums.NamedItemType;
  EventType: typeof Enums.EventType;
}

export interface FakeOfficeExtension {
  Error: typeof FakeOfficeError;
  ErrorCodes: Record<string, string>;
  ClientObject: typeof FakeClientObject;
  ClientResult: typeof FakeClientResult;
  config: { extendedErrorLogging: boolean };
}

export interface FakeExcelHandle {
  Excel: FakeExcelNamespace;
  Office: FakeOfficeNamespace;
  OfficeExtension: FakeOfficeExtension;
  /** Synchronous model inspection, fixtures and the simulated user. */
  workbook: FakeWorkbookModel;
  /** Same as workbook.user. */
  user: FakeUser;
  /** syncCount (context.sync() calls), commandCount (executed commands); reset(). */
  stats: FakeStats;
  /** The first future command matching `when` fails with `code` (default GeneralException). */
  failNext(spec?: FailureSpec): void;
  /** The (n+1)-th command executed from now fails with GeneralException. */
  failAfterCommands(n: number): void;
  /** Resolves when all dispatched event handlers have settled. */
  whenIdle(): Promise<void>;
}

export function createFakeExcel(options: FakeExcelOptions = {}): FakeExcelHandle {
  const apiVersion = options.apiVersion ?? "1.13";
  const engine = new Engine(apiVersion);
  engine.protectTwiceAccessDenied = options.protectTwiceAccessDenied ?? false;
  const workbook = new FakeWorkbookModel(engine);
  const Excel = {
    ...Enums,
    run: (first: unknown, second?: unknown) => runBatch(engine, first, second),
  } as unknown as FakeExcelNamespace;
  const Office = createOffice({
    apiVersion,
    displayLanguage: options.displayLanguage ?? "zh-CN",
    host: options.host ?? "Excel",
    platform: options.platform ?? "PC",
  });
  const OfficeExtension: FakeOfficeExtension = {
    Error: FakeOfficeError,
    ErrorCodes: { ...ErrorCode },
    ClientObject: FakeClientObject,
    ClientResult: FakeClientResult,
    config: { extendedErrorLogging: false },
  };
  return {
    Excel,
    Office,
    OfficeExtension,
    workbook,
    user: workbook.user,
    stats: engine.stats,
    failNext: (spec) => engine.failNext(spec),
    failAfterCommands: (n) => engine.failAfterCommands(n),
    whenIdle: () => engine.whenIdle(),
  };
}

/**
 * Creates a fake and assigns `Excel`, `Office` and `OfficeExtension` on `target`
 * (globalThis by default). `uninstall()` restores the previous values.
 */
export function installFakeOffice(
  target: object = globalThis,
  options: FakeExcelOptions = {},
): FakeExcelHandle & { uninstall(): void } {
  const handle = createFakeExcel(options);
  const slots = target as Record<string, unknown>;
  const keys = ["Excel", "Office", "OfficeExtension"] as const;
  const previous = keys.map((k) => [k, Object.prototype.hasOwnProperty.call(slots, k), slots[k]] as const);
  slots.Excel = handle.Excel;
  slots.Office = handle.Office;
  slots.OfficeExtension = handle.OfficeExtension;
  return {
    ...handle,
    uninstall() {
      for (const [k, had, v] of previous) {
        if (had) slots[k] = v;
        else delete slots[k];
      }
    },
  };
}
