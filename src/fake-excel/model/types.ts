// Plain data types of the in-memory workbook model.

import type { Rect } from "../address";
import type { CellValue } from "../values";

export interface BorderSpec {
  style: string; // "Continuous", "Dash", ... ("None" is stored as null)
  weight: string; // "Thin", "Medium", ...
  color: string; // "#000000"
}

/** Flat cell format; layered as cell > row > column > DEFAULT_FORMAT. */
export interface CellFormat {
  numberFormat: string;
  locked: boolean;
  formulaHidden: boolean;
  fontName: string;
  fontSize: number;
  fontBold: boolean;
  fontItalic: boolean;
  fontColor: string;
  fontUnderline: string;
  fill: string | null;
  wrapText: boolean;
  hAlign: string;
  vAlign: string;
  indentLevel: number;
  borderTop: BorderSpec | null;
  borderBottom: BorderSpec | null;
  borderLeft: BorderSpec | null;
  borderRight: BorderSpec | null;
}

export type FormatKey = keyof CellFormat;

export const DEFAULT_FORMAT: Readonly<CellFormat> = Object.freeze({
  numberFormat: "General",
  locked: true,
  formulaHidden: false,
  fontName: "Calibri",
  fontSize: 11,
  fontBold: false,
  fontItalic: false,
  fontColor: "#000000",
  fontUnderline: "None",
  fill: null,
  wrapText: false,
  hAlign: "General",
  vAlign: "Bottom",
  indentLevel: 0,
  borderTop: null,
  borderBottom: null,
  borderLeft: null,
  borderRight: null,
});

export interface CellData {
  value: CellValue; // "" = empty
  formula: string | null;
  fmt: Partial<CellFormat>;
}

/** Default column width and row height, in points (8.43 characters = 64 px = 48 pt). */
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

export interface ProtectionOptions {
  allowAutoFilter: boolean;
  allowDeleteColumns: boolean;
  allowDeleteRows: boolean;
  allowEditObjects: boolean;
  allowEditScenarios: boolean;
  allowFormatCells: boolean;
  allowFormatColumns: boolean;
  allowFormatRows: boolean;
  allowInsertColumns: boolean;
  allowInsertHyperlinks: boolean;
  allowInsertRows: boolean;
  allowPivotTables: boolean;
  allowSort: boolean;
  selectionMode: string;
}

export function defaultProtectionOptions(): ProtectionOptions {
  return {
    allowAutoFilter: false,
    allowDeleteColumns: false,
    allowDeleteRows: false,
    allowEditObjects: false,
    allowEditScenarios: false,
    allowFormatCells: false,
    allowFormatColumns: false,
    allowFormatRows: false,
    allowInsertColumns: false,
    allowInsertHyperlinks: false,
    allowInsertRows: false,
    allowPivotTables: false,
    allowSort: false,
    selectionMode: "Normal",
  };
}

export interface ProtectionModel {
  protected: boolean;
  options: ProtectionOptions;
  password?: string;
}

export interface BasicRule {
  operator: string;
  formula1: string;
  formula2?: string;
}

/** Stored validation rule; `list.source` is a comma list or a reference formula ("=Name"). */
export interface StoredRule {
  list?: { inCellDropDown: boolean; source: string };
  custom?: { formula: string };
  textLength?: BasicRule;
  wholeNumber?: BasicRule;
  decimal?: BasicRule;
  date?: BasicRule;
  time?: BasicRule;
}

export interface ValidationPrompt {
  showPrompt: boolean;
  title: string;
  message: string;
}

export interface ValidationErrorAlert {
  showAlert: boolean;
  style: string; // "Stop" | "Warning" | "Information"
  title: string;
  message: string;
}

export interface ValidationModel {
  id: number;
  areas: Rect[]; // like Excel's sqref; never overlaps another validation
  rule: StoredRule | null; // null: "any value" (prompt only)
  prompt: ValidationPrompt;
  errorAlert: ValidationErrorAlert;
  ignoreBlanks: boolean;
}

export interface CondFormatModel {
  id: string;
  areas: Rect[];
  type: string; // only "Custom" is supported
  formula: string;
  fill: string | null;
  fontColor: string | null;
  fontBold: boolean | null;
  fontItalic: boolean | null;
  stopIfTrue: boolean;
}

export interface HeaderFooterModel {
  leftHeader: string;
  centerHeader: string;
  rightHeader: string;
  leftFooter: string;
  centerFooter: string;
  rightFooter: string;
}

export interface PageLayoutModel {
  orientation: string;
  paperSize: string;
  centerHorizontally: boolean;
  centerVertically: boolean;
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  headerMargin: number;
  footerMargin: number;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  printGridlines: boolean;
  printHeadings: boolean;
  blackAndWhite: boolean;
  headersFooters: HeaderFooterModel;
  printTitleRows: Rect | null;
  printArea: Rect | null;
}

export function defaultPageLayout(): PageLayoutModel {
  return {
    orientation: "Portrait",
    paperSize: "Letter",
    centerHorizontally: false,
    centerVertically: false,
    leftMargin: 50.4,
    rightMargin: 50.4,
    topMargin: 54,
    bottomMargin: 54,
    headerMargin: 21.6,
    footerMargin: 21.6,
    zoom: { scale: 100 },
    printGridlines: false,
    printHeadings: false,
    blackAndWhite: false,
    headersFooters: {
      leftHeader: "",
      centerHeader: "",
      rightHeader: "",
      leftFooter: "",
      centerFooter: "",
      rightFooter: "",
    },
    printTitleRows: null,
    printArea: null,
  };
}

export interface NameModel {
  name: string;
  reference: string; // "=Lists!$A$1:$A$12"
  comment: string;
  visible: boolean;
  invalid: boolean; // true once the reference contains #REF!
}
