/**
 * `fujian1 template [--sample] [--out 附件1.xlsx] [--force]`: the form as an .xlsx file, from the same plan as
 * the add-in. Without --out it never replaces anything: it takes 附件1.xlsx, or the first free 附件1 (2).xlsx …
 * and says which. An existing --out is replaced only with --force.
 */
import { listsForDraft } from "../form/lists";
import type { Entries, FormDef } from "../form/types";
import { planSheet } from "../plan/sheet-plan";
import { writeWorkbook } from "../xlsx/write-plan";
import { checkOutput, errorReason, freeName, writeOutput } from "./files";
import type { CliIo } from "./io";
import { MSG } from "./messages";
import { printable } from "./printable";

export const DEFAULT_TEMPLATE = "附件1.xlsx";

export interface TemplateOptions {
  /** The file to write; undefined: the first free name like DEFAULT_TEMPLATE. */
  out?: string;
  force: boolean;
}

export async function runTemplate(
  form: FormDef,
  sample: Entries | undefined,
  options: TemplateOptions,
  io: CliIo,
): Promise<number> {
  const out = options.out ?? (await freeName(DEFAULT_TEMPLATE));
  if (options.out !== undefined) {
    const target = await checkOutput(out, [], options.force);
    if (!target.ok) {
      io.err(MSG.outExists(printable(out)) + "\n");
      return 2;
    }
  }
  const lists = sample ? listsForDraft(sample, form.lists) : form.lists;
  const bytes = await writeWorkbook(planSheet(form, sample, form.sheetName, lists));
  try {
    await writeOutput(out, bytes, options.force);
  } catch (e) {
    const exists = (e as NodeJS.ErrnoException).code === "EEXIST";
    io.err((exists ? MSG.outExists(printable(out)) : MSG.writeFailed(printable(out), errorReason(e))) + "\n");
    return 2;
  }
  io.out(MSG.templateWritten(printable(out), form.tasks.length, !!sample) + "\n");
  if (options.out === undefined && out !== DEFAULT_TEMPLATE) io.out(MSG.templateFreeName(DEFAULT_TEMPLATE) + "\n");
  return 0;
}
