/** What the selected cell is, for the pane: its task, its column, its value. */
import type { ColumnKey, FormDef } from "../form/types";
import { parseCell } from "../plan/a1";
// Its own small module: the whole check stays out of the pane's start-up scripts.
import { excerptOf } from "../reading/excerpt";
import { cellValue } from "../reading/read-grid";
import type { ExcelRunner } from "./run";
import { readSheetState } from "./sheet-state";
import { UserFacingError } from "./errors";

export interface SelectionInfo {
  address: string;
  seq: string;
  excerpt: string;
  /** The form column of the cell, or null (e.g. the mark column). */
  column: ColumnKey | null;
  value: string;
  /** Measure rows of the task, and this row's index among them. */
  rowCount: number;
  rowIndex: number;
  rowEmpty: boolean;
  mark: string;
  /** Tasks the selected block reaches into (1 for one cell; more for a range over several tasks). */
  tasks: number;
}

/** The selection on the form's sheet, or null when it is elsewhere or outside the tasks. */
export function describeSelection(run: ExcelRunner, form: FormDef): Promise<SelectionInfo | null> {
  return run(async (context) => {
    const state = await readSheetState(context, form, { selection: true }).catch((e: unknown) => {
      if (e instanceof UserFacingError) return null;
      throw e;
    });
    if (!state?.selected) return null;
    const { row, col } = parseCell(state.selected);
    const owner = state.reading.owners.find((o) => o.row === row);
    if (!owner) return null;
    const task = form.tasks.find((t) => t.seq === owner.seq);
    const column =
      (Object.entries(state.reading.columns).find(([, c]) => c === col)?.[0] as ColumnKey | undefined) ?? null;
    const rows = state.reading.entries.rows[owner.seq] ?? [];
    const r = rows[owner.index];
    return {
      address: state.selected,
      seq: owner.seq,
      excerpt: excerptOf(task?.content ?? "", 24),
      column,
      value: cellValue(state.grid[row]?.[col]),
      rowCount: rows.length,
      rowIndex: owner.index,
      rowEmpty: !r || (!r.measure && !r.target && !r.unit && !r.time),
      mark: state.reading.entries.marks?.[owner.seq] ?? "",
      tasks: new Set(
        state.reading.owners.filter((o) => o.row >= row && o.row < row + state.selectedSize.rows).map((o) => o.seq),
      ).size,
    };
  });
}

/** What a change event tells: the cells, where the change came from, and whether this add-in made it. */
export interface ChangeInfo {
  address: string;
  /** "Remote": a co-author's edit, arriving from another copy of the workbook. */
  source: "Local" | "Remote";
  /** From ExcelApi 1.14 (triggerSource); null when this Excel cannot tell. */
  byThisAddin: boolean | null;
}

/** Calls `listener` whenever the selection on the form's sheet changes. Returns a remover. */
export function watchSelection(run: ExcelRunner, form: FormDef, listener: () => void): Promise<() => Promise<void>> {
  return watchSheet(run, form, (sheet) => sheet.onSelectionChanged.add(async () => listener()));
}

/** Calls `listener` whenever cells of the form's sheet change (ExcelApi 1.7). Returns a remover. */
export function watchChanges(
  run: ExcelRunner,
  form: FormDef,
  listener: (change: ChangeInfo) => void,
): Promise<() => Promise<void>> {
  return watchSheet(run, form, (sheet) =>
    sheet.onChanged.add(async (e) =>
      listener({
        address: e.address,
        source: e.source === "Remote" ? "Remote" : "Local",
        // triggerSource is undefined before ExcelApi 1.14.
        byThisAddin: e.triggerSource === undefined ? null : e.triggerSource === "ThisLocalAddin",
      }),
    ),
  );
}

async function watchSheet(
  run: ExcelRunner,
  form: FormDef,
  subscribe: (sheet: Excel.Worksheet) => OfficeExtension.EventHandlerResult<unknown>,
): Promise<() => Promise<void>> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(form.sheetName);
    await context.sync();
    if (sheet.isNullObject) return async () => undefined;
    const handler = subscribe(sheet);
    await context.sync();
    // The handler belongs to this finished batch: removing it must resume that batch's context.
    return async () => {
      await Excel.run(handler.context, async (ctx) => {
        handler.remove();
        await ctx.sync();
      });
    };
  });
}
