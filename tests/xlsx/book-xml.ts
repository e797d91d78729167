/**
 * Workbooks written as XML by hand, part by part, for the reader's fast tests: the form's rows (inline strings)
 * and, below them, any cell XML a test needs; shared strings, styles and workbook properties when asked for.
 */
import type { Cell } from "../../src/reading/read-grid";
import { planGrid, zipParts } from "./hand-package";

const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PR = "http://schemas.openxmlformats.org/package/2006/relationships";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export const column = (c: number): string =>
  (c >= 26 ? column(Math.floor(c / 26) - 1) : "") + String.fromCharCode(65 + (c % 26));

/** A grid's rows as XML (inline strings and numbers, each cell with its reference), from row `first` (0-based). */
export function rowsXml(grid: Cell[][], first = 0): string {
  return grid
    .map((row, i) => {
      const r = first + i + 1;
      const cells = row
        .map((v, c) =>
          v === "" || v === null || v === undefined
            ? ""
            : typeof v === "number"
              ? `<c r="${column(c)}${r}"><v>${v}</v></c>`
              : `<c r="${column(c)}${r}" t="inlineStr"><is><t>${esc(String(v))}</t></is></c>`,
        )
        .join("");
      return `<row r="${r}">${cells}</row>`;
    })
    .join("");
}

/** The blank form's rows (59); the rows a test adds go below, from row 62 (FIRST_FREE_ROW, 1-based) on. */
export const FORM_ROWS = planGrid();
export const FIRST_FREE_ROW = 62;
if (FORM_ROWS.length >= FIRST_FREE_ROW - 1) throw new Error("the form grew: move FIRST_FREE_ROW down");

/** A worksheet holding the form, then `below` (row XML), then `after` (merges…) behind sheetData. */
export const formSheet = (below = "", after = "", grid: Cell[][] = FORM_ROWS): string =>
  `<sheetData>${rowsXml(grid)}${below}</sheetData>${after}`;

export interface BookOptions {
  /** Shared strings: each the XML inside one <si>. */
  shared?: string[];
  /** The styles part's XML inside <styleSheet>. */
  styles?: string;
  /** Attributes of <workbookPr>, e.g. `date1904="1"`. */
  workbookPr?: string;
  /** Parts added as they are. */
  extra?: Record<string, string | Uint8Array>;
}

/** The parts of a workbook with the given sheets (name → the XML inside <worksheet>), in order. */
export function bookParts(sheets: Record<string, string>, options: BookOptions = {}): Record<string, string> {
  const names = Object.keys(sheets);
  const parts: Record<string, string> = {
    "[Content_Types].xml": `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
    "_rels/.rels": `<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  };
  const rels = names.map((_, i) => `<Relationship Id="s${i}" Type="${R}/worksheet" Target="worksheets/s${i}.xml"/>`);
  if (options.shared) {
    rels.push(`<Relationship Id="ss" Type="${R}/sharedStrings" Target="strings.xml"/>`);
    parts["xl/strings.xml"] = `<sst xmlns="${NS}">${options.shared.map((s) => `<si>${s}</si>`).join("")}</sst>`;
  }
  if (options.styles !== undefined) {
    rels.push(`<Relationship Id="st" Type="${R}/styles" Target="styles.xml"/>`);
    parts["xl/styles.xml"] = `<styleSheet xmlns="${NS}">${options.styles}</styleSheet>`;
  }
  parts["xl/_rels/workbook.xml.rels"] = `<Relationships xmlns="${PR}">${rels.join("")}</Relationships>`;
  parts["xl/workbook.xml"] =
    `<workbook xmlns="${NS}" xmlns:r="${R}">${options.workbookPr ? `<workbookPr ${options.workbookPr}/>` : ""}<sheets>` +
    names.map((n, i) => `<sheet name="${esc(n)}" sheetId="${i + 1}" r:id="s${i}"/>`).join("") +
    `</sheets></workbook>`;
  names.forEach((n, i) => {
    parts[`xl/worksheets/s${i}.xml`] = `<worksheet xmlns="${NS}" xmlns:r="${R}">${sheets[n]}</worksheet>`;
  });
  return { ...parts, ...(options.extra as Record<string, string>) };
}

export const bookBytes = (sheets: Record<string, string>, options: BookOptions = {}): Promise<Uint8Array> =>
  zipParts(bookParts(sheets, options));
