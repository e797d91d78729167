/**
 * An ExcelJS worksheet as the grid readGrid takes: values from A1, merged
 * non-anchors as "", rich text as plain text, formulas as their cached
 * result, dates as YYYY-MM-DD, errors as their code ("#REF!").
 */
import { ValueType, type Cell as XlsxCell, type Worksheet } from "exceljs";
import type { Cell } from "../reading/read-grid";
import { MAX_COLUMNS } from "./limits";

const pad = (n: number) => String(n).padStart(2, "0");

/** A date as Excel shows it in the default date format of a Chinese locale (time only when it has one). */
export function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return "";
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const h = d.getUTCHours();
  const m = d.getUTCMinutes();
  return h || m ? `${day} ${pad(h)}:${pad(m)}` : day;
}

/** A stored value (or formula result) as a grid cell. */
export function plainValue(v: unknown): Cell {
  if (v === null || v === undefined) return "";
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return dateText(v);
  if (typeof v !== "object") return String(v);
  const o = v as Record<string, unknown>;
  if (Array.isArray(o.richText))
    return (o.richText as Array<{ text?: unknown }>).map((t) => (typeof t.text === "string" ? t.text : "")).join("");
  if (typeof o.error === "string") return o.error;
  if ("formula" in o || "sharedFormula" in o) return plainValue(o.result);
  if ("hyperlink" in o || "text" in o) return plainValue(o.text);
  return "";
}

export function cellOf(cell: XlsxCell): Cell {
  if (cell.type === ValueType.Merge || cell.type === ValueType.Null) return "";
  return plainValue(cell.value);
}

function hasText(values: Cell[]): boolean {
  return values.some((v) => v !== "" && v !== null && v !== undefined);
}

/**
 * The sheet's first `maxRows` rows as a dense grid. `overflow` tells whether
 * a row below that holds any value.
 */
export function sheetGrid(sheet: Worksheet, maxRows: number): { grid: Cell[][]; overflow: boolean } {
  const grid: Cell[][] = [];
  let overflow = false;
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    if (r > maxRows && overflow) return;
    const out: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (c <= MAX_COLUMNS) out[c - 1] = cellOf(cell);
    });
    if (r > maxRows) {
      overflow = hasText(out);
      return;
    }
    grid[r - 1] = Array.from(out, (v) => v ?? "");
  });
  let end = grid.length;
  while (end > 0 && !(grid[end - 1] && hasText(grid[end - 1]))) end--;
  return { grid: Array.from({ length: end }, (_, r) => grid[r] ?? []), overflow };
}
