// Conditional formats (ExcelApi 1.6). Only the "Custom" type is supported by the fake.
// New formats go to the top priority (index 0). Refused on protected sheets (AccessDenied).

import { rectsOverlap } from "../address";
import { ErrorCode, FakeOfficeError } from "../errors";
import { addCondFormat, clearCondFormats, condFormatsIntersecting } from "../model/features";
import { assertAllowed } from "../model/guards";
import type { SheetModel } from "../model/sheet";
import type { CondFormatModel } from "../model/types";
import { FakeClientObject, FakeClientResult, installAccessors, PropSpec, PropTable } from "../runtime/client-object";
import { checkColor, FakeCollection, RangeRef, requireBoolean, requireNumber, requireString } from "./collection";
import { FakeRange } from "./range";

interface CfRef {
  sheet: SheetModel;
  cf: CondFormatModel;
}

function cfProp<K extends keyof CondFormatModel>(
  key: K,
  check: (v: unknown) => CondFormatModel[K],
  read?: (cf: CondFormatModel) => unknown,
): PropSpec<CfRef> {
  return {
    get: (r) => (read ? read(r.cf) : r.cf[key]),
    set: (r, v, e) => {
      const value = check(v);
      assertAllowed(r.sheet, null, `conditional format ${String(key)}`);
      r.cf[key] = value;
      e.wb.touch();
    },
  };
}

abstract class CfObject extends FakeClientObject<CfRef> {
  _target(): CfRef | null {
    const r = super._target();
    if (r && !r.sheet.condFormats.includes(r.cf)) {
      throw new FakeOfficeError(ErrorCode.itemNotFound, "The conditional format has been deleted.");
    }
    return r;
  }

  protected _sub<C extends CfObject>(
    key: string,
    Cls: new (...a: ConstructorParameters<typeof FakeConditionalFormat>) => C,
    type: string,
  ): C {
    return this._child(key, () => new Cls(this.context, type, () => this._target(), { parent: this, version: "1.6" }));
  }
}

const CF_PROPS: PropTable<CfRef> = {
  id: { get: (r) => r.cf.id },
  type: { get: (r) => r.cf.type },
  priority: {
    get: (r) => r.sheet.condFormats.indexOf(r.cf),
    set: (r, v, e) => {
      const p = requireNumber(v, "priority", 0);
      assertAllowed(r.sheet, null, "conditional format priority");
      const list = r.sheet.condFormats.filter((c) => c !== r.cf);
      list.splice(Math.min(p, list.length), 0, r.cf);
      r.sheet.condFormats = list;
      e.wb.touch();
    },
  },
  stopIfTrue: cfProp("stopIfTrue", (v) => requireBoolean(v, "stopIfTrue")),
};

export class FakeConditionalFormat extends CfObject {
  declare readonly id: string;
  declare readonly type: string;
  declare priority: number;
  declare stopIfTrue: boolean;

  protected _props(): PropTable<CfRef> {
    return CF_PROPS;
  }

  protected _navs(): Record<string, () => FakeClientObject<unknown>> {
    return { custom: () => this.custom };
  }

  get custom(): FakeCustomConditionalFormat {
    return this._sub("custom", FakeCustomConditionalFormat, "CustomConditionalFormat");
  }

  getRange(): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const r = this._target();
        return r === null ? null : { sheet: r.sheet, rect: r.cf.areas[0] };
      },
      { parent: this, create: "ConditionalFormat.getRange", version: "1.6" },
    );
  }

  delete(): void {
    this._queue("delete", (r) => {
      assertAllowed(r.sheet, null, "conditional format delete");
      r.sheet.condFormats = r.sheet.condFormats.filter((c) => c !== r.cf);
      this.context._engine.wb.touch();
    });
  }
}
installAccessors(FakeConditionalFormat, CF_PROPS);

export class FakeCustomConditionalFormat extends CfObject {
  protected _props(): PropTable<CfRef> {
    return {};
  }

  protected _navs(): Record<string, () => FakeClientObject<unknown>> {
    return { rule: () => this.rule, format: () => this.format };
  }

  get rule(): FakeConditionalFormatRule {
    return this._sub("rule", FakeConditionalFormatRule, "ConditionalFormatRule");
  }

  get format(): FakeConditionalRangeFormat {
    return this._sub("format", FakeConditionalRangeFormat, "ConditionalRangeFormat");
  }
}

const checkFormula = (v: unknown): string => {
  const f = requireString(v, "formula");
  if (f.trim() === "") throw new FakeOfficeError(ErrorCode.invalidArgument, "The formula is empty.");
  return f.startsWith("=") ? f : `=${f}`;
};

const RULE_PROPS: PropTable<CfRef> = {
  formula: cfProp("formula", checkFormula),
  formulaLocal: cfProp("formula", checkFormula),
};

export class FakeConditionalFormatRule extends CfObject {
  declare formula: string;
  declare formulaLocal: string;

  protected _props(): PropTable<CfRef> {
    return RULE_PROPS;
  }
}
installAccessors(FakeConditionalFormatRule, RULE_PROPS);

export class FakeConditionalRangeFormat extends CfObject {
  protected _props(): PropTable<CfRef> {
    return {};
  }

  protected _navs(): Record<string, () => FakeClientObject<unknown>> {
    return { fill: () => this.fill, font: () => this.font };
  }

  get fill(): FakeConditionalRangeFill {
    return this._sub("fill", FakeConditionalRangeFill, "ConditionalRangeFill");
  }

  get font(): FakeConditionalRangeFont {
    return this._sub("font", FakeConditionalRangeFont, "ConditionalRangeFont");
  }
}

const FILL_PROPS: PropTable<CfRef> = { color: cfProp("fill", (v) => checkColor(v, "fill.color")) };

export class FakeConditionalRangeFill extends CfObject {
  declare color: string | null;

  protected _props(): PropTable<CfRef> {
    return FILL_PROPS;
  }

  clear(): void {
    this._queue("clear", (r) => {
      assertAllowed(r.sheet, null, "conditional format fill");
      r.cf.fill = null;
      this.context._engine.wb.touch();
    });
  }
}
installAccessors(FakeConditionalRangeFill, FILL_PROPS);

const FONT_PROPS: PropTable<CfRef> = {
  color: cfProp("fontColor", (v) => checkColor(v, "font.color")),
  bold: cfProp("fontBold", (v) => requireBoolean(v, "font.bold")),
  italic: cfProp("fontItalic", (v) => requireBoolean(v, "font.italic")),
};

export class FakeConditionalRangeFont extends CfObject {
  declare color: string | null;
  declare bold: boolean | null;
  declare italic: boolean | null;

  protected _props(): PropTable<CfRef> {
    return FONT_PROPS;
  }
}
installAccessors(FakeConditionalRangeFont, FONT_PROPS);

export class FakeConditionalFormatCollection extends FakeCollection<RangeRef, FakeConditionalFormat> {
  protected _props(): PropTable<RangeRef> {
    return {};
  }

  protected _enumerate(t: RangeRef): FakeConditionalFormat[] {
    return condFormatsIntersecting(t.sheet, t.rect).map(
      (cf) =>
        new FakeConditionalFormat(this.context, "ConditionalFormat", () => ({ sheet: t.sheet, cf }), {
          parent: this,
          version: "1.6",
        }),
    );
  }

  private item(member: string, find: (t: RangeRef) => CondFormatModel | null): FakeConditionalFormat {
    return new FakeConditionalFormat(
      this.context,
      "ConditionalFormat",
      () => {
        const t = this._target();
        if (t === null) return null;
        const cf = find(t);
        return cf ? { sheet: t.sheet, cf } : null;
      },
      { parent: this, create: `ConditionalFormatCollection.${member}`, version: "1.6" },
    );
  }

  add(type: string): FakeConditionalFormat {
    return this.item("add", (t) => {
      assertAllowed(t.sheet, null, "conditionalFormats.add");
      return addCondFormat(this.context._engine.wb, t.sheet, t.rect, type);
    });
  }

  getItem(id: string): FakeConditionalFormat {
    return this.item("getItem", (t) => {
      const cf = t.sheet.condFormats.find((c) => c.id === id && c.areas.some((a) => rectsOverlap(a, t.rect)));
      if (!cf) throw new FakeOfficeError(ErrorCode.itemNotFound, `The conditional format '${id}' doesn't exist.`);
      return cf;
    });
  }

  getItemAt(index: number): FakeConditionalFormat {
    return this.item("getItemAt", (t) => {
      const cf = condFormatsIntersecting(t.sheet, t.rect)[index];
      if (!cf) throw new FakeOfficeError(ErrorCode.itemNotFound, `There is no conditional format at index ${index}.`);
      return cf;
    });
  }

  clearAll(): void {
    this._queue("clearAll", (t) => {
      assertAllowed(t.sheet, null, "conditionalFormats.clearAll");
      clearCondFormats(this.context._engine.wb, t.sheet, t.rect);
    });
  }

  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this._queue("getCount", (t) => result._resolve(condFormatsIntersecting(t.sheet, t.rect).length));
    return result;
  }
}
