// Worksheet proxy and worksheet events (protection and freeze panes: worksheet-parts.ts).

import { MAX_COLS, MAX_ROWS, Rect } from "../address";
import { ErrorCode, FakeOfficeError } from "../errors";
import type { SheetModel } from "../model/sheet";
import type { Visibility } from "../model/types";
import { FakeClientObject, installAccessors, ObjectInit, PropTable } from "../runtime/client-object";
import type { FakeRequestContext } from "../runtime/context";
import {
  parseSheetAddress,
  RangeRef,
  requireBoolean,
  requireNumber,
  requireOneOf,
  requireString,
  toRgbColor,
  WHOLE_SHEET,
} from "./collection";
import { FakePageBreakCollection } from "./page-breaks";
import { FakePageLayout } from "./page-layout";
import { FakeRange } from "./range";
import { FakeFreezePanes, FakeWorksheetProtection } from "./worksheet-parts";

const WS_PROPS: PropTable<SheetModel> = {
  id: { get: (s) => s.id },
  name: { get: (s) => s.name, set: (s, v, e) => e.wb.renameSheet(s, requireString(v, "name")) },
  position: { get: (s, e) => e.wb.position(s), set: (s, v, e) => e.wb.moveSheet(s, requireNumber(v, "position")) },
  visibility: {
    get: (s) => s.visibility,
    set: (s, v, e) =>
      e.wb.setVisibility(s, requireOneOf<Visibility>(v, ["Visible", "Hidden", "VeryHidden"], "visibility")),
  },
  tabColor: {
    // #RRGGBB, "" for automatic, null for a hidden sheet (Microsoft's Worksheet.tabColor).
    get: (s) => (s.visibility === "Visible" ? s.tabColor : null),
    set: (s, v, e) => {
      s.tabColor = toRgbColor(v, "tabColor");
      e.wb.touch();
    },
    version: "1.7",
  },
  showGridlines: {
    get: (s) => s.showGridlines,
    set: (s, v, e) => {
      s.showGridlines = requireBoolean(v, "showGridlines");
      e.wb.touch();
    },
    version: "1.8",
  },
};

type Handler = (args: never) => unknown;

/** `worksheet.onChanged` / `onSelectionChanged`: registration takes effect at sync. */
export class FakeEventHandlers {
  private readonly registered = new Map<Handler, true>();

  constructor(
    private readonly sheet: FakeWorksheet,
    private readonly event: "changed" | "selectionChanged",
    private readonly version: string,
  ) {}

  add(handler: Handler): { context: FakeRequestContext; remove(): void } {
    const member = this.event === "changed" ? "onChanged" : "onSelectionChanged";
    this.sheet._on(`${member}.add`, this.version, (s, engine) =>
      engine.addHandler(s.id, this.event, handler as (a: unknown) => unknown),
    );
    this.registered.set(handler, true);
    return { context: this.sheet.context, remove: () => this.remove(handler) };
  }

  remove(handler: Handler): void {
    this.sheet._on("EventHandlerResult.remove", this.version, (s, engine) =>
      engine.removeHandler(s.id, this.event, handler as (a: unknown) => unknown),
    );
    this.registered.delete(handler);
  }
}

export class FakeWorksheet extends FakeClientObject<SheetModel> {
  declare readonly id: string;
  declare name: string;
  declare position: number;
  declare visibility: Visibility;
  declare tabColor: string | null;
  declare showGridlines: boolean;

  constructor(ctx: FakeRequestContext, resolver: () => SheetModel | null, init: ObjectInit = {}) {
    super(ctx, "Worksheet", resolver, init);
  }

  protected _props(): PropTable<SheetModel> {
    return WS_PROPS;
  }

  protected _navs(): Record<string, () => FakeClientObject<unknown>> {
    return {
      protection: () => this.protection,
      freezePanes: () => this.freezePanes,
      pageLayout: () => this.pageLayout,
      horizontalPageBreaks: () => this.horizontalPageBreaks,
    };
  }

  _target(): SheetModel | null {
    const s = super._target();
    if (s && !this.context._engine.wb.contains(s)) {
      throw new FakeOfficeError(ErrorCode.itemNotFound, `The worksheet '${s.name}' has been deleted.`);
    }
    return s;
  }

  _locate(): { sheet?: string; address?: string } {
    const s = this._target();
    return s ? { sheet: s.name } : {};
  }

  /** @internal queues a worksheet command with engine access */
  _on(member: string, version: string, apply: (s: SheetModel, engine: FakeRequestContext["_engine"]) => void): void {
    this._queue(member, (s) => apply(s, this.context._engine), version);
  }

  get protection(): FakeWorksheetProtection {
    return this._child(
      "protection",
      () =>
        new FakeWorksheetProtection(this.context, "WorksheetProtection", () => this._target(), {
          parent: this,
          version: "1.2",
        }),
    );
  }

  get freezePanes(): FakeFreezePanes {
    return this._child(
      "freezePanes",
      () =>
        new FakeFreezePanes(this.context, "WorksheetFreezePanes", () => this._target(), {
          parent: this,
          version: "1.7",
        }),
    );
  }

  get pageLayout(): FakePageLayout {
    return this._child(
      "pageLayout",
      () => new FakePageLayout(this.context, "PageLayout", () => this._target(), { parent: this, version: "1.9" }),
    );
  }

  get horizontalPageBreaks(): FakePageBreakCollection {
    return this._child(
      "horizontalPageBreaks",
      () => new FakePageBreakCollection(this.context, () => this._target(), this),
    );
  }

  get onChanged(): FakeEventHandlers {
    return this._events("changed", "1.7");
  }

  get onSelectionChanged(): FakeEventHandlers {
    return this._events("selectionChanged", "1.2");
  }

  private readonly _eventObjects = new Map<string, FakeEventHandlers>();
  private _events(event: "changed" | "selectionChanged", version: string): FakeEventHandlers {
    let e = this._eventObjects.get(event);
    if (!e) {
      e = new FakeEventHandlers(this, event, version);
      this._eventObjects.set(event, e);
    }
    return e;
  }

  delete(): void {
    this._queue("delete", (s) => this.context._engine.wb.deleteSheet(s));
  }

  activate(): void {
    this._queue("activate", (s) => this.context._engine.wb.activate(s));
  }

  calculate(_markAllDirty?: boolean): void {
    this._queue("calculate", () => undefined, "1.6");
  }

  /** @internal */
  _range(member: string, make: (s: SheetModel) => Rect | null, version?: string): FakeRange {
    return new FakeRange(
      this.context,
      (): RangeRef | null => {
        const s = this._target();
        if (s === null) return null;
        const rect = make(s);
        return rect ? { sheet: s, rect } : null;
      },
      { parent: this, create: `Worksheet.${member}`, version },
    );
  }

  getRange(address?: string): FakeRange {
    return this._range("getRange", () => (address === undefined ? WHOLE_SHEET : parseSheetAddress(address)));
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return this._range(
      "getRangeByIndexes",
      () => {
        requireNumber(startRow, "startRow", 0, MAX_ROWS - 1);
        requireNumber(startColumn, "startColumn", 0, MAX_COLS - 1);
        requireNumber(rowCount, "rowCount", 1, MAX_ROWS - startRow);
        requireNumber(columnCount, "columnCount", 1, MAX_COLS - startColumn);
        return { row: startRow, col: startColumn, rows: rowCount, cols: columnCount };
      },
      "1.7",
    );
  }

  getCell(row: number, column: number): FakeRange {
    return this._range("getCell", () => {
      requireNumber(row, "row", 0, MAX_ROWS - 1);
      requireNumber(column, "column", 0, MAX_COLS - 1);
      return { row, col: column, rows: 1, cols: 1 };
    });
  }

  /** Empty sheet: A1 (like Excel). */
  getUsedRange(valuesOnly = false): FakeRange {
    return this._range("getUsedRange", (s) => s.usedRect(valuesOnly) ?? { row: 0, col: 0, rows: 1, cols: 1 });
  }

  /** Empty sheet: a null object. */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return this._range("getUsedRangeOrNullObject", (s) => s.usedRect(valuesOnly), "1.4");
  }
}
installAccessors(FakeWorksheet, WS_PROPS);
