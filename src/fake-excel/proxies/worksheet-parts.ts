// WorksheetProtection and WorksheetFreezePanes proxies.

import { API_SETS } from "../api-sets";
import { MAX_COLS, MAX_ROWS } from "../address";
import { ErrorCode, FakeOfficeError } from "../errors";
import type { SheetModel } from "../model/sheet";
import { defaultProtectionOptions, type ProtectionOptions } from "../model/types";
import { FakeClientObject, installAccessors, PropTable } from "../runtime/client-object";
import { parseSheetAddress, requireNumber } from "./collection";
import { FakeRange } from "./range";

// ---- protection ---------------------------------------------------------------------------

const PROTECTION_PROPS: PropTable<SheetModel> = {
  protected: { get: (s) => s.protection.protected },
  options: { get: (s) => ({ ...s.protection.options }) },
};

export class FakeWorksheetProtection extends FakeClientObject<SheetModel> {
  declare readonly protected: boolean;
  declare readonly options: ProtectionOptions;

  protected _props(): PropTable<SheetModel> {
    return PROTECTION_PROPS;
  }

  protect(options?: Partial<ProtectionOptions>, password?: string): void {
    const opts = Object.fromEntries(Object.entries(options ?? {}).filter(([, v]) => v !== undefined));
    const known = defaultProtectionOptions();
    this._queue(
      "protect",
      (s) => {
        if (password !== undefined) this.context._engine.assertSupported("1.7", "protect(password)");
        for (const k of Object.keys(opts)) {
          if (!(k in known)) throw new FakeOfficeError(ErrorCode.invalidArgument, `Unknown protection option '${k}'.`);
        }
        // Options newer than the host's sets (selectionMode: ExcelApi 1.7) are refused (guessed).
        for (const k of Object.keys(opts)) {
          const need = API_SETS[`WorksheetProtectionOptions.${k}`];
          if (need) this.context._engine.assertSupported(need, `WorksheetProtectionOptions.${k}`);
        }
        if (s.protection.protected) {
          // "Fails if the worksheet has already been protected" (reference); AccessDenied on some builds.
          const code = this.context._engine.protectTwiceAccessDenied
            ? ErrorCode.accessDenied
            : ErrorCode.invalidOperation;
          throw new FakeOfficeError(code, "The worksheet is already protected.");
        }
        s.protection = { protected: true, options: { ...known, ...opts }, password };
        this.context._engine.wb.touch();
      },
      "1.2",
    );
  }

  unprotect(password?: string): void {
    this._queue(
      "unprotect",
      (s) => {
        if (!s.protection.protected) {
          if (!this.context._engine.protectTwiceAccessDenied) return;
          throw new FakeOfficeError(ErrorCode.accessDenied, "The worksheet is not protected.");
        }
        if (s.protection.password !== undefined && s.protection.password !== password) {
          throw new FakeOfficeError(ErrorCode.badPassword, "The password you supplied is incorrect.");
        }
        s.protection = { protected: false, options: s.protection.options };
        this.context._engine.wb.touch();
      },
      "1.2",
    );
  }
}
installAccessors(FakeWorksheetProtection, PROTECTION_PROPS);

// ---- freeze panes -------------------------------------------------------------------------

export class FakeFreezePanes extends FakeClientObject<SheetModel> {
  protected _props(): PropTable<SheetModel> {
    return {};
  }

  private _freeze(rows: number, cols: number): void {
    this._queue("freeze", (s) => {
      s.freezeRows = rows;
      s.freezeCols = cols;
      this.context._engine.wb.touch();
    });
  }

  freezeRows(count = 1): void {
    this._freeze(requireNumber(count, "count", 0, MAX_ROWS - 1), 0);
  }

  freezeColumns(count = 1): void {
    this._freeze(0, requireNumber(count, "count", 0, MAX_COLS - 1));
  }

  freezeAt(frozenRange: FakeRange | string): void {
    this._assertArgs(frozenRange);
    this._queue("freezeAt", (s) => {
      const rect = typeof frozenRange === "string" ? parseSheetAddress(frozenRange) : frozenRange._target()?.rect;
      if (!rect) throw new FakeOfficeError(ErrorCode.invalidArgument, "Invalid frozen range.");
      s.freezeRows = rect.rows === MAX_ROWS ? 0 : rect.row + rect.rows;
      s.freezeCols = rect.cols === MAX_COLS ? 0 : rect.col + rect.cols;
      this.context._engine.wb.touch();
    });
  }

  unfreeze(): void {
    this._freeze(0, 0);
  }

  getLocationOrNullObject(): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const s = this._target();
        if (s === null || (s.freezeRows === 0 && s.freezeCols === 0)) return null;
        const rows = s.freezeRows === 0 ? MAX_ROWS : s.freezeRows;
        const cols = s.freezeCols === 0 ? MAX_COLS : s.freezeCols;
        return { sheet: s, rect: { row: 0, col: 0, rows, cols } };
      },
      { parent: this, create: "WorksheetFreezePanes.getLocationOrNullObject", version: "1.7" },
    );
  }
}
