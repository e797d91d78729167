/** Messages of `fujian1 export` and `fujian1 import` (zh-CN). */
import type { WordNote } from "../word/read-docx";
import { describeNote } from "../word/check-docx";

export const WORD_MSG = {
  exported: (file: string, rows: number, marks: number) =>
    `已导出 ${file}（Word 表格，${rows} 行举措${marks ? `，${marks} 项不涉及` : ""}）。`,
  exportStrays: (file: string, rows: string) =>
    `“${file}”中有不属于任何任务的行（${rows}），导出会丢掉它们，已停止。请先用 fujian1 check 查看并改正。`,
  imported: (from: string, to: string, tasks: number, rows: number, marks: number) =>
    `已把 ${from} 中 ${tasks} 项任务的 ${rows} 行举措${marks ? `和 ${marks} 项不涉及` : ""}导入 ${to}。`,
  importStrays: (rows: string) =>
    `Word 表格中有不属于附件1任何任务的行（${rows}），导入会丢掉它们，已停止，没有写入文件。请在 Word 中改正序号（或删除这些行）后再导入。`,
  unitsList: (n: number) => `“责任单位（部门）”的下拉名单取自草稿中用到的 ${n} 个单位，可在“名单”表中修改。`,
  exists: (file: string) => `“${file}”已存在。为免覆盖，请换一个文件名，或加 --force 覆盖它。`,
  officialFound: (text: string) => `草稿中为“${text}”。`,
  officialHeader: "下列任务的省定原文与 Word 草稿中的不同，导入的文件已恢复为省定原文：",
  notesHeader: "导入时的说明：",
  note: (n: WordNote): string => describeNote(n, "zh"),
  checkHint: (file: string) => `用 fujian1 check ${file} 查看还缺什么。`,
};
