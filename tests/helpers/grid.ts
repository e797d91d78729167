import type { Entries, FormDef } from "../../src/form";
import { planSheet } from "../../src/plan/sheet-plan";
import type { Cell } from "../../src/reading/read-grid";

/** What Excel returns for a planned sheet: merged non-anchors read "", 序号 (General format) as numbers. */
export function excelReads(values: (string | null)[][]): Cell[][] {
  return values.map((row) => row.map((v, c) => (v === null ? "" : c === 0 && /^\d+$/.test(v) ? Number(v) : v)));
}

export function gridFor(form: FormDef, entries?: Entries): Cell[][] {
  return excelReads(planSheet(form, entries).values);
}

/** Sets a cell of a grid by A1 address (columns A–Z). */
export function setCell(grid: Cell[][], address: string, value: Cell): void {
  const m = /^([A-Z])(\d+)$/.exec(address);
  if (!m) throw new Error(address);
  const r = Number(m[2]) - 1;
  const c = m[1].charCodeAt(0) - 65;
  while (grid.length <= r) grid.push([]);
  grid[r][c] = value;
}
