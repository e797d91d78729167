/** Every message the command line prints (zh-CN). Findings are described by src/reading/describe-finding.ts. */

export const HELP = {
  main: `用法：fujian1 <命令> [选项]

命令：
  template   生成附件1的 Excel 文件（.xlsx），带下拉列表、未填写提示和工作表保护
  check      检查一个或多个已填写的附件1文件是否可以提交
  merge      把多个学校的附件1合并为一个汇总工作簿

每个命令的说明：fujian1 <命令> --help`,
  template: `用法：fujian1 template [--sample] [--out 文件名.xlsx]

生成附件1（54 项任务）的 .xlsx 文件。

选项：
  --sample        填入示例内容（锦州师范高等专科学校的草稿）
  -o, --out 文件  输出文件（默认：附件1.xlsx）
  -h, --help      显示本说明`,
  check: `用法：fujian1 check 文件... [--json] [--quiet]

检查已填写的附件1：每个文件一行结论，随后列出问题（任务序号、单元格、说明）。

选项：
  --json          以 JSON 输出（{ files: [...] }）
  -q, --quiet     只显示每个文件的结论
  -h, --help      显示本说明

退出码：0 全部可以提交；1 有文件存在需要修改的问题；2 有文件无法读取（优先于 1）或用法错误。`,
  merge: `用法：fujian1 merge 文件... --out 汇总.xlsx

把多个学校的附件1合并为一个工作簿：“汇总”表按任务列出各校的举措，“完成情况”表列出各校的完成度。
无法读取的文件列在“完成情况”中，不影响其他文件的合并。

选项：
  -o, --out 文件  输出文件（必填）
  -h, --help      显示本说明

退出码：0 已合并全部文件；2 有文件无法读取（汇总仍会生成）或用法错误。`,
};

export const MSG = {
  unknownCommand: (name: string) => `未知的命令“${name}”。可用的命令：template、check、merge。`,
  noCommand: "请指定命令。",
  unknownOption: (name: string) => `未知的选项“${name}”。`,
  missingValue: (name: string) => `选项“${name}”后面需要一个值。`,
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
