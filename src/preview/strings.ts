/** Text of the preview's own chrome (the task pane has its own strings in src/i18n). */
import type { Lang } from "../i18n/strings";

const zh = {
  title: "附件1 填报助手 · 浏览器预览",
  note: "模拟的 Excel 工作簿，只保存在本页面中，刷新后清空。",
  workbook: "工作簿",
  grid: "工作表 {sheet}",
  tabs: "工作表标签",
  nameBox: "名称框",
  formulaBar: "编辑栏",
  pane: "任务窗格",
  edit: "编辑 {address}",
  dropdown: "下拉列表 {address}",
  choose: "（请选择）",
  dismiss: "关闭提示",
  protectedCell:
    "单元格受保护，不能修改。您要更改的单元格位于受保护的工作表中，请在可填写的单元格（具体举措、完成目标、责任单位、完成时间等）中输入。",
  refused: "无法输入",
  hint: "单击选中单元格；双击、按 F2 或直接输入开始编辑，Enter 确认，Esc 取消；方向键移动，Ctrl+V 粘贴，Alt+↓ 打开下拉列表。",
};

export type PreviewKey = keyof typeof zh;

const en: Record<PreviewKey, string> = {
  title: "Annex 1 Form Helper · browser preview",
  note: "A simulated Excel workbook that lives only in this page; reloading clears it.",
  workbook: "Workbook",
  grid: "Sheet {sheet}",
  tabs: "Sheet tabs",
  nameBox: "Name box",
  formulaBar: "Formula bar",
  pane: "Task pane",
  edit: "Edit {address}",
  dropdown: "Dropdown list {address}",
  choose: "(choose)",
  dismiss: "Dismiss",
  protectedCell:
    "The cell is protected and can't be changed. It is on a protected sheet; type into the cells meant to be filled in (measure, target, unit, time).",
  refused: "Input refused",
  hint: "Click to select; double-click, F2 or just type to edit; Enter confirms, Esc cancels; arrow keys move, Ctrl+V pastes, Alt+Down opens a dropdown.",
};

export function pt(lang: Lang, key: PreviewKey, params: Record<string, string> = {}): string {
  return (lang === "en" ? en : zh)[key].replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? `{${k}}`);
}
