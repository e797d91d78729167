/** The relay's words for people, zh-CN and en-US: why a file is refused, what a task's status is. */
import type { TaskEntry } from "./compare-entries";
import type { Refusal, RefusalReason, TaskStatus } from "./refusal";

export type RelayLang = "zh" | "en";

/** A save time as people read it: "2026-12-08T09:00:00" → "2026-12-08 09:00". */
const when = (t: string) => t.replace("T", " ").slice(0, 16);

const REFUSAL: Record<RelayLang, Record<RefusalReason, (detail: string, r: Refusal) => string>> = {
  zh: {
    damaged: (d) => `无法读取：${d}`,
    "not-unit-file": () => "这不是分发给单位的文件（没有“分发信息”）。请让该单位在分发给它的文件中填写后交回。",
    "master-file": () => "这是汇总表（或上次收回后的汇总表），不是单位的文件。",
    "not-handed-out": () => "汇总表还没有分发过（没有“分发信息”），无法核对单位的文件。请先分发。",
    "other-master": () => "这个文件是从另一份汇总表分发的，不属于这份汇总表。",
    "other-hand-out": (d) =>
      `这个文件来自较早的一次分发${d ? `（${d.replace("T", " ").slice(0, 16)}）` : ""}，之后汇总表又分发过。请让该单位把内容填到最新分发的文件中。`,
    "older-than-gathered": (d, r) =>
      `这是该单位较早的文件${d ? `（保存于 ${when(d)}）` : ""}：之前已经收回了它较新的文件“${r.newer?.file ?? ""}”` +
      `${r.newer?.savedAt ? `（保存于 ${when(r.newer.savedAt)}）` : ""}，再收取会用旧内容覆盖新内容，所以没有收取。` +
      "如需其中的内容，请该单位在最新的文件中修改后交回。",
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
    "older-than-gathered": (d, r) =>
      `This is an older file of its unit${d ? ` (saved ${when(d)})` : ""}: its newer file "${r.newer?.file ?? ""}"` +
      `${r.newer?.savedAt ? ` (saved ${when(r.newer.savedAt)})` : ""} was gathered before, and taking this one would ` +
      "overwrite newer entries with older ones, so nothing of it was taken. If something in it is needed, ask the " +
      "unit to put it into its newest file and send that.",
  },
};

/** Why a file was refused, for people: from the reason (and its detail), or from the whole refusal. */
export function describeRefusal(reason: RefusalReason | Refusal, detail = "", lang: RelayLang = "zh"): string {
  const r: Refusal = typeof reason === "string" ? { reason, detail } : reason;
  return REFUSAL[lang][r.reason](r.detail ?? detail, r);
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
