/**
 * 载入附件1: lays a form into the active workbook. Over an existing sheet the
 * entries are read back and laid onto a fresh sheet built beside it; the old
 * sheet is swapped out only once the new one is complete.
 */
import { listsForDraft } from "../form/lists";
import { isEmptyRow, type Entries, type FormDef } from "../form/types";
import { planSheet } from "../plan/sheet-plan";
import { readGrid, type Cell } from "../reading/read-grid";
import { LISTS_SHEET, listColumns } from "../plan/rules";
import { queuePlan, type SkippedFeature } from "./apply-plan";
import { probeLists, queueLists, readLists } from "./lists-sheet";
import type { Capabilities } from "./capabilities";
import { UserFacingError } from "./errors";
import type { ExcelRunner } from "./run";

export interface LoadOptions {
  /** Entries to lay in where the sheet has none (the sample draft). */
  sample?: Entries;
}

export interface LoadOutcome {
  mode: "created" | "reloaded";
  /** Tasks whose entries came from the existing sheet. */
  keptTasks: number;
  /** Tasks filled from the sample. */
  sampleTasks: number;
  skipped: SkippedFeature[];
}

function hasText(rows: Entries["rows"][string] | undefined): boolean {
  return !!rows && rows.some((r) => !isEmptyRow(r));
}

/** The user's entries, with the sample only where the user has nothing. */
export function combine(
  kept: Entries | undefined,
  sample: Entries | undefined,
): { entries: Entries; sampleTasks: number } {
  const entries: Entries = {
    header: { ...(kept?.header ?? { unit: "", contact: "", phone: "" }) },
    rows: { ...(kept?.rows ?? {}) },
    marks: { ...(sample?.marks ?? {}), ...(kept?.marks ?? {}) },
  };
  let sampleTasks = 0;
  if (sample) {
    for (const k of ["unit", "contact", "phone"] as const) if (!entries.header[k]) entries.header[k] = sample.header[k];
    for (const [seq, rows] of Object.entries(sample.rows)) {
      if (hasText(entries.rows[seq]) || !hasText(rows)) continue;
      entries.rows[seq] = rows.map((r) => ({ ...r }));
      sampleTasks++;
    }
  }
  return { entries, sampleTasks };
}

/** Pads a used range's values so the grid starts at A1. */
export function gridFromUsedRange(values: Cell[][], rowIndex: number, columnIndex: number): Cell[][] {
  const pad = Array<Cell>(columnIndex).fill("");
  return [...Array.from({ length: rowIndex }, () => [] as Cell[]), ...values.map((row) => [...pad, ...row])];
}

function freeName(taken: string[], base: string): string {
  const lower = new Set(taken.map((n) => n.toLowerCase()));
  for (let i = 1; ; i++) {
    const name = `${base}~${i}`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

export async function loadForm(
  run: ExcelRunner,
  form: FormDef,
  caps: Capabilities,
  options: LoadOptions = {},
): Promise<LoadOutcome> {
  if (!caps.basics) throw new UserFacingError("error.apiMissing", { need: "ExcelApi 1.4" });
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    const existing = sheets.getItemOrNullObject(form.sheetName);
    existing.load("name,position");
    const used = existing.getUsedRangeOrNullObject(true);
    used.load("values,rowIndex,columnIndex");
    sheets.load("items/name");
    const listsProbe = probeLists(context, listColumns(form.lists));
    await context.sync();

    let kept: Entries | undefined;
    if (!existing.isNullObject && !used.isNullObject) {
      const reading = readGrid(form, gridFromUsedRange(used.values as Cell[][], used.rowIndex, used.columnIndex));
      if (!reading.recognised) throw new UserFacingError("load.unrecognised", { sheet: form.sheetName });
      if (reading.strays.length) {
        const rows = reading.strays.map((s) => s.row + 1).join("、");
        throw new UserFacingError("load.strays", { sheet: form.sheetName, count: reading.strays.length, rows });
      }
      kept = reading.entries;
    }
    const { entries, sampleTasks } = combine(kept, options.sample);
    const replacing = !existing.isNullObject;
    const name = replacing
      ? freeName(
          sheets.items.map((s) => s.name),
          form.sheetName,
        )
      : form.sheetName;
    // A workbook keeps its own lists; a new one starts from the sample's units or the generic list.
    const lists = readLists(listsProbe) ?? (options.sample ? listsForDraft(options.sample, form.lists) : form.lists);
    const plan = planSheet(form, entries, name, lists);
    queueLists(context, listsProbe, plan.lists.columns, caps.editNames);
    const target = sheets.add(name);
    const skipped = queuePlan(target, plan, caps);
    if (!replacing) target.activate();
    try {
      await context.sync();
    } catch (e) {
      await discard(
        context,
        listsProbe.sheet.isNullObject ? [name, LISTS_SHEET] : [name],
        listsProbe.sheet.isNullObject ? plan.lists.columns.map((c) => c.name) : [],
      );
      throw e;
    }
    if (replacing) {
      existing.delete();
      target.name = form.sheetName;
      target.position = existing.position;
      target.activate();
      try {
        await context.sync();
      } catch (e) {
        await recoverSwap(context, form.sheetName, name);
        throw e;
      }
    }
    const keptTasks = kept ? Object.values(kept.rows).filter(hasText).length : 0;
    return { mode: replacing ? "reloaded" : "created", keptTasks, sampleTasks, skipped };
  });
}

/**
 * After a failed swap: while the old sheet still exists the new one is
 * dropped; once the old one is gone the new one (holding every entry) stays.
 */
async function recoverSwap(context: Excel.RequestContext, original: string, temporary: string): Promise<void> {
  try {
    const old = context.workbook.worksheets.getItemOrNullObject(original);
    old.load("name");
    await context.sync();
    if (!old.isNullObject) await discard(context, [temporary], []);
  } catch {
    // The original error is what the user needs to see.
  }
}

/** Removes half-built sheets (and names made for them) so nothing half-written is left behind. */
async function discard(context: Excel.RequestContext, sheetNames: string[], names: string[]): Promise<void> {
  try {
    const sheets = sheetNames.map((n) => context.workbook.worksheets.getItemOrNullObject(n));
    const items = names.map((n) => context.workbook.names.getItemOrNullObject(n));
    for (const p of [...sheets, ...items]) p.load("name");
    await context.sync();
    for (const p of [...items, ...sheets]) if (!p.isNullObject) p.delete();
    await context.sync();
  } catch {
    // Nothing more can be done; the original error is what the user needs to see.
  }
}
