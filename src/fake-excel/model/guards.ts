// Sheet-protection checks (strict): what a protected sheet refuses.

import type { Rect } from "../address";
import { ErrorCode, FakeOfficeError, Messages } from "../errors";
import type { SheetModel } from "./sheet";
import type { ProtectionOptions } from "./types";

/** Writing values/formulas into locked cells of a protected sheet -> AccessDenied. */
export function assertCellsEditable(sheet: SheetModel, rect: Rect): void {
  if (sheet.protection.protected && sheet.anyLocked(rect)) {
    throw new FakeOfficeError(ErrorCode.accessDenied, Messages.protectedCell);
  }
}

type Allow = keyof Pick<
  ProtectionOptions,
  "allowFormatCells" | "allowFormatRows" | "allowFormatColumns" | "allowInsertRows" | "allowDeleteRows"
>;

/**
 * An operation on a protected sheet that needs a protection option. `allow` null means the
 * operation is never allowed while protected (data validation, conditional formats, locking).
 */
export function assertAllowed(sheet: SheetModel, allow: Allow | null, what: string): void {
  if (!sheet.protection.protected) return;
  if (allow && sheet.protection.options[allow]) return;
  throw new FakeOfficeError(
    ErrorCode.accessDenied,
    `${Messages.accessDenied} The sheet '${sheet.name}' is protected (${what}${allow ? ` needs ${allow}` : ""}).`,
  );
}
