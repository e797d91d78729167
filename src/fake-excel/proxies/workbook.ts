// Workbook, Application and WorksheetCollection proxies.

import { ErrorCode, FakeOfficeError } from "../errors";
import type { SheetModel } from "../model/sheet";
import type { WorkbookModel } from "../model/workbook";
import { FakeClientObject, FakeClientResult, installAccessors, PropTable } from "../runtime/client-object";
import type { FakeRequestContext } from "../runtime/context";
import { FakeCollection, requireOneOf } from "./collection";
import { FakeNamedItemCollection, FakeSettingCollection } from "./names";
import { FakeRange } from "./range";
import { FakeRangeAreas } from "./range-areas";
import type { Rect } from "../address";
import { FakeWorksheet } from "./worksheet";

const APP_PROPS: PropTable<WorkbookModel> = {
  calculationMode: {
    get: (wb) => wb.calculationMode,
    set: (wb, v) => {
      wb.calculationMode = requireOneOf(v, ["Automatic", "AutomaticExceptTables", "Manual"], "calculationMode");
    },
  },
};

export class FakeApplication extends FakeClientObject<WorkbookModel> {
  declare calculationMode: string;

  constructor(ctx: FakeRequestContext, parent: FakeWorkbook) {
    super(ctx, "Application", () => ctx._engine.wb, { parent });
  }

  protected _props(): PropTable<WorkbookModel> {
    return APP_PROPS;
  }

  suspendApiCalculationUntilNextSync(): void {
    this._queue("suspendApiCalculationUntilNextSync", () => undefined, "1.6");
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this._queue("suspendScreenUpdatingUntilNextSync", () => undefined, "1.9");
  }

  calculate(_type?: string): void {
    this._queue("calculate", () => undefined);
  }
}
installAccessors(FakeApplication, APP_PROPS);

const WB_PROPS: PropTable<WorkbookModel> = {
  name: { get: () => "Book1.xlsx", version: "1.7" },
};

export class FakeWorkbook extends FakeClientObject<WorkbookModel> {
  declare readonly name: string;

  constructor(ctx: FakeRequestContext) {
    super(ctx, "Workbook", () => ctx._engine.wb);
  }

  protected _props(): PropTable<WorkbookModel> {
    return WB_PROPS;
  }

  protected _navs(): Record<string, () => FakeClientObject<unknown>> {
    return {
      worksheets: () => this.worksheets,
      names: () => this.names,
      settings: () => this.settings,
      application: () => this.application,
    };
  }

  get worksheets(): FakeWorksheetCollection {
    return this._child("worksheets", () => new FakeWorksheetCollection(this.context, this));
  }

  get names(): FakeNamedItemCollection {
    return this._child("names", () => new FakeNamedItemCollection(this.context, this));
  }

  get settings(): FakeSettingCollection {
    return this._child("settings", () => new FakeSettingCollection(this.context, this));
  }

  get application(): FakeApplication {
    return this._child("application", () => new FakeApplication(this.context, this));
  }

  /** One range; several areas (Ctrl+click) or a chart/shape selected: InvalidSelection at sync. */
  getSelectedRange(): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const sel = selectionRef(this.context._engine.wb, true);
        if (sel.areas.length > 1) throw new FakeOfficeError(ErrorCode.invalidSelection, INVALID_SELECTION);
        return { sheet: sel.sheet, rect: sel.areas[0] };
      },
      { parent: this, create: "Workbook.getSelectedRange" },
    );
  }

  /** Every selected area (ExcelApi 1.9); a chart/shape selected: InvalidSelection at sync. */
  getSelectedRanges(): FakeRangeAreas {
    return new FakeRangeAreas(
      this.context,
      () => {
        const sel = selectionRef(this.context._engine.wb, true);
        return { sheet: sel.sheet, rects: sel.areas };
      },
      { parent: this, create: "Workbook.getSelectedRanges", version: "1.9" },
    );
  }

  /** The active cell, also while a chart or shape is selected (guessed, see README). */
  getActiveCell(): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const ref = selectionRef(this.context._engine.wb, false);
        return { sheet: ref.sheet, rect: { row: ref.active.row, col: ref.active.col, rows: 1, cols: 1 } };
      },
      { parent: this, create: "Workbook.getActiveCell", version: "1.7" },
    );
  }
}
installAccessors(FakeWorkbook, WB_PROPS);

const INVALID_SELECTION = "The current selection is invalid for this operation.";

function selectionRef(wb: WorkbookModel, rangesOnly: boolean): { sheet: SheetModel; areas: Rect[]; active: Rect } {
  const sheet = wb.selection ? wb.sheetById(wb.selection.sheetId) : wb.activeSheet();
  if (!sheet) throw new FakeOfficeError(ErrorCode.invalidSelection, "There is no current selection.");
  const sel = wb.selection && wb.selection.sheetId === sheet.id ? wb.selection : null;
  if (rangesOnly && sel?.object) throw new FakeOfficeError(ErrorCode.invalidSelection, INVALID_SELECTION);
  const active = sel ? sel.rect : { row: 0, col: 0, rows: 1, cols: 1 };
  return { sheet, areas: sel?.areas ?? [active], active };
}

export class FakeWorksheetCollection extends FakeCollection<WorkbookModel, FakeWorksheet> {
  constructor(ctx: FakeRequestContext, parent: FakeWorkbook) {
    super(ctx, "WorksheetCollection", () => ctx._engine.wb, { parent });
  }

  protected _props(): PropTable<WorkbookModel> {
    return {};
  }

  protected _enumerate(wb: WorkbookModel): FakeWorksheet[] {
    return wb.sheets.map((s) => new FakeWorksheet(this.context, () => s, { parent: this }));
  }

  private sheet(
    member: string,
    find: (wb: WorkbookModel) => SheetModel | null,
    version?: string,
    returnsId = false,
  ): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      () => {
        const wb = this._target();
        return wb === null ? null : find(wb);
      },
      { parent: this, create: `WorksheetCollection.${member}`, version, returnsId },
    );
  }

  getItem(key: string): FakeWorksheet {
    return this.sheet("getItem", (wb) => wb.requireSheet(key));
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return this.sheet("getItemOrNullObject", (wb) => wb.sheetByName(key) ?? wb.sheetById(key) ?? null, "1.4");
  }

  add(name?: string): FakeWorksheet {
    return this.sheet("add", (wb) => wb.addSheet(name), undefined, true);
  }

  getActiveWorksheet(): FakeWorksheet {
    return this.sheet("getActiveWorksheet", (wb) => {
      const s = wb.activeSheet();
      if (!s) throw new FakeOfficeError(ErrorCode.itemNotFound, "There is no active worksheet.");
      return s;
    });
  }

  getFirst(visibleOnly = false): FakeWorksheet {
    return this.sheet("getFirst", (wb) => pick(visibleOnly ? wb.visibleSheets() : wb.sheets, 0), "1.5");
  }

  getLast(visibleOnly = false): FakeWorksheet {
    return this.sheet("getLast", (wb) => pick(visibleOnly ? wb.visibleSheets() : wb.sheets, -1), "1.5");
  }

  getCount(visibleOnly = false): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this._queue("getCount", (wb) => result._resolve(visibleOnly ? wb.visibleSheets().length : wb.sheets.length), "1.4");
    return result;
  }
}

function pick(list: SheetModel[], index: number): SheetModel {
  const s = index < 0 ? list[list.length + index] : list[index];
  if (!s) throw new FakeOfficeError(ErrorCode.itemNotFound, "There is no such worksheet.");
  return s;
}
