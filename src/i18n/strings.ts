/** User-facing text. zh-CN is the default; en-US when Office runs in English. */
export type Lang = "zh" | "en";

const zh = {
  "error.cellEdit": "Excel 正在编辑单元格。请先按 Enter 或 Esc 结束编辑，再点一次按钮。",
  "error.accessDenied": "工作表受保护，且密码不是本工具设置的。请让设置密码的同事先撤销保护（审阅 → 撤销工作表保护），再重试。",
  "error.apiMissing": "当前 Excel 版本缺少所需功能（{need}）。请升级到 Microsoft 365 或 Excel 2021，或改用“下载标准表格”在 Excel 2016/2019、WPS 中填写。",
  "error.busy": "Excel 暂时无法完成操作。请保存工作簿后重试；如仍失败，请关闭其他加载项或重启 Excel。",
  "error.unknown": "操作未完成（{code}）。工作表没有被改动。请保存工作簿后重试。",
  "error.nameTaken": "已存在同名的工作表“{name}”。请先重命名或删除它，再重试。",
  "load.strays": "现有“{sheet}”中有 {count} 行内容无法对应到任何任务（第 {rows} 行）。为避免丢失，本次没有重新载入。请把这些内容移到对应任务的行中或删除后再试。",
  "load.unrecognised": "已有名为“{sheet}”的工作表，但它不是附件1的格式（找不到“序号、主要任务……完成时间”表头）。为避免覆盖，请先把它重命名，再载入。",
  "load.created": "已载入附件1：{tasks} 项任务，{groups} 类主要任务。",
  "load.reloaded": "已重新载入附件1，保留了原有的 {kept} 项任务的举措和表头信息。",
  "load.sampleMerged": "示例内容只填入了原来空着的 {count} 项任务，已填写的内容未被改动。",
  "load.partial": "未能设置：{what}。当前 Excel 不支持（需要 {need}），其余部分已完成。",
  "rows.selectTask": "请先在附件1中选中某项任务的一个单元格，再操作举措行。",
  "rows.lastRow": "这是该任务唯一的举措行，不能删除。",
  "rows.notEmpty": "只能删除空的举措行。请先清空这一行的具体举措、完成目标、责任单位和完成时间。",
  "units.selectCell": "请先选中附件1中“责任单位（部门）”列的一个单元格。",
  "lists.empty": "名单中不能有空白项。",
  "lists.duplicate": "名单中有重复的项目，请删除重复项。",
  "lists.separator": "名单项目里不能含有“、”“；”“，”等分隔符，每行只写一个单位或时间。",
  "state.noSheet": "工作簿中还没有“{sheet}”工作表。请先点“载入附件1”。",
  "feature.print": "打印设置（A4 横向、每页重复表头、页码）",
  "feature.freeze": "冻结表头",
  "feature.validation": "下拉列表（需要 ExcelApi 1.8）",
  "feature.highlights": "未填写提示的底色（需要 ExcelApi 1.6）",
  "pane.title": "附件1 填报助手",
  "pane.load": "载入附件1",
  "pane.source": "载入内容",
  "pane.source.blank": "空白表",
  "pane.source.sample": "示例：锦州师专草稿",
  "pane.check": "检查完整性",
  "pane.working": "正在处理…",
  "pane.notInExcel": "请在 Excel 中打开本加载项。",
  "pane.intro": "把附件1表格载入当前工作簿。已填写的内容会被保留。",
};

export type MessageKey = keyof typeof zh;

const en: Record<MessageKey, string> = {
  "error.cellEdit": "Excel is editing a cell. Press Enter or Esc to finish editing, then click the button again.",
  "error.accessDenied": "The sheet is protected with a password this add-in did not set. Ask whoever set it to unprotect the sheet (Review → Unprotect Sheet), then try again.",
  "error.apiMissing": "This version of Excel lacks a required feature ({need}). Update to Microsoft 365 or Excel 2021, or use “Download the form” to fill it in Excel 2016/2019 or WPS.",
  "error.busy": "Excel could not finish the operation. Save the workbook and try again; if it still fails, close other add-ins or restart Excel.",
  "error.unknown": "The operation did not finish ({code}). The sheet was not changed. Save the workbook and try again.",
  "error.nameTaken": "A sheet named “{name}” already exists. Rename or delete it, then try again.",
  "load.strays": "{count} rows of the existing “{sheet}” belong to no task (rows {rows}). To keep them safe nothing was reloaded. Move them into their task's rows or delete them, then try again.",
  "load.unrecognised": "A sheet named “{sheet}” exists but is not in the Annex 1 layout (no 序号 … 完成时间 header). Rename it first so it is not overwritten, then load.",
  "load.created": "Annex 1 loaded: {tasks} tasks in {groups} groups.",
  "load.reloaded": "Annex 1 reloaded; the measures of {kept} tasks and the header were kept.",
  "load.sampleMerged": "The sample filled only the {count} tasks that were empty; what you had written is unchanged.",
  "load.partial": "Not set up: {what}. This Excel lacks {need}; everything else is done.",
  "rows.selectTask": "Select a cell of a task in the Annex 1 sheet first.",
  "rows.lastRow": "This is the task's only measure row; it cannot be removed.",
  "rows.notEmpty": "Only an empty measure row can be removed. Clear its measure, target, unit and time first.",
  "units.selectCell": "Select a cell in the 责任单位（部门） column of the Annex 1 sheet first.",
  "lists.empty": "A list cannot have empty items.",
  "lists.duplicate": "The list has duplicate items; remove them.",
  "lists.separator": "A list item cannot contain separators such as 、；，— one unit or time per item.",
  "state.noSheet": "This workbook has no “{sheet}” sheet yet. Click “Load Annex 1” first.",
  "feature.print": "print setup (A4 landscape, repeated header rows, page numbers)",
  "feature.freeze": "frozen header",
  "feature.validation": "dropdown lists (needs ExcelApi 1.8)",
  "feature.highlights": "highlights of missing entries (needs ExcelApi 1.6)",
  "pane.title": "Annex 1 Form Helper",
  "pane.load": "Load Annex 1",
  "pane.source": "Content",
  "pane.source.blank": "Blank form",
  "pane.source.sample": "Sample: Jinzhou draft",
  "pane.check": "Check completeness",
  "pane.working": "Working…",
  "pane.notInExcel": "Open this add-in in Excel.",
  "pane.intro": "Loads the Annex 1 table into this workbook. Anything already filled in is kept.",
};

const tables: Record<Lang, Record<MessageKey, string>> = { zh, en };

export function langOf(displayLanguage: string | undefined): Lang {
  return displayLanguage && /^en\b/i.test(displayLanguage) ? "en" : "zh";
}

export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return tables[lang][key].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
}
