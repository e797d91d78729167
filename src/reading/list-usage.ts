/** Where list items are used, and what a rename rewrites: pure, over a reading of the sheet. */
import { isUnitName, joinUnits } from "./normalise-values";
import type { Lists } from "../form/types";
import { cellAddress } from "../plan/a1";
import type { Fix } from "./check";
import type { GridReading } from "./read-grid";

export type ListKind = keyof Lists;

const COLUMN: Record<ListKind, "unit" | "time"> = { units: "unit", times: "time" };

function tokens(kind: ListKind, value: string): string[] {
  return kind === "units" ? joinUnits(value).split("、").filter(Boolean) : [value.trim()];
}

function cells(reading: GridReading, kind: ListKind): Array<{ address: string; value: string }> {
  const key = COLUMN[kind];
  const col = reading.columns[key] as number;
  return reading.owners.map((o) => ({
    address: cellAddress(o.row, col),
    value: reading.entries.rows[o.seq][o.index][key],
  }));
}

/** Cells whose value names `item` (alone or inside a joint "、" value). */
export function usagesOf(reading: GridReading, kind: ListKind, item: string): string[] {
  return cells(reading, kind)
    .filter((c) => tokens(kind, c.value).includes(item))
    .map((c) => c.address);
}

/** The cell writes that carry renames into every value that used an old name. */
export function renameFixes(reading: GridReading, kind: ListKind, renames: Array<{ from: string; to: string }>): Fix[] {
  const to = new Map(renames.map((r) => [r.from, r.to]));
  return cells(reading, kind)
    .filter((c) => tokens(kind, c.value).some((t) => to.has(t)))
    .map((c) => ({
      address: c.address,
      value: tokens(kind, c.value)
        .map((t) => to.get(t) ?? t)
        .join("、"),
    }));
}

/**
 * Why a list can't be saved as it is, or null: empty or duplicate items, or a unit that is not one name
 * (a separator, a line break or leading numbering: the same rule as for unit values, unitNames).
 */
export function listProblem(items: string[], kind: ListKind = "units"): "empty" | "duplicate" | "separator" | null {
  if (items.some((i) => !i.trim())) return "empty";
  if (new Set(items.map((i) => i.trim())).size !== items.length) return "duplicate";
  if (items.some((i) => /[、；;，,\n\r]/.test(i) || (kind === "units" && !isUnitName(i)))) return "separator";
  return null;
}

/** Unit cells in rows r0..r1 (0-based) whose names are joined by ；, ;, ，, newlines or spaces: rewritten with 、. */
export function separatorFixes(reading: GridReading, r0: number, r1: number): Fix[] {
  const all = cells(reading, "units");
  return reading.owners.flatMap((o, i) => {
    const { address, value } = all[i];
    const joined = joinUnits(value);
    return o.row >= r0 && o.row <= r1 && value.trim() && joined !== value ? [{ address, value: joined }] : [];
  });
}
