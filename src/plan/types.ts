/** Everything a sheet must hold, as plain data. Both writers (Office.js and xlsx) render it. */
import type { SheetLayout } from "./layout";
import type { ConditionalFormatSpec, ListColumnSpec, ValidationSpec } from "./rules";
import type { StandaloneSpec } from "./standalone";

export type HAlign = "Left" | "Center" | "Right";
export type VAlign = "Top" | "Center" | "Bottom";

export interface FontSpec {
  name: string;
  size: number;
  bold?: boolean;
}

/** Formatting for a rectangular range; later entries win where they overlap. */
export interface FormatSpec {
  range: string;
  font?: FontSpec;
  wrap?: boolean;
  hAlign?: HAlign;
  vAlign?: VAlign;
  /** Thin borders on every edge of every cell of the range. */
  grid?: boolean;
}

export interface PrintSpec {
  orientation: "Landscape" | "Portrait";
  paperSize: "A4";
  /** Rows repeated at the top of each printed page, e.g. "$4:$5". */
  titleRows: string;
  /**
   * Print scale in percent. 100: the columns are planned to fit the page (src/plan/paper.ts), and fit-to-width
   * is not used because LibreOffice shrinks long sheets under it even when the columns fit.
   */
  scale: number;
  centerHorizontally: boolean;
  /**
   * Print without cell colours (Excel's page setup "black and white"; Excel and WPS honour it, LibreOffice
   * does not): the highlights are for the screen, paper shows the form.
   */
  blackAndWhite: boolean;
  /** Footer text with Excel codes (&P page, &N pages). */
  centerFooter: string;
  /** Margins in points. */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
}

export interface ProtectionSpec {
  allowFormatRows: boolean;
  allowFormatColumns: boolean;
  allowFormatCells: boolean;
  allowInsertRows: boolean;
  allowDeleteRows: boolean;
  allowSort: boolean;
  allowAutoFilter: boolean;
}

export interface SheetPlan {
  sheetName: string;
  layout: SheetLayout;
  /** The whole used area, e.g. "A1:H60"; `values` has exactly its shape. */
  area: string;
  /** Cell values; null for cells covered by a merge (only the top-left holds a value). */
  values: (string | null)[][];
  /** Ranges written as text ("@") before values, so "2023-12" never turns into a date. */
  textRanges: string[];
  merges: string[];
  /** Column widths in points, one per column. */
  columnWidths: number[];
  /** Row heights in points for runs of rows, e.g. { rows: "6:8", height: 42 }. */
  rowHeights: Array<{ rows: string; height: number }>;
  formats: FormatSpec[];
  /** The fill-in ranges; every other cell stays locked. */
  unlocked: string[];
  freezeRows: number;
  /** Columns hidden from view, e.g. ["J"]. */
  hiddenColumns: string[];
  /** What prints: the form's columns only (the 不涉及 mark stays out). */
  printArea: string;
  print: PrintSpec;
  /**
   * Manual page breaks, planned from the row heights (src/plan/paper.ts): 1-based rows that begin a new page,
   * so a task's rows stay on one page.
   */
  pageBreaks: number[];
  protection: ProtectionSpec;
  /** The hidden sheet holding the dropdown lists, and the names pointing at them. */
  lists: { sheetName: string; columns: ListColumnSpec[]; /** Lines of the note beside the lists. */ note: string[] };
  validations: ValidationSpec[];
  /** Highlight rules, highest priority first. */
  conditionalFormats: ConditionalFormatSpec[];
  /**
   * Only in the standard file's plan (planSheet's `standalone`): spare rows and prompts for use without the
   * add-in; the lists sheet is then visible and its names extend themselves.
   */
  standalone?: StandaloneSpec;
}
