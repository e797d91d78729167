// Base for collection proxies: `items` is loadable ("items", "items/name", or "name" which
// Office.js treats as "items/name").

import { MAX_COLS, MAX_ROWS, parseAddress, Rect } from "../address";
import { ErrorCode, FakeOfficeError } from "../errors";
import type { SheetModel } from "../model/sheet";
import { FakeClientObject, LoadTree } from "../runtime/client-object";

/** Target of range-like proxies. */
export interface RangeRef {
  sheet: SheetModel;
  rect: Rect;
}

export abstract class FakeCollection<T, I extends FakeClientObject<unknown>> extends FakeClientObject<T> {
  /** Item proxies for the current model state (already resolved). */
  protected abstract _enumerate(target: T): I[];

  get items(): I[] {
    return this._read<I[]>("items");
  }

  /** @internal */
  _applyLoad(tree: LoadTree | null): void {
    const own: LoadTree = new Map();
    const itemTree: LoadTree = new Map();
    let wantItems = tree === null;
    for (const [k, v] of tree ?? []) {
      if (k === "items") {
        wantItems = true;
        if (v !== true) for (const [k2, v2] of v) itemTree.set(k2, v2);
      } else if (this._props()[k] || this._navs()[k] || k === "isNullObject") own.set(k, v);
      else {
        wantItems = true;
        itemTree.set(k, v);
      }
    }
    super._applyLoad(own);
    if (!wantItems) return;
    const t = this._target();
    if (t === null) return;
    const items = this._enumerate(t);
    for (const item of items) item._applyLoad(itemTree.size > 0 ? itemTree : null);
    this._store("items", items);
  }
}

export function requireString(v: unknown, what: string): string {
  if (typeof v !== "string") throw new FakeOfficeError(ErrorCode.invalidArgument, `${what} must be a string.`);
  return v;
}

export function requireBoolean(v: unknown, what: string): boolean {
  if (typeof v !== "boolean") throw new FakeOfficeError(ErrorCode.invalidArgument, `${what} must be a boolean.`);
  return v;
}

export function requireNumber(v: unknown, what: string, min = -Infinity, max = Infinity): number {
  if (typeof v !== "number" || !Number.isFinite(v) || v < min || v > max) {
    throw new FakeOfficeError(ErrorCode.invalidArgument, `${what} must be a number between ${min} and ${max}.`);
  }
  return v;
}

export function requireOneOf<V extends string>(v: unknown, allowed: readonly V[], what: string): V {
  if (typeof v !== "string" || !(allowed as readonly string[]).includes(v)) {
    throw new FakeOfficeError(ErrorCode.invalidArgument, `${what} must be one of ${allowed.join(", ")}.`);
  }
  return v as V;
}

export const WHOLE_SHEET: Rect = { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS };

/** Parses a worksheet-relative address; sheet-qualified or invalid addresses -> InvalidArgument. */
export function parseSheetAddress(address: string): Rect {
  if (typeof address !== "string" || address.includes("!")) {
    throw new FakeOfficeError(ErrorCode.invalidArgument, `Invalid address for Worksheet.getRange: ${String(address)}`);
  }
  try {
    return parseAddress(address);
  } catch {
    throw new FakeOfficeError(ErrorCode.invalidArgument, `Invalid address: ${address}`);
  }
}

/** HTML colour names the stand-in converts to #RRGGBB (the CSS basic colours and orange). */
const COLOR_NAMES: Record<string, string> = {
  black: "#000000",
  silver: "#C0C0C0",
  gray: "#808080",
  grey: "#808080",
  white: "#FFFFFF",
  maroon: "#800000",
  red: "#FF0000",
  purple: "#800080",
  fuchsia: "#FF00FF",
  green: "#008000",
  lime: "#00FF00",
  olive: "#808000",
  yellow: "#FFFF00",
  navy: "#000080",
  blue: "#0000FF",
  teal: "#008080",
  aqua: "#00FFFF",
  orange: "#FFA500",
};

/**
 * A colour as Excel stores and returns it: "#RRGGBB" in capitals ("#ff0000" and "red" alike),
 * or "" for automatic. A name outside COLOR_NAMES fails (InvalidArgument).
 */
export function toRgbColor(v: unknown, what: string): string {
  const s = requireString(v, what);
  if (s === "") return "";
  if (/^#[0-9A-Fa-f]{6}$/.test(s)) return s.toUpperCase();
  const named = COLOR_NAMES[s.toLowerCase()];
  if (named) return named;
  throw new FakeOfficeError(ErrorCode.invalidArgument, `Invalid color '${s}' for ${what}.`);
}

export function checkColor(v: unknown, what: string): string {
  const s = requireString(v, what);
  if (/^#[0-9A-Fa-f]{6}$/.test(s)) return s.toUpperCase();
  if (/^[A-Za-z]+$/.test(s)) return s.toLowerCase();
  throw new FakeOfficeError(ErrorCode.invalidArgument, `Invalid color '${s}' for ${what}.`);
}
