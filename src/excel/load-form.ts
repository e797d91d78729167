/**
 * 载入附件1: lays a form into the active workbook. Over an existing sheet the
 * entries are read back and laid onto a fresh sheet built beside it; the old
 * sheet is swapped out only once the new one is complete.
 */
import { listsForDraft } from "../form/lists";
import { isEmptyRow, type Entries, type FormDef, type MeasureRow } from "../form/types";
import { planSheet } from "../plan/sheet-plan";
import { compactEntries, readGrid, type Cell } from "../reading/read-grid";
import { listColumns } from "../plan/rules";
import type { SheetPlan } from "../plan/types";
import { queuePlan, queueViewAndPrint, type SkippedFeature } from "./apply-plan";
import { listsSheetIsNew, listsSheetName, probeLists, queueLists, readLists } from "./lists-sheet";
import { measureMerges, probeMeasureMerges } from "./measure-merges";
import type { Capabilities } from "./capabilities";
import { errorCode, UserFacingError } from "./errors";
import { diagnostics } from "./diagnostics";
import { failedBeforeWriting } from "./recover";
import { isProtected } from "./protection";
import { gridFromUsedRange, protectOptions } from "./sheet-state";
import type { ExcelRunner } from "./run";
import { sheetPlanOptions } from "./sheet-language";

/** A half-built sheet could not be deleted: what to do (clicking back first when another workbook took the focus). */
function leftover(cause: unknown, name: string, sheet: string): UserFacingError {
  const code = errorCode(cause);
  return new UserFacingError(code === "InactiveWorkbook" ? "load.leftoverFocus" : "load.leftover", {
    code,
    name,
    sheet,
  });
}

export interface LoadOptions {
  /** Entries to lay in where the sheet has none (the sample draft, a Word draft). */
  sample?: Entries;
  /** Tasks whose entry the sample replaces even where the sheet has one (a revised draft, chosen by the user). */
  replace?: readonly string[];
  /**
   * Units to add to the list (a Word draft's names the user chose to add). When given, the list is the workbook's
   * (or the form's) plus these, and the sample's own units are not put on it.
   */
  units?: readonly string[];
  /**
   * Tasks whose entry becomes exactly this, whatever the sheet or the sample hold (a gather's chosen entries;
   * no rows and no mark empties the task).
   */
  set?: Readonly<Record<string, { rows: readonly MeasureRow[]; mark: string }>>;
  /** Receives every error caught on the way (the diagnostics log). */
  log?: (e: unknown) => void;
}

/** An optional feature whose batch failed: the load went on without it. */
export interface FailedFeature {
  feature: SkippedFeature;
  /** What Excel threw. */
  code: string;
}

export interface LoadOutcome {
  mode: "created" | "reloaded";
  /** Tasks whose entries came from the existing sheet. */
  keptTasks: number;
  /** Tasks filled from the sample. */
  sampleTasks: number;
  skipped: SkippedFeature[];
  /** Optional features that failed on this Excel and were left out. */
  failed: FailedFeature[];
}

function hasText(rows: Entries["rows"][string] | undefined): boolean {
  return !!rows && rows.some((r) => !isEmptyRow(r));
}

/** The user's entries, with the sample only where the user has nothing. */
export function combine(
  kept: Entries | undefined,
  sample: Entries | undefined,
  replace: readonly string[] = [],
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
      if ((hasText(entries.rows[seq]) && !replace.includes(seq)) || !hasText(rows)) continue;
      entries.rows[seq] = rows.map((r) => ({ ...r }));
      // The sample's version of the task, whole: a mark the sheet had for it goes with the old entry.
      if (replace.includes(seq) && !sample.marks?.[seq]) delete entries.marks?.[seq];
      sampleTasks++;
    }
    for (const seq of replace)
      if (sample.marks?.[seq] && !hasText(sample.rows[seq])) {
        entries.marks = { ...entries.marks, [seq]: sample.marks[seq] };
        delete entries.rows[seq];
        sampleTasks++;
      }
  }
  return { entries, sampleTasks };
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
  const log = options.log ?? diagnostics.at("load");
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    const existing = sheets.getItemOrNullObject(form.sheetName);
    existing.load("name,position");
    const used = existing.getUsedRangeOrNullObject(true);
    used.load("values,rowIndex,columnIndex");
    sheets.load("items/name");
    const listsProbe = probeLists(context, listColumns(form.lists));
    const mergesProbe = probeMeasureMerges(existing, form, caps);
    try {
      await context.sync();
    } catch (e) {
      log(e);
      throw failedBeforeWriting(e);
    }

    let kept: Entries | undefined;
    if (!existing.isNullObject && !used.isNullObject) {
      const grid = gridFromUsedRange(used.values as Cell[][], used.rowIndex, used.columnIndex);
      const reading = readGrid(form, grid, measureMerges(mergesProbe));
      if (!reading.recognised) throw new UserFacingError("load.unrecognised", { sheet: form.sheetName });
      if (reading.strays.length) {
        const rows = reading.strays.map((s) => s.row + 1).join("、");
        throw new UserFacingError("load.strays", { sheet: form.sheetName, count: reading.strays.length, rows });
      }
      // Rebuilt without trailing empty rows: a standard file's unused spare rows (or an empty row left
      // after 添加举措行) would otherwise become visible empty rows of the form.
      kept = compactEntries(reading.entries);
    }
    const { entries, sampleTasks } = combine(kept, options.sample, options.replace);
    for (const [seq, e] of Object.entries(options.set ?? {})) {
      if (e.rows.length) entries.rows[seq] = e.rows.map((r) => ({ ...r }));
      else delete entries.rows[seq];
      if (e.mark) entries.marks = { ...entries.marks, [seq]: e.mark };
      else delete entries.marks?.[seq];
    }
    const replacing = !existing.isNullObject;
    const name = replacing
      ? freeName(
          sheets.items.map((s) => s.name),
          form.sheetName,
        )
      : form.sheetName;
    // A workbook keeps its own lists; a new one starts from the sample's units or the generic list.
    // A new workbook starts from the sample's units or the generic list; a workbook keeps its own
    // lists, and the sample adds the units it names that are not on them yet.
    const held = readLists(listsProbe);
    const added = options.units;
    const sampleLists = options.sample && !added ? listsForDraft(options.sample, form.lists) : null;
    const base = held ?? (added ? form.lists : (sampleLists ?? form.lists));
    const extra = added ?? (held && sampleLists ? sampleLists.units : []);
    const lists = extra.length
      ? { ...base, units: [...base.units, ...extra.filter((u) => !base.units.includes(u))] }
      : base;
    const plan = planSheet(form, entries, name, lists, sheetPlanOptions());
    queueLists(context, listsProbe, plan.lists.columns, caps.editNames);
    const target = sheets.add(name);
    const skipped = queuePlan(target, plan, caps);
    if (!replacing) target.activate();
    try {
      await context.sync();
    } catch (e) {
      log(e);
      // The lists sheet may have been cleared before the failure: its items are written back.
      const listsNew = listsSheetIsNew(listsProbe);
      const clean = await discard(
        context,
        listsNew ? [name, listsSheetName(listsProbe)] : [name],
        listsNew ? plan.lists.columns.map((c) => c.name) : [],
        listsNew ? null : () => queueLists(context, listsProbe, plan.lists.columns, caps.editNames),
        log,
      );
      if (!clean) throw leftover(e, name, form.sheetName);
      throw failedBeforeWriting(e);
    }
    if (replacing) {
      existing.delete();
      target.name = form.sheetName;
      target.position = existing.position;
      target.activate();
      try {
        await context.sync();
      } catch (e) {
        log(e);
        await recoverSwap(context, form.sheetName, name, existing.position, e, log);
      }
    }
    const failed = await finish(context, form.sheetName, plan, caps, log);
    const keptTasks = kept ? Object.values(kept.rows).filter(hasText).length : 0;
    return { mode: replacing ? "reloaded" : "created", keptTasks, sampleTasks, skipped, failed };
  });
}

/**
 * Frozen header and print setup on the active, finished sheet, in their own batch: a failure
 * there is reported as skipped (the features not set up), and protection is put back.
 */
async function finish(
  context: Excel.RequestContext,
  sheetName: string,
  plan: SheetPlan,
  caps: Capabilities,
  log: (e: unknown) => void,
): Promise<FailedFeature[]> {
  if (!caps.freezePanes && !caps.pageLayout) return [];
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.protection.unprotect();
  queueViewAndPrint(sheet, plan, caps);
  sheet.protection.protect(protectOptions(plan));
  try {
    await context.sync();
    return [];
  } catch (e) {
    log(e);
    const where = (e as { debugInfo?: { errorLocation?: string } }).debugInfo?.errorLocation ?? "";
    const code = errorCode(e);
    const failed: FailedFeature[] = [];
    // Commands run in order: freeze, then print setup; what ran before the failure stays set.
    const printOnly = /^(PageLayout|HeaderFooter)/.test(where);
    const neither = where === "WorksheetProtection.protect";
    if (!printOnly && !neither && caps.freezePanes) failed.push({ feature: "feature.freeze", code });
    if (!neither && caps.pageLayout) failed.push({ feature: "feature.print", code });
    await protect(context, sheetName, plan, log);
    return failed;
  }
}

/** Protects the sheet in a batch of its own unless it already is. */
async function protect(
  context: Excel.RequestContext,
  sheetName: string,
  plan: SheetPlan,
  log: (e: unknown) => void,
): Promise<boolean> {
  try {
    const protection = context.workbook.worksheets.getItem(sheetName).protection;
    protection.load("protected");
    await context.sync();
    if (!protection.protected) {
      protection.protect(protectOptions(plan));
      await context.sync();
    }
    return true;
  } catch (e) {
    log(e);
    return isProtected(context, sheetName);
  }
}

/**
 * After a failed swap (old sheet deleted, new one named, placed, activated — in that order): while the temporary
 * sheet and the old one both exist nothing changed, and the new one is dropped; once the old one is gone the new
 * one (holding every entry) is named, placed and activated again in a follow-up batch. Once the new sheet has the
 * form's name only its place or activation failed: the entries are loaded, and placing it is tried once more.
 * Throws what the user must be told.
 */
async function recoverSwap(
  context: Excel.RequestContext,
  original: string,
  temporary: string,
  position: number,
  cause: unknown,
  log: (e: unknown) => void,
): Promise<void> {
  let oldExists = true;
  let renamed = false;
  try {
    const old = context.workbook.worksheets.getItemOrNullObject(original);
    const made = context.workbook.worksheets.getItemOrNullObject(temporary);
    old.load("name");
    made.load("name");
    await context.sync();
    renamed = made.isNullObject && !old.isNullObject;
    oldExists = !old.isNullObject && !renamed;
  } catch (e) {
    log(e);
    throw leftover(cause, temporary, original);
  }
  if (oldExists) {
    const clean = await discard(context, [temporary], [], null, log);
    if (!clean) throw leftover(cause, temporary, original);
    throw failedBeforeWriting(cause);
  }
  try {
    const target = context.workbook.worksheets.getItem(renamed ? original : temporary);
    target.name = original;
    target.position = position;
    target.activate();
    await context.sync();
  } catch (e) {
    log(e);
    // The form's sheet holds every entry under its name; only its tab's place or its activation is off.
    if (renamed) return;
    throw new UserFacingError("load.renameLeft", { code: errorCode(cause), name: temporary, sheet: original });
  }
}

/**
 * Removes half-built sheets (and names made for them) so nothing half-written is left behind,
 * and runs `restore` (lists written back) in the same batch. True when that worked.
 */
async function discard(
  context: Excel.RequestContext,
  sheetNames: string[],
  names: string[],
  restore: (() => void) | null,
  log: (e: unknown) => void,
): Promise<boolean> {
  try {
    const sheets = sheetNames.map((n) => context.workbook.worksheets.getItemOrNullObject(n));
    const items = names.map((n) => context.workbook.names.getItemOrNullObject(n));
    for (const p of [...sheets, ...items]) p.load("name");
    await context.sync();
    for (const p of [...items, ...sheets]) if (!p.isNullObject) p.delete();
    restore?.();
    await context.sync();
    return true;
  } catch (e) {
    log(e);
    return false;
  }
}
