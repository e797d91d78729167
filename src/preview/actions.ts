/** What a person does in the preview's grid, through the in-memory Excel's simulated user. */
import { parseAddress, type FakeExcelHandle, type UserResult } from "../fake-excel";
import type { Lang } from "../i18n/strings";
import { pt } from "./strings";

export interface Refusal {
  title: string;
  message: string;
}

function contains(range: string, row: number, col: number): boolean {
  return range.split(/\s+/).some((a) => {
    const r = parseAddress(a);
    return row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols;
  });
}

/** Words for a refused input: Excel's protection message, or the validation rule's own alert. */
export function describeRefusal(
  handle: FakeExcelHandle,
  sheet: string,
  address: string,
  result: UserResult,
  lang: Lang,
): Refusal | null {
  if (result.ok) return null;
  if (result.reason === "locked") return { title: pt(lang, "refused"), message: pt(lang, "protectedCell") };
  if (result.reason === "validation") {
    const { row, col } = parseAddress(address);
    const rule = handle.workbook
      .sheet(sheet)
      .validations()
      .find((v) => contains(v.range, row, col));
    if (rule)
      return {
        title: rule.errorAlert.title || pt(lang, "refused"),
        message: rule.errorAlert.message || result.message,
      };
  }
  return { title: pt(lang, "refused"), message: result.message };
}

export function typeInto(
  handle: FakeExcelHandle,
  sheet: string,
  address: string,
  text: string,
  lang: Lang,
): Refusal | null {
  return describeRefusal(handle, sheet, address, handle.user.type(sheet, address, text), lang);
}

export function selectArea(handle: FakeExcelHandle, sheet: string, area: string, lang: Lang): Refusal | null {
  return describeRefusal(handle, sheet, area.split(":")[0], handle.user.select(sheet, area), lang);
}

/** Tab-separated clipboard text as rows of cells (a trailing line break is dropped). */
export function parseClipboard(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, "\n").replace(/\n$/, "").split("\n");
  if (lines.length === 1 && lines[0] === "") return [];
  const rows = lines.map((l) => l.split("\t"));
  const width = Math.max(...rows.map((r) => r.length));
  return rows.map((r) => [...r, ...Array<string>(width - r.length).fill("")]);
}

/** Visible sheets in tab order. */
export function visibleSheets(handle: FakeExcelHandle): string[] {
  const wb = handle.workbook;
  return wb
    .sheetNames()
    .map((name) => wb.sheet(name))
    .filter((s) => s.visibility === "Visible")
    .sort((a, b) => a.position - b.position)
    .map((s) => s.name);
}
