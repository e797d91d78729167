/**
 * What 检查完整性 needs of the relay for a unit's file, loaded on demand (src/excel/check-sheet.ts): its identity
 * from the hidden 分发信息 sheet (one more sync), then the check limited to the tasks the unit leads.
 */
import type { Entries, FormDef } from "../form/types";
import type { CheckResult } from "../reading/check";
import type { Cell } from "../reading/read-grid";
import { decodeRelay, RELAY_SHEET } from "../relay/identity";
import { scopeToUnit } from "../relay/scope";
import { gridFromUsedRange } from "./sheet-state";

export async function scopeUnitFile(
  context: Excel.RequestContext,
  form: FormDef,
  result: CheckResult,
  entries: Entries,
): Promise<CheckResult> {
  const used = context.workbook.worksheets.getItemOrNullObject(RELAY_SHEET).getUsedRangeOrNullObject(true);
  used.load("values,rowIndex,columnIndex");
  await context.sync();
  if (used.isNullObject) return result;
  const relay = decodeRelay(gridFromUsedRange(used.values as Cell[][], used.rowIndex, used.columnIndex));
  return relay?.kind === "unit" ? scopeToUnit(form, result, entries, relay.identity) : result;
}
