/** Finding messages in Chinese (default) and English; the pane and the command line share them. */
import type { Finding, FindingKind } from "./check";

type Lang = "zh" | "en";
type Text = (d: Record<string, string>) => string;

const TITLES: Record<FindingKind, Record<Lang, string>> = {
  "not-form": { zh: "不是附件1表格", en: "Not the Annex 1 sheet" },
  "no-measure": { zh: "没有举措的任务", en: "Tasks without measures" },
  assigned: { zh: "已分工、还没有举措的任务", en: "Assigned tasks without measures yet" },
  "missing-target": { zh: "缺少完成目标", en: "Missing target" },
  "missing-unit": { zh: "缺少责任单位", en: "Missing responsible unit" },
  "missing-time": { zh: "缺少完成时间", en: "Missing completion time" },
  "measure-empty": { zh: "有完成目标但没写具体举措（提醒）", en: "Target without a measure (reminder)" },
  "blank-row": { zh: "会打印成空白的行（提醒）", en: "Empty rows that print blank (reminder)" },
  "unit-separator": { zh: "责任单位分隔符不统一", en: "Units joined with other separators" },
  "rule-missing": {
    zh: "下拉列表丢失的单元格（多为粘贴所致）",
    en: "Cells that lost their dropdown (usually a paste)",
  },
  "unknown-unit": { zh: "名单外的责任单位", en: "Units not on the list" },
  "unknown-time": { zh: "列表外的完成时间", en: "Times not on the list" },
  "official-changed": { zh: "官方文字被改动", en: "Official text changed" },
  "task-missing": { zh: "缺少的任务", en: "Missing tasks" },
  "task-duplicate": { zh: "重复的任务", en: "Duplicated tasks" },
  "task-order": { zh: "顺序错乱的任务", en: "Tasks out of order" },
  "stray-row": { zh: "不属于任何任务的行", en: "Rows outside every task" },
  "header-empty": { zh: "表头信息未填", en: "Header line not filled" },
  "header-malformed": { zh: "联系电话格式不对", en: "Malformed phone number" },
  "not-applicable": { zh: "标记为不涉及的任务", en: "Tasks marked not applicable" },
  "marked-with-measures": { zh: "标记不涉及却填了举措", en: "Marked not applicable but has measures" },
  "mark-spilled": { zh: "粘贴溢出到“不涉及”列", en: "Paste spilled into the not-applicable column" },
  "unit-lines": { zh: "一格里写了几行责任单位", en: "Several lines of units in one cell" },
  "time-lines": { zh: "一格里写了几行完成时间", en: "Several lines of times in one cell" },
  "no-unit-list": { zh: "没有单位名单（说明）", en: "No unit list (note)" },
  "mark-no-reason": { zh: "不涉及但没有写原因", en: "Not applicable without a reason" },
};

const DETAILS: Record<FindingKind, Record<Lang, Text>> = {
  "not-form": {
    zh: (d) => `工作簿中找不到“${d.sheet}”的表头（序号、主要任务……完成时间）。请先载入附件1，或打开正确的文件。`,
    en: (d) => `No “${d.sheet}” header (序号 … 完成时间) was found. Load Annex 1 first, or open the right file.`,
  },
  "no-measure": { zh: () => "还没有填写具体举措或完成目标。", en: () => "No measure or target yet." },
  assigned: {
    zh: (d) => `已分给 ${d.unit}，还没有举措。`,
    en: (d) => `Assigned to ${d.unit}; no measure yet.`,
  },
  "missing-target": { zh: () => "这一行写了内容，但没有完成目标。", en: () => "This row has text but no target." },
  "missing-unit": {
    zh: () => "这一行写了内容，但没有责任单位。",
    en: () => "This row has text but no responsible unit.",
  },
  "missing-time": {
    zh: () => "这一行写了内容，但没有完成时间。",
    en: () => "This row has text but no completion time.",
  },
  "measure-empty": {
    zh: () => "完成目标已填，具体举措为空。",
    en: () => "The target is filled but the measure is empty.",
  },
  "blank-row": {
    zh: () => "这一行是空的，会打印成空白行：填写举措，或选中该行行号，右键“隐藏”。",
    en: () => "This row is empty and prints as a blank row: fill in a measure, or select its row number and Hide it.",
  },
  "unit-separator": {
    zh: (d) => `“${d.value}”应写成“${d.suggestion}”。`,
    en: (d) => `“${d.value}” should read “${d.suggestion}”.`,
  },
  "rule-missing": {
    zh: () => "这个单元格没有下拉列表了。点“修正”会重新设置下拉列表和格式，内容不变。",
    en: () => "This cell has no dropdown any more. Fix sets the dropdown and the format again; the content stays.",
  },
  "unknown-unit": {
    zh: (d) =>
      `“${d.unknown}”不在名单中${d.suggestion ? `，是否应为“${d.suggestion}”？` : "。请从名单中选择，或先把它加入名单。"}`,
    en: (d) =>
      `“${d.unknown}” is not on the list${d.suggestion ? `; did you mean “${d.suggestion}”?` : ". Pick from the list, or add it to the list first."}`,
  },
  "unknown-time": {
    zh: (d) =>
      d.dropsMonth
        ? `“${d.value}”不在完成时间列表中。列表只有年份：可改为“${d.suggestion}”，但月份会被舍去；要保留月份，请先把它加入名单。`
        : `“${d.value}”不在完成时间列表中${d.suggestion ? `，应写成“${d.suggestion}”。` : "。请从下拉列表选择。"}`,
    en: (d) =>
      d.dropsMonth
        ? `“${d.value}” is not on the list, which has years only: it can become “${d.suggestion}”, but the month is dropped; to keep the month, add it to the list first.`
        : `“${d.value}” is not on the list${d.suggestion ? `; write “${d.suggestion}”.` : ". Pick one from the dropdown."}`,
  },
  "official-changed": {
    zh: (d) => {
      if (!d.found) return "省里下发的文字被删除了，可恢复原文。";
      const [found, official] = sideBySide(d.found, d.official ?? "");
      return `与省里下发的文字不同：现为“${found}”，原文为“${official}”。可恢复原文。`;
    },
    en: (d) => {
      if (!d.found) return "The official text was deleted; it can be restored.";
      const [found, official] = sideBySide(d.found, d.official ?? "");
      return `Differs from the official text: now “${found}”, officially “${official}”. It can be restored.`;
    },
  },
  "task-missing": {
    zh: () => "表中找不到这项任务，可能被删除了。请重新载入附件1。",
    en: () => "This task is not in the sheet; it may have been deleted. Reload Annex 1.",
  },
  "task-duplicate": {
    zh: (d) => `序号重复（第 ${d.first} 行已有）。`,
    en: (d) => `Duplicate 序号 (already in row ${d.first}).`,
  },
  "task-order": { zh: () => "任务顺序与附件1不一致。", en: () => "Out of the form's order." },
  "stray-row": {
    zh: (d) => `“${short(d.value ?? "")}”不属于任何任务。`,
    en: (d) => `“${short(d.value ?? "")}” belongs to no task.`,
  },
  "header-empty": { zh: (d) => `请填写“${d.field}”。`, en: (d) => `Fill in “${d.field}”.` },
  "header-malformed": {
    zh: (d) => `“${d.value}”不是有效的电话号码。请填写 11 位手机号，或带区号的固定电话（如 0416-1234567）。`,
    en: (d) =>
      `“${d.value}” is not a valid phone number: use an 11-digit mobile or a landline with area code (0416-1234567).`,
  },
  "not-applicable": { zh: (d) => `不涉及：${d.reason}`, en: (d) => `Not applicable: ${d.reason}` },
  "marked-with-measures": {
    zh: (d) =>
      `标记为不涉及（“${short(d.reason ?? "")}”），却填了 ${d.rows} 行举措。请二选一：清除不涉及标记，或清除举措。`,
    en: (d) =>
      `Marked not applicable (“${short(d.reason ?? "")}”) yet ${d.rows} rows have measures. Choose: clear the mark, or clear the measures.`,
  },
  "mark-spilled": {
    zh: (d) =>
      `“${short(d.value ?? "")}”像是粘贴时多出的一列，落在了“不涉及”列，使这项任务被当作不涉及。可清除这个单元格。`,
    en: (d) =>
      `“${short(d.value ?? "")}” looks like one column too many from a paste: in the not-applicable column it marks the task as not applicable. The cell can be cleared.`,
  },
  "unit-lines": {
    zh: (d) =>
      `责任单位写了 ${d.lines} 行（“${d.shown}”），与 ${d.targets} 个完成目标对不上。请选择：几个单位共同负责，就合并为“${d.joined}”；` +
      `${d.rows ? `各行各有分工，就按行拆成 ${d.rows} 行（每行一个单位，内容都保留）；` : ""}或自己修改。`,
    en: (d) =>
      `${d.lines} lines of units (“${d.shown}”) that do not line up with ${d.targets} target(s). Choose: if the units share the work, join them as “${d.joined}”; ` +
      `${d.rows ? `if each line is its own, split the row into ${d.rows} rows (one unit each, nothing lost); ` : ""}or edit the cell.`,
  },
  "time-lines": {
    zh: (d) =>
      `完成时间写了 ${d.lines} 行（“${d.shown ?? ""}”），与 ${d.targets} 个完成目标对不上。请选择：` +
      `${d.rows ? `按行拆成 ${d.rows} 行（每行一个时间，内容都保留），或` : ""}自己修改（只留一个时间）。`,
    en: (d) =>
      `${d.lines} lines of times (“${d.shown ?? ""}”) that do not line up with ${d.targets} target(s). Choose: ` +
      `${d.rows ? `split the row into ${d.rows} rows (one time each, nothing lost), or ` : ""}edit the cell (keep one time).`,
  },
  "no-unit-list": {
    zh: () => "Word 草稿不带单位名单，责任单位没有与名单核对。用 --units 单位名单.txt 可按名单核对。",
    en: () => "A Word draft carries no unit list: units were not checked against one. Give one with --units FILE.",
  },
  "mark-no-reason": {
    zh: () => "请写明不涉及的原因。",
    en: () => "Say why the task does not apply.",
  },
};

/** The two texts around their first difference (a few characters either side), for reading side by side. */
export function sideBySide(found: string, official: string, context = 8): [string, string] {
  const a = [...found];
  const b = [...official];
  if (a.length <= 2 * context + 4 && b.length <= 2 * context + 4) return [found, official];
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  const cut = (x: string[]) => {
    const from = Math.max(0, start - context);
    const to = Math.min(x.length, Math.max(x.length - end, start) + context);
    return `${from > 0 ? "…" : ""}${x.slice(from, to).join("")}${to < x.length ? "…" : ""}`;
  };
  return [cut(a), cut(b)];
}

function short(text: string): string {
  return [...text].length > 16 ? `${[...text].slice(0, 16).join("")}…` : text;
}

export function findingTitle(kind: FindingKind, lang: Lang): string {
  return TITLES[kind][lang];
}

/** Where a finding is: its task (序号 and excerpt) and cell, e.g. "第 3 项「遴选建设200个…」 G8". */
export function describePlace(f: Finding, lang: Lang): string {
  const task = f.seq
    ? lang === "zh"
      ? `第 ${f.seq} 项${f.excerpt ? `「${f.excerpt}」` : ""}`
      : `Task ${f.seq}${f.excerpt ? ` “${f.excerpt}”` : ""}`
    : "";
  return [task, f.address ?? ""].filter(Boolean).join(" ");
}

/** A finding in one line, its place first: "G8：…" in Chinese, "G8: …" in English. */
export function describeFindingLine(f: Finding, lang: Lang): string {
  return [describePlace(f, lang), describeFinding(f, lang)].filter(Boolean).join(lang === "zh" ? "：" : ": ");
}

/** Characters that show as nothing, or as an ordinary space, with their names. */
const INVISIBLE: Record<string, Record<Lang, string>> = {
  "\u00a0": { zh: "不间断空格", en: "no-break space" },
  "\u00ad": { zh: "软连字符", en: "soft hyphen" },
  "\u180e": { zh: "蒙古文元音分隔符", en: "Mongolian vowel separator" },
  "\u2007": { zh: "数字空格", en: "figure space" },
  "\u200b": { zh: "零宽空格", en: "zero-width space" },
  "\u200c": { zh: "零宽非连接符", en: "zero-width non-joiner" },
  "\u200d": { zh: "零宽连接符", en: "zero-width joiner" },
  "\u202f": { zh: "窄不间断空格", en: "narrow no-break space" },
  "\u2060": { zh: "零宽不换行符", en: "word joiner" },
  "\ufeff": { zh: "零宽不换行空格（BOM）", en: "zero-width no-break space (BOM)" },
};
// An alternation, not a class: a class of joiners is read as one joined sequence.
const INVISIBLE_RE = new RegExp(Object.keys(INVISIBLE).join("|"), "g");

/** "不间断空格 U+00A0、零宽空格 U+200B" for the invisible characters in a value, or "" when it has none. */
export function invisibleCharacters(value: string, lang: Lang): string {
  const found = [...new Set(value.match(INVISIBLE_RE) ?? [])];
  const code = (ch: string) => `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
  return found.map((ch) => `${INVISIBLE[ch][lang]} ${code(ch)}`).join(lang === "zh" ? "、" : ", ");
}

/** Excel's error values, as a cell holding a failed formula's cached result shows them. */
const ERROR_VALUE =
  /^#(?:N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NULL!|NUM!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)$/i;

/** Findings about a value typed in a list column: the value is in `detail.value`. */
const VALUE_KINDS = new Set<FindingKind>(["unit-separator", "unknown-unit", "unknown-time", "header-malformed"]);

const ERROR_TEXT: Record<Lang, (value: string, field: string) => string> = {
  zh: (v, field) =>
    `单元格显示的是错误值 ${v}（公式出错，或公式引用的内容不存在），不是${field}。请改正公式，或直接填写${field}。`,
  en: (v, field) =>
    `The cell shows the error value ${v} (a formula failed, or what it refers to is gone), not a ${field}. Correct the formula, or type the ${field}.`,
};
const FIELD: Record<Lang, Partial<Record<FindingKind, string>>> = {
  zh: { "unknown-time": "完成时间", "header-malformed": "联系电话" },
  en: { "unknown-time": "completion time", "header-malformed": "phone number" },
};

/** What a finding means and what to do, without its place. */
export function describeFinding(f: Finding, lang: Lang): string {
  const d = f.detail ?? {};
  if (!VALUE_KINDS.has(f.kind) || d.value === undefined) return DETAILS[f.kind][lang](d);
  if (ERROR_VALUE.test(d.value.trim()))
    return ERROR_TEXT[lang](d.value.trim(), FIELD[lang][f.kind] ?? (lang === "zh" ? "责任单位" : "responsible unit"));
  const invisible = invisibleCharacters(d.value, lang);
  const base = DETAILS[f.kind][lang](d);
  if (!invisible) return base;
  return lang === "zh"
    ? `含不可见字符（${invisible}）：${base}`
    : `Contains invisible characters (${invisible}): ${base}`;
}
