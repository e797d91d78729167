/** The words of 分发给各单位 (loaded with it, outside the pane's start-up scripts), zh-CN and en-US. */
import type { Lang } from "../i18n/strings";

const ZH = {
  handOut: "分发给各单位",
  handOutHint:
    "按“责任单位（部门）”列的牵头单位，为每个单位生成一个文件（打包为一个 .zip 下载），单位只能填写自己牵头的任务。",
  done: (n: number, zip: string) =>
    `已为 ${n} 个单位生成文件，打包下载为“${zip}”；本工作簿记下了这次分发（隐藏的“分发信息”表），收回时用来核对。`,
  unassigned: (n: number) => `还有 ${n} 项任务没有牵头单位，留在本表中。`,
  nobody: "还没有任务分配给单位：请先在“责任单位（部门）”列为任务填上牵头单位（几个单位用“、”隔开，牵头在前）。",
  noSheet: "工作簿中还没有附件1：请先点“载入附件1”，分好工后再分发。",
  relayLocked: (sheet: string) =>
    `隐藏的“${sheet}”表设了密码保护（不是本加载项设的），没有分发：没有生成文件，工作簿没有改动。请先撤消它的保护（右键工作表标签 → 取消隐藏，再审阅 → 撤消工作表保护，输入密码；不知道密码请问设置的人），然后再分发。`,
  one: (lead: number, co: number) => `牵头 ${lead} 项${co ? `，协办 ${co} 项` : ""}`,
  download: "下载",
  files: "各单位的文件",
  unitFile: (unit: string, n: number) => `本单位（${unit}）${n} 项任务：`,
  section: "分发与收回",
  gatherNext: "收回：各单位交回文件后，点“收回各单位的文件”（或用命令行 fujian1 gather）。",
  gather: "收回各单位的文件",
  gatherHint: "选择各单位交回的文件（几个 .xlsx，或一个 .zip），先审阅，确认后才写入本表。",
  gatherPick: "选择各单位交回的文件",
  progress: "各单位进度",
  progressHint: "每个牵头单位：牵头任务数、文件何时收回、已填几项、几项可以提交（与 fujian1 check --by-unit 相同）。",
  gatherCancelled: "没有收回，工作表没有改动。",
};

const EN: typeof ZH = {
  handOut: "Hand out to units",
  handOutHint:
    "One file per lead unit (from the 责任单位（部门） column), downloaded together as one .zip; each unit can fill only the tasks it leads.",
  done: (n, zip) =>
    `Files for ${n} units, downloaded as "${zip}". This workbook noted the hand-out (hidden sheet 分发信息) to match the files when they come back.`,
  unassigned: (n) => `${n} tasks have no lead unit; they stay here.`,
  nobody:
    "No task is assigned to a unit yet: fill in the lead unit of each task in the 责任单位（部门） column (several units joined by 、, lead first).",
  noSheet: "The workbook has no Annex 1 yet: load it first, assign the tasks, then hand out.",
  relayLocked: (sheet) =>
    `The hidden ${sheet} sheet is protected with a password this add-in did not set, so nothing was handed out: no file was made and the workbook is unchanged. Remove its protection (right-click a sheet tab → Unhide, then Review → Unprotect Sheet, with its password; ask whoever set it), then hand out again.`,
  one: (lead, co) => `leads ${lead}${co ? `, co-unit in ${co}` : ""}`,
  download: "Download",
  files: "The units' files",
  unitFile: (unit, n) => `This unit's (${unit}) ${n} tasks: `,
  section: "Hand out and gather",
  gatherNext:
    "Gathering: when the units send their files back, use Gather the units' files (or the command line fujian1 gather).",
  gather: "Gather the units' files",
  gatherHint:
    "Pick the files the units sent back (several .xlsx, or one .zip); review them before anything is written here.",
  gatherPick: "Pick the units' files",
  progress: "Progress by unit",
  progressHint:
    "Per lead unit: tasks it leads, when its file was gathered, tasks filled, tasks ready (as fujian1 check --by-unit).",
  gatherCancelled: "Nothing gathered; the sheet was not changed.",
};

export const teamStrings = (lang: Lang): typeof ZH => (lang === "zh" ? ZH : EN);
