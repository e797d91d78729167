// RangeAreas (as returned by getMergedAreasOrNullObject) and its RangeCollection.

import { qualifiedAddress, Rect, rectArea } from "../address";
import type { SheetModel } from "../model/sheet";
import { FakeClientObject, FakeClientResult, installAccessors, ObjectInit, PropTable } from "../runtime/client-object";
import type { FakeRequestContext } from "../runtime/context";
import { FakeCollection, requireNumber } from "./collection";
import { FakeRange } from "./range";

export interface AreasRef {
  sheet: SheetModel;
  rects: Rect[];
}

const AREAS_PROPS: PropTable<AreasRef> = {
  address: { get: (a) => a.rects.map((r) => qualifiedAddress(a.sheet.name, r)).join(",") },
  addressLocal: { get: (a) => a.rects.map((r) => qualifiedAddress(a.sheet.name, r)).join(",") },
  areaCount: { get: (a) => a.rects.length },
  cellCount: { get: (a) => a.rects.reduce((n, r) => n + rectArea(r), 0) },
};

export class FakeRangeAreas extends FakeClientObject<AreasRef> {
  declare readonly address: string;
  declare readonly addressLocal: string;
  declare readonly areaCount: number;
  declare readonly cellCount: number;

  constructor(ctx: FakeRequestContext, resolver: () => AreasRef | null, init: ObjectInit = {}) {
    super(ctx, "RangeAreas", resolver, init);
  }

  protected _props(): PropTable<AreasRef> {
    return AREAS_PROPS;
  }

  protected _navs(): Record<string, () => FakeClientObject<unknown>> {
    return { areas: () => this.areas };
  }

  get areas(): FakeRangeCollection {
    return this._child(
      "areas",
      () =>
        new FakeRangeCollection(this.context, "RangeCollection", () => this._target(), {
          parent: this,
          version: "1.9",
        }),
    );
  }
}
installAccessors(FakeRangeAreas, AREAS_PROPS);

export class FakeRangeCollection extends FakeCollection<AreasRef, FakeRange> {
  protected _props(): PropTable<AreasRef> {
    return {};
  }

  protected _enumerate(a: AreasRef): FakeRange[] {
    return a.rects.map((rect) => new FakeRange(this.context, () => ({ sheet: a.sheet, rect }), { parent: this }));
  }

  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this._queue("getCount", (a) => result._resolve(a.rects.length));
    return result;
  }

  /** The area at `index` (0-based); out of range: InvalidArgument. */
  getItemAt(index: number): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const a = this._target();
        if (a === null) return null;
        const rect = a.rects[requireNumber(index, "index", 0, a.rects.length - 1)];
        return { sheet: a.sheet, rect };
      },
      { parent: this, create: "RangeCollection.getItemAt", version: "1.9" },
    );
  }
}
