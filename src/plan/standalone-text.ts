/**
 * The words the standard file carries for people without the add-in: the prompt on 具体举措 and the
 * 填写说明 note on 名单. A module of its own, loaded only when a standard file is written (the pane
 * imports it on demand), so the pane's start-up scripts stay small.
 */
import type { StandaloneText } from "./standalone";

const MEASURE_PROMPT = {
  title: "具体举措",
  message:
    "一项任务有第二、第三条举措时：本任务下面有 3 行隐藏的备用行。选中本任务和下一项任务的行号，右键“取消隐藏”，在出现的空行中填写；用不上的空行选中后右键“隐藏”（否则会打印成空行）。",
};

/** The lines of the visible 名单 sheet's note, for users without the add-in. */
const NOTE: readonly string[] = [
  "填写说明（不用加载项，WPS、Excel 2016/2019 都适用）",
  "1. 责任单位：从下拉列表选一个单位。几个单位共同负责时直接输入，用“、”隔开，牵头单位在前，如“教务处、人事处”；弹出提示时点“是”。单元格变成紫色说明有单位不在名单中。",
  "2. 增加单位或完成时间：在本表对应列的最后一个名称下面接着输入，下拉列表和紫色提示会自动包含它，不需要“名称管理器”。删去一个单位时清空该格即可。",
  "3. 同一任务的第二、第三条举措：每项任务下面预留了 3 行隐藏的备用行。在“附件1”表选中本任务和下一项任务的行号，右键“取消隐藏”，在出现的空行中填写；用不上的空行选中其行号后右键“隐藏”，否则会打印成空行。（LibreOffice 需先在“工具”菜单取消工作表保护，无密码，完成后再保护。）",
  "4. 不涉及的任务：在“不涉及（注明原因）”列写明原因，该任务变灰。原因在 18 个字以内，打印时能完整显示；更长的原因请把该任务的行调高（选中行号，右键“行高”）。",
  "5. 提交前检查：黄色、红色底色表示还缺内容。也可以请有加载项的同事点“检查完整性”，或由汇总单位用命令行 fujian1 check 检查。",
  "6. 打印：底色只在屏幕上提示，表格设为“单色打印”，Excel 和 WPS 打印时不带底色；本“名单”表不打印，页脚的页数只算“附件1”表。LibreOffice 不认“单色打印”，会把底色印出来：打印前在“工具”菜单取消工作表保护（无密码），用“格式 → 条件 → 管理”删除全部条件格式后再打印，打印完关闭时选“不保存”。",
];

export const STANDALONE_TEXT: StandaloneText = { measurePrompt: MEASURE_PROMPT, note: NOTE };
