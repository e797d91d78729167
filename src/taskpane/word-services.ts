import { downloadFile } from "./download";
/**
 * The pane's Word actions, behind the same kind of service as the others: 导出Word builds the
 * official table from the sheet's entries and hands it to the browser (saying whether the check is
 * ready to print and stamp); 导入Word草稿 reads a picked .docx in the browser, reviews it against the
 * sheet (the draft's unit names not on the list; per task, what would change) and lays the entries the
 * user chose in through the reload path. The Word reader and writer load on first use, outside the
 * pane's initial bundle.
 */
import type { Entries, FormDef } from "../form";
import { t, type Lang } from "../i18n/strings";
import type { Capabilities } from "../excel/capabilities";
import { describeError } from "../excel/errors";
import type { ExcelRunner } from "../excel/run";
import { readForFile } from "../excel/standalone";
import type { TaskChange } from "../relay/compare-entries";
import type { Outcome, Result } from "./outcome";

export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** A draft read and ready to import. */
export interface WordDraft {
  name: string;
  /** The draft's entries, unit values normalised as a typed one is corrected. */
  entries: Entries;
  tasks: number;
  rows: number;
  marks: number;
  /** What the reader decided and the official text that differs, in words. */
  notes: string[];
  /** The rows matched without 序号, one a line (summed up in one of the notes; shown behind a toggle). */
  details: string[];
}

/** A unit name the draft uses that the sheet's list lacks, with the listed names it was probably meant to be. */
export interface NewUnit {
  name: string;
  close: string[];
}

/** The draft against the sheet, before anything is written. */
export interface DraftReview {
  newUnits: NewUnit[];
  /** Whether the sheet holds entries (then the tasks to take are the user's choice). */
  sheetHasEntries: boolean;
  /** Per task, how the draft differs from the sheet (new in the draft, different, only in the sheet). */
  changes: Array<{ seq: string; change: TaskChange }>;
}

/** What the user chose in the review. */
export interface ImportChoices {
  /** New unit names to put on the list. */
  add: string[];
  /** New unit names to write as a listed name instead. */
  map: Record<string, string>;
  /** Tasks to take from the draft (new and different ones); absent: every task the sheet has empty. */
  take?: string[];
}

export interface WordServices {
  /** The Word table of the sheet's entries (the blank table when there is no sheet), as a download. */
  exportWord(): Promise<Result<{ name: string; blank: boolean; problems: number }>>;
  /** Reads a picked file in the browser. */
  readDraft(file: { name: string; arrayBuffer(): Promise<ArrayBuffer> }): Promise<Result<WordDraft>>;
  /** The draft against the sheet: new unit names, what would change per task. */
  reviewDraft(draft: WordDraft): Promise<Result<DraftReview>>;
  /** Lays the chosen part of the draft in through the reload path. */
  importDraft(draft: WordDraft, choices?: ImportChoices): Promise<Outcome>;
}

export { downloadFile };

export interface WordServiceOptions {
  /** Runner for batches that write (their change events are the pane's own); default: `run`. */
  write?: ExcelRunner;
  /** Receives every error caught (the diagnostics log). */
  record?: (where: string, e: unknown) => void;
  /** Hands a file to the user (default: a browser download). */
  save?: (name: string, bytes: Uint8Array, type: string) => void;
}

export function createWordServices(
  lang: Lang,
  run: ExcelRunner,
  capabilities: () => Capabilities,
  form: FormDef,
  options: WordServiceOptions = {},
): WordServices {
  const write = options.write ?? run;
  const save = options.save ?? downloadFile;
  const record = options.record ?? (() => undefined);
  async function attempt<T>(where: string, work: () => Promise<T>): Promise<Result<T>> {
    try {
      return { ok: true, value: await work() };
    } catch (e) {
      record(where, e);
      return { ok: false, message: describeError(e, lang) };
    }
  }
  return {
    exportWord: () =>
      attempt("word-export", async () => {
        const current = await readForFile(run, form, capabilities());
        const { writeDocx } = await import(/* webpackChunkName: "word" */ "../word/write-docx");
        const entries = current?.entries ?? { header: { unit: "", contact: "", phone: "" }, rows: {} };
        const unit = entries.header.unit.trim();
        const name = `${form.sheetName}${unit ? `-${unit}` : ""}.docx`;
        const problems = current
          ? (
              await (
                await import(/* webpackChunkName: "check" */ "../excel/check-sheet")
              ).checkSheet(run, form, capabilities())
            ).summary.errors
          : 0;
        save(name, await writeDocx(form, entries), DOCX_TYPE);
        return { name, blank: !current, problems };
      }),
    async readDraft(file) {
      const { readDocx } = await import(/* webpackChunkName: "word" */ "../word/read-docx");
      const { checkWordReading, describeNotes, matchedRows, wordPlace } = await import(
        /* webpackChunkName: "word" */ "../word/check-docx"
      );
      const { normaliseDraftUnits } = await import(/* webpackChunkName: "word" */ "../word/draft-units");
      const { problemMessage } = await import(/* webpackChunkName: "word" */ "../word/problems");
      const { wt } = await import(/* webpackChunkName: "word" */ "../word/strings");
      const reading = await readDocx(new Uint8Array(await file.arrayBuffer()), form);
      if (!("grid" in reading)) return { ok: false, message: problemMessage(reading, lang) };
      const strays = reading.reading.strays;
      if (strays.length) {
        const rows = strays.map((s) => wordPlace(reading.wordRows[s.row] ?? 0, lang)).join("、");
        return { ok: false, message: wt(lang, "word.import.strays", { rows }) };
      }
      const changed = [
        ...new Set(
          checkWordReading(form, reading, null, lang)
            .findings.filter((f) => f.kind === "official-changed")
            .map((f) => f.seq ?? ""),
        ),
      ];
      const notes = describeNotes(reading.notes, lang, true);
      if (changed.length)
        notes.unshift(wt(lang, "word.import.changed", { count: changed.length, seqs: changed.join("、") }));
      if (reading.restored) notes.unshift(wt(lang, "word.import.restored", { count: reading.restored }));
      const entries = normaliseDraftUnits(reading.entries);
      return {
        ok: true,
        value: {
          name: file.name,
          entries,
          tasks: Object.keys(entries.rows).length,
          rows: Object.values(entries.rows).reduce((n, r) => n + r.length, 0),
          marks: Object.keys(entries.marks ?? {}).length,
          notes,
          details: matchedRows(reading.notes, lang),
        },
      };
    },
    reviewDraft: (draft) =>
      attempt("word-import", async () => {
        const current = await readForFile(run, form, capabilities());
        const { closeNames, newUnits } = await import(/* webpackChunkName: "word" */ "../word/draft-units");
        const { taskChanges } = await import(/* webpackChunkName: "word" */ "../relay/compare-entries");
        const list = current?.lists.units.length ? current.lists.units : form.lists.units;
        const empty: Entries = { header: { unit: "", contact: "", phone: "" }, rows: {} };
        const changes = taskChanges(form, current?.entries ?? empty, draft.entries);
        return {
          newUnits: newUnits(draft.entries, list).map((name) => ({ name, close: closeNames(name, list) })),
          sheetHasEntries: changes.some((c) => c.change !== "new"),
          changes,
        };
      }),
    async importDraft(draft, choices = { add: [], map: {} }) {
      try {
        const { mapUnits } = await import(/* webpackChunkName: "word" */ "../word/draft-units");
        const { wt } = await import(/* webpackChunkName: "word" */ "../word/strings");
        const mapped = mapUnits(draft.entries, choices.map);
        const take = choices.take;
        const sample: Entries = take
          ? {
              header: mapped.header,
              rows: Object.fromEntries(Object.entries(mapped.rows).filter(([seq]) => take.includes(seq))),
              marks: Object.fromEntries(Object.entries(mapped.marks ?? {}).filter(([seq]) => take.includes(seq))),
            }
          : mapped;
        const { loadForm } = await import(/* webpackChunkName: "sheet-writes" */ "./sheet-writes");
        const out = await loadForm(write, form, capabilities(), {
          sample,
          replace: take ?? [],
          units: choices.add,
          log: (e) => record("word-import", e),
        });
        const result =
          out.mode === "created"
            ? t(lang, "load.created", { tasks: form.tasks.length, groups: form.groups.length })
            : choices.take
              ? wt(lang, "word.import.merged", { count: out.sampleTasks })
              : t(lang, "load.draftMerged", { count: out.sampleTasks });
        const message =
          draft.tasks || draft.marks
            ? t(lang, "pane.word.import.done", {
                name: draft.name,
                tasks: draft.tasks,
                rows: draft.rows,
                marks: draft.marks,
                result,
              })
            : t(lang, "pane.word.import.blank", { name: draft.name, result });
        const notes = [...draft.notes];
        if (choices.add.length)
          notes.push(wt(lang, "word.import.unitsAdded", { count: choices.add.length, names: choices.add.join("、") }));
        const mappedNames = Object.entries(choices.map).map(([from, to]) => `${from} → ${to}`);
        if (mappedNames.length)
          notes.push(wt(lang, "word.import.unitsMapped", { count: mappedNames.length, names: mappedNames.join("、") }));
        for (const f of out.failed) notes.push(t(lang, "load.skipped", { what: t(lang, f.feature), code: f.code }));
        return { ok: true, message, notes, details: draft.details };
      } catch (e) {
        record("word-import", e);
        return { ok: false, message: describeError(e, lang), notes: [] };
      }
    },
  };
}
