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

/** Rows of the lists sheet the self-extending names look at (row 1 is the title), unless a list is longer. */
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
  /** Input prompts under a rule that accepts anything, e.g. how to add a second measure. */
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
 * non-empty cell (a cell emptied in the middle only leaves a blank entry), at least one row. It looks
 * as far as row LIST_LAST_ROW, or twice as far as a longer list of `items` reaches, so there is room to add.
 */
export function selfExtendingReference(sheet: string, col: number, items = 0): string {
  const l = columnLetter(col);
  const last = Math.max(LIST_LAST_ROW, 2 * (items + 1));
  const area = `${sheet}!$${l}$2:$${l}$${last}`;
  return `=OFFSET(${sheet}!$${l}$2,0,0,MAX(1,SUMPRODUCT(MAX((${area}<>"")*ROW(${area})))-1),1)`;
}

/** The texts the standard file adds (src/plan/standalone-text.ts; kept out of the pane's start-up scripts). */
export interface StandaloneText {
  measurePrompt: { title: string; message: string };
  /** The lines of the visible 名单 sheet's note, for users without the add-in. */
  note: readonly string[];
}
