/**
 * `fujian1 template [--sample] [--out 附件1.xlsx] [--force]`: the form as an .xlsx file, from the same plan as
 * the add-in. Without --out it never replaces anything: it takes 附件1.xlsx, or the first free 附件1 (2).xlsx …
 * and says which. An existing --out is replaced only with --force. --units sets the 责任单位 dropdown from a
 * file (one unit a line, see ./units-file.ts); --school fills the 单位（公章） field, so a college's office can
 * hand every department a file already set up.
 */
import { STANDALONE_TEXT } from "../plan/standalone-text";
import { listsForDraft } from "../form/lists";
import type { Entries, FormDef } from "../form/types";
import { planSheet } from "../plan/sheet-plan";
import { writeWorkbook } from "../xlsx/write-plan";
import { errorReason, freeName, writeOutput } from "./files";
import { outputRefusal } from "./output";
import type { CliIo } from "./io";
import { MSG } from "./messages";
import { printable } from "./printable";
import { loadUnitsFile } from "./units-file";

export const DEFAULT_TEMPLATE = "附件1.xlsx";

export interface TemplateOptions {
  /** The file to write; undefined: the first free name like DEFAULT_TEMPLATE. */
  out?: string;
  force: boolean;
  /** A file with the college's units, one a line: they replace the form's generic list. */
  units?: string;
  /** The college's name, written into the 单位（公章） field. */
  school?: string;
}

export async function runTemplate(
  form: FormDef,
  sample: Entries | undefined,
  options: TemplateOptions,
  io: CliIo,
): Promise<number> {
  let units: string[] | undefined;
  if (options.units !== undefined) {
    const loaded = await loadUnitsFile(options.units, io);
    if (typeof loaded === "number") return loaded;
    units = loaded;
  }
  const out = options.out ?? (await freeName(DEFAULT_TEMPLATE));
  if (options.out !== undefined) {
    const refusal = await outputRefusal({
      out,
      ext: ".xlsx",
      example: DEFAULT_TEMPLATE,
      inputs: [],
      force: options.force,
    });
    if (refusal) {
      io.err(refusal + "\n");
      return 2;
    }
  }
  const drafted = sample ? listsForDraft(sample, form.lists) : form.lists;
  const lists = units ? { units, times: [...drafted.times] } : drafted;
  const school = options.school?.trim();
  const entries: Entries | undefined = school
    ? {
        ...(sample ?? { rows: {} }),
        header: { ...(sample?.header ?? { unit: "", contact: "", phone: "" }), unit: school },
      }
    : sample;
  const bytes = await writeWorkbook(planSheet(form, entries, form.sheetName, lists, { standalone: STANDALONE_TEXT }));
  try {
    await writeOutput(out, bytes, options.force);
  } catch (e) {
    const exists = (e as NodeJS.ErrnoException).code === "EEXIST";
    io.err((exists ? MSG.outExists(printable(out)) : MSG.writeFailed(printable(out), errorReason(e))) + "\n");
    return 2;
  }
  io.out(MSG.templateWritten(printable(out), form.tasks.length, !!sample) + "\n");
  if (units) io.out(MSG.templateUnits(units.length) + "\n");
  if (options.out === undefined && out !== DEFAULT_TEMPLATE) io.out(MSG.templateFreeName(DEFAULT_TEMPLATE) + "\n");
  return 0;
}
