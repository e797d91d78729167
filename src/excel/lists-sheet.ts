/** The hidden sheet of dropdown lists and the defined names that point at it. */
import type { Lists } from "../form/types";
import { cellText, type Cell } from "../reading/read-grid";
import { LISTS_SHEET, type ListColumnSpec } from "../plan/rules";
import { filled } from "./apply-plan";

/** Proxies loaded in the first sync, so the lists can be read and rewritten. */
export interface ListsProbe {
  sheet: Excel.Worksheet;
  used: Excel.Range;
  names: Excel.NamedItem[];
}

export function probeLists(context: Excel.RequestContext, columns: ListColumnSpec[]): ListsProbe {
  const sheet = context.workbook.worksheets.getItemOrNullObject(LISTS_SHEET);
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("values,rowIndex,columnIndex");
  const names = columns.map((c) => {
    const n = context.workbook.names.getItemOrNullObject(c.name);
    n.load("name");
    return n;
  });
  return { sheet, used, names };
}

/** The lists the workbook holds, or null when it has no lists sheet. Column order as planned. */
export function readLists(probe: ListsProbe): Lists | null {
  if (probe.sheet.isNullObject || probe.used.isNullObject) return null;
  const values = probe.used.values as Cell[][];
  const column = (c: number) => {
    const at = c - probe.used.columnIndex;
    const items: string[] = [];
    values.forEach((row, r) => {
      const text = probe.used.rowIndex + r === 0 ? "" : cellText(row[at]);
      if (text && !items.includes(text)) items.push(text);
    });
    return items;
  };
  return { units: column(0), times: column(1) };
}

/** Writes the lists and (re)defines their names. Returns the lists sheet proxy. */
export function queueLists(
  context: Excel.RequestContext,
  probe: ListsProbe,
  columns: ListColumnSpec[],
  editNames: boolean,
): Excel.Worksheet {
  const sheets = context.workbook.worksheets;
  const sheet = probe.sheet.isNullObject ? sheets.add(LISTS_SHEET) : probe.sheet;
  if (!probe.used.isNullObject) probe.used.clear("Contents");
  const rows = Math.max(...columns.map((c) => c.items.length)) + 1;
  const values = Array.from({ length: rows }, (_, r) =>
    columns.map((c) => (r === 0 ? c.title : (c.items[r - 1] ?? ""))),
  );
  const area = `A1:${String.fromCharCode(64 + columns.length)}${rows}`;
  const range = sheet.getRange(area);
  range.numberFormat = filled(area, "@");
  range.values = values;
  // An existing name is pointed at the new range rather than deleted, so rules that use it stay
  // intact; before ExcelApi 1.7 that cannot be done, and it is deleted and added again.
  columns.forEach((c, i) => {
    const existing = probe.names[i];
    const exists = existing && !existing.isNullObject;
    if (exists && editNames) {
      existing.formula = c.reference;
      return;
    }
    if (exists) existing.delete();
    context.workbook.names.add(c.name, c.reference, `${c.title}的下拉列表（附件1）`);
  });
  sheet.visibility = "Hidden";
  return sheet;
}
