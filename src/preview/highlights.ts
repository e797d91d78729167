/**
 * Conditional formats of a sheet, evaluated per cell like Excel shows them:
 * rules in priority order, the first true rule wins each property, and a true
 * rule with "stop if true" ends the list for that cell.
 */
import { parseAddress, parseReference, type FakeWorkbookModel, type CondFormatSnapshot } from "../fake-excel";
import { compiled, evaluate, isTruthy, relativeAxes, type Area, type EvalContext } from "./formula/evaluate";
import type { Scalar } from "./formula/values";

export interface Highlight {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
}

interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

const key = (row: number, col: number) => `${row},${col}`;

/** The workbook as the evaluator sees it: cell values by sheet, and defined names. */
export function workbookContext(workbook: FakeWorkbookModel, sheetName: string): Omit<EvalContext, "offset"> {
  const names = new Map(workbook.names().map((n) => [n.name.toLowerCase(), n]));
  const views = new Map<string, ReturnType<FakeWorkbookModel["sheet"]> | null>();
  const view = (name: string) => {
    if (!views.has(name)) views.set(name, workbook.hasSheet(name) ? workbook.sheet(name) : null);
    return views.get(name) ?? null;
  };
  return {
    cell(sheet, row, col): Scalar {
      const v = view(sheet ?? sheetName);
      return v ? v.model.value(row, col) : "";
    },
    name(name): Area | null {
      const n = names.get(name.toLowerCase());
      const ref = n && !n.invalid ? parseReference(n.reference) : null;
      return ref ? { sheet: ref.sheet, ...ref.rect } : null;
    },
  };
}

function areasOf(range: string): Rect[] {
  return range
    .split(/\s+/)
    .filter(Boolean)
    .map((a) => parseAddress(a));
}

/**
 * Highlights of every cell of `sheetName` covered by a conditional format, keyed "row,col"
 * (0-based). Rules the preview cannot evaluate leave cells unhighlighted.
 */
export function evaluateHighlights(
  workbook: FakeWorkbookModel,
  sheetName: string,
  rules?: CondFormatSnapshot[],
): Map<string, Highlight> {
  const out = new Map<string, Highlight>();
  const stopped = new Set<string>();
  const base = workbookContext(workbook, sheetName);
  const list = rules ?? workbook.sheet(sheetName).conditionalFormats();
  for (const cf of [...list].sort((a, b) => a.priority - b.priority)) {
    const tree = cf.type === "Custom" && cf.formula ? compiled(cf.formula) : null;
    const areas = areasOf(cf.range);
    const origin = areas[0];
    if (!tree || !origin) continue;
    // A rule whose references are all absolute in one direction gives one result per row (or column).
    const axes = relativeAxes(tree);
    const results = new Map<string, boolean>();
    const test = (rows: number, cols: number): boolean => {
      const k = `${axes.rows ? rows : 0},${axes.cols ? cols : 0}`;
      let hit = results.get(k);
      if (hit === undefined) {
        hit = isTruthy(evaluate(tree, { ...base, offset: { rows, cols } }));
        results.set(k, hit);
      }
      return hit;
    };
    for (const area of areas) {
      for (let row = area.row; row < area.row + area.rows; row++) {
        for (let col = area.col; col < area.col + area.cols; col++) {
          const k = key(row, col);
          if (stopped.has(k)) continue;
          if (!test(row - origin.row, col - origin.col)) continue;
          const h = out.get(k) ?? {};
          if (h.fill === undefined && cf.fill) h.fill = cf.fill;
          if (h.fontColor === undefined && cf.fontColor) h.fontColor = cf.fontColor;
          if (h.bold === undefined && cf.bold !== null) h.bold = cf.bold;
          out.set(k, h);
          if (cf.stopIfTrue) stopped.add(k);
        }
      }
    }
  }
  return out;
}

export const highlightKey = key;

let cached: { signature: string; result: Map<string, Highlight> } | null = null;

/** What the highlights depend on: the rules, the sheet's values and the defined names' values. */
function signature(workbook: FakeWorkbookModel, sheetName: string, rules: CondFormatSnapshot[]): string {
  const view = workbook.sheet(sheetName);
  const parts: unknown[] = [
    sheetName,
    rules.map((r) => [r.range, r.formula, r.fill, r.fontColor, r.bold, r.stopIfTrue, r.priority]),
  ];
  const valuesOf = (name: string, rect: Rect) => {
    const m = workbook.sheet(name).model;
    for (let r = rect.row; r < rect.row + rect.rows; r++)
      for (let c = rect.col; c < rect.col + rect.cols; c++) parts.push(m.value(r, c));
  };
  const used = view.usedRange(true);
  parts.push(used);
  if (used) valuesOf(sheetName, parseAddress(used));
  for (const n of workbook.names()) {
    const ref = parseReference(n.reference);
    parts.push(n.name, n.reference);
    if (ref && workbook.hasSheet(ref.sheet ?? sheetName)) valuesOf(ref.sheet ?? sheetName, ref.rect);
  }
  return JSON.stringify(parts);
}

/** evaluateHighlights, reusing the last result while nothing it depends on has changed (e.g. a selection change). */
export function highlightsOf(workbook: FakeWorkbookModel, sheetName: string): Map<string, Highlight> {
  const rules = workbook.sheet(sheetName).conditionalFormats();
  const sig = signature(workbook, sheetName, rules);
  if (cached?.signature !== sig) cached = { signature: sig, result: evaluateHighlights(workbook, sheetName, rules) };
  return cached.result;
}
