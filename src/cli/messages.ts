/** Every message the command line prints (zh-CN). Findings are described by src/reading/describe-finding.ts. */
import { GATHER_MSG, RELAY_MSG } from "./relay-messages";

export const MSG = {
  ...RELAY_MSG,
  ...GATHER_MSG,
  unknownCommand: (name: string, known: string[]) => `未知的命令“${name}”。可用的命令：${known.join("、")}。`,
  noCommand: "请指定命令。",
  unknownOption: (name: string) => `未知的选项“${name}”。`,
  missingValue: (name: string) => `选项“${name}”后面需要一个值。`,
  noValueWanted: (name: string) => `选项“${name}”不带值。`,
  unexpectedArgument: (arg: string) => `多余的参数“${arg}”。`,
  noFiles: "请指定要处理的文件。",
  outRequired: "请用 --out 指定输出文件，例如 --out 汇总.xlsx。",
  outIsInput: (file: string) => `输出文件“${file}”也是输入文件之一，为免覆盖，请换一个文件名。`,
  outExists: (file: string) => `“${file}”已经存在，没有覆盖它。请换一个文件名，或确认要替换时加 --force。`,
  outIsFolder: (file: string, example: string) =>
    `“${file}”是一个文件夹，不能作为输出文件（加 --force 也不会替换文件夹）。请在 --out 写上文件名，例如 --out ${example}。`,
  outExtension: (file: string, ext: string, suggestion: string) =>
    `输出文件“${file}”的扩展名不是 ${ext}：写出的是 ${ext === ".docx" ? "Word 文档" : "Excel 工作簿"}（${ext}），用别的扩展名会让人打不开或误认格式。没有写入文件；请改为 --out ${suggestion}。`,
  writeFailed: (file: string, reason: string) => `无法写入“${file}”：${reason}`,
  seeHelp: (command: string) => `用 fujian1 ${command} --help 查看用法。`,

  ready: "✔ 可以提交",
  blocked: (n: number) => `✘ 有 ${n} 个问题`,
  unreadable: "✘ 无法读取",
  measures: (done: number, total: number) => `有举措 ${done}/${total}`,
  notApplicable: (n: number) => `不涉及 ${n}`,
  warnings: (n: number) => `另有 ${n} 条提醒`,
  severity: { error: "[问题]", warning: "[提醒]", info: "[说明]" } as Record<"error" | "warning" | "info", string>,
  progress: (i: number, n: number, file: string) => `正在检查 ${i}/${n}：${file}`,
  total: (n: number, ready: number, blocked: number, unreadable: number) =>
    `共 ${n} 个文件：${ready} 个可以提交，${blocked} 个有问题，${unreadable} 个无法读取。`,

  templateWritten: (file: string, tasks: number, sample: boolean) =>
    `已生成 ${file}（${tasks} 项任务，${sample ? "含示例内容" : "空白表"}）。`,
  templateFreeName: (usual: string) => `（${usual} 已经存在，没有动它；新文件用了上面的名字。）`,
  templateUnits: (n: number) => `责任单位下拉列表：${n} 个单位（来自 --units）。`,
  unitsFileProblems: (file: string) => `单位名单“${file}”有问题，没有生成文件：`,
  unitsNotUtf8: "文件不是 UTF-8 编码。请用记事本“另存为”，编码选 UTF-8 后重试。",
  unitsEmpty: "文件中没有单位名称。请每行写一个单位。",
  /** `separator` in words or quoted (separatorWords): 空格, “、”. */
  unitsSeparator: (line: number, name: string, separator: string) =>
    `第 ${line} 行“${name}”含有${separator}：每行只写一个单位。几个单位共同负责时，在表中填写时再用“、”连接。`,
  unitsDuplicate: (line: number, name: string, first: number) =>
    `第 ${line} 行“${name}”与第 ${first} 行重复，请删去一行。`,
  merged: (file: string, files: number, rows: number) => `已把 ${files} 个文件的 ${rows} 行举措合并到 ${file}。`,
  mergeSkipped: (n: number) => `有 ${n} 个文件无法读取，已列在“完成情况”表中：`,
  duplicatesStopped: "没有合并，也没有写入任何文件：下面的输入会让同一所学校被计算两次。",
  sameFileTwice: "同一个文件出现了多次：",
  sameSchool: (school: string, n: number) => `单位“${school}”有 ${n} 个文件：`,
  mergeOutputInput: "上次合并生成的汇总文件：",
  modified: "修改于",
  duplicatesHint: "请去掉多余的文件后重试；或加 --latest，每所学校只合并修改时间最晚的文件（并跳过汇总文件）。",
  droppedOlder: (file: string, newest: string) => `已跳过 ${file}：同一单位有更新的文件 ${newest}。`,
  droppedMergeOutput: (file: string) => `已跳过 ${file}：这是上次合并生成的汇总文件。`,
  otherFormSheets: (checked: string, others: string[]) =>
    `工作簿中还有附件1表：${others.map((o) => `“${o}”`).join("、")}，未检查；检查的是填写内容最多的“${checked}”。多余的表请删除。`,
  debug: "[调试]",
  internalError: "fujian1 出了内部错误，已停止。加 --debug 可看到详细信息，请把它发给维护者。",
};
