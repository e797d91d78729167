// A person working in the grid (used by the browser preview and end-to-end tests).
// Unlike the API, typing is validated; pasting is not (and removes the destination's
// validation, as a normal paste does in Excel).

import { parseAddress, Rect } from "./address";
import { FakeOfficeError, Messages } from "./errors";
import { writeCell, writeGrid } from "./model/cells-io";
import { clearValidation, validationAt } from "./model/features";
import type { SheetModel } from "./model/sheet";
import {
  DEFAULT_FORMAT,
  defaultProtectionOptions,
  type CellFormat,
  type FormatKey,
  type ProtectionOptions,
} from "./model/types";
import { checkValue } from "./model/validation-eval";
import type { Engine } from "./runtime/engine";
import { formatText, interpretInput } from "./values";

export type UserResult =
  { ok: true } | { ok: false; reason: "locked" | "validation" | "merged" | "hidden"; message: string };

const DEFAULT_VALIDATION_MESSAGE = "This value doesn't match the data validation restrictions defined for this cell.";

export class FakeUser {
  constructor(private readonly engine: Engine) {}

  private cellOf(sheetName: string, address: string): { sheet: SheetModel; row: number; col: number } {
    const sheet = this.engine.wb.requireSheet(sheetName);
    const rect = parseAddress(address);
    const merged = sheet.mergeAt(rect.row, rect.col);
    return merged ? { sheet, row: merged.row, col: merged.col } : { sheet, row: rect.row, col: rect.col };
  }

  private finish(sheet: SheetModel, rect: Rect, source: "Local" | "Remote" = "Local"): UserResult {
    this.engine.wb.touch();
    this.engine.emitChanged(sheet, rect, "Unknown", source);
    this.engine.notify();
    return { ok: true };
  }

  /**
   * Types `text` into a cell (a merged area receives it in its top-left cell). Refuses locked
   * cells of a protected sheet and values rejected by a validation with a "Stop" alert.
   */
  type(sheetName: string, address: string, text: string): UserResult {
    const { sheet, row, col } = this.cellOf(sheetName, address);
    if (sheet.visibility !== "Visible") return { ok: false, reason: "hidden", message: "The worksheet is hidden." };
    if (sheet.protection.protected && sheet.fmt(row, col, "locked")) {
      return { ok: false, reason: "locked", message: Messages.protectedCell };
    }
    const v = validationAt(sheet, row, col);
    if (v && v.rule && v.errorAlert.showAlert && v.errorAlert.style === "Stop") {
      const typed = interpretInput(text, sheet.fmt(row, col, "numberFormat"));
      const shown = typed.formula
        ? text
        : formatText(typed.value, typed.autoFormat ?? sheet.fmt(row, col, "numberFormat"));
      const ok =
        checkValue(this.engine.wb, sheet, v, typed.value, text) ||
        checkValue(this.engine.wb, sheet, v, typed.value, shown);
      if (!ok) return { ok: false, reason: "validation", message: v.errorAlert.message || DEFAULT_VALIDATION_MESSAGE };
    }
    writeCell(sheet, row, col, text);
    return this.finish(sheet, { row, col, rows: 1, cols: 1 });
  }

  /**
   * A co-author's edit arriving from another copy of the workbook: written as typed (their
   * Excel validated it), and onChanged fires with source "Remote".
   */
  remoteEdit(sheetName: string, address: string, text: string): UserResult {
    const { sheet, row, col } = this.cellOf(sheetName, address);
    writeCell(sheet, row, col, text);
    return this.finish(sheet, { row, col, rows: 1, cols: 1 }, "Remote");
  }

  /**
   * Clicks a cell/range: activates its sheet if needed and fires onSelectionChanged.
   * Several areas are separated by commas ("G7,I9:I10", Ctrl+click); whole columns and rows
   * are written "G:G" and "7:7" (a click on the column or row header).
   */
  select(sheetName: string, address: string): UserResult {
    const sheet = this.engine.wb.requireSheet(sheetName);
    const areas = address.split(",").map((a) => parseAddress(a));
    if (sheet.visibility !== "Visible") return { ok: false, reason: "hidden", message: "The worksheet is hidden." };
    const mode = sheet.protection.protected ? sheet.protection.options.selectionMode : "Normal";
    if (mode === "None" || (mode === "Unlocked" && areas.some((r) => sheet.anyLocked(r)))) {
      return { ok: false, reason: "locked", message: Messages.protectedCell };
    }
    this.engine.wb.activate(sheet);
    const rect = areas[areas.length - 1];
    this.engine.wb.selection = { sheetId: sheet.id, rect, ...(areas.length > 1 ? { areas } : {}) };
    this.engine.wb.touch();
    this.engine.emitSelectionChanged(sheet, rect, areas);
    this.engine.notify();
    return { ok: true };
  }

  /**
   * Clicks a chart or shape named `name` on a sheet: no range is selected any more, so
   * `getSelectedRange()` throws InvalidSelection (office-js issue #2268, "by design").
   */
  selectObject(sheetName: string, name: string): UserResult {
    const sheet = this.engine.wb.requireSheet(sheetName);
    if (sheet.visibility !== "Visible") return { ok: false, reason: "hidden", message: "The worksheet is hidden." };
    this.engine.wb.activate(sheet);
    const active = this.engine.wb.selection?.rect ?? { row: 0, col: 0, rows: 1, cols: 1 };
    this.engine.wb.selection = { sheetId: sheet.id, rect: active, object: name };
    this.engine.wb.touch();
    this.engine.notify();
    return { ok: true };
  }

  /**
   * A normal paste of a block of values at `address` (top-left): values are interpreted like
   * typed input but not validated, and data validation is removed from the destination.
   */
  paste(sheetName: string, address: string, values: (string | number | boolean | null)[][]): UserResult {
    return this.pasteBlock(sheetName, address, values, null);
  }

  /**
   * Ctrl+V of cells copied in Excel (or from another workbook): the values arrive as typed but
   * unvalidated, and the source's whole cell format comes along — number format, font, fill,
   * borders, alignment and the locked flag (`source`, default: Excel's default cell, which is
   * locked and General) — and data validation is removed. On a protected sheet this is allowed
   * wherever the destination cells are unlocked.
   */
  pasteCells(
    sheetName: string,
    address: string,
    values: (string | number | boolean | null)[][],
    source: Partial<CellFormat> = {},
  ): UserResult {
    return this.pasteBlock(sheetName, address, values, { ...DEFAULT_FORMAT, ...source });
  }

  /** A paste of values (refused over locked cells of a protected sheet), with the source's format when given. */
  private pasteBlock(
    sheetName: string,
    address: string,
    values: (string | number | boolean | null)[][],
    format: CellFormat | null,
  ): UserResult {
    const sheet = this.engine.wb.requireSheet(sheetName);
    const start = parseAddress(address);
    const rect: Rect = { row: start.row, col: start.col, rows: values.length, cols: values[0]?.length ?? 0 };
    if (rect.rows === 0 || rect.cols === 0) return { ok: true };
    if (sheet.protection.protected && sheet.anyLocked(rect)) {
      return { ok: false, reason: "locked", message: Messages.protectedCell };
    }
    if (format) for (const key of Object.keys(format) as FormatKey[]) sheet.setFmt(rect, key, format[key] as never);
    try {
      writeGrid(sheet, rect, values, "paste", { enforceProtection: false });
    } catch (e) {
      if (e instanceof FakeOfficeError)
        return { ok: false, reason: "merged", message: "We can't do that to a merged cell." };
      throw e;
    }
    clearValidation(this.engine.wb, sheet, rect);
    return this.finish(sheet, rect);
  }

  /** Review → Protect Sheet, without a password (Excel's default options unless others are ticked). */
  protectSheet(sheetName: string, options: Partial<ProtectionOptions> = {}): void {
    const sheet = this.engine.wb.requireSheet(sheetName);
    sheet.protection = { protected: true, options: { ...defaultProtectionOptions(), ...options } };
    this.engine.wb.touch();
  }

  /** Review → Unprotect Sheet; false when the sheet has a password (the user does not know it). */
  unprotectSheet(sheetName: string): boolean {
    const sheet = this.engine.wb.requireSheet(sheetName);
    if (sheet.protection.password !== undefined) return false;
    sheet.protection = { protected: false, options: sheet.protection.options };
    this.engine.wb.touch();
    return true;
  }

  /**
   * The user clicks into another open workbook: until focusThisWorkbook(), the selection reads fail
   * with InvalidSelection and window-bound commands with InactiveWorkbook (runtime/focus.ts).
   */
  focusOtherWorkbook(): void {
    this.engine.unfocused = true;
  }

  focusThisWorkbook(): void {
    this.engine.unfocused = false;
  }

  /** Enters cell-edit mode: syncs fail with InvalidOperationInCellEditMode (or wait with delayForCellEdit). */
  startCellEdit(): void {
    this.engine.beginCellEdit();
  }

  endCellEdit(): void {
    this.engine.endCellEdit();
  }
}
