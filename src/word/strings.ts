/**
 * The Word reader's and importer's texts (zh-CN and en-US): places in the Word table, the reader's notes, why a
 * file can't be read, what an import did. With src/word, so the pane loads them with the Word chunk (not at
 * start-up); the command line speaks zh-CN.
 */
import type { Lang } from "../i18n/strings";

const ZH = {
  "word.import.merged": "草稿填入了 {count} 项任务，其余已填写的内容未被改动。",
  "word.import.restored": "{count} 处省定原文与草稿只差空格或换行，已恢复为省定原文。",
  "word.import.unitsAdded": "已把 {count} 个新单位加入名单：{names}。",
  "word.import.unitsMapped": "{count} 个单位改为名单中的名称：{names}。",
  "word.import.changed": "{count} 项任务的省定原文与草稿中的不同（第 {seqs} 项），表格中为省定原文。",
  "word.import.strays":
    "Word 表格中有不属于附件1任何任务的行（{rows}），导入会丢掉它们，因此没有导入。请在 Word 中改正序号或删除这些行后再导入。",
  "word.note.markFromText": "{place}：第 {seq} 项的“具体举措”写着“不涉及”，已记为不涉及。",
  "word.note.matchedByText": "{place}：没有可用的序号，按任务内容认定为第 {seq} 项。",
  "word.note.matchedByTextSum": "{count} 行没有可用的序号，已按任务内容认定（第 {seqs} 项）。",
  "word.note.matchedByTextCount": "{count} 行没有可用的序号，已按任务内容认定是哪一项任务。",
  "word.note.matchedRow": "{place} → 第 {seq} 项",
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
};

const EN: Record<WordKey, string> = {
  "word.import.merged": "The draft filled {count} tasks; everything else you had written is unchanged.",
  "word.import.restored":
    "{count} official cells differed from the province's text only by spaces or line breaks; the province's text was kept.",
  "word.import.unitsAdded": "{count} new units added to the list: {names}.",
  "word.import.unitsMapped": "{count} units written as listed names: {names}.",
  "word.import.changed":
    "The official text of {count} tasks differs in the draft (tasks {seqs}); the sheet has the province's text.",
  "word.import.strays":
    "The Word table has rows that belong to no task of Annex 1 ({rows}); importing would lose them, so nothing was imported. Correct their 序号 or delete them in Word, then import again.",
  "word.note.markFromText": "{place}: task {seq} says “不涉及” in 具体举措; it is marked not applicable.",
  "word.note.matchedByText": "{place}: no usable 序号; taken as task {seq} from its official text.",
  "word.note.matchedByTextSum":
    "{count} rows had no usable 序号 and were matched by their official text (tasks {seqs}).",
  "word.note.matchedByTextCount":
    "{count} rows had no usable 序号 and were matched to their tasks by the official text.",
  "word.note.matchedRow": "{place} → task {seq}",
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
};

export type WordKey = keyof typeof ZH;
/** Every key (both tables are typed alike), for the test that walks them in both languages. */
export const WORD_KEYS = Object.keys(ZH) as WordKey[];

const TABLES: Record<Lang, Record<WordKey, string>> = { zh: ZH, en: EN };

export function wt(lang: Lang, key: WordKey, params: Record<string, string | number> = {}): string {
  return TABLES[lang][key].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
}
