/** The hidden sheet of dropdown lists and the defined names that point at it. */
import { listItems } from "../reading/normalise-values";
import type { Lists } from "../form/types";
import { cellText, type Cell } from "../reading/read-grid";
import { LISTS_SHEET, type ListColumnSpec } from "../plan/rules";
import { filled } from "./apply-plan";

/**
 * A sheet named 名单 that the add-in did not make (its first row lacks the lists' titles) is
 * never cleared or hidden: the lists then live on this sheet instead.
 */
export const OTHER_LISTS_SHEET = "附件1名单";

interface Candidate {
  name: string;
  sheet: Excel.Worksheet;
  used: Excel.Range;
}

/** Proxies loaded in the first sync, so the lists can be read and rewritten. */
export interface ListsProbe {
  candidates: Candidate[];
  titles: string[];
  names: Excel.NamedItem[];
}

export function probeLists(context: Excel.RequestContext, columns: ListColumnSpec[]): ListsProbe {
  const candidates = [LISTS_SHEET, OTHER_LISTS_SHEET].map((name) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name);
    sheet.load("visibility");
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("values,rowIndex,columnIndex");
    return { name, sheet, used };
  });
  const names = columns.map((c) => {
    const n = context.workbook.names.getItemOrNullObject(c.name);
    n.load("name");
    return n;
  });
  return { candidates, titles: columns.map((c) => c.title), names };
}

/**
 * The add-in's own lists sheet: its first row holds the lists' titles (the marker it writes);
 * or, emptied by a write that failed half-way, it is hidden and the add-in's names exist.
 */
function isOurs(c: Candidate, titles: string[], names: Excel.NamedItem[]): boolean {
  if (c.sheet.isNullObject) return false;
  if (c.used.isNullObject) return c.sheet.visibility !== "Visible" && names.some((n) => !n.isNullObject);
  if (c.used.rowIndex !== 0 || c.used.columnIndex !== 0) return false;
  const first = (c.used.values as Cell[][])[0] ?? [];
  return titles.every((t, i) => cellText(first[i]) === t);
}

/** After the sync: the add-in's lists sheet, or null. */
export function ownListsSheet(probe: ListsProbe): Candidate | null {
  return probe.candidates.find((c) => isOurs(c, probe.titles, probe.names)) ?? null;
}

/** Where the lists go: the add-in's sheet, else 名单 when no sheet has that name, else 附件1名单. */
function target(probe: ListsProbe): { name: string; existing: Candidate | null } {
  const own = ownListsSheet(probe);
  if (own) return { name: own.name, existing: own };
  const free = probe.candidates.find((c) => c.sheet.isNullObject);
  return { name: free ? free.name : OTHER_LISTS_SHEET, existing: null };
}

/** True when the lists sheet must be created (nothing of the user's is reused). */
export function listsSheetIsNew(probe: ListsProbe): boolean {
  return target(probe).existing === null;
}

/** The name of the sheet the lists are (or will be) on. */
export function listsSheetName(probe: ListsProbe): string {
  return target(probe).name;
}

/** The lists the workbook holds, or null when it has no lists sheet of the add-in. Column order as planned. */
export function readLists(probe: ListsProbe): Lists | null {
  const own = ownListsSheet(probe);
  if (!own) return null;
  const used = own.used;
  const values = used.values as Cell[][];
  const column = (c: number) => {
    const at = c - used.columnIndex;
    const items: string[] = [];
    values.forEach((row, r) => {
      const text = used.rowIndex + r === 0 ? "" : cellText(row[at]);
      if (text && !items.includes(text)) items.push(text);
    });
    return items;
  };
  // A unit typed on 名单 as "教务处、人事处" or "1.教务处" reads as the names alone (the rule for unit values).
  return { units: listItems(column(0)), times: column(1) };
}

/** Writes the lists and (re)defines their names. Returns the lists sheet proxy. */
export function queueLists(
  context: Excel.RequestContext,
  probe: ListsProbe,
  columns: ListColumnSpec[],
  editNames: boolean,
): Excel.Worksheet {
  const sheets = context.workbook.worksheets;
  const { name, existing } = target(probe);
  const sheet = existing ? existing.sheet : sheets.add(name);
  if (existing && !existing.used.isNullObject) existing.used.clear("Contents");
  // The plan names 名单; the references follow the sheet actually used.
  const quoted = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
  columns = columns.map((c) => ({ ...c, reference: c.reference.replace(`=${LISTS_SHEET}!`, `=${quoted}!`) }));
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
