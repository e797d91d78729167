/** Messages of `fujian1 export` and `fujian1 import` (zh-CN). */
import type { TaskChange } from "../relay/compare-entries";
import type { WordNote } from "../word/read-docx";
import { describeNotes } from "../word/check-docx";

const CHANGE_LABEL: Record<TaskChange, string> = {
  new: "草稿中新填的任务",
  different: "草稿与文件中不同的任务",
  "only-base": "只在文件中有内容的任务（保留）",
};

export const WORD_MSG = {
  exported: (file: string, rows: number, marks: number) =>
    `已导出 ${file}（Word 表格，${rows} 行举措${marks ? `，${marks} 项不涉及` : ""}）。`,
  exportStrays: (file: string, rows: string) =>
    `“${file}”中有不属于任何任务的行（${rows}），导出会丢掉它们，已停止。请先用 fujian1 check 查看并改正。`,
  imported: (from: string, to: string, tasks: number, rows: number, marks: number) =>
    tasks || marks
      ? `已读出草稿 ${from} 中 ${tasks} 项任务的 ${rows} 行举措${marks ? `和 ${marks} 项不涉及` : ""}，写入 ${to}。`
      : `草稿 ${from} 的表格是空的（没有填写任何任务），已写入空白的 ${to}。`,
  importStrays: (rows: string) =>
    `Word 表格中有不属于附件1任何任务的行（${rows}），导入会丢掉它们，已停止，没有写入文件。请在 Word 中改正序号（或删除这些行）后再导入。`,
  newUnits: (names: string[], added: boolean) =>
    added
      ? `已把草稿中的 ${names.length} 个新单位加入名单：${names.join("、")}。`
      : `草稿中有 ${names.length} 个单位不在名单中：${names.join("、")}。名单没有改动；要加入名单，请加 --add-units 重新导入，或在“名单”表中添加（写错的单位请在表中改正）。`,
  restored: (n: number) => `${n} 处省定原文与草稿只差空格或换行，已恢复为省定原文。`,
  exists: (file: string) => `“${file}”已存在。为免覆盖，请换一个文件名，或加 --force 覆盖它。`,
  officialFound: (found: string, official: string) => `草稿中为“${found}”，省定原文为“${official}”。`,
  officialHeader: "下列省定原文与 Word 草稿中的不同，导入的文件已恢复为省定原文：",
  notesHeader: "导入时的说明：",
  notes: (notes: WordNote[]): string[] => describeNotes(notes, "zh"),
  checkHint: (file: string) => `用 fujian1 check ${file} 查看还缺什么。`,
  intoUnreadable: (file: string) =>
    `“${file}”不是可以导入的附件1文件（找不到附件1表格，或有不属于任何任务的行）。请先用 fujian1 check 查看。`,
  badTake: (value: string) => `--take 只能是 draft（取草稿中的版本），不能是“${value}”。`,
  takeNeedsInto: "--take 只能与 --into 一起使用。",
  intoNeedsOut: "使用 --into 时请用 --out 指定新的输出文件（原文件不会被改动）。",
  /** The re-import summary: per kind of change, the tasks; then what was taken. */
  changes: (changes: Array<{ seq: string; change: TaskChange }>, taken: string[], takeDraft: boolean): string[] => {
    if (!changes.length) return ["草稿与文件中的内容完全相同，没有需要导入的任务。"];
    const lines: string[] = [];
    for (const kind of ["new", "different", "only-base"] as const) {
      const seqs = changes.filter((c) => c.change === kind).map((c) => c.seq);
      if (seqs.length) lines.push(`  ${CHANGE_LABEL[kind]}：${seqs.length} 项（第 ${seqs.join("、")} 项）`);
    }
    lines.push(`已取草稿中的版本：${taken.length ? `第 ${taken.join("、")} 项` : "无"}。`);
    const left = changes.filter((c) => c.change === "different" && !taken.includes(c.seq));
    if (left.length && !takeDraft)
      lines.push(`不同的 ${left.length} 项保留了文件中的内容；要改用草稿中的版本，请加 --take draft。`);
    return ["与文件中已有内容的比较：", ...lines];
  },
};
