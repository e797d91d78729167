// PageLayout, HeaderFooterGroup and HeaderFooter proxies (ExcelApi 1.9).

import { MAX_COLS, Rect } from "../address";
import { ErrorCode, FakeOfficeError } from "../errors";
import type { SheetModel } from "../model/sheet";
import type { HeaderFooterModel, PageLayoutModel } from "../model/types";
import { FakeClientObject, installAccessors, PropSpec, PropTable } from "../runtime/client-object";
import type { Engine } from "../runtime/engine";
import { parseSheetAddress, requireBoolean, requireNumber, requireOneOf, requireString } from "./collection";
import { FakeRange } from "./range";

type PlKey = Exclude<keyof PageLayoutModel, "headersFooters" | "printTitleRows" | "printArea">;

function plProp(key: PlKey, check: (v: unknown) => unknown): PropSpec<SheetModel> {
  return {
    get: (s) => s.pageLayout[key],
    set: (s: SheetModel, v: unknown, e: Engine) => {
      (s.pageLayout as unknown as Record<string, unknown>)[key] = check(v);
      e.wb.touch();
    },
  };
}

const margin = (name: string) => (v: unknown) => requireNumber(v, name, 0, 1000);
const bool = (name: string) => (v: unknown) => requireBoolean(v, name);

function checkZoom(v: unknown): PageLayoutModel["zoom"] {
  if (!v || typeof v !== "object") throw new FakeOfficeError(ErrorCode.invalidArgument, "zoom must be an object.");
  const z = v as Record<string, unknown>;
  const out: PageLayoutModel["zoom"] = {};
  for (const [k, val] of Object.entries(z)) {
    if (val === undefined || val === null) continue;
    if (k === "scale") out.scale = requireNumber(val, "zoom.scale", 10, 400);
    else if (k === "horizontalFitToPages" || k === "verticalFitToPages")
      out[k] = requireNumber(val, `zoom.${k}`, 0, 32767);
    else throw new FakeOfficeError(ErrorCode.invalidArgument, `Unknown zoom option '${k}'.`);
  }
  if (out.scale !== undefined && (out.horizontalFitToPages !== undefined || out.verticalFitToPages !== undefined)) {
    throw new FakeOfficeError(ErrorCode.invalidArgument, "zoom.scale cannot be combined with fit-to-pages options.");
  }
  return out;
}

const PL_PROPS: PropTable<SheetModel> = {
  orientation: plProp("orientation", (v) => requireOneOf(v, ["Portrait", "Landscape"], "orientation")),
  paperSize: plProp("paperSize", (v) => {
    const s = requireString(v, "paperSize");
    if (!/^[A-Za-z0-9]+$/.test(s)) throw new FakeOfficeError(ErrorCode.invalidArgument, `Invalid paper size '${s}'.`);
    return s;
  }),
  centerHorizontally: plProp("centerHorizontally", bool("centerHorizontally")),
  centerVertically: plProp("centerVertically", bool("centerVertically")),
  leftMargin: plProp("leftMargin", margin("leftMargin")),
  rightMargin: plProp("rightMargin", margin("rightMargin")),
  topMargin: plProp("topMargin", margin("topMargin")),
  bottomMargin: plProp("bottomMargin", margin("bottomMargin")),
  headerMargin: plProp("headerMargin", margin("headerMargin")),
  footerMargin: plProp("footerMargin", margin("footerMargin")),
  zoom: plProp("zoom", checkZoom),
  printGridlines: plProp("printGridlines", bool("printGridlines")),
  printHeadings: plProp("printHeadings", bool("printHeadings")),
  blackAndWhite: plProp("blackAndWhite", bool("blackAndWhite")),
};

function toRows(rect: Rect): Rect {
  return { row: rect.row, col: 0, rows: rect.rows, cols: MAX_COLS };
}

export class FakePageLayout extends FakeClientObject<SheetModel> {
  declare orientation: string;
  declare paperSize: string;
  declare centerHorizontally: boolean;
  declare centerVertically: boolean;
  declare leftMargin: number;
  declare rightMargin: number;
  declare topMargin: number;
  declare bottomMargin: number;
  declare headerMargin: number;
  declare footerMargin: number;
  declare zoom: PageLayoutModel["zoom"];
  declare printGridlines: boolean;
  declare printHeadings: boolean;
  declare blackAndWhite: boolean;

  protected _props(): PropTable<SheetModel> {
    return PL_PROPS;
  }

  protected _navs(): Record<string, () => FakeClientObject<unknown>> {
    return { headersFooters: () => this.headersFooters };
  }

  get headersFooters(): FakeHeaderFooterGroup {
    return this._child(
      "headersFooters",
      () =>
        new FakeHeaderFooterGroup(this.context, "HeaderFooterGroup", () => this._target(), {
          parent: this,
          version: "1.9",
        }),
    );
  }

  private rectOf(s: SheetModel, range: FakeRange | string): Rect {
    if (typeof range === "string") return parseSheetAddress(range);
    const r = range._target();
    if (!r || r.sheet !== s)
      throw new FakeOfficeError(ErrorCode.invalidArgument, "The range must be on this worksheet.");
    return r.rect;
  }

  /** Title rows always cover entire rows ("$1:$6"). */
  setPrintTitleRows(rows: FakeRange | string): void {
    this._assertArgs(rows);
    this._queue("setPrintTitleRows", (s) => {
      s.pageLayout.printTitleRows = toRows(this.rectOf(s, rows));
      this.context._engine.wb.touch();
    });
  }

  getPrintTitleRowsOrNullObject(): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const s = this._target();
        const rect = s?.pageLayout.printTitleRows;
        return s && rect ? { sheet: s, rect } : null;
      },
      { parent: this, create: "PageLayout.getPrintTitleRowsOrNullObject", version: "1.9" },
    );
  }

  setPrintArea(area: FakeRange | string): void {
    this._assertArgs(area);
    this._queue("setPrintArea", (s) => {
      s.pageLayout.printArea = this.rectOf(s, area);
      this.context._engine.wb.touch();
    });
  }

  getPrintAreaOrNullObject(): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const s = this._target();
        const rect = s?.pageLayout.printArea;
        return s && rect ? { sheet: s, rect } : null;
      },
      { parent: this, create: "PageLayout.getPrintAreaOrNullObject", version: "1.9" },
    );
  }
}
installAccessors(FakePageLayout, PL_PROPS);

const HFG_PROPS: PropTable<SheetModel> = {
  state: { get: () => "Default" },
  useSheetMargins: { get: () => true },
  useSheetScale: { get: () => true },
};

export class FakeHeaderFooterGroup extends FakeClientObject<SheetModel> {
  declare readonly state: string;

  protected _props(): PropTable<SheetModel> {
    return HFG_PROPS;
  }

  protected _navs(): Record<string, () => FakeClientObject<unknown>> {
    return { defaultForAllPages: () => this.defaultForAllPages };
  }

  get defaultForAllPages(): FakeHeaderFooter {
    return this._child(
      "defaultForAllPages",
      () => new FakeHeaderFooter(this.context, "HeaderFooter", () => this._target(), { parent: this, version: "1.9" }),
    );
  }
}
installAccessors(FakeHeaderFooterGroup, HFG_PROPS);

const HF_KEYS: (keyof HeaderFooterModel)[] = [
  "leftHeader",
  "centerHeader",
  "rightHeader",
  "leftFooter",
  "centerFooter",
  "rightFooter",
];
const HF_PROPS: PropTable<SheetModel> = Object.fromEntries(
  HF_KEYS.map((k): [string, PropSpec<SheetModel>] => [
    k,
    {
      get: (s) => s.pageLayout.headersFooters[k],
      set: (s, v, e) => {
        s.pageLayout.headersFooters[k] = requireString(v, k);
        e.wb.touch();
      },
    },
  ]),
);

export class FakeHeaderFooter extends FakeClientObject<SheetModel> {
  declare leftHeader: string;
  declare centerHeader: string;
  declare rightHeader: string;
  declare leftFooter: string;
  declare centerFooter: string;
  declare rightFooter: string;

  protected _props(): PropTable<SheetModel> {
    return HF_PROPS;
  }
}
installAccessors(FakeHeaderFooter, HF_PROPS);
