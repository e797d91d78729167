/**
 * What the standalone file (下载标准表格) must hold: the form sheet's entries and lists,
 * read without the selection (a chart or several selected areas must not matter). A failed
 * read is an error, never a blank file.
 */
import type { Entries, FormDef, Lists } from "../form/types";
import type { Capabilities } from "./capabilities";
import { UserFacingError } from "./errors";
import type { ExcelRunner } from "./run";
import { readSheetState } from "./sheet-state";

/** The entries and lists to write, or null when the workbook has no form sheet yet (a blank file is right). */
export function readForFile(
  run: ExcelRunner,
  form: FormDef,
  caps?: Pick<Capabilities, "mergedAreas">,
): Promise<{ entries: Entries; lists: Lists } | null> {
  return run(async (context) => {
    try {
      const state = await readSheetState(context, form, { mergedAreas: caps?.mergedAreas });
      if (state.reading.strays.length) {
        const rows = state.reading.strays.map((s) => s.row + 1).join("、");
        throw new UserFacingError("download.strays", { sheet: form.sheetName, rows });
      }
      return { entries: state.reading.entries, lists: state.lists };
    } catch (e) {
      if (e instanceof UserFacingError && e.key === "state.noSheet") return null;
      throw e;
    }
  });
}
