/**
 * The language of the texts the add-in writes into the sheet itself (the dropdowns' prompts and refusal alerts):
 * Office's display language, set once when the pane starts. The standard file is always written in Chinese.
 */
import type { Lang } from "../i18n/strings";
import type { PlanOptions } from "../plan/sheet-plan";

let current: Lang = "zh";

export function setSheetLanguage(lang: Lang): void {
  current = lang;
}

/** Plan options for a sheet the add-in writes: its texts in Office's language. */
export function sheetPlanOptions(): PlanOptions {
  return { lang: current };
}
