/**
 * The commands of `fujian1`, each with its options (util.parseArgs specs plus a help line) and help text.
 * To add a command: write its run function in its own file and add an entry here.
 * To add an option: add it to the command's `options`; it is parsed and listed in --help from there.
 */
import { FUJIAN1, SAMPLE_DRAFT } from "../form";
import { runCheck } from "./check";
import { flag, text, type CommandDef } from "./command";
import { runMerge } from "./merge";
import { MSG } from "./messages";
import { runTemplate } from "./template";

const DEFAULT_TEMPLATE = "附件1.xlsx";

export const COMMANDS: Record<string, CommandDef> = {
  template: {
    summary: "生成附件1的 Excel 文件（.xlsx），带下拉列表、未填写提示和工作表保护",
    usage: "fujian1 template [--sample] [--out 文件名.xlsx]",
    description: "生成附件1（54 项任务）的 .xlsx 文件。",
    takesFiles: false,
    options: {
      sample: { type: "boolean", help: "填入示例内容（锦州师范高等专科学校的草稿）" },
      out: { type: "string", short: "o", value: "文件", help: `输出文件（默认：${DEFAULT_TEMPLATE}）` },
    },
    run: (args, io) =>
      runTemplate(FUJIAN1, flag(args, "sample") ? SAMPLE_DRAFT : undefined, text(args, "out") ?? DEFAULT_TEMPLATE, io),
  },
  check: {
    summary: "检查一个或多个已填写的附件1文件是否可以提交",
    usage: "fujian1 check 文件... [--json] [--quiet]",
    description: "检查已填写的附件1：每个文件一行结论，随后列出问题（任务序号、单元格、说明）。",
    takesFiles: true,
    options: {
      json: { type: "boolean", help: "以 JSON 输出（{ files: [...] }）" },
      quiet: { type: "boolean", short: "q", help: "只显示每个文件的结论" },
    },
    notes: "退出码：0 全部可以提交；1 有文件存在需要修改的问题；2 有文件无法读取（优先于 1）或用法错误。",
    run: (args, io) =>
      runCheck(FUJIAN1, args.positionals, { json: flag(args, "json"), quiet: flag(args, "quiet") }, io),
  },
  merge: {
    summary: "把多个学校的附件1合并为一个汇总工作簿",
    usage: "fujian1 merge 文件... --out 汇总.xlsx",
    description:
      "把多个学校的附件1合并为一个工作簿：“汇总”表按任务列出各校的举措，“完成情况”表列出各校的完成度。\n" +
      "无法读取的文件列在“完成情况”中，不影响其他文件的合并。",
    takesFiles: true,
    options: {
      out: { type: "string", short: "o", value: "文件", help: "输出文件（必填）" },
    },
    notes: "退出码：0 已合并全部文件；2 有文件无法读取（汇总仍会生成）或用法错误。",
    run: (args, io) => {
      const out = text(args, "out");
      if (!out) return Promise.resolve(usageError(io, "merge", MSG.outRequired));
      return runMerge(FUJIAN1, args.positionals, out, io);
    },
  },
};

/** Prints a usage error with the pointer to the command's help; exit code 2. */
export function usageError(io: { err(text: string): void }, command: string, message: string): number {
  io.err(`${message}\n${MSG.seeHelp(command)}\n`);
  return 2;
}
