/** What the pane can ask of the workbook; the real one goes through Office.js. */
import { FUJIAN1, SAMPLE_DRAFT, type FormDef } from "../form";
import type { Lang } from "../i18n/strings";
import { t } from "../i18n/strings";
import { detectCapabilities, type Capabilities } from "../excel/capabilities";
import { describeError } from "../excel/errors";
import { loadForm } from "../excel/load-form";
import { runInExcel, type ExcelRunner } from "../excel/run";

export type LoadSource = "blank" | "sample";

export interface Outcome {
  ok: boolean;
  message: string;
  /** Extra notes (features this Excel cannot set, what the sample changed). */
  notes: string[];
}

export interface PaneServices {
  load(source: LoadSource): Promise<Outcome>;
}

export function createServices(lang: Lang, run: ExcelRunner = runInExcel, caps?: Capabilities, form: FormDef = FUJIAN1): PaneServices {
  const capabilities = () => caps ?? detectCapabilities((n, v) => Office.context.requirements.isSetSupported(n, v));
  return {
    async load(source) {
      try {
        const out = await loadForm(run, form, capabilities(), { sample: source === "sample" ? SAMPLE_DRAFT : undefined });
        const message =
          out.mode === "created"
            ? t(lang, "load.created", { tasks: form.tasks.length, groups: form.groups.length })
            : t(lang, "load.reloaded", { kept: out.keptTasks });
        const notes: string[] = [];
        if (source === "sample" && out.mode === "reloaded") notes.push(t(lang, "load.sampleMerged", { count: out.sampleTasks }));
        if (out.skipped.length) {
          notes.push(t(lang, "load.partial", { what: out.skipped.map((k) => t(lang, k)).join("、"), need: "ExcelApi 1.9" }));
        }
        return { ok: true, message, notes };
      } catch (e) {
        return { ok: false, message: describeError(e, lang), notes: [] };
      }
    },
  };
}
