/** What the pane can ask of the workbook. The real one goes through Office.js; the preview passes the in-memory one. */
import { FUJIAN1 } from "../form/fujian1";
import type { Entries, FormDef, Lists } from "../form/types";
import { isEmptyRow } from "../form/types";
import type { Lang } from "../i18n/strings";
import { t } from "../i18n/strings";
import type { Capabilities } from "../excel/capabilities";
import type { BulkOutcome, BulkValues, FillDownOutcome, MarkOutcome } from "../excel/bulk";
import { UserFacingError, describeError } from "../excel/errors";
import { hostCapabilities } from "../excel/host";
import { runInExcel, type ExcelRunner } from "../excel/run";
import { describeSelection, watchChanges, watchSelection, type SelectionInfo } from "../excel/selection";
import type { ListEdit, ListEditOutcome } from "../excel/sheet-actions";
import { readSheetState } from "../excel/sheet-state";
import { readForFile } from "../excel/standalone";
import { diagnostics } from "../excel/diagnostics";
import { createQueue } from "../excel/queue";
import { planSheet } from "../plan/sheet-plan";
import type { CheckResult, Fix } from "../reading/check";
import type { LineSplit } from "../reading/line-split";
import type { SplitOutcome } from "../excel/split-lines";
import { createWordServices, type WordServices } from "./word-services";
import type { TeamDeps } from "./team-services";

export type LoadSource = "blank" | "sample";

/** What the workbook holds before a load: whether 附件1 is there, and how much the college wrote in it. */
export interface SheetStatus {
  present: boolean;
  filledTasks: number;
  headerFilled: boolean;
}

/** Where the sample goes: into 附件1 (only when it holds nothing of the college's) or onto its own sheet. */
export type SamplePlace = "form" | "ownSheet";

export type { Outcome, Result } from "./outcome";
import type { Outcome, Result } from "./outcome";
import { setSheetLanguage } from "../excel/sheet-language";

export interface PaneServices {
  form: FormDef;
  /** Plain words on what this Excel can't do, or null when it can do everything. */
  limitations(): string | null;
  load(source: LoadSource, place?: SamplePlace): Promise<Outcome>;
  /** Whether 附件1 exists and what the college has written in it (asked before loading the sample). */
  sheetStatus(): Promise<Result<SheetStatus>>;
  /** Calls `listener` when cells of 附件1 change, except by the pane's own writes. */
  watchEdits(listener: () => void): Promise<() => Promise<void>>;
  /** False when this Excel has no change events (before ExcelApi 1.7): edits go unnoticed. */
  watchesEdits(): boolean;
  check(): Promise<Result<CheckResult>>;
  select(address: string): Promise<Result<void>>;
  fix(fixes: Fix[]): Promise<Result<number>>;
  /** The check's 按行拆成几行: one measure row becomes one row per line of its unit or time cell. */
  splitLines(split: LineSplit): Promise<Result<SplitOutcome>>;
  selection(): Promise<Result<SelectionInfo | null>>;
  watchSelection(listener: () => void): Promise<() => Promise<void>>;
  /** Normalises separators in 责任单位 cells the user edits, while the pane is open. */
  normaliseUnitsOnEdit(): Promise<() => Promise<void>>;
  /** A new measure row ("new", default), or one more 完成目标 under the selected row's 具体举措 ("same"). */
  addRow(under?: "new" | "same"): Promise<Result<{ seq: string; row: number }>>;
  removeRow(): Promise<Result<{ seq: string; row: number }>>;
  mark(reason: string): Promise<Result<string>>;
  writeUnits(units: string[]): Promise<Result<string>>;
  /** One unit and/or time into the empty cells of every selected task row (several areas allowed). */
  assign(values: BulkValues): Promise<Result<BulkOutcome>>;
  /** The selected row's 完成时间 into the empty 完成时间 cells below it that have a measure or target. */
  fillTimeDown(): Promise<Result<FillDownOutcome>>;
  /** Every selected task (a range or several areas) marked 不涉及 with one reason; filled tasks are left alone. */
  markSelection(reason: string): Promise<Result<MarkOutcome>>;
  lists(): Promise<Result<Lists>>;
  editList(edit: ListEdit, confirmed: boolean): Promise<Result<ListEditOutcome>>;
  reapplyRules(): Promise<Result<void>>;
  /** Every error caught so far, as text to copy for IT (empty when none). */
  diagnostics(): string;
  /** The sheet as a standalone .xlsx (for Excel 2016/2019 and WPS); the writer loads lazily. */
  standaloneFile(): Promise<Result<{ name: string; bytes: Uint8Array }>>;
  /** 导出Word and 导入Word草稿 (absent: the pane shows no Word buttons). */
  word?: WordServices;
  /** What 分发给各单位 (loaded with the 名单 tab) runs with (absent: the pane shows no hand-out button). */
  team?: TeamDeps;
}

const bulk = () => import(/* webpackChunkName: "bulk" */ "../excel/bulk");
/** The write actions load on first use, fetched once the pane is idle (the start-up scripts stay small). */
const writes = () => import(/* webpackChunkName: "sheet-writes", webpackPrefetch: true */ "./sheet-writes");
/** The check (and the selection of a finding's cell) is fetched once the pane is idle, not at start-up. */
const checking = () => import(/* webpackChunkName: "check", webpackPrefetch: true */ "../excel/check-sheet");

export function createServices(
  lang: Lang,
  excel: ExcelRunner = runInExcel,
  caps?: Capabilities,
  form: FormDef = FUJIAN1,
  /** How long after its own write a change event still counts as the pane's (before ExcelApi 1.14). */
  ownWindowMs = 500,
): PaneServices {
  // The dropdowns' prompts and alerts the add-in writes speak Office's language.
  setSheetLanguage(lang);
  const capabilities = () => caps ?? hostCapabilities();
  // One batch at a time; `write` marks batches whose change events are the pane's own.
  const queue = createQueue(excel, ownWindowMs);
  const run = queue.run;
  const write = queue.runWriting;
  async function attempt<T>(work: () => Promise<T>, where = "action"): Promise<Result<T>> {
    try {
      return { ok: true, value: await work() };
    } catch (e) {
      diagnostics.record(where, e);
      return { ok: false, message: describeError(e, lang) };
    }
  }
  const noWatch = (where: string) => (e: unknown) => {
    diagnostics.record(where, e);
    return async () => undefined;
  };
  // A remover that fails (the sheet was replaced by a reload) is logged, never thrown.
  const logged = (where: string) => (remove: () => Promise<void>) => () => remove().catch(diagnostics.at(where));
  return {
    form,
    word: createWordServices(lang, run, capabilities, form, {
      write,
      record: (where, e) => diagnostics.record(where, e),
    }),
    team: { run, write, capabilities, form, record: (where, e) => diagnostics.record(where, e) },
    limitations() {
      const c = capabilities();
      if (!c.basics) return t(lang, "error.apiMissing", { need: "ExcelApi 1.4" });
      const missing = [
        !c.dataValidation && t(lang, "feature.validation"),
        !c.pageLayout && t(lang, "feature.print"),
        !c.conditionalFormats && t(lang, "feature.highlights"),
        !c.mergedAreas && t(lang, "feature.sharedMeasure"),
      ].filter(Boolean);
      return missing.length ? t(lang, "pane.limited", { what: missing.join("、") }) : null;
    },
    async load(source, place = "form") {
      try {
        if (source === "sample" && place === "ownSheet") {
          const sheet = `${form.sheetName}${t(lang, "load.sampleSuffix")}`;
          const { loadForm } = await writes();
          const out = await loadForm(write, { ...form, sheetName: sheet }, capabilities(), {
            sample: await sampleDraft(),
          });
          const notes = out.skipped.length
            ? [t(lang, "load.partial", { what: out.skipped.map((k) => t(lang, k)).join("、"), need: "ExcelApi 1.9" })]
            : [];
          for (const f of out.failed) notes.push(t(lang, "load.skipped", { what: t(lang, f.feature), code: f.code }));
          return { ok: true, message: t(lang, "load.sampleSheet", { sheet }), notes };
        }
        const { loadForm } = await writes();
        const out = await loadForm(write, form, capabilities(), {
          sample: source === "sample" ? await sampleDraft() : undefined,
        });
        const message =
          out.mode === "created"
            ? t(lang, "load.created", { tasks: form.tasks.length, groups: form.groups.length })
            : t(lang, "load.reloaded", { kept: out.keptTasks });
        const notes: string[] = [];
        if (source === "sample" && out.mode === "reloaded")
          notes.push(t(lang, "load.sampleMerged", { count: out.sampleTasks }));
        if (out.skipped.length)
          notes.push(
            t(lang, "load.partial", { what: out.skipped.map((k) => t(lang, k)).join("、"), need: "ExcelApi 1.9" }),
          );
        for (const f of out.failed) notes.push(t(lang, "load.skipped", { what: t(lang, f.feature), code: f.code }));
        return { ok: true, message, notes };
      } catch (e) {
        diagnostics.record("load", e);
        return { ok: false, message: describeError(e, lang), notes: [] };
      }
    },
    sheetStatus: () =>
      attempt(() =>
        run(async (context) => {
          const state = await readSheetState(context, form).catch((e: unknown) => {
            if (e instanceof UserFacingError && e.key === "state.noSheet") return null;
            throw e;
          });
          if (!state) return { present: false, filledTasks: 0, headerFilled: false };
          const { rows, header, marks } = state.reading.entries;
          const filled = new Set(
            Object.entries(rows)
              .filter(([, list]) => list.some((r) => !isEmptyRow(r)))
              .map(([seq]) => seq),
          );
          for (const seq of Object.keys(marks ?? {})) filled.add(seq);
          return {
            present: true,
            filledTasks: filled.size,
            headerFilled: Object.values(header).some((v) => v.trim() !== ""),
          };
        }),
      ),
    watchesEdits: () => capabilities().events,
    // Every change but the pane's own (a co-author's too).
    watchEdits: (listener) =>
      capabilities().events
        ? watchChanges(run, form, (change) => {
            if (change.source !== "Remote" && (change.byThisAddin ?? queue.ownChange())) return;
            listener();
          }).then(logged("stop watching edits"), noWatch("watch edits"))
        : Promise.resolve(async () => undefined),
    check: () => attempt(async () => (await checking()).checkSheet(run, form, capabilities())),
    select: (address) => attempt(async () => (await checking()).selectCell(run, form, address)),
    fix: (fixes) => attempt(async () => (await writes()).applyFixes(write, form, fixes, capabilities())),
    // With the check's code (offered only by a check's finding).
    splitLines: (split) =>
      attempt(async () =>
        (await import(/* webpackChunkName: "check" */ "../excel/split-lines")).splitLines(
          write,
          form,
          capabilities(),
          split,
        ),
      ),
    selection: () => attempt(() => describeSelection(run, form)),
    watchSelection: (listener) =>
      capabilities().events
        ? watchSelection(run, form, listener).then(logged("stop watching selection"), noWatch("watch selection"))
        : Promise.resolve(async () => undefined),
    // Co-authors' edits are left to their own pane; the pane's own writes do not count
    // (triggerSource from ExcelApi 1.14, else the queue's marker).
    normaliseUnitsOnEdit: () =>
      capabilities().events
        ? watchChanges(run, form, (change) => {
            if (change.source === "Remote" || (change.byThisAddin ?? queue.ownChange())) return;
            // Separators rejoined, then what a paste of cells broke (text format, unlocked, dropdowns).
            void writes()
              .then(({ normaliseUnits, restoreAfterEdit }) =>
                normaliseUnits(write, form, change.address).then(() =>
                  restoreAfterEdit(write, form, capabilities(), change.address),
                ),
              )
              .catch(diagnostics.at("after an edit"));
          }).then(logged("stop watching changes"), noWatch("watch changes"))
        : Promise.resolve(async () => undefined),
    addRow: (under) => attempt(async () => (await writes()).addMeasureRow(write, form, capabilities(), { under })),
    removeRow: () => attempt(async () => (await writes()).removeMeasureRow(write, form, capabilities())),
    mark: (reason) => attempt(async () => (await writes()).setNotApplicable(write, form, reason)),
    writeUnits: (units) => attempt(async () => (await writes()).writeUnits(write, form, units)),
    // The bulk actions load on first use (the pane's start-up scripts stay small).
    assign: (values) => attempt(async () => (await bulk()).assignToSelection(write, form, capabilities(), values)),
    fillTimeDown: () => attempt(async () => (await bulk()).fillTimeDown(write, form, capabilities())),
    markSelection: (reason) => attempt(async () => (await bulk()).markSelection(write, form, capabilities(), reason)),
    lists: () => attempt(() => run(async (context) => (await readSheetState(context, form)).lists)),
    editList: (edit, confirmed) =>
      attempt(async () => (await writes()).editList(write, form, capabilities(), edit, confirmed)),
    reapplyRules: () => attempt(async () => (await writes()).reapplyRules(write, form, capabilities())),
    diagnostics: () => diagnostics.text(),
    standaloneFile: () =>
      attempt(async () => {
        // A read that fails is reported; only a workbook without the form sheet gives the blank form.
        const current = await readForFile(run, form, capabilities());
        const { writeWorkbook } = await import(/* webpackChunkName: "xlsx-writer" */ "../xlsx/write-plan");
        const { STANDALONE_TEXT } = await import(/* webpackChunkName: "xlsx-writer" */ "../plan/standalone-text");
        const plan = planSheet(form, current?.entries, form.sheetName, current?.lists ?? form.lists, {
          standalone: STANDALONE_TEXT,
        });
        const unit = current?.entries.header.unit.trim();
        return { name: `${form.sheetName}${unit ? `-${unit}` : ""}.xlsx`, bytes: await writeWorkbook(plan) };
      }),
  };
}

/** The 锦州师专 sample loads only when asked for: it stays out of the pane's start-up scripts. */
async function sampleDraft(): Promise<Entries> {
  return (await import(/* webpackChunkName: "sample" */ "../form/sample")).SAMPLE_DRAFT;
}
