/** `fujian1 template [--sample] --out 附件1.xlsx`: the form as an .xlsx file, from the same plan as the add-in. */
import { listsForDraft } from "../form/lists";
import type { Entries, FormDef } from "../form/types";
import { planSheet } from "../plan/sheet-plan";
import { writeWorkbook } from "../xlsx/write-plan";
import { errorReason, writeOutput } from "./files";
import type { CliIo } from "./io";
import { MSG } from "./messages";

export async function runTemplate(form: FormDef, sample: Entries | undefined, out: string, io: CliIo): Promise<number> {
  const lists = sample ? listsForDraft(sample, form.lists) : form.lists;
  const bytes = await writeWorkbook(planSheet(form, sample, form.sheetName, lists));
  try {
    await writeOutput(out, bytes);
  } catch (e) {
    io.err(MSG.writeFailed(out, errorReason(e)) + "\n");
    return 2;
  }
  io.out(MSG.templateWritten(out, form.tasks.length, !!sample) + "\n");
  return 0;
}
