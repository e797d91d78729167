import { downloadFile } from "./download";
/**
 * The pane's Word actions, behind the same kind of service as the others: 导出Word builds the
 * official table from the sheet's entries and hands it to the browser; 导入Word草稿 reads a picked
 * .docx in the browser and lays its entries in through the reload path (loadForm's sample: the
 * sheet's own entries stay, the draft fills the tasks still empty). The Word reader and writer
 * load on first use, outside the pane's initial bundle.
 */
import type { Entries, FormDef } from "../form";
import { t, type Lang } from "../i18n/strings";
import type { Capabilities } from "../excel/capabilities";
import { describeError } from "../excel/errors";
import { loadForm } from "../excel/load-form";
import type { ExcelRunner } from "../excel/run";
import { readForFile } from "../excel/standalone";
import { isEmptyRow } from "../form/types";
import type { Outcome, Result } from "./outcome";

export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** A draft read and ready to import. */
export interface WordDraft {
  name: string;
  entries: Entries;
  tasks: number;
  rows: number;
  marks: number;
  /** What the reader decided and the official text that differs, in words. */
  notes: string[];
}

export interface WordServices {
  /** The Word table of the sheet's entries (the blank table when there is no sheet), as a download. */
  exportWord(): Promise<Result<{ name: string }>>;
  /** Reads a picked file in the browser. */
  readDraft(file: { name: string; arrayBuffer(): Promise<ArrayBuffer> }): Promise<Result<WordDraft>>;
  /** How many tasks of the sheet hold something typed (0 when there is no sheet). */
  filledTasks(): Promise<Result<number>>;
  /** Lays the draft in through the reload path. */
  importDraft(draft: WordDraft): Promise<Outcome>;
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
        save(name, await writeDocx(form, entries), DOCX_TYPE);
        return { name };
      }),
    async readDraft(file) {
      const { readDocx } = await import(/* webpackChunkName: "word" */ "../word/read-docx");
      const { checkWordReading, describeNote, wordPlace } = await import(
        /* webpackChunkName: "word" */ "../word/check-docx"
      );
      const { problemMessage } = await import(/* webpackChunkName: "word" */ "../word/problems");
      const reading = await readDocx(new Uint8Array(await file.arrayBuffer()), form);
      if (!("grid" in reading)) return { ok: false, message: problemMessage(reading, lang) };
      const strays = reading.reading.strays;
      if (strays.length) {
        const rows = strays.map((s) => wordPlace(reading.wordRows[s.row] ?? 0, lang)).join("、");
        return { ok: false, message: t(lang, "word.import.strays", { rows }) };
      }
      const changed = [
        ...new Set(
          checkWordReading(form, reading, form.lists, lang)
            .findings.filter((f) => f.kind === "official-changed")
            .map((f) => f.seq ?? ""),
        ),
      ];
      const notes = reading.notes.map((n) => describeNote(n, lang));
      if (changed.length)
        notes.unshift(t(lang, "word.import.changed", { count: changed.length, seqs: changed.join("、") }));
      const { entries } = reading;
      return {
        ok: true,
        value: {
          name: file.name,
          entries,
          tasks: Object.keys(entries.rows).length,
          rows: Object.values(entries.rows).reduce((n, r) => n + r.length, 0),
          marks: Object.keys(entries.marks ?? {}).length,
          notes,
        },
      };
    },
    filledTasks: () =>
      attempt("word-import", async () => {
        const current = await readForFile(run, form, capabilities());
        if (!current) return 0;
        const { rows, marks = {} } = current.entries;
        const seqs = new Set(Object.keys(marks));
        for (const [seq, list] of Object.entries(rows)) if (list.some((r) => !isEmptyRow(r))) seqs.add(seq);
        return seqs.size;
      }),
    async importDraft(draft) {
      try {
        const out = await loadForm(write, form, capabilities(), {
          sample: draft.entries,
          log: (e) => record("word-import", e),
        });
        const result =
          out.mode === "created"
            ? t(lang, "load.created", { tasks: form.tasks.length, groups: form.groups.length })
            : t(lang, "load.draftMerged", { count: out.sampleTasks });
        const message = t(lang, "pane.word.import.done", {
          name: draft.name,
          tasks: draft.tasks,
          rows: draft.rows,
          marks: draft.marks,
          result,
        });
        const notes = [...draft.notes];
        for (const f of out.failed) notes.push(t(lang, "load.skipped", { what: t(lang, f.feature), code: f.code }));
        return { ok: true, message, notes };
      } catch (e) {
        record("word-import", e);
        return { ok: false, message: describeError(e, lang), notes: [] };
      }
    },
  };
}
