/**
 * One sentence for each finding of 检查完整性, in Chinese or English. The
 * command line prints these; the task pane can show the same text.
 */
import { excerptOf, type Finding, type FindingKind } from "./check";

export type FindingLang = "zh" | "en";

type Detail = Record<string, string>;
type Describe = (d: Detail) => string;

const short = (text: string | undefined) => excerptOf(text ?? "", 20);

const ZH: Record<FindingKind, Describe> = {
  "not-form": (d) => `找不到“${d.sheet ?? "附件1"}”的表头（序号、主要任务、任务内容……完成时间），无法检查。`,
  "no-measure": () => "还没有填写具体举措或完成目标。如本单位不涉及该任务，请在“不涉及”列注明原因。",
  "missing-target": () => "已填写举措，但缺少完成目标。",
  "missing-unit": () => "已填写举措，但缺少责任单位（部门）。",
  "missing-time": () => "已填写举措，但缺少完成时间。",
  "measure-empty": () => "填写了完成目标，但具体举措是空的。",
  "unit-separator": (d) => `责任单位“${d.value}”的分隔符不规范，应写作“${d.suggestion}”。`,
  "unknown-unit": (d) =>
    `责任单位“${d.value}”中的“${d.unknown}”不在名单中${d.suggestion ? `，是否应为“${d.suggestion}”？` : "。"}${d.separators ? "多个单位之间请用“、”分隔。" : ""}`,
  "unknown-time": (d) => `完成时间“${d.value}”不在列表中${d.suggestion ? `，应写作“${d.suggestion}”。` : "，请从下拉列表选择。"}`,
  "official-changed": (d) => `省里下发的原文被改动了：现为“${short(d.found)}”，应为“${short(d.official)}”。`,
  "task-missing": () => "表中找不到这项任务（可能整行被删除），请恢复。",
  "task-duplicate": (d) => `这项任务出现了不止一次（第一次在第 ${d.first} 行），请合并为一处。`,
  "task-order": () => "这项任务的位置不对（排在了序号更大的任务之后），请按序号排列。",
  "stray-row": (d) => `这一行不属于任何任务${d.value ? `（“${short(d.value)}”）` : ""}，请移到对应任务之下或删除。`,
  "header-empty": (d) => `“${d.field}”还没有填写。`,
  "header-malformed": (d) => `“${d.field}”的内容“${d.value}”不像电话号码（手机 11 位，座机如 0416-1234567）。`,
  "not-applicable": (d) => `已标注不涉及${d.reason ? `：${d.reason}` : "。"}`,
};

const EN: Record<FindingKind, Describe> = {
  "not-form": (d) => `No header row of “${d.sheet ?? "附件1"}” (序号, 主要任务, 任务内容 … 完成时间) was found; nothing could be checked.`,
  "no-measure": () => "No measure or target yet. If the task does not apply, give the reason in the “not applicable” column.",
  "missing-target": () => "A measure is written but its target (完成目标) is missing.",
  "missing-unit": () => "A measure is written but its responsible unit is missing.",
  "missing-time": () => "A measure is written but its completion time is missing.",
  "measure-empty": () => "A target is written but the measure (具体举措) is empty.",
  "unit-separator": (d) => `Units “${d.value}” use the wrong separator; write “${d.suggestion}”.`,
  "unknown-unit": (d) =>
    `“${d.unknown}” in “${d.value}” is not on the list of units${d.suggestion ? `; did you mean “${d.suggestion}”?` : "."}${d.separators ? " Separate several units with “、”." : ""}`,
  "unknown-time": (d) => `Completion time “${d.value}” is not on the list${d.suggestion ? `; write “${d.suggestion}”.` : "; pick one from the dropdown."}`,
  "official-changed": (d) => `The provincial text was changed: it reads “${short(d.found)}” instead of “${short(d.official)}”.`,
  "task-missing": () => "This task is missing from the sheet (its row was probably deleted); restore it.",
  "task-duplicate": (d) => `This task appears more than once (first at row ${d.first}); keep it in one place.`,
  "task-order": () => "This task is out of order (after a task with a higher number); keep the tasks in order.",
  "stray-row": (d) => `This row belongs to no task${d.value ? ` (“${short(d.value)}”)` : ""}; move it under its task or delete it.`,
  "header-empty": (d) => `“${d.field}” is not filled in.`,
  "header-malformed": (d) => `“${d.field}” reads “${d.value}”, which does not look like a phone number.`,
  "not-applicable": (d) => `Marked not applicable${d.reason ? `: ${d.reason}` : "."}`,
};

export function describeFinding(f: Finding, lang: FindingLang): string {
  return (lang === "en" ? EN : ZH)[f.kind](f.detail ?? {});
}

/** Where a finding is: "第 6 项「…」 E11", or "task 6 (…) E11". */
export function describePlace(f: Finding, lang: FindingLang): string {
  const parts: string[] = [];
  if (f.seq) parts.push(lang === "en" ? `task ${f.seq}${f.excerpt ? ` (${f.excerpt})` : ""}` : `第 ${f.seq} 项${f.excerpt ? `「${f.excerpt}」` : ""}`);
  if (f.address) parts.push(f.address);
  return parts.join(" ");
}
