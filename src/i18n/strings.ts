/** User-facing text. zh-CN is the default; en-US when Office runs in English. */
export type Lang = "zh" | "en";

const zh = {
  "error.cellEdit": "Excel 正在编辑单元格。请先按 Enter 或 Esc 结束编辑，再点一次按钮。",
  "error.accessDenied":
    "工作表受保护，且密码不是本工具设置的，表格没有改动。请让设置密码的同事先撤销保护（审阅 → 撤销工作表保护），再重试。",
  "error.denied": "Excel 拒绝了这项操作：工作簿的结构可能受保护（审阅 → 保护工作簿）。请让设置保护的同事撤销后重试。",
  "error.apiMissing":
    "当前 Excel 版本缺少所需功能（{need}）。请升级到 Microsoft 365 或 Excel 2021，或改用“下载标准表格”在 Excel 2016/2019、WPS 中填写。",
  "error.busy": "Excel 暂时无法完成操作。请保存工作簿后重试；如仍失败，请关闭其他加载项或重启 Excel。",
  "error.internal":
    "Excel 内部出错，操作没有完成。请保存工作簿、重启 Excel 后重试；如反复出现，请复制诊断信息发给信息中心。",
  "error.unknown": "操作未完成（{code}）。工作表没有被改动。请保存工作簿后重试。",
  "partial.none": "操作没有完成（Excel 报告 {code}），表格内容没有改动。",
  "partial.some": "操作只完成了一部分（Excel 报告 {code}）。已经改动的：{what}。请核对这些内容。",
  "partial.unknown": "操作没有完成（Excel 报告 {code}），也无法读回表格确认改动了什么。请核对表格。",
  "partial.cells": "单元格 {cells}",
  "partial.more": "等 {count} 处",
  "partial.rows": "第 {seq} 项的举措行由 {from} 行变为 {to} 行",
  "partial.lists": "名单",
  "partial.protected": "工作表保护已恢复。",
  "partial.unprotected": "工作表目前没有受保护：请再点一次本操作，或点“审阅 → 保护工作表”。",
  "partial.unrepaired": "格式或下拉列表可能不完整：请在“名单”页点“重新应用下拉列表和底色规则”。",
  "partial.retry": "请保存工作簿后重试。",
  "partial.restart": "请保存工作簿、重启 Excel 后重试；如反复出现，请复制诊断信息发给信息中心。",
  "error.nameTaken": "工作簿里已有同名的工作表或名称（如“附件1”“名单”）。请先重命名或删除它，再重试。",
  "load.strays":
    "现有“{sheet}”中有 {count} 行内容无法对应到任何任务（第 {rows} 行）。为避免丢失，本次没有重新载入。请把这些内容移到对应任务的行中或删除后再试。",
  "load.unrecognised":
    "已有名为“{sheet}”的工作表，但它不是附件1的格式（找不到“序号、主要任务……完成时间”表头）。为避免覆盖，请先把它重命名，再载入。",
  "load.created": "已载入附件1：{tasks} 项任务，{groups} 类主要任务。",
  "load.reloaded": "已重新载入附件1，保留了原有的 {kept} 项任务的举措和表头信息。",
  "load.sampleMerged": "示例内容只填入了原来空着的 {count} 项任务，已填写的内容未被改动。",
  "load.partial": "未能设置：{what}。当前 Excel 不支持（需要 {need}），其余部分已完成。",
  "load.skipped": "已跳过：{what}（Excel 报告 {code}），其余部分已完成。需要时可再点“载入附件1”重试。",
  "load.leftover":
    "载入没有完成（Excel 报告 {code}）。原有内容没有改动，但未完成的工作表“{name}”没能删除：请右键点它的标签 → 删除，再重试。",
  "load.renameLeft":
    "载入基本完成，但新表格没能改名（Excel 报告 {code}）：原来的“{sheet}”已由工作表“{name}”替代，所有内容都在其中。请把“{name}”重命名为“{sheet}”。",
  "rows.selectTask": "请先在附件1中选中某项任务的一个单元格，再操作举措行。",
  "selection.oneCell":
    "当前选中的不是一个单元格（多个区域、整行整列、跨多项任务，或图表、图形）。请在附件1中只选中该项任务的一个单元格，再操作。",
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
  "feature.sharedMeasure":
    "识别跨几行合并的具体举措（需要 ExcelApi 1.13；这些行会各自读取，增删举措行时合并会拆开，文字不丢）",
  "pane.title": "附件1 填报助手",
  "pane.load": "载入附件1",
  "pane.source": "载入内容",
  "pane.source.blank": "空白表",
  "pane.source.sample": "示例：锦州师专草稿",
  "pane.check": "检查完整性",
  "pane.working": "正在处理…",
  "pane.notInExcel": "请在 Excel 中打开本加载项。",
  "pane.intro": "把附件1表格载入当前工作簿。已填写的内容会被保留。",
  "pane.limited": "此 Excel 版本不支持：{what}。其余功能可用；需要这些功能时，请下载标准表格文件使用。",
  "pane.download": "下载标准表格",
  "pane.diagnostics": "诊断信息（发给信息中心）",
  "pane.diagnostics.copy": "复制诊断信息",
  "pane.diagnostics.copied": "已复制",
  "pane.download.done": "已生成“{name}”，可在 Excel 2016/2019 或 WPS 中填写，下拉列表、底色提示和保护都保留。",
  "download.strays":
    "“{sheet}”第 {rows} 行的内容不属于任何任务，标准表格里放不下它们。为避免丢失，没有生成文件。请把这些内容移到对应任务的行中或删除后再试。",
  "pane.word.export": "导出Word",
  "pane.word.export.done": "已生成“{name}”：省里下发的 Word 表格（A4 横向，两行表头每页重复），可直接打印盖章。",
  "pane.word.import": "导入Word草稿",
  "pane.word.import.pick": "选择附件1的 Word 草稿（.docx）",
  "pane.word.import.confirm":
    "工作表中已有 {count} 项任务填了内容。导入时这些内容保持不变，草稿只填入还空着的任务。继续导入“{name}”吗？",
  "pane.word.import.go": "继续导入",
  "pane.word.import.cancel": "取消",
  "pane.word.import.cancelled": "没有导入，工作表没有改动。",
  "pane.word.import.done": "已从“{name}”读出 {tasks} 项任务的 {rows} 行举措和 {marks} 项不涉及，导入工作表：{result}",
  "word.import.changed": "{count} 项任务的省定原文与草稿中的不同（第 {seqs} 项），表格中为省定原文。",
  "word.import.strays":
    "Word 表格中有不属于附件1任何任务的行（{rows}），导入会丢掉它们，因此没有导入。请在 Word 中改正序号或删除这些行后再导入。",
  "word.note.markFromText": "{place}：第 {seq} 项的“具体举措”写着“不涉及”，已记为不涉及。",
  "word.note.matchedByText": "{place}：没有可用的序号，按任务内容认定为第 {seq} 项。",
  "word.note.extraColumn": "表格中的“{title}”列不属于附件1，其中的文字没有导入。",
  "word.place.row": "表格第 {row} 行",
  "word.place.above": "表格上方",
  "word.problem.empty": "文件是空的（0 字节），可能保存或复制时出了问题。",
  "word.problem.legacy-doc":
    "这是旧版 Word 97-2003（.doc）或 WPS（.wps）文件。请在 Word 或 WPS 中打开，另存为“Word 文档（*.docx）”后再导入。",
  "word.problem.encrypted": "文件设置了打开密码（已加密），无法读取。请在 Word 或 WPS 中去掉密码后重新保存为 .docx。",
  "word.problem.not-docx": "这不是 Word 文档（.docx）。请选择附件1的 Word 草稿。",
  "word.problem.zip-bomb": "文件解压后过大或条目过多，不像正常的 Word 文档，已拒绝读取。",
  "word.problem.corrupt": "Word 文档已损坏，无法读取（{reason}）。请在 Word 或 WPS 中打开后重新保存。",
  "word.problem.no-table":
    "文档里找不到附件1的表格：{tables} 张表格中没有哪张有“序号、主要任务、任务内容、责任部门、具体举措、完成目标、责任单位（部门）、完成时间”这一行表头。请确认选对了文件，表头文字须与原表一致。",
  "word.problem.no-table.none": "文档里找不到附件1的表格（文档中没有表格）。请确认选对了文件。",
  "word.problem.nested-table":
    "表格第 {row} 行的单元格里又嵌了一张表格，无法可靠地读取其中的内容。请在 Word 中把嵌套表格改成普通文字（表格工具 → 转换为文本）后再导入。",
  "word.problem.text-box":
    "表格第 {row} 行的单元格里有文本框，其中的文字无法读取。请把文本框里的文字移到单元格中后再导入。",
  "pane.tab.fill": "填报",
  "pane.tab.check": "检查结果",
  "pane.tab.lists": "名单",
  "pane.selection.none": "在附件1中选中某项任务的单元格后，这里会显示可用的操作。",
  "pane.selection.task": "第 {seq} 项：{excerpt}",
  "pane.selection.cell": "单元格 {address}",
  "pane.addRow": "添加举措行",
  "pane.removeRow": "删除空举措行",
  "pane.addRow.done": "已在第 {seq} 项下添加举措行（第 {row} 行）。",
  "pane.addTarget": "同一举措下加完成目标",
  "pane.addTarget.done": "已在第 {seq} 项同一具体举措下添加完成目标行（第 {row} 行）。",
  "pane.removeRow.done": "已删除第 {seq} 项的空举措行。",
  "pane.mark.reason": "不涉及原因",
  "pane.mark.placeholder": "如：属省级部门职责",
  "pane.mark.set": "标记不涉及",
  "pane.mark.clear": "取消不涉及",
  "pane.mark.done": "第 {seq} 项已标记为不涉及。",
  "pane.mark.cleared": "第 {seq} 项已取消不涉及。",
  "pane.mark.current": "已标记不涉及：{reason}",
  "pane.picker.title": "选择责任单位（可多选）",
  "pane.picker.order": "顺序（牵头单位在前）",
  "pane.picker.up": "上移 {name}",
  "pane.picker.down": "下移 {name}",
  "pane.picker.write": "写入责任单位",
  "pane.picker.done": "已写入：{value}",
  "pane.check.none": "点“检查完整性”查看还缺什么。",
  "pane.check.ready": "可以提交",
  "pane.check.readyDetail": "没有需要处理的问题。提交前请打印、盖章。",
  "pane.check.blocked": "还有 {errors} 个问题需要处理",
  "pane.check.warnings": "另有 {warnings} 条提醒（不影响提交）",
  "pane.summary.title": "完成情况",
  "pane.summary.tasks": "有举措 {done} 项 / 共 {total} 项（不涉及 {na} 项）",
  "pane.summary.groups": "按主要任务",
  "pane.summary.units": "按责任单位（牵头）",
  "pane.summary.unit": "{unit}：牵头 {leads} 条，未填完 {incomplete} 条",
  "pane.findings.title": "问题清单",
  "pane.fix": "修正",
  "pane.fixAll": "全部修正（{count} 处）",
  "pane.fix.done": "已修正 {count} 处。",
  "pane.lists.units": "责任单位（部门）",
  "pane.lists.times": "完成时间",
  "pane.lists.add": "添加",
  "pane.lists.newItem": "新项目",
  "pane.lists.rename": "重命名 {name}",
  "pane.lists.remove": "删除 {name}",
  "pane.lists.save": "保存名单",
  "pane.lists.saved": "名单已保存，已更新 {count} 个单元格。",
  "pane.lists.inUse":
    "“{item}”仍在使用（{cells}）。确定要从名单中删除吗？单元格里的内容不会被改动，检查时会标为名单外的值。",
  "pane.lists.confirm": "仍然删除",
  "pane.lists.cancel": "取消",
  "pane.lists.reapply": "重新应用下拉列表和底色规则",
  "pane.lists.reapplied": "已重新应用下拉列表和底色规则。",
};

export type MessageKey = keyof typeof zh;

const en: Record<MessageKey, string> = {
  "error.cellEdit": "Excel is editing a cell. Press Enter or Esc to finish editing, then click the button again.",
  "error.accessDenied":
    "The sheet is protected with a password this add-in did not set; nothing was changed. Ask whoever set it to unprotect the sheet (Review → Unprotect Sheet), then try again.",
  "error.denied":
    "Excel refused the operation: the workbook's structure may be protected (Review → Protect Workbook). Ask whoever set it to remove it, then try again.",
  "error.apiMissing":
    "This version of Excel lacks a required feature ({need}). Update to Microsoft 365 or Excel 2021, or use “Download the form” to fill it in Excel 2016/2019 or WPS.",
  "error.busy":
    "Excel could not finish the operation. Save the workbook and try again; if it still fails, close other add-ins or restart Excel.",
  "error.internal":
    "Excel had an internal error and the operation did not finish. Save the workbook, restart Excel and try again; if it keeps happening, copy the diagnostics and send them to your IT office.",
  "error.unknown": "The operation did not finish ({code}). The sheet was not changed. Save the workbook and try again.",
  "partial.none": "The operation did not finish (Excel reported {code}); nothing in the table was changed.",
  "partial.some":
    "The operation finished only in part (Excel reported {code}). Already changed: {what}. Please check them.",
  "partial.unknown":
    "The operation did not finish (Excel reported {code}) and the table could not be read back to see what changed. Please check the table.",
  "partial.cells": "cells {cells}",
  "partial.more": "and {count} more",
  "partial.rows": "task {seq} now has {to} measure rows instead of {from}",
  "partial.lists": "the lists",
  "partial.protected": "The sheet is protected again.",
  "partial.unprotected": "The sheet is not protected now: click this action again, or use Review → Protect Sheet.",
  "partial.unrepaired":
    "Formats or dropdowns may be incomplete: click “Re-apply dropdowns and highlights” on the Lists tab.",
  "partial.retry": "Save the workbook and try again.",
  "partial.restart":
    "Save the workbook, restart Excel and try again; if it keeps happening, copy the diagnostics and send them to your IT office.",
  "error.nameTaken":
    "The workbook already has a sheet or name with this name (such as 附件1 or 名单). Rename or delete it, then try again.",
  "load.strays":
    "{count} rows of the existing “{sheet}” belong to no task (rows {rows}). To keep them safe nothing was reloaded. Move them into their task's rows or delete them, then try again.",
  "load.unrecognised":
    "A sheet named “{sheet}” exists but is not in the Annex 1 layout (no 序号 … 完成时间 header). Rename it first so it is not overwritten, then load.",
  "load.created": "Annex 1 loaded: {tasks} tasks in {groups} groups.",
  "load.reloaded": "Annex 1 reloaded; the measures of {kept} tasks and the header were kept.",
  "load.sampleMerged": "The sample filled only the {count} tasks that were empty; what you had written is unchanged.",
  "load.partial": "Not set up: {what}. This Excel lacks {need}; everything else is done.",
  "load.skipped":
    "Skipped: {what} (Excel reported {code}); everything else is done. Click “Load Annex 1” again to retry.",
  "load.leftover":
    "Loading did not finish (Excel reported {code}). Nothing you had was changed, but the unfinished sheet “{name}” could not be removed: right-click its tab → Delete, then try again.",
  "load.renameLeft":
    "Loaded, but the new sheet could not be renamed (Excel reported {code}): “{name}” replaces the old “{sheet}” and holds everything. Rename “{name}” to “{sheet}”.",
  "rows.selectTask": "Select a cell of a task in the Annex 1 sheet first.",
  "selection.oneCell":
    "The selection is not one cell (several areas, whole rows or columns, more than one task, or a chart or shape). Select just one cell of the task in the Annex 1 sheet, then try again.",
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
  "feature.sharedMeasure":
    "recognising a measure merged over several rows (needs ExcelApi 1.13; those rows are read one by one, and adding or removing rows unmerges them, keeping the text)",
  "pane.title": "Annex 1 Form Helper",
  "pane.load": "Load Annex 1",
  "pane.source": "Content",
  "pane.source.blank": "Blank form",
  "pane.source.sample": "Sample: Jinzhou draft",
  "pane.check": "Check completeness",
  "pane.working": "Working…",
  "pane.notInExcel": "Open this add-in in Excel.",
  "pane.intro": "Loads the Annex 1 table into this workbook. Anything already filled in is kept.",
  "pane.limited":
    "This Excel does not support: {what}. Everything else works; download the standalone file when you need these.",
  "pane.download": "Download the form",
  "pane.diagnostics": "Diagnostics (for your IT office)",
  "pane.diagnostics.copy": "Copy diagnostics",
  "pane.diagnostics.copied": "Copied",
  "pane.download.done": "“{name}” is ready for Excel 2016/2019 or WPS, with its dropdowns, highlights and protection.",
  "download.strays":
    "Rows {rows} of “{sheet}” belong to no task and have no place in the standard file. To keep them safe no file was made. Move them into their task's rows or delete them, then try again.",
  "pane.word.export": "Export to Word",
  "pane.word.export.done":
    "“{name}” is ready: the province's Word table (A4 landscape, both header rows on every page), to print and stamp.",
  "pane.word.import": "Import a Word draft",
  "pane.word.import.pick": "Choose the Annex 1 Word draft (.docx)",
  "pane.word.import.confirm":
    "The sheet already has entries for {count} tasks. They stay as they are; the draft only fills tasks that are still empty. Import “{name}”?",
  "pane.word.import.go": "Import",
  "pane.word.import.cancel": "Cancel",
  "pane.word.import.cancelled": "Nothing was imported; the sheet is unchanged.",
  "pane.word.import.done":
    "Read {rows} measure rows of {tasks} tasks and {marks} not-applicable marks from “{name}” into the sheet: {result}",
  "word.import.changed":
    "The official text of {count} tasks differs in the draft (tasks {seqs}); the sheet has the province's text.",
  "word.import.strays":
    "The Word table has rows that belong to no task of Annex 1 ({rows}); importing would lose them, so nothing was imported. Correct their 序号 or delete them in Word, then import again.",
  "word.note.markFromText": "{place}: task {seq} says “不涉及” in 具体举措; it is marked not applicable.",
  "word.note.matchedByText": "{place}: no usable 序号; taken as task {seq} from its official text.",
  "word.note.extraColumn": "The column “{title}” is not part of Annex 1; its text was not imported.",
  "word.place.row": "table row {row}",
  "word.place.above": "above the table",
  "word.problem.empty": "The file is empty (0 bytes); it may have been damaged while saving or copying.",
  "word.problem.legacy-doc":
    "This is an old Word 97-2003 (.doc) or WPS (.wps) file. Open it in Word or WPS, save it as a Word document (*.docx), then import it.",
  "word.problem.encrypted":
    "The file has an opening password (it is encrypted). Remove the password in Word or WPS and save it again as .docx.",
  "word.problem.not-docx": "This is not a Word document (.docx). Choose the Annex 1 Word draft.",
  "word.problem.zip-bomb": "The file unpacks to too much data or too many parts for a Word document; it was not read.",
  "word.problem.corrupt":
    "The Word document is damaged and cannot be read ({reason}). Open it in Word or WPS and save it again.",
  "word.problem.no-table":
    "No Annex 1 table in the document: none of its {tables} tables has the header row 序号, 主要任务, 任务内容, 责任部门, 具体举措, 完成目标, 责任单位（部门）, 完成时间. Check the file; the header texts must be as in the original.",
  "word.problem.no-table.none":
    "No Annex 1 table in the document (it has no tables). Check that this is the right file.",
  "word.problem.nested-table":
    "A cell in table row {row} holds another table, whose content cannot be read reliably. Convert the nested table to text in Word (Table Tools → Convert to Text), then import again.",
  "word.problem.text-box":
    "A cell in table row {row} holds a text box, whose text cannot be read. Move the text into the cell, then import again.",
  "pane.tab.fill": "Fill in",
  "pane.tab.check": "Check results",
  "pane.tab.lists": "Lists",
  "pane.selection.none": "Select a cell of a task in the Annex 1 sheet to see what you can do here.",
  "pane.selection.task": "Task {seq}: {excerpt}",
  "pane.selection.cell": "Cell {address}",
  "pane.addRow": "Add measure row",
  "pane.removeRow": "Remove empty measure row",
  "pane.addRow.done": "Added a measure row under task {seq} (row {row}).",
  "pane.addTarget": "Add target under this measure",
  "pane.addTarget.done": "Added a target row under the same measure of task {seq} (row {row}).",
  "pane.removeRow.done": "Removed an empty measure row of task {seq}.",
  "pane.mark.reason": "Reason it does not apply",
  "pane.mark.placeholder": "e.g. a provincial department's duty",
  "pane.mark.set": "Mark not applicable",
  "pane.mark.clear": "Clear not applicable",
  "pane.mark.done": "Task {seq} is marked not applicable.",
  "pane.mark.cleared": "Task {seq} is no longer marked not applicable.",
  "pane.mark.current": "Marked not applicable: {reason}",
  "pane.picker.title": "Responsible units (choose one or more)",
  "pane.picker.order": "Order (lead unit first)",
  "pane.picker.up": "Move {name} up",
  "pane.picker.down": "Move {name} down",
  "pane.picker.write": "Write units",
  "pane.picker.done": "Written: {value}",
  "pane.check.none": "Click “Check completeness” to see what is missing.",
  "pane.check.ready": "Ready to submit",
  "pane.check.readyDetail": "Nothing left to fix. Print and stamp it before submitting.",
  "pane.check.blocked": "{errors} problems to fix",
  "pane.check.warnings": "plus {warnings} reminders (they do not block)",
  "pane.summary.title": "Progress",
  "pane.summary.tasks": "{done} of {total} tasks have measures ({na} not applicable)",
  "pane.summary.groups": "By main task",
  "pane.summary.units": "By lead unit",
  "pane.summary.unit": "{unit}: leads {leads}, {incomplete} incomplete",
  "pane.findings.title": "Findings",
  "pane.fix": "Fix",
  "pane.fixAll": "Fix all ({count})",
  "pane.fix.done": "Fixed {count} cells.",
  "pane.lists.units": "Responsible units",
  "pane.lists.times": "Completion times",
  "pane.lists.add": "Add",
  "pane.lists.newItem": "New item",
  "pane.lists.rename": "Rename {name}",
  "pane.lists.remove": "Remove {name}",
  "pane.lists.save": "Save lists",
  "pane.lists.saved": "Lists saved; {count} cells updated.",
  "pane.lists.inUse":
    "“{item}” is still used ({cells}). Remove it from the list anyway? The cells keep their text; the check will flag it as not on the list.",
  "pane.lists.confirm": "Remove anyway",
  "pane.lists.cancel": "Cancel",
  "pane.lists.reapply": "Re-apply dropdowns and highlights",
  "pane.lists.reapplied": "Dropdowns and highlights re-applied.",
};

const tables: Record<Lang, Record<MessageKey, string>> = { zh, en };

export function langOf(displayLanguage: string | undefined): Lang {
  return displayLanguage && /^en\b/i.test(displayLanguage) ? "en" : "zh";
}

export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return tables[lang][key].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
}
