/** The words of 收回各单位的文件 and 进度 (loaded with them, outside the pane's start-up scripts), zh-CN and en-US. */
import type { Lang } from "../i18n/strings";

const ZH = {
  noSheet: "工作簿中还没有附件1：请在分发时用的汇总表中收回。",
  notHandedOut: "本工作簿还没有分发过（没有隐藏的“分发信息”表），无法核对各单位的文件。请先点“分发给各单位”。",
  isUnitFile: (unit: string) => `本工作簿是发给“${unit}”的单位文件，不是汇总表。请在分发时用的汇总表中收回。`,
  zipEmpty: "压缩包中没有 .xlsx 文件。",
  zipDamaged: "压缩包已损坏，无法打开。",
  reviewTitle: (n: number) => `收回 ${n} 个文件：审阅后再写入`,
  fileOf: (unit: string, file: string) => `${unit}：${file}`,
  refused: (file: string) => `未收取：${file}`,
  counts: (parts: string) => `本单位牵头的任务：${parts}`,
  count: (status: string, n: number) => `${status} ${n} 项`,
  nothing: "没有新的内容",
  task: (seq: string, status: string, gist: string) => `第 ${seq} 项（${status}）：${gist}`,
  conflict: (seq: string) => `第 ${seq} 项：冲突（分发后汇总表改过，单位也改了）`,
  masterVersion: "汇总表",
  fileVersion: "单位",
  takeFile: "采用单位的版本",
  takeMaster: "保留汇总表的版本",
  unsettled: "未选择时保留汇总表的版本。",
  foreign: (seq: string) => `第 ${seq} 项不是本单位牵头的任务，单位写了内容：`,
  takeForeign: (seq: string) => `仍然收取第 ${seq} 项`,
  write: "写入汇总表",
  cancel: "取消",
  changedSince: "审阅之后工作表有改动，没有写入。请重新选择文件收回。",
  done: (files: number, tasks: number) =>
    `已收回 ${files} 个单位文件：写入了 ${tasks} 项任务的内容，工作表已保护；“收回记录”表逐个文件记下了收取和未收取的任务。`,
  doneNothing: (files: number) => `已核对 ${files} 个文件：没有新的内容，工作表没有改动；“收回记录”表记下了这些文件。`,
  openConflicts: (n: number) => `${n} 处冲突没有选择，保留了汇总表的版本。`,
  openForeign: (n: number) => `${n} 处写在不属于该单位的任务中，没有收取。`,
  refusedCount: (n: number) => `${n} 个文件未收取（原因见审阅），没有改变任何内容。`,
  entriesFailed: (why: string) => `收回没有写入：${why}`,
  sheetLocked: (sheet: string, hidden: boolean) =>
    `“${sheet}”表设了密码保护（不是本加载项设的），收回没有写入任何内容：附件1、“分发信息”和“收回记录”都没有改动。请先撤消它的保护（${hidden ? "它是隐藏的：右键工作表标签 → 取消隐藏，再" : ""}审阅 → 撤消工作表保护，输入密码；不知道密码请问设置的人），再收回一次。`,
  recordFailed: (tasks: number, code: string) =>
    `已把 ${tasks} 项任务的内容写入附件1（工作表已保护），但“分发信息”和“收回记录”没有更新（Excel 报告 ${code}），它们已恢复原样：这次收回没有记录。请再收回一次同样的文件，补上记录。`,
  recordBroken: (tasks: number, code: string) =>
    `已把 ${tasks} 项任务的内容写入附件1（工作表已保护），但写“分发信息”和“收回记录”时出错（Excel 报告 ${code}），它们可能只写了一部分。请关闭工作簿、不要保存，重新打开后再收回一次。`,
  progressTitle: "各单位进度",
  progressNone: "还没有任务分配给单位。",
  colUnit: "单位",
  colAssigned: "牵头任务",
  colGathered: "文件收回",
  colFilled: "已填",
  colReady: "可提交",
  never: "未收回",
};

const EN: typeof ZH = {
  noSheet: "The workbook has no Annex 1: gather into the master the files were handed out from.",
  notHandedOut:
    "This workbook has not been handed out yet (no hidden 分发信息 sheet), so the units' files cannot be matched. Hand it out first.",
  isUnitFile: (unit) => `This workbook is the file handed out to ${unit}, not the master. Gather into the master.`,
  zipEmpty: "The .zip holds no .xlsx file.",
  zipDamaged: "The .zip is damaged and cannot be opened.",
  reviewTitle: (n) => `Gathering ${n} files: review before writing`,
  fileOf: (unit, file) => `${unit}: ${file}`,
  refused: (file) => `Not taken: ${file}`,
  counts: (parts) => `Tasks this unit leads: ${parts}`,
  count: (status, n) => `${n} ${status}`,
  nothing: "nothing new",
  task: (seq, status, gist) => `Task ${seq} (${status}): ${gist}`,
  conflict: (seq) => `Task ${seq}: conflict (the master changed it since the hand-out, and so did the unit)`,
  masterVersion: "Master",
  fileVersion: "Unit",
  takeFile: "Take the unit's version",
  takeMaster: "Keep the master's version",
  unsettled: "Without a choice, the master's version is kept.",
  foreign: (seq) => `Task ${seq} is not one this unit leads, yet it wrote there:`,
  takeForeign: (seq) => `Take task ${seq} anyway`,
  write: "Write into the master",
  cancel: "Cancel",
  changedSince: "The sheet changed after the review; nothing was written. Pick the files again to gather.",
  done: (files, tasks) =>
    `Gathered ${files} units' files: the entries of ${tasks} tasks are written and the sheet is protected; the 收回记录 sheet lists each file with the tasks taken and not taken.`,
  doneNothing: (files) =>
    `Checked ${files} files: nothing new, the sheet was not changed; the 收回记录 sheet lists the files.`,
  openConflicts: (n) => `${n} conflicts without a choice: the master's version was kept.`,
  openForeign: (n) => `${n} writes into tasks the unit does not lead were not taken.`,
  refusedCount: (n) => `${n} files were not taken (see the review); they changed nothing.`,
  entriesFailed: (why) => `Nothing was gathered: ${why}`,
  sheetLocked: (sheet, hidden) =>
    `The ${sheet} sheet is protected with a password this add-in did not set, so nothing of the gather was written: Annex 1, 分发信息 and 收回记录 are unchanged. Remove its protection (${hidden ? "it is hidden: right-click a sheet tab → Unhide, then " : ""}Review → Unprotect Sheet, with its password; ask whoever set it), then gather again.`,
  recordFailed: (tasks, code) =>
    `The entries of ${tasks} tasks are written into Annex 1 (the sheet is protected), but 分发信息 and 收回记录 could not be updated (Excel reported ${code}); they are as they were, so this gather is not recorded. Gather the same files again to record it.`,
  recordBroken: (tasks, code) =>
    `The entries of ${tasks} tasks are written into Annex 1 (the sheet is protected), but writing 分发信息 and 收回记录 failed (Excel reported ${code}) and they may be half-written. Close the workbook without saving, open it again and gather again.`,
  progressTitle: "Progress by unit",
  progressNone: "No task is assigned to a unit yet.",
  colUnit: "Unit",
  colAssigned: "Leads",
  colGathered: "File gathered",
  colFilled: "Filled",
  colReady: "Ready",
  never: "not yet",
};

export const gatherStrings = (lang: Lang): typeof ZH => (lang === "zh" ? ZH : EN);
