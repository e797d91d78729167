// Defined names (workbook.names) and workbook settings proxies.

import { parseReference, qualifiedAddress } from "../address";
import { ErrorCode, FakeOfficeError } from "../errors";
import type { NameModel } from "../model/types";
import type { WorkbookModel } from "../model/workbook";
import { FakeClientObject, FakeClientResult, installAccessors, PropTable } from "../runtime/client-object";
import type { FakeRequestContext } from "../runtime/context";
import type { Engine } from "../runtime/engine";
import { FakeCollection, RangeRef, requireBoolean, requireString } from "./collection";
import { FakeRange } from "./range";

function nameType(n: NameModel): string {
  if (n.invalid) return "Error";
  if (parseReference(n.reference)) return "Range";
  const body = n.reference.slice(1).trim();
  if (/^(TRUE|FALSE)$/i.test(body)) return "Boolean";
  if (body !== "" && Number.isFinite(Number(body))) return Number.isInteger(Number(body)) ? "Integer" : "Double";
  if (/^".*"$/.test(body)) return "String";
  return "Range";
}

function nameRange(engine: Engine, n: NameModel): RangeRef | null {
  const ref = n.invalid ? null : parseReference(n.reference);
  const sheet = ref?.sheet ? engine.wb.sheetByName(ref.sheet) : undefined;
  return ref && sheet ? { sheet, rect: ref.rect } : null;
}

const NAME_PROPS: PropTable<NameModel> = {
  name: { get: (n) => n.name },
  formula: {
    get: (n) => n.reference,
    set: (n, v, e) => {
      const ref = requireString(v, "formula");
      e.wb.checkNameReference(ref);
      n.reference = ref;
      n.invalid = ref.includes("#REF!");
      e.wb.touch();
    },
    version: "1.7",
  },
  type: { get: (n) => nameType(n) },
  value: { get: (n) => (n.invalid ? "#REF!" : n.reference.replace(/^=/, "")) },
  visible: {
    get: (n) => n.visible,
    set: (n, v, e) => {
      n.visible = requireBoolean(v, "visible");
      e.wb.touch();
    },
  },
  comment: {
    get: (n) => n.comment,
    set: (n, v, e) => {
      n.comment = requireString(v, "comment");
      e.wb.touch();
    },
    version: "1.4",
  },
};

export class FakeNamedItem extends FakeClientObject<NameModel> {
  declare readonly name: string;
  declare formula: string;
  declare readonly type: string;
  declare readonly value: string;
  declare visible: boolean;
  declare comment: string;

  protected _props(): PropTable<NameModel> {
    return NAME_PROPS;
  }

  delete(): void {
    this._queue("delete", (n) => this.context._engine.wb.deleteName(n), "1.4");
  }

  getRange(): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const n = this._target();
        if (n === null) return null;
        const r = nameRange(this.context._engine, n);
        if (!r)
          throw new FakeOfficeError(ErrorCode.invalidReference, `The name '${n.name}' does not refer to a range.`);
        return r;
      },
      { parent: this, create: "NamedItem.getRange" },
    );
  }

  getRangeOrNullObject(): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const n = this._target();
        return n === null ? null : nameRange(this.context._engine, n);
      },
      { parent: this, create: "NamedItem.getRangeOrNullObject", version: "1.4" },
    );
  }
}
installAccessors(FakeNamedItem, NAME_PROPS);

export class FakeNamedItemCollection extends FakeCollection<WorkbookModel, FakeNamedItem> {
  constructor(ctx: FakeRequestContext, parent: FakeClientObject<unknown>) {
    super(ctx, "NamedItemCollection", () => ctx._engine.wb, { parent });
  }

  protected _props(): PropTable<WorkbookModel> {
    return {};
  }

  protected _enumerate(wb: WorkbookModel): FakeNamedItem[] {
    return wb.names.map((n) => new FakeNamedItem(this.context, "NamedItem", () => n, { parent: this }));
  }

  private item(member: string, find: (wb: WorkbookModel) => NameModel | null, version?: string): FakeNamedItem {
    return new FakeNamedItem(
      this.context,
      "NamedItem",
      () => {
        const wb = this._target();
        return wb === null ? null : find(wb);
      },
      { parent: this, create: `NamedItemCollection.${member}`, version },
    );
  }

  /** reference: a Range proxy, or a formula such as "=Lists!$A$1:$A$12". */
  add(name: string, reference: FakeRange | string, comment?: string): FakeNamedItem {
    this._assertArgs(reference);
    return this.item(
      "add",
      (wb) => {
        let text: string;
        if (reference instanceof FakeRange) {
          const r = reference._target();
          if (r === null) throw new FakeOfficeError(ErrorCode.invalidArgument, "The reference range is a null object.");
          text = `=${qualifiedAddress(r.sheet.name, r.rect, true)}`;
        } else text = requireString(reference, "reference");
        return wb.addName(name, text, comment ?? "");
      },
      "1.4",
    );
  }

  getItem(name: string): FakeNamedItem {
    return this.item("getItem", (wb) => {
      const n = wb.nameByName(name);
      if (!n)
        throw new FakeOfficeError(ErrorCode.itemNotFound, `The requested resource doesn't exist. (name '${name}')`);
      return n;
    });
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    return this.item("getItemOrNullObject", (wb) => wb.nameByName(name) ?? null, "1.4");
  }

  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this._queue("getCount", (wb) => result._resolve(wb.names.length), "1.4");
    return result;
  }
}

// ---- settings ---------------------------------------------------------------------------

interface SettingRef {
  key: string;
}

const SETTING_PROPS: PropTable<SettingRef> = {
  key: { get: (s) => s.key },
  value: {
    get: (s, e) => e.wb.settings.get(s.key),
    set: (s, v, e) => {
      e.wb.settings.set(s.key, jsonValue(v));
      e.wb.touch();
    },
  },
};

function jsonValue(v: unknown): unknown {
  try {
    const text = JSON.stringify(v);
    if (text === undefined) throw new Error("undefined");
    return JSON.parse(text) as unknown;
  } catch {
    throw new FakeOfficeError(ErrorCode.invalidArgument, "A setting value must be JSON-serialisable.");
  }
}

export class FakeSetting extends FakeClientObject<SettingRef> {
  declare readonly key: string;
  declare value: unknown;

  protected _props(): PropTable<SettingRef> {
    return SETTING_PROPS;
  }

  delete(): void {
    this._queue("delete", (s) => {
      this.context._engine.wb.settings.delete(s.key);
      this.context._engine.wb.touch();
    });
  }
}
installAccessors(FakeSetting, SETTING_PROPS);

export class FakeSettingCollection extends FakeCollection<WorkbookModel, FakeSetting> {
  constructor(ctx: FakeRequestContext, parent: FakeClientObject<unknown>) {
    super(ctx, "SettingCollection", () => ctx._engine.wb, { parent, version: "1.4" });
  }

  protected _props(): PropTable<WorkbookModel> {
    return {};
  }

  protected _enumerate(wb: WorkbookModel): FakeSetting[] {
    return [...wb.settings.keys()].map(
      (key) => new FakeSetting(this.context, "Setting", () => ({ key }), { parent: this, version: "1.4" }),
    );
  }

  private item(member: string, find: (wb: WorkbookModel) => SettingRef | null): FakeSetting {
    return new FakeSetting(
      this.context,
      "Setting",
      () => {
        const wb = this._target();
        return wb === null ? null : find(wb);
      },
      { parent: this, create: `SettingCollection.${member}`, version: "1.4" },
    );
  }

  add(key: string, value: unknown): FakeSetting {
    const stored = jsonValue(value);
    return this.item("add", (wb) => {
      wb.settings.set(requireString(key, "key"), stored);
      wb.touch();
      return { key };
    });
  }

  getItem(key: string): FakeSetting {
    return this.item("getItem", (wb) => {
      if (!wb.settings.has(key))
        throw new FakeOfficeError(ErrorCode.itemNotFound, `The setting '${key}' doesn't exist.`);
      return { key };
    });
  }

  getItemOrNullObject(key: string): FakeSetting {
    return this.item("getItemOrNullObject", (wb) => (wb.settings.has(key) ? { key } : null));
  }

  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this._queue("getCount", (wb) => result._resolve(wb.settings.size));
    return result;
  }
}
