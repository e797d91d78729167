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
  one: (lead: number, co: number) => `牵头 ${lead} 项${co ? `，协办 ${co} 项` : ""}`,
  download: "下载",
  files: "各单位的文件",
  unitFile: (unit: string, n: number) => `本单位（${unit}）${n} 项任务：`,
  gatherOnCli: "收回：各单位交回后，用命令行 fujian1 gather 合入（见说明文档）；任务窗格中的收回尚未提供。",
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
  one: (lead, co) => `leads ${lead}${co ? `, co-unit in ${co}` : ""}`,
  download: "Download",
  files: "The units' files",
  unitFile: (unit, n) => `This unit's (${unit}) ${n} tasks: `,
  gatherOnCli:
    "Gathering: when the units send their files back, merge them with the command line fujian1 gather (see the README); the pane cannot gather yet.",
};

export const teamStrings = (lang: Lang): typeof ZH => (lang === "zh" ? ZH : EN);
