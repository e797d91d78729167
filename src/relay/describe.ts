/** The relay's words for people, zh-CN and en-US: why a file is refused, what a task's status is. */
import type { TaskEntry } from "./compare-entries";
import type { RefusalReason, TaskStatus } from "./gather";

export type RelayLang = "zh" | "en";

const REFUSAL: Record<RelayLang, Record<RefusalReason, (detail: string) => string>> = {
  zh: {
    damaged: (d) => `无法读取：${d}`,
    "not-unit-file": () => "这不是分发给单位的文件（没有“分发信息”）。请让该单位在分发给它的文件中填写后交回。",
    "master-file": () => "这是汇总表（或上次收回后的汇总表），不是单位的文件。",
    "not-handed-out": () => "汇总表还没有分发过（没有“分发信息”），无法核对单位的文件。请先分发。",
    "other-master": () => "这个文件是从另一份汇总表分发的，不属于这份汇总表。",
    "other-hand-out": (d) =>
      `这个文件来自较早的一次分发${d ? `（${d.replace("T", " ").slice(0, 16)}）` : ""}，之后汇总表又分发过。请让该单位把内容填到最新分发的文件中。`,
  },
  en: {
    damaged: (d) => `Could not be read: ${d}`,
    "not-unit-file": () =>
      "This is not a file handed out to a unit (it has no 分发信息 sheet). Ask the unit to fill in the file it was given.",
    "master-file": () => "This is the master (or a master after an earlier gather), not a unit's file.",
    "not-handed-out": () =>
      "The master has not been handed out yet (no 分发信息 sheet), so files cannot be matched. Hand it out first.",
    "other-master": () => "This file was handed out from another master; it does not belong to this one.",
    "other-hand-out": (d) =>
      `This file comes from an earlier hand-out${d ? ` (${d.replace("T", " ").slice(0, 16)})` : ""}; the master was handed out again since. Ask the unit to use the newest file.`,
  },
};

export function describeRefusal(reason: RefusalReason, detail = "", lang: RelayLang = "zh"): string {
  return REFUSAL[lang][reason](detail);
}

export const STATUS_TEXT: Record<RelayLang, Record<TaskStatus, string>> = {
  zh: { new: "新填", changed: "有改动", unchanged: "未变", conflict: "冲突" },
  en: { new: "new", changed: "changed", unchanged: "unchanged", conflict: "conflict" },
};

/** A task's entry in a few words: its first measure (cut), how many rows, or its 不涉及 reason. */
export function entryGist(e: TaskEntry, lang: RelayLang = "zh", length = 16): string {
  const cut = (t: string) => ([...t].length > length ? `${[...t].slice(0, length).join("")}…` : t);
  if (e.mark) return lang === "zh" ? `不涉及：${cut(e.mark)}` : `not applicable: ${cut(e.mark)}`;
  if (!e.rows.length) return lang === "zh" ? "（空）" : "(empty)";
  const first = e.rows.find((r) => r.measure || r.target) ?? e.rows[0];
  const text = cut(first.measure || first.target || first.unit);
  return lang === "zh" ? `“${text}”（${e.rows.length} 行）` : `"${text}" (${e.rows.length} rows)`;
}
