/**
 * 按行拆成几行: the check's choice for a 责任单位 or 完成时间 cell of several lines (src/reading/line-split.ts),
 * applied to the sheet: rows inserted under the row, each filled with its line, merges, formats, rules, page
 * breaks and protection laid again (in the same batch, or with ExcelApi 1.9 in the next one, planned with the rows
 * Excel reports hidden then: see movedRows). A failure part way is repaired by onSheet (recover).
 */
import type { Entries, FormDef, MeasureRow } from "../form/types";
import { rangeAddress } from "../plan/a1";
import { planSheet } from "../plan/sheet-plan";
import { splitByLines, type LineSplit } from "../reading/line-split";
import type { Capabilities } from "./capabilities";
import { UserFacingError } from "./errors";
import { movedRows } from "./measure-rows";
import { onSheet } from "./on-sheet";
import type { ExcelRunner } from "./run";
import { sheetPlanOptions } from "./sheet-language";
import { queueText } from "./text-cells";

const FIELDS = ["measure", "target", "unit", "time"] as const;

/** The row still holds what the check read (whether it continues a merged 具体举措 may read otherwise). */
const unchanged = (a: MeasureRow, b: MeasureRow) => FIELDS.every((k) => a[k] === b[k]);

export interface SplitOutcome {
  seq: string;
  /** The number of rows the one row became. */
  rows: number;
}

export function splitLines(
  run: ExcelRunner,
  form: FormDef,
  caps: Capabilities,
  split: LineSplit,
): Promise<SplitOutcome> {
  return onSheet(
    run,
    form,
    (state) => {
      const { entries } = state.reading;
      const rows = entries.rows[split.seq] ?? [];
      const current = rows[split.index];
      const owner = state.reading.owners.find((o) => o.seq === split.seq && o.index === split.index);
      // Split from the row as it is now (the same values as checked), so nothing typed since is lost.
      const next = current && owner && unchanged(current, split.from) ? splitByLines(current) : null;
      if (!next || !owner) throw new UserFacingError("rows.splitChanged", { seq: split.seq });
      const all = [...rows.slice(0, split.index), ...next, ...rows.slice(split.index + 1)];
      const after: Entries = { ...entries, rows: { ...entries.rows, [split.seq]: all } };
      const planFor = (hiddenRows: number[]) =>
        planSheet(form, after, form.sheetName, state.lists, { ...sheetPlanOptions(), hiddenRows });
      const plan = planFor([]);
      const { col, keyCol } = plan.layout;
      const first = owner.row;
      const added = next.length - 1;
      return movedRows(
        { seq: split.seq, rows: next.length },
        plan,
        planFor,
        caps,
        (s) => {
          // First: it fails (InactiveWorkbook) when another workbook has the focus, before anything changed.
          s.sheet.activate();
          s.sheet.getRange(`${first + 2}:${first + 1 + added}`).insert("Down");
          s.sheet.getRange(rangeAddress(first + 1, keyCol, first + added, keyCol)).values = next
            .slice(1)
            .map(() => [split.seq]);
          next.forEach((r, k) => {
            for (const key of ["target", "unit", "time"] as const)
              queueText(s.sheet, rangeAddress(first + k, col[key]), r[key]);
          });
        },
        (s) => s.sheet.getRange(rangeAddress(first, col.unit)).select(),
      );
    },
    { caps },
  );
}
