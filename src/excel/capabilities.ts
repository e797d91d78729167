/** What this Excel's API can do, from its requirement sets (see notes/excel-api.md). */
export interface Capabilities {
  /** ExcelApi 1.2: merge, protection, widths — loading needs these. */
  basics: boolean;
  /** ExcelApi 1.6: conditional formats (highlights). */
  conditionalFormats: boolean;
  /** ExcelApi 1.7: freeze panes. */
  freezePanes: boolean;
  /** ExcelApi 1.7: pointing an existing defined name at a new range (else it is deleted and added). */
  editNames: boolean;
  /** ExcelApi 1.7: Worksheet.onChanged and onSelectionChanged. */
  events: boolean;
  /** ExcelApi 1.14: the changed event says whether this add-in made the change (triggerSource). */
  triggerSource: boolean;
  /** ExcelApi 1.8: data validation. */
  dataValidation: boolean;
  /** ExcelApi 1.9: page layout (print setup). */
  pageLayout: boolean;
  /** ExcelApi 1.13: reading merged areas (a 具体举措 shared by several rows). */
  mergedAreas: boolean;
}

export function detectCapabilities(isSetSupported: (name: string, version: string) => boolean): Capabilities {
  const api = (v: string) => isSetSupported("ExcelApi", v);
  return {
    basics: api("1.4"),
    conditionalFormats: api("1.6"),
    freezePanes: api("1.7"),
    editNames: api("1.7"),
    events: api("1.7"),
    triggerSource: api("1.14"),
    dataValidation: api("1.8"),
    pageLayout: api("1.9"),
    mergedAreas: api("1.13"),
  };
}

export const ALL_CAPABILITIES: Capabilities = {
  basics: true,
  conditionalFormats: true,
  freezePanes: true,
  editNames: true,
  events: true,
  triggerSource: true,
  dataValidation: true,
  pageLayout: true,
  mergedAreas: true,
};
