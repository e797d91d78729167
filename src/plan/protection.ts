import type { ProtectionSpec } from "./types";

/**
 * What a protected sheet of the add-in allows (no password): formatting rows and columns (a row's height, a
 * column's width), nothing else. The form's sheet and the visible 收回记录 are protected with it.
 */
export const SHEET_PROTECTION: Readonly<ProtectionSpec> = {
  allowFormatRows: true,
  allowFormatColumns: true,
  allowFormatCells: false,
  allowInsertRows: false,
  allowDeleteRows: false,
  allowSort: false,
  allowAutoFilter: false,
};
