/** Texts of the Word draft review (zh-CN and en-US), loaded with it: outside the pane's start-up bundle. */
import type { Lang } from "../i18n/strings";

const ZH = {
  title: "导入“{name}”之前，请核对：",
  units: "草稿中有 {count} 个单位不在名单中。每个单位可以加入名单、改为名单中相近的名称，或保留原样稍后处理：",
  unitAction: "“{name}”怎么处理",
  keep: "保留原样（检查时会标出，稍后处理）",
  add: "加入名单",
  map: "改为“{to}”",
  tasks: "与工作表比较，草稿中有 {count} 项任务不同。要取草稿中的哪些版本？",
  all: "全部取草稿中的版本",
  chosen: "只取勾选的任务",
  none: "都不取（工作表不变）",
  new: "第 {seq} 项：草稿中新填（工作表中还空着）",
  different: "第 {seq} 项：与工作表中的不同",
  onlyBase: "只在工作表中有内容的任务保持不变：第 {seqs} 项。",
  go: "导入",
  cancel: "取消",
};

const EN: typeof ZH = {
  title: "Before importing “{name}”, please review:",
  units:
    "{count} units in the draft are not on the list. Add each to the list, write it as a close listed name, or keep it as typed for later:",
  unitAction: "What to do with “{name}”",
  keep: "Keep as typed (the check marks it; settle it later)",
  add: "Add to the list",
  map: "Write as “{to}”",
  tasks: "Compared with the sheet, {count} tasks differ in the draft. Which of the draft's versions to take?",
  all: "Take the draft's version of all of them",
  chosen: "Only the tasks ticked",
  none: "None (the sheet stays as it is)",
  new: "Task {seq}: new in the draft (empty in the sheet)",
  different: "Task {seq}: differs from the sheet",
  onlyBase: "Tasks filled only in the sheet stay as they are: {seqs}.",
  go: "Import",
  cancel: "Cancel",
};

export type ReviewKey = keyof typeof ZH;
/** Every key (both tables are typed alike), for the test that walks them in both languages. */
export const REVIEW_KEYS = Object.keys(ZH) as ReviewKey[];

export function rt(lang: Lang, key: ReviewKey, params: Record<string, string | number> = {}): string {
  return (lang === "en" ? EN : ZH)[key].replace(/\{(\w+)\}/g, (m, k: string) => String(params[k] ?? m));
}
