// RangeFormat, RangeFont, RangeFill, RangeBorderCollection/RangeBorder, FormatProtection.
// Getters return the common value of all cells, or null when cells differ (like Excel).

import { MAX_COLS, MAX_ROWS } from "../address";
import { assertAllowed } from "../model/guards";
import type { CellFormat, FormatKey } from "../model/types";
import { FakeClientObject, installAccessors, PropSpec, PropTable } from "../runtime/client-object";
import { checkColor, RangeRef, requireBoolean, requireNumber, requireOneOf, requireString } from "./collection";
import { FakeRangeBorderCollection } from "./range-borders";

function uniform<V>(values: Set<V>): V | null {
  return values.size === 1 ? [...values][0] : null;
}

type Allow = "allowFormatCells" | null;

/** A cell-format property: set needs allowFormatCells (or nothing: never allowed) when protected. */
function fmtProp<K extends FormatKey>(
  key: K,
  check: (v: unknown) => CellFormat[K],
  allow: Allow = "allowFormatCells",
): PropSpec<RangeRef> {
  return {
    get: (t) => uniform(t.sheet.distinct(t.rect, key)),
    set: (t, v, e) => {
      const value = check(v);
      assertAllowed(t.sheet, allow, key);
      t.sheet.setFmt(t.rect, key, value);
      e.wb.touch();
    },
  };
}

function distinctSizes(from: number, count: number, max: number, map: Map<number, number>, dflt: number): Set<number> {
  const out = new Set<number>();
  let explicit = 0;
  for (const [i, v] of map) {
    if (i >= from && i < from + count) {
      out.add(v);
      explicit++;
    }
  }
  if (explicit < Math.min(count, max)) out.add(dflt);
  return out;
}

const FORMAT_PROPS: PropTable<RangeRef> = {
  columnWidth: {
    get: (t) => uniform(distinctSizes(t.rect.col, t.rect.cols, MAX_COLS, t.sheet.colWidths, t.sheet.defaultColWidth)),
    set: (t, v, e) => {
      const w = requireNumber(v, "columnWidth", 0, 1800);
      assertAllowed(t.sheet, "allowFormatColumns", "columnWidth");
      t.sheet.setColumnWidth(t.rect.col, t.rect.cols, w);
      e.wb.touch();
    },
    version: "1.2",
  },
  rowHeight: {
    get: (t) => uniform(distinctSizes(t.rect.row, t.rect.rows, MAX_ROWS, t.sheet.rowHeights, t.sheet.defaultRowHeight)),
    set: (t, v, e) => {
      const h = requireNumber(v, "rowHeight", 0, 409);
      assertAllowed(t.sheet, "allowFormatRows", "rowHeight");
      t.sheet.setRowHeight(t.rect.row, t.rect.rows, h);
      e.wb.touch();
    },
    version: "1.2",
  },
  wrapText: fmtProp("wrapText", (v) => requireBoolean(v, "wrapText")),
  horizontalAlignment: fmtProp("hAlign", (v) =>
    requireOneOf(
      v,
      ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"],
      "horizontalAlignment",
    ),
  ),
  verticalAlignment: fmtProp("vAlign", (v) =>
    requireOneOf(v, ["Top", "Center", "Bottom", "Justify", "Distributed"], "verticalAlignment"),
  ),
  indentLevel: { ...fmtProp("indentLevel", (v) => requireNumber(v, "indentLevel", 0, 250)), version: "1.9" },
};

export class FakeRangeFormat extends FakeClientObject<RangeRef> {
  declare columnWidth: number | null;
  declare rowHeight: number | null;
  declare wrapText: boolean | null;
  declare horizontalAlignment: string | null;
  declare verticalAlignment: string | null;
  declare indentLevel: number | null;

  protected _props(): PropTable<RangeRef> {
    return FORMAT_PROPS;
  }

  protected _navs(): Record<string, () => FakeClientObject<unknown>> {
    return {
      font: () => this.font,
      fill: () => this.fill,
      borders: () => this.borders,
      protection: () => this.protection,
    };
  }

  private nav<C extends FakeClientObject<unknown>>(
    key: string,
    Cls: new (...a: ConstructorParameters<typeof FakeRangeFont>) => C,
    type: string,
    version?: string,
  ): C {
    return this._child(key, () => new Cls(this.context, type, () => this._target(), { parent: this, version }));
  }

  get font(): FakeRangeFont {
    return this.nav("font", FakeRangeFont, "RangeFont");
  }

  get fill(): FakeRangeFill {
    return this.nav("fill", FakeRangeFill, "RangeFill");
  }

  get borders(): FakeRangeBorderCollection {
    return this.nav("borders", FakeRangeBorderCollection, "RangeBorderCollection");
  }

  get protection(): FakeFormatProtection {
    return this.nav("protection", FakeFormatProtection, "FormatProtection", "1.2");
  }

  /** No-op (sizes are not measured); still refused on a protected sheet without allowFormatColumns. */
  autofitColumns(): void {
    this._queue("autofitColumns", (t) => assertAllowed(t.sheet, "allowFormatColumns", "autofitColumns"), "1.2");
  }

  /** No-op (Excel ignores rows with merged cells anyway: set rowHeight explicitly). */
  autofitRows(): void {
    this._queue("autofitRows", (t) => assertAllowed(t.sheet, "allowFormatRows", "autofitRows"), "1.2");
  }
}
installAccessors(FakeRangeFormat, FORMAT_PROPS);

const FONT_PROPS: PropTable<RangeRef> = {
  name: fmtProp("fontName", (v) => requireString(v, "font.name")),
  size: fmtProp("fontSize", (v) => requireNumber(v, "font.size", 1, 409)),
  bold: fmtProp("fontBold", (v) => requireBoolean(v, "font.bold")),
  italic: fmtProp("fontItalic", (v) => requireBoolean(v, "font.italic")),
  color: fmtProp("fontColor", (v) => checkColor(v, "font.color")),
  underline: fmtProp("fontUnderline", (v) =>
    requireOneOf(v, ["None", "Single", "Double", "SingleAccountant", "DoubleAccountant"], "font.underline"),
  ),
};

export class FakeRangeFont extends FakeClientObject<RangeRef> {
  declare name: string | null;
  declare size: number | null;
  declare bold: boolean | null;
  declare italic: boolean | null;
  declare color: string | null;
  declare underline: string | null;

  protected _props(): PropTable<RangeRef> {
    return FONT_PROPS;
  }
}
installAccessors(FakeRangeFont, FONT_PROPS);

const FILL_PROPS: PropTable<RangeRef> = {
  color: {
    get: (t) => {
      const v = uniform(t.sheet.distinct(t.rect, "fill"));
      return v === null && t.sheet.distinct(t.rect, "fill").size > 1 ? null : (v ?? "#FFFFFF");
    },
    set: fmtProp("fill", (v) => checkColor(v, "fill.color")).set,
  },
};

export class FakeRangeFill extends FakeClientObject<RangeRef> {
  declare color: string | null;

  protected _props(): PropTable<RangeRef> {
    return FILL_PROPS;
  }

  clear(): void {
    this._queue("clear", (t) => {
      assertAllowed(t.sheet, "allowFormatCells", "fill.clear");
      t.sheet.setFmt(t.rect, "fill", null);
      this.context._engine.wb.touch();
    });
  }
}
installAccessors(FakeRangeFill, FILL_PROPS);

const FP_PROPS: PropTable<RangeRef> = {
  locked: fmtProp("locked", (v) => requireBoolean(v, "locked"), null),
  formulaHidden: fmtProp("formulaHidden", (v) => requireBoolean(v, "formulaHidden"), null),
};

export class FakeFormatProtection extends FakeClientObject<RangeRef> {
  declare locked: boolean | null;
  declare formulaHidden: boolean | null;

  protected _props(): PropTable<RangeRef> {
    return FP_PROPS;
  }
}
installAccessors(FakeFormatProtection, FP_PROPS);
