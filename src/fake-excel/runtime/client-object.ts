// Base class of every proxy object. Proxies queue commands on their RequestContext; the
// model is touched only when the commands execute during context.sync().
//
// Strictness (as real Office.js, or stricter):
// - reading a property that was not loaded and synced throws PropertyNotLoaded;
// - setting a property makes the set value readable at once (Office.js keeps it on the client),
//   replacing a loaded value; the next load of it reads the model again;
// - properties of a null object throw PropertyNotLoaded (only isNullObject is readable);
// - loading an unknown property fails the sync with InvalidArgument.

import { ErrorCode, FakeOfficeError, Messages } from "../errors";
import { API_SETS } from "../api-sets";
import type { FakeRequestContext } from "./context";
import type { Engine } from "./engine";
import { cloneData, LoadOption, LoadTree, parseLoadOption } from "./load-options";

export type { LoadOption, LoadTree } from "./load-options";
export { cloneData, parseLoadOption } from "./load-options";

// Method syntax on purpose: keeps FakeClientObject<T> assignable to FakeClientObject<unknown>.
export interface PropSpec<T> {
  get?(target: T, engine: Engine): unknown;
  set?(target: T, value: unknown, engine: Engine): void;
  /** Minimum ExcelApi version for this property (defaults to the type's version). */
  version?: string;
}
export type PropTable<T> = Record<string, PropSpec<T>>;

export interface ObjectInit {
  /** Parent for navigation properties (target derived from the parent's at each use). */
  parent?: FakeClientObject<unknown> | null;
  /** Creation command target ("Worksheet.getRange"): the object resolves when it executes. */
  create?: string;
  version?: string;
  /**
   * The creating command returns the new object's `id` (Office.js: objects made by `add()` are
   * re-addressed by id after the request), so `id` is readable after that sync without a load.
   */
  returnsId?: boolean;
}

/**
 * The requirement set of a command target ("Worksheet.onChanged", "Range.getResizedRange"),
 * from Microsoft's reference; event registration ("Worksheet.onChanged.add") counts as the event.
 */
export function apiSet(target: string): string | undefined {
  return API_SETS[target] ?? API_SETS[target.replace(/\.(add|remove)$/, "")];
}

const typeVersions = new Map<string, string>();

/** The lowest set of any member of a type: the set that introduced it ("1.1" when unknown). */
function typeVersion(type: string): string {
  let v = typeVersions.get(type);
  if (v === undefined) {
    const minors = Object.entries(API_SETS)
      .filter(([k]) => k.startsWith(`${type}.`) && !k.endsWith(":set"))
      .map(([, x]) => Number(x.split(".")[1]));
    v = minors.length ? `1.${Math.min(...minors)}` : "1.1";
    typeVersions.set(type, v);
  }
  return v;
}

/**
 * Navigation properties that `set(otherObject)` copies, per type: those of the `*UpdateData`
 * interfaces in @types/office-js (`RangeUpdateData.format`, ...). `range.worksheet` is not one.
 */
const SETTABLE_NAVS: Record<string, string[]> = {
  Range: ["format", "dataValidation"],
  RangeFormat: ["borders", "fill", "font", "protection"],
  Worksheet: ["pageLayout"],
  PageLayout: ["headersFooters"],
  HeaderFooterGroup: ["defaultForAllPages"],
  ConditionalFormat: ["custom"],
  CustomConditionalFormat: ["rule", "format"],
  ConditionalRangeFormat: ["fill", "font"],
};

export abstract class FakeClientObject<T> {
  readonly context: FakeRequestContext;
  /** @internal */ readonly _type: string;
  /** @internal */ readonly _version: string;
  private readonly _resolver: () => T | null;
  private readonly _parent: FakeClientObject<unknown> | null;
  private readonly _methodCreated: boolean;
  private _cache: { value: T | null } | null = null;
  private _created: boolean;
  private readonly _snapshot = new Map<string, unknown>();
  private _loadedNull = false;
  private readonly _kids = new Map<string, FakeClientObject<unknown>>();

  constructor(ctx: FakeRequestContext, type: string, resolver: () => T | null, init: ObjectInit = {}) {
    this.context = ctx;
    this._type = type;
    // A method-created object has its type's set; init.version is then the creating method's.
    this._version = (init.create === undefined ? init.version : undefined) ?? typeVersion(type);
    this._resolver = resolver;
    this._parent = init.parent ?? null;
    this._methodCreated = init.create !== undefined;
    this._created = !this._methodCreated;
    if (init.create !== undefined) {
      ctx._enqueue({
        target: init.create,
        version: apiSet(init.create) ?? init.version ?? this._version,
        locate: () => this._parent?._locate() ?? {},
        exec: () => {
          const value = this._resolver();
          this._cache = { value };
          this._created = true;
          const idSpec = this._props().id;
          if (init.returnsId && value !== null && idSpec?.get) {
            this._snapshot.set("id", idSpec.get(value, ctx._engine));
          }
        },
      });
    }
    // Setting a property the stand-in does not implement (formulasR1C1, textOrientation, ...) must
    // fail loudly: in Excel it would change the sheet, here it would silently do nothing.
    return new Proxy(this, {
      set(target, key, value, receiver) {
        if (typeof key === "string" && !key.startsWith("_") && !(key in target)) {
          throw new TypeError(`The stand-in does not implement ${target._type}.${key}; setting it would be ignored.`);
        }
        return Reflect.set(target, key, value, receiver);
      },
    });
  }

  /** Properties of this type (scalar, loadable and/or settable). */
  protected abstract _props(): PropTable<T>;

  /** Navigation properties (child objects) by name, for load paths like "format/font/name". */
  protected _navs(): Record<string, () => FakeClientObject<unknown>> {
    return {};
  }

  /** @internal The model object this proxy stands for, or null for a null object. */
  _target(): T | null {
    if (this._cache) return this._cache.value;
    const v = this._resolver();
    if (this._methodCreated) this._cache = { value: v };
    return v;
  }

  /** @internal Sheet/address of the object, for failure injection predicates. */
  _locate(): { sheet?: string; address?: string } {
    return this._parent?._locate() ?? {};
  }

  get isNullObject(): boolean {
    if (!this._methodCreated && this._parent) return this._parent.isNullObject;
    if (!this._created)
      throw new FakeOfficeError(ErrorCode.propertyNotLoaded, Messages.propertyNotLoaded("isNullObject"));
    return this._cache !== null && this._cache.value === null;
  }

  load(option?: LoadOption): this {
    const tree = parseLoadOption(option);
    this.context._enqueue({
      target: `${this._type}.load`,
      version: this._version,
      locate: () => this._locate(),
      exec: () => this._applyLoad(tree),
    });
    return this;
  }

  /** @internal */
  _applyLoad(tree: LoadTree | null): void {
    const t = this._target();
    if (t === null) {
      this._loadedNull = true;
      return;
    }
    this._loadedNull = false;
    const props = this._props();
    const keys = tree === null ? Object.keys(props).filter((k) => props[k].get) : [...tree.keys()];
    for (const key of keys) {
      const sub = tree?.get(key) ?? true;
      const spec = props[key];
      if (spec?.get) {
        const version = apiSet(`${this._type}.${key}`) ?? spec.version;
        if (version && !this.context._engine.supports(version)) {
          if (tree === null) continue; // load(): properties the host lacks are simply not returned
          this.context._engine.assertSupported(version, `${this._type}.${key}`);
        }
        this._snapshot.set(key, cloneData(spec.get(t, this.context._engine)));
      } else if (this._navs()[key]) {
        const nav = this._navs()[key]();
        nav._applyLoad(sub === true ? null : sub);
      } else if (!this._loadSpecial(key, sub === true ? null : sub, t)) {
        throw new FakeOfficeError(ErrorCode.invalidArgument, `The property '${key}' does not exist on ${this._type}.`);
      }
    }
  }

  /**
   * `context.trackedObjects.add(this)`: a no-op here (the stand-in never releases a proxy during
   * its batch), kept so the add-in's code runs unchanged; returns the object, like Office.js.
   */
  track(): this {
    this.context.trackedObjects.add(this);
    return this;
  }

  /** `context.trackedObjects.remove(this)`: a no-op that keeps the proxy usable, like `track()`. */
  untrack(): this {
    this.context.trackedObjects.remove(this);
    return this;
  }

  /** Hook for collections ("items"); returns false for unknown properties. */
  protected _loadSpecial(key: string, _sub: LoadTree | null, _target: T): boolean {
    return key === "isNullObject";
  }

  /** @internal Reads a loaded property value. */
  _read<V>(prop: string): V {
    if (this._loadedNull) {
      throw new FakeOfficeError(
        ErrorCode.propertyNotLoaded,
        `The property '${prop}' is not available because the object is a null object (isNullObject is true).`,
      );
    }
    if (!this._snapshot.has(prop))
      throw new FakeOfficeError(ErrorCode.propertyNotLoaded, Messages.propertyNotLoaded(prop));
    return this._snapshot.get(prop) as V;
  }

  /** @internal Stores a value read by a load (used by collections for `items`). */
  _store(prop: string, value: unknown): void {
    this._snapshot.set(prop, value);
  }

  /** @internal Queues a property set. */
  _write(prop: string, value: unknown): void {
    const spec = this._props()[prop];
    if (!spec?.set) throw new TypeError(`Cannot assign to read only property '${prop}' of ${this._type}`);
    const setter = spec.set;
    const v = cloneData(value);
    this._assertArgs(v);
    // Office.js stores the set value in the proxy's field: it is readable before the sync.
    this._snapshot.set(prop, cloneData(v));
    const target = `${this._type}.${prop}`;
    this.context._enqueue({
      target,
      version: apiSet(`${target}:set`) ?? apiSet(target) ?? spec.version ?? this._version,
      locate: () => this._locate(),
      exec: () => {
        const t = this._target();
        if (t !== null) setter(t, v, this.context._engine);
      },
    });
  }

  /** Queues a command on this object (no-op on a null object). */
  protected _queue(member: string, apply: (t: T) => void, version?: string): void {
    const target = `${this._type}.${member}`;
    this.context._enqueue({
      target,
      // Microsoft's table (api-sets.ts) wins over what the proxy passes.
      version: apiSet(target) ?? version ?? this._version,
      locate: () => this._locate(),
      exec: () => {
        const t = this._target();
        if (t !== null) apply(t);
      },
    });
  }

  /** Proxies passed as arguments must belong to the same request context. */
  protected _assertArgs(...args: unknown[]): void {
    const visit = (v: unknown): void => {
      if (v instanceof FakeClientObject) {
        if (v.context !== this.context) {
          throw new FakeOfficeError(
            ErrorCode.invalidRequestContext,
            "Cannot use the object across different request contexts.",
          );
        }
      } else if (Array.isArray(v)) v.forEach(visit);
      else if (v && typeof v === "object") Object.values(v).forEach(visit);
    };
    args.forEach(visit);
  }

  /** Cached child object for a navigation property. */
  protected _child<C extends FakeClientObject<unknown>>(key: string, make: () => C): C {
    let kid = this._kids.get(key);
    if (!kid) {
      kid = make();
      this._kids.set(key, kid);
    }
    return kid as C;
  }

  /**
   * Sets several properties (and nested navigation properties) at once, like Office.js `set`:
   * from a plain object, or from another loaded object of the same type (its loaded properties;
   * read-only ones are skipped). A read-only or unknown key of a plain object fails unless
   * `throwOnReadOnly: false` (unknown keys always fail).
   */
  set(properties: Record<string, unknown> | FakeClientObject<unknown>, options?: { throwOnReadOnly?: boolean }): void {
    const fromObject = properties instanceof FakeClientObject;
    if (fromObject) {
      if (properties._type !== this._type) {
        throw new FakeOfficeError(
          ErrorCode.invalidArgument,
          `The argument of ${this._type}.set must be a plain object or a ${this._type}, not a ${properties._type}.`,
        );
      }
      this._assertArgs(properties);
    }
    const throwOnReadOnly = options?.throwOnReadOnly ?? !fromObject;
    const data: Record<string, unknown> = fromObject
      ? Object.fromEntries(properties._snapshot)
      : (properties as Record<string, unknown>);
    for (const [k, v] of Object.entries(data)) {
      if (v === undefined) continue;
      const spec = this._props()[k];
      if (spec?.set) this._write(k, v);
      else if (spec?.get) {
        if (throwOnReadOnly)
          throw new FakeOfficeError(
            ErrorCode.invalidArgument,
            `Cannot set read-only property '${k}' of ${this._type}.`,
          );
      } else if (this._navs()[k] && v && typeof v === "object") {
        (this._navs()[k]() as FakeClientObject<unknown>).set(v as Record<string, unknown>, options);
      } else throw new FakeOfficeError(ErrorCode.invalidArgument, `Cannot set property '${k}' of ${this._type}.`);
    }
    if (fromObject) {
      for (const [k, kid] of properties._kids) {
        const nav = this._navs()[k];
        if (nav && SETTABLE_NAVS[this._type]?.includes(k)) nav().set(kid, options);
      }
    }
  }

  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [k, v] of this._snapshot) {
      out[k] = Array.isArray(v) ? v.map((x) => (x instanceof FakeClientObject ? x.toJSON() : x)) : v;
    }
    for (const [k, kid] of this._kids) {
      const j = kid.toJSON();
      if (Object.keys(j).length > 0) out[k] = j;
    }
    return out;
  }
}

/** Defines accessors for a prop table on a proxy class prototype (pair with `declare` fields). */
export function installAccessors<T>(cls: { prototype: object }, props: PropTable<T>): void {
  for (const [key, spec] of Object.entries(props)) {
    Object.defineProperty(cls.prototype, key, {
      configurable: true,
      enumerable: false,
      get(this: FakeClientObject<T>) {
        return this._read(key);
      },
      set: spec.set
        ? function (this: FakeClientObject<T>, v: unknown) {
            this._write(key, v);
          }
        : undefined,
    });
  }
}

/** Result of methods such as getCount(): `value` is readable after the sync that computed it. */
export class FakeClientResult<V> {
  private _done = false;
  private _value: V | undefined;

  get value(): V {
    if (!this._done) throw new FakeOfficeError(ErrorCode.valueNotLoaded, Messages.valueNotLoaded);
    return this._value as V;
  }

  /** @internal */
  _resolve(v: V): void {
    this._value = v;
    this._done = true;
  }
}
