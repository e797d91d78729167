/** Re-applies the native rules on the sheet as it is now: idempotent, safe after a paste. */
import type { FormDef } from "../form/types";
import { rangeAddress } from "../plan/a1";
import type { SheetPlan } from "../plan/types";
import { queueHighlights, queueValidations } from "./apply-plan";
import type { Capabilities } from "./capabilities";
import { onSheet } from "./on-sheet";
import type { ExcelRunner } from "./run";

/** Queues validations (clear + set) and highlights (clear + add) over the plan's ranges. */
export function queueRules(sheet: Excel.Worksheet, plan: SheetPlan, caps: Capabilities): void {
  const { layout } = plan;
  const body = rangeAddress(layout.firstTaskRow, 0, layout.lastRow, layout.keyCol);
  if (caps.dataValidation) queueValidations(sheet, plan);
  if (caps.conditionalFormats) {
    sheet.getRange(body).conditionalFormats.clearAll();
    queueHighlights(sheet, plan);
  }
}

export function reapplyRules(run: ExcelRunner, form: FormDef, caps: Capabilities): Promise<void> {
  return onSheet(
    run,
    form,
    (state) => ({ result: undefined, write: () => queueRules(state.sheet, state.plan, caps) }),
    {
      caps,
    },
  );
}
