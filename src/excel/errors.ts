/** Turns what Excel throws into a message that says what to do. */
import { t, type Lang, type MessageKey } from "../i18n/strings";

/** A problem the add-in found itself, already phrased for the user. */
export class UserFacingError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: Record<string, string | number> = {},
  ) {
    super(key);
    this.name = "UserFacingError";
  }
}

const BY_CODE: Record<string, MessageKey> = {
  InvalidOperationInCellEditMode: "error.cellEdit",
  AccessDenied: "error.accessDenied",
  ApiNotFound: "error.apiMissing",
  ItemAlreadyExists: "error.nameTaken",
  // "An internal error has occurred" (Microsoft's error list): not a busy Excel.
  GeneralException: "error.internal",
  ServiceNotAvailable: "error.busy",
  RequestPayloadSizeLimitExceeded: "error.busy",
  // Several workbooks open and this one lost the focus (Excel.ErrorCodes).
  InactiveWorkbook: "error.inactiveWorkbook",
  // A read of the sheet over Excel's 5 MB response limit: content far outside the form.
  ResponsePayloadSizeLimitExceeded: "error.tooLarge",
};

export function errorCode(e: unknown): string {
  if (e && typeof e === "object" && "code" in e && typeof (e as { code: unknown }).code === "string")
    return (e as { code: string }).code;
  return "Unknown";
}

/** What Excel throws for unprotecting a sheet protected with a password the add-in does not know. */
export const PASSWORD_CODES: ReadonlySet<string> = new Set(["AccessDenied", "BadPassword", "InvalidOperation"]);

/** The command Excel names as the one that failed (debugInfo.errorLocation), or "". */
export function errorLocation(e: unknown): string {
  const info = (e as { debugInfo?: { errorLocation?: string } } | null)?.debugInfo;
  return info?.errorLocation ?? "";
}

/** Shown for what the user cannot act on in detail (at most this many cell addresses). */
const MAX_CELLS = 8;

/** The parts of an action failure, duck-typed to keep this file free of the recovery code. */
interface FailureLike {
  name: "ActionFailure";
  cause: unknown;
  changes: {
    cells: string[];
    rows: Array<{ seq: string; from: number; to: number }>;
    lists: boolean;
  } | null;
  protectedAfter: boolean;
  repaired: boolean;
  wrote: boolean;
}

function isFailure(e: unknown): e is FailureLike {
  return e instanceof Error && e.name === "ActionFailure";
}

function describeFailure(f: FailureLike, lang: Lang): string {
  const code = errorCode(f.cause);
  const parts: string[] = [];
  const c = f.changes;
  if (!c) parts.push(t(lang, "partial.unknown", { code }));
  else {
    const what: string[] = [];
    if (c.cells.length) {
      const shown = c.cells.slice(0, MAX_CELLS).join("、");
      const more = c.cells.length > MAX_CELLS ? ` ${t(lang, "partial.more", { count: c.cells.length })}` : "";
      what.push(t(lang, "partial.cells", { cells: shown + more }));
    }
    for (const r of c.rows) what.push(t(lang, "partial.rows", r));
    if (c.lists) what.push(t(lang, "partial.lists"));
    parts.push(
      what.length
        ? t(lang, "partial.some", { code, what: what.join(lang === "zh" ? "；" : "; ") })
        : t(lang, "partial.none", { code }),
    );
  }
  if (f.wrote) parts.push(t(lang, f.protectedAfter ? "partial.protected" : "partial.unprotected"));
  if (!f.repaired) parts.push(t(lang, "partial.unrepaired"));
  const key = BY_CODE[code];
  // Past the unprotect step, AccessDenied is not about a sheet password.
  const advice =
    key === "error.accessDenied"
      ? "error.denied"
      : key === "error.internal"
        ? "partial.restart"
        : key === "error.inactiveWorkbook"
          ? "partial.focus"
          : (key ?? "partial.retry");
  parts.push(t(lang, advice, { need: "ExcelApi 1.9" }));
  return parts.join(lang === "zh" ? "" : " ");
}

export function describeError(e: unknown, lang: Lang): string {
  if (e instanceof UserFacingError) return t(lang, e.key, e.params);
  if (isFailure(e)) return describeFailure(e, lang);
  // A script chunk of the pane (webpack's ChunkLoadError) that could not be downloaded: nothing ran.
  if (e instanceof Error && e.name === "ChunkLoadError") return t(lang, "error.chunkLoad");
  const code = errorCode(e);
  const key = BY_CODE[code];
  // The highest requirement set the add-in uses; Microsoft 365 and Excel 2021 have it.
  return key ? t(lang, key, { need: "ExcelApi 1.9" }) : t(lang, "error.unknown", { code });
}
