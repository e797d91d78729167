// RangeBorderCollection / RangeBorder: borders are stored per cell edge in the model.

import { Rect, rectArea } from "../address";
import { ErrorCode, FakeOfficeError } from "../errors";
import { assertAllowed } from "../model/guards";
import { cellBorder, setBorder, type Side } from "../model/borders";
import type { BorderSpec } from "../model/types";
import { FakeClientObject, installAccessors, PropSpec, PropTable } from "../runtime/client-object";
import { checkColor, FakeCollection, RangeRef, requireOneOf } from "./collection";

function uniform<V>(values: Set<V>): V | null {
  return values.size === 1 ? [...values][0] : null;
}

const BORDER_INDEXES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
] as const;
type BorderIndex = (typeof BORDER_INDEXES)[number];

interface BorderRef {
  range: RangeRef;
  index: BorderIndex;
}

/** The cells (and which of their sides) that make up one border index of a range. */
function strip(rect: Rect, index: BorderIndex): { rect: Rect; side: Side } | null {
  const { row, col, rows, cols } = rect;
  switch (index) {
    case "EdgeTop":
      return { rect: { row, col, rows: 1, cols }, side: "top" };
    case "EdgeBottom":
      return { rect: { row: row + rows - 1, col, rows: 1, cols }, side: "bottom" };
    case "EdgeLeft":
      return { rect: { row, col, rows, cols: 1 }, side: "left" };
    case "EdgeRight":
      return { rect: { row, col: col + cols - 1, rows, cols: 1 }, side: "right" };
    case "InsideHorizontal":
      return rows > 1 ? { rect: { row: row + 1, col, rows: rows - 1, cols }, side: "top" } : null;
    case "InsideVertical":
      return cols > 1 ? { rect: { row, col: col + 1, rows, cols: cols - 1 }, side: "left" } : null;
    default:
      return null; // diagonals are not modelled
  }
}

function borderField(field: keyof BorderSpec, check: (v: unknown) => string): PropSpec<BorderRef> {
  return {
    get: (b) => {
      const s = strip(b.range.rect, b.index);
      const none: BorderSpec = { style: "None", weight: "Thin", color: "#000000" };
      if (!s) return none[field];
      const seen = new Set<string>();
      if (rectArea(s.rect) <= 100_000) {
        for (let r = s.rect.row; r < s.rect.row + s.rect.rows; r++) {
          for (let c = s.rect.col; c < s.rect.col + s.rect.cols; c++)
            seen.add((cellBorder(b.range.sheet, r, c, s.side) ?? none)[field]);
        }
      } else seen.add(none[field]);
      return uniform(seen);
    },
    set: (b, v, e) => {
      const value = check(v);
      const sheet = b.range.sheet;
      assertAllowed(sheet, "allowFormatCells", `border ${field}`);
      const s = strip(b.range.rect, b.index);
      if (!s) return;
      const make = (cur: BorderSpec | null): BorderSpec | null => {
        if (field === "style" && value === "None") return null;
        return { ...(cur ?? { style: "Continuous", weight: "Thin", color: "#000000" }), [field]: value };
      };
      if (rectArea(s.rect) > 100_000) setBorder(sheet, s.rect, s.side, make(null));
      else {
        for (let r = s.rect.row; r < s.rect.row + s.rect.rows; r++) {
          for (let c = s.rect.col; c < s.rect.col + s.rect.cols; c++) {
            setBorder(sheet, { row: r, col: c, rows: 1, cols: 1 }, s.side, make(cellBorder(sheet, r, c, s.side)));
          }
        }
      }
      e.wb.touch();
    },
  };
}

const BORDER_PROPS: PropTable<BorderRef> = {
  sideIndex: { get: (b) => b.index },
  style: borderField("style", (v) =>
    requireOneOf(v, ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"], "style"),
  ),
  weight: borderField("weight", (v) => requireOneOf(v, ["Hairline", "Thin", "Medium", "Thick"], "weight")),
  color: borderField("color", (v) => checkColor(v, "border color")),
};

export class FakeRangeBorder extends FakeClientObject<BorderRef> {
  declare readonly sideIndex: string;
  declare style: string | null;
  declare weight: string | null;
  declare color: string | null;

  protected _props(): PropTable<BorderRef> {
    return BORDER_PROPS;
  }
}
installAccessors(FakeRangeBorder, BORDER_PROPS);

export class FakeRangeBorderCollection extends FakeCollection<RangeRef, FakeRangeBorder> {
  protected _props(): PropTable<RangeRef> {
    return { count: { get: () => BORDER_INDEXES.length } };
  }

  protected _enumerate(range: RangeRef): FakeRangeBorder[] {
    return BORDER_INDEXES.map(
      (index) => new FakeRangeBorder(this.context, "RangeBorder", () => ({ range, index }), { parent: this }),
    );
  }

  getItem(index: string): FakeRangeBorder {
    return this._child(`item:${index}`, () => {
      const valid = (BORDER_INDEXES as readonly string[]).includes(index);
      return new FakeRangeBorder(
        this.context,
        "RangeBorder",
        () => {
          if (!valid) throw new FakeOfficeError(ErrorCode.invalidArgument, `Invalid border index '${index}'.`);
          const range = this._target();
          return range === null ? null : { range, index: index as BorderIndex };
        },
        { parent: this },
      );
    });
  }

  getItemAt(i: number): FakeRangeBorder {
    return this.getItem(BORDER_INDEXES[i] ?? String(i));
  }
}
