// Another workbook has the focus (handle.user.focusOtherWorkbook()): what fails then.
// Microsoft documents the code, not the members (Excel.ErrorCodes: InactiveWorkbook, "the operation
// failed because multiple workbooks are open and the workbook being called by this API has lost focus").
// Which members fail is taken from office-js issues (README): the selection and the active cell fail
// with InvalidSelection (#5319, #6365); sheets added or deleted failed while another workbook had the
// focus (#771, GeneralException on older builds); window-bound commands (activate, select, freeze panes)
// are a guess. Writing values and formats by sheet name keeps working.

import { ErrorCode, FakeOfficeError } from "../errors";

const SELECTION = new Set(["Workbook.getSelectedRange", "Workbook.getSelectedRanges", "Workbook.getActiveCell"]);
const WINDOW = new Set(["Worksheet.activate", "Range.select", "WorksheetCollection.add", "Worksheet.delete"]);

export function focusFailure(target: string): FakeOfficeError | null {
  if (SELECTION.has(target)) {
    return new FakeOfficeError(ErrorCode.invalidSelection, "The current selection is invalid for this operation.");
  }
  if (WINDOW.has(target) || target.startsWith("WorksheetFreezePanes.")) {
    return new FakeOfficeError(
      ErrorCode.inactiveWorkbook,
      "The operation failed because multiple workbooks are open and the workbook being called by this API has lost focus.",
    );
  }
  return null;
}
