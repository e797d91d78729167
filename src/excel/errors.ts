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
  GeneralException: "error.busy",
  ServiceNotAvailable: "error.busy",
  RequestPayloadSizeLimitExceeded: "error.busy",
};

export function errorCode(e: unknown): string {
  if (e && typeof e === "object" && "code" in e && typeof (e as { code: unknown }).code === "string")
    return (e as { code: string }).code;
  return "Unknown";
}

export function describeError(e: unknown, lang: Lang): string {
  if (e instanceof UserFacingError) return t(lang, e.key, e.params);
  const code = errorCode(e);
  const key = BY_CODE[code];
  // The highest requirement set the add-in uses; Microsoft 365 and Excel 2021 have it.
  return key ? t(lang, key, { need: "ExcelApi 1.9" }) : t(lang, "error.unknown", { code });
}
