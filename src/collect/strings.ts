/**
 * The collecting page's texts, zh-CN (default) and en-US. The words the command line uses (可以提交, 有 N 个问题,
 * 无法读取, its progress and totals, its duplicate messages) are the same here. Findings are described by
 * src/reading/describe-finding.ts, Word problems by src/word/problems.ts, file problems in Chinese by
 * src/xlsx/problems.ts (their English is below).
 */
import type { FileProblem, FileProblemKind } from "../xlsx/problems";
import { MAX_UNPACKED_BYTES } from "../ooxml/limits";
import { MAX_FILE_BYTES, MAX_ROWS } from "../xlsx/limits";
import { mb } from "../xlsx/problems";

export type Lang = "zh" | "en";

const zh = {
  title: "汇总各校的附件1",
  intro:
    "把各校交回的附件1（Excel 表格 .xlsx，或 Word 草稿 .docx）拖到下面，或选择文件、整个文件夹。每个文件都用与命令行 fujian1 相同的方法读取和检查。",
  offline: "文件只在这台电脑的浏览器里读取，不会上传，页面也不连接网络。",
  switchLang: "English",
  dropZone: "把文件或文件夹拖到这里",
  pickFiles: "选择文件…",
  pickFolder: "选择文件夹…",
  clear: "清空",
  progress: "正在检查 {done}/{total}：{file}",
  progressLabel: "检查进度",
  cancel: "取消",
  cancelled: "已取消：{count} 个文件没有检查。",
  resume: "继续检查这 {count} 个文件",
  total: "共 {n} 个文件：{ready} 个可以提交，{blocked} 个有问题，{unreadable} 个无法读取。",
  skippedFiles: "没有检查 {count} 个不像附件1的文件（临时文件、隐藏文件或其他类型）：{names}",
  results: "检查结果",
  filter: "筛选学校或文件名",
  statusFilter: "状态",
  allStatuses: "全部",
  colSchool: "学校",
  colFile: "文件",
  colStatus: "状态",
  colMeasures: "有举措的任务",
  colErrors: "问题",
  colWarnings: "提醒",
  sortBy: "按{column}排序",
  ready: "✔ 可以提交",
  blocked: "✘ 有 {n} 个问题",
  unreadable: "✘ 无法读取",
  waiting: "等待检查",
  checking: "正在检查…",
  notChecked: "未检查（已取消）",
  skipped: "已跳过",
  noRows: "没有符合筛选条件的文件。",
  openFindings: "{file} 的检查结果",
  noFindings: "没有需要处理的问题。",
  otherFormSheets: "工作簿中还有附件1表：{others}，未检查；检查的是填写内容最多的“{checked}”。多余的表请删除。",
  workerFailed: "检查这个文件时出错（{reason}），其他文件照常检查。请在 Excel 中打开后重新保存再试。",
  readFailed: "无法读取这个文件（{reason}）。",
  duplicatesTitle: "同一所学校会被计算两次",
  duplicatesStopped: "下面的文件会让同一所学校被计算两次，汇总表还不能下载：",
  sameFileTwice: "同一个文件出现了多次：",
  sameSchool: "单位“{school}”有 {n} 个文件：",
  mergeOutputInput: "上次合并生成的汇总文件：",
  modified: "修改于 {time}",
  keepLatest: "每所学校只保留修改时间最晚的文件（并跳过汇总文件）",
  duplicatesHint: "也可以点“清空”，去掉多余的文件后重新选择。",
  droppedOlder: "已跳过 {file}：同一单位有更新的文件 {newest}。",
  droppedMergeOutput: "已跳过 {file}：这是上次合并生成的汇总文件。",
  droppedSameFile: "已跳过 {file}：与 {kept} 是同一个文件。",
  charts: "图表",
  chartsLoading: "正在载入图表…",
  chartsFailed: "图表没能载入（{reason}）。表格和下载不受影响；请刷新页面再试。",
  chartMeasures: "各校有举措的任务数（共 {total} 项）",
  chartHeat: "各项任务有无举措（任务 × 学校）",
  chartCoverage: "每项任务有举措的学校数（共 {n} 所）",
  chartYears: "举措的完成时间（行数）",
  task: "任务",
  tasks: "项任务",
  colleges: "所学校",
  rows: "行举措",
  withMeasures: "有举措",
  notApplicable: "不涉及",
  noMeasure: "没有举措",
  noYear: "未写年份",
  savePng: "保存为 PNG：{title}",
  savePngShort: "保存为 PNG",
  download: "下载汇总表",
  downloading: "正在生成汇总表…",
  downloaded: "已生成 {file}：{files} 个文件的 {rows} 行举措（另有“图表”工作表）。",
  downloadFailed: "没能生成汇总表（{reason}）。没有下载任何文件；请再试一次。",
  downloadWaits: "检查完所有文件、处理好重复的文件后才能下载汇总表。",
  print: "打印报告",
  reportOf: "附件1 汇总报告（{date}）",
};

type Texts = typeof zh;

const en: Texts = {
  title: "Collect the colleges' Annex 1 files",
  intro:
    "Drop the Annex 1 files the colleges sent back (Excel workbooks .xlsx, or Word drafts .docx) below, or pick files or a whole folder. Each file is read and checked exactly as the fujian1 command line does.",
  offline: "Files are read in this computer's browser only: nothing is uploaded, and the page uses no network.",
  switchLang: "中文",
  dropZone: "Drop files or folders here",
  pickFiles: "Pick files…",
  pickFolder: "Pick a folder…",
  clear: "Clear",
  progress: "Checking {done}/{total}: {file}",
  progressLabel: "Progress",
  cancel: "Cancel",
  cancelled: "Cancelled: {count} files were not checked.",
  resume: "Check these {count} files",
  total: "{n} files: {ready} ready to submit, {blocked} with problems, {unreadable} unreadable.",
  skippedFiles:
    "{count} files that do not look like Annex 1 were not checked (temporary, hidden or other types): {names}",
  results: "Results",
  filter: "Filter by college or file name",
  statusFilter: "Status",
  allStatuses: "All",
  colSchool: "College",
  colFile: "File",
  colStatus: "Status",
  colMeasures: "Tasks with measures",
  colErrors: "Problems",
  colWarnings: "Reminders",
  sortBy: "Sort by {column}",
  ready: "✔ Ready to submit",
  blocked: "✘ {n} problems",
  unreadable: "✘ Unreadable",
  waiting: "Waiting",
  checking: "Checking…",
  notChecked: "Not checked (cancelled)",
  skipped: "Skipped",
  noRows: "No file matches the filter.",
  openFindings: "Findings of {file}",
  noFindings: "Nothing left to fix.",
  otherFormSheets:
    "The workbook holds Annex 1 on other sheets too: {others}, not checked; the most filled one, “{checked}”, was. Delete the extra sheets.",
  workerFailed:
    "Checking this file failed ({reason}); the other files are checked as usual. Open it in Excel, save it again and retry.",
  readFailed: "This file could not be read ({reason}).",
  duplicatesTitle: "A college would be counted twice",
  duplicatesStopped: "These files would count a college twice, so the summary workbook cannot be downloaded yet:",
  sameFileTwice: "One file given more than once: ",
  sameSchool: "“{school}” has {n} files: ",
  mergeOutputInput: "A summary an earlier merge wrote: ",
  modified: "modified {time}",
  keepLatest: "Keep each college's most recently modified file (and skip summaries)",
  duplicatesHint: "Or Clear, and pick the files again without the extra ones.",
  droppedOlder: "Skipped {file}: the same college has a newer file, {newest}.",
  droppedMergeOutput: "Skipped {file}: it is a summary an earlier merge wrote.",
  droppedSameFile: "Skipped {file}: it is the same file as {kept}.",
  charts: "Charts",
  chartsLoading: "Loading the charts…",
  chartsFailed:
    "The charts could not be loaded ({reason}). The table and the download still work; reload the page to retry.",
  chartMeasures: "Tasks with measures per college (of {total})",
  chartHeat: "Measures per task and college",
  chartCoverage: "Colleges with measures, per task (of {n})",
  chartYears: "Completion years of the measures (rows)",
  task: "Task",
  tasks: "tasks",
  colleges: "colleges",
  rows: "measure rows",
  withMeasures: "Has measures",
  notApplicable: "Not applicable",
  noMeasure: "No measure",
  noYear: "No year",
  savePng: "Save as PNG: {title}",
  savePngShort: "Save as PNG",
  download: "Download the summary workbook",
  downloading: "Writing the summary workbook…",
  downloaded: "Wrote {file}: {rows} measure rows from {files} files (and a 图表 sheet with the charts).",
  downloadFailed: "The summary workbook could not be written ({reason}). Nothing was downloaded; try again.",
  downloadWaits: "The summary workbook can be downloaded once every file is checked and duplicates are resolved.",
  print: "Print the report",
  reportOf: "Annex 1 summary report ({date})",
};

export type TextKey = keyof Texts;
const TABLES: Record<Lang, Texts> = { zh, en };

export function tr(lang: Lang, key: TextKey, params: Record<string, string | number> = {}): string {
  return TABLES[lang][key].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
}

type Params = Record<string, string>;

/** English for src/xlsx/problems.ts's messages (one per kind: a new kind fails the type check until it has one). */
const FILE_PROBLEMS_EN: Record<FileProblemKind, (p: Params) => string> = {
  "not-found": () => "This file was not found.",
  "io-error": (p) => `This file could not be read (${p.reason}).`,
  folder: () => "This is a folder, not a file.",
  "not-a-file": (p) => `This is not an ordinary file but ${p.what}; it is not read.`,
  empty: () => "The file is empty (0 bytes); it may have been damaged when it was saved or copied.",
  "too-large": (p) =>
    `The file is too large (${p.size}), above the limit of ${mb(MAX_FILE_BYTES)}. Annex 1 files are usually under 1 MB: is it the right file?`,
  "legacy-xls": (p) =>
    p.ext === ".et"
      ? "This is a WPS spreadsheet (.et). Open it in WPS, File → Save As, type “Microsoft Excel (*.xlsx)”, and send that."
      : "This is an old Excel 97-2003 (.xls) or WPS (.et) file. Open it in Excel or WPS and save it as an Excel workbook (*.xlsx).",
  ods: () =>
    "This is an OpenDocument spreadsheet (.ods). Open it, File → Save As, type Excel 2007-365 (.xlsx), and send that.",
  xlsb: () =>
    "This is an Excel binary workbook (.xlsb). Open it in Excel, File → Save As, type Excel Workbook (*.xlsx).",
  encrypted: () =>
    "The file has an opening password (encrypted) and cannot be read. Open it in Excel, remove the password (File → Info → Protect Workbook → Encrypt with Password, clear it; WPS: File → Document Encryption) and save it again.",
  pdf: () => "This is a PDF (perhaps a stamped scan), not an Excel workbook. Ask for the Annex 1 .xlsx file as well.",
  text: () =>
    "This is a text file (such as CSV), not an Excel workbook; the table's format is lost. Ask for the Annex 1 .xlsx file.",
  "not-zip": () => "Unknown file format: not an Excel workbook (.xlsx). The file may be damaged or renamed.",
  truncated: () =>
    "The file is incomplete (a download or copy was cut short) and cannot be opened. Get the file again.",
  "zip-bomb": (p) =>
    `Unpacked, the file ${p.reason === "entries" ? "holds too many entries" : `is larger than ${mb(MAX_UNPACKED_BYTES)}`}: not like an Annex 1 file, so it was not read.`,
  word: () =>
    "This is a Word document (.docx), not an Excel workbook. Fill in the Annex 1 workbook (.xlsx) and send that.",
  "not-xlsx": () => "This is a zip archive, but not an Excel workbook (.xlsx).",
  corrupt: (p) =>
    `The file is damaged and cannot be opened${p.reason ? ` (${p.reason})` : ""}. Open it in Excel and save it again.`,
  "no-form": (p) =>
    `Annex 1 is not in this workbook: no sheet has the header “序号、主要任务……完成时间”. Its sheets: ${p.sheets || "(none)"}.`,
  "missing-columns": (p) =>
    `Sheet “${p.sheet}” looks like Annex 1 but lacks the headers of these columns: ${p.missing}. Restore them (with the original header text).`,
  "out-of-memory": (p) =>
    `The file is too complex: reading it needed more than ${p.mb} MB of memory, so it was skipped. Delete extra sheets and formatting in Excel and save it again.`,
  uncalculated: (p) =>
    `Sheet “${p.sheet}” has ${p.count} formulas that were never calculated (${p.cells}): the file holds the formulas but not their results, so what those cells show is unknown. Such files are usually written by programs (Python's openpyxl, say). Open it in Excel or WPS, save it once (which calculates every formula), and send it again.`,
  "merged-over-form": (p) =>
    `The table on sheet “${p.sheet}” is covered by one merged cell (${p.range}): Excel shows only the top-left cell of a merged area, so the headers and tasks are hidden. In Excel or WPS select the area, unmerge it (Home → Merge & Center), check the contents are still there, and save again.`,
  "merge-output": () => "This is a summary workbook written by fujian1 merge (or this page), not a college's Annex 1.",
  "too-many-rows": (p) =>
    `Sheet “${p.sheet}” has content beyond row ${MAX_ROWS}: not like an Annex 1 (about 60 rows), so it was not read.`,
};

/** A file problem's message: the command line's Chinese, or its English. */
export function fileProblemMessage(p: FileProblem, lang: Lang): string {
  return lang === "zh" ? p.message : FILE_PROBLEMS_EN[p.kind](p.params);
}
