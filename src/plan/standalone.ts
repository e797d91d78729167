/**
 * What the standard file (下载标准表格, `fujian1 template/import`) adds so the whole form works
 * without the add-in — in WPS, Excel 2016/2019 and LibreOffice:
 * - spare measure rows: each task has SPARE_ROWS hidden rows under its last measure row, inside its
 *   merged 序号/任务内容/责任部门 cells. A user shows them (select the rows around them, right-click →
 *   取消隐藏; the protection allows formatting rows), fills what is needed and hides the rest again;
 *   the readers then see more measure rows of that task. Hidden rows do not print.
 *   Inserting rows was rejected: Excel inserts above the selected row, which attaches a new row at
 *   a task's first row to the task before, and the new row would miss the key the rules need.
 * - a visible, self-extending 名单 sheet: the list names cover every row down to the last filled one
 *   (OFFSET with a SUMPRODUCT/MAX count, functions every engine since Excel 2007 has), so a unit typed
 *   under the list is in the dropdown and the highlight at once, without Name Manager.
 * - prompts that explain all of this on the sheet itself.
 */
import { isEmptyRow, type MeasureRow } from "../form/types";
import { columnLetter } from "./a1";

/** Hidden spare measure rows under each task. */
export const SPARE_ROWS = 3;

/** Rows of the lists sheet the self-extending names look at (row 1 is the title). */
export const LIST_LAST_ROW = 1000;

export interface PromptSpec {
  range: string;
  title: string;
  message: string;
}

/** What only the standard file carries; the Office.js writer never receives it (the pane has its own actions). */
export interface StandaloneSpec {
  /** Rows hidden until a user unhides them, e.g. ["9:11"] (1-based, like Excel's row headers). */
  hiddenRows: string[];
  /** Input prompts without a rule (type "any"), e.g. how to add a second measure. */
  prompts: PromptSpec[];
}

/** A task's rows without trailing empty ones (at least one), so spare rows never pile up when a file is rewritten. */
export function withoutTrailingEmpty(rows: MeasureRow[]): MeasureRow[] {
  let n = rows.length;
  while (n > 1 && isEmptyRow(rows[n - 1])) n--;
  return rows.slice(0, n);
}

/**
 * The name formula of a list in column `col` of the lists sheet: from row 2 down to the last
 * non-empty cell (a cell emptied in the middle only leaves a blank entry), at least one row.
 */
export function selfExtendingReference(sheet: string, col: number): string {
  const l = columnLetter(col);
  const area = `${sheet}!$${l}$2:$${l}$${LIST_LAST_ROW}`;
  return `=OFFSET(${sheet}!$${l}$2,0,0,MAX(1,SUMPRODUCT(MAX((${area}<>"")*ROW(${area})))-1),1)`;
}

export const MEASURE_PROMPT = {
  title: "具体举措",
  message:
    "一项任务有第二、第三条举措时：本任务下面有 3 行隐藏的备用行。选中本任务和下一项任务的行号，右键“取消隐藏”，在出现的空行中填写；用不上的空行选中后右键“隐藏”（否则会打印成空行）。",
};

/** The lines of the visible 名单 sheet's note, for users without the add-in. */
export const STANDALONE_NOTE: readonly string[] = [
  "填写说明（不用加载项，WPS、Excel 2016/2019 都适用）",
  "1. 责任单位：从下拉列表选一个单位。几个单位共同负责时直接输入，用“、”隔开，牵头单位在前，如“教务处、人事处”；弹出提示时点“是”。单元格变成紫色说明有单位不在名单中。",
  "2. 增加单位或完成时间：在本表对应列的最后一个名称下面接着输入，下拉列表和紫色提示会自动包含它，不需要“名称管理器”。删去一个单位时清空该格即可。",
  "3. 同一任务的第二、第三条举措：每项任务下面预留了 3 行隐藏的备用行。在“附件1”表选中本任务和下一项任务的行号，右键“取消隐藏”，在出现的空行中填写；用不上的空行选中其行号后右键“隐藏”，否则会打印成空行。（LibreOffice 需先在“工具”菜单取消工作表保护，无密码，完成后再保护。）",
  "4. 不涉及的任务：在“不涉及（注明原因）”列写明原因，该任务变灰。",
  "5. 提交前检查：黄色、红色底色表示还缺内容。也可以请有加载项的同事点“检查完整性”，或由汇总单位用命令行 fujian1 check 检查。",
];
