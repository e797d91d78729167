/** Every message the command line prints (zh-CN). Findings are described by src/reading/describe-finding.ts. */

export const MSG = {
  unknownCommand: (name: string, known: string[]) => `未知的命令“${name}”。可用的命令：${known.join("、")}。`,
  noCommand: "请指定命令。",
  unknownOption: (name: string) => `未知的选项“${name}”。`,
  missingValue: (name: string) => `选项“${name}”后面需要一个值。`,
  noValueWanted: (name: string) => `选项“${name}”不带值。`,
  unexpectedArgument: (arg: string) => `多余的参数“${arg}”。`,
  noFiles: "请指定要处理的文件。",
  outRequired: "请用 --out 指定输出文件，例如 --out 汇总.xlsx。",
  outIsInput: (file: string) => `输出文件“${file}”也是输入文件之一，为免覆盖，请换一个文件名。`,
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
  merged: (file: string, files: number, rows: number) => `已把 ${files} 个文件的 ${rows} 行举措合并到 ${file}。`,
  mergeSkipped: (n: number) => `有 ${n} 个文件无法读取，已列在“完成情况”表中：`,
};
