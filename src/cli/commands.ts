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
import { DEFAULT_TEMPLATE, runTemplate } from "./template";

export const COMMANDS: Record<string, CommandDef> = {
  template: {
    summary: "生成附件1的 Excel 文件（.xlsx），带下拉列表、未填写提示和工作表保护",
    usage: "fujian1 template [--sample] [--units 单位.txt] [--school 学校名称] [--out 文件名.xlsx] [--force]",
    description:
      "生成附件1（54 项任务）的 .xlsx 文件。不会覆盖已有的文件（除非加 --force）。\n" +
      "学校办公室可用 --units 和 --school 生成本校的空白表，发给各部门填写。",
    takesFiles: false,
    options: {
      sample: { type: "boolean", help: "填入示例内容（锦州师范高等专科学校的草稿）" },
      units: {
        type: "string",
        value: "文件",
        help: "责任单位下拉列表用本校的单位：文本文件，每行一个单位（UTF-8；不能含“、”“；”，不能重复）",
      },
      school: { type: "string", value: "学校名称", help: "填入表头的“单位（公章）”" },
      out: {
        type: "string",
        short: "o",
        value: "文件",
        help: `输出文件（默认：${DEFAULT_TEMPLATE}；已存在时用 附件1 (2).xlsx 等新名字）`,
      },
      force: { type: "boolean", short: "f", help: "--out 指定的文件已存在时替换它" },
    },
    run: (args, io) =>
      runTemplate(
        FUJIAN1,
        flag(args, "sample") ? SAMPLE_DRAFT : undefined,
        {
          out: text(args, "out"),
          force: flag(args, "force"),
          units: text(args, "units"),
          school: text(args, "school"),
        },
        io,
      ),
  },
  check: {
    summary: "检查一个或多个已填写的附件1文件是否可以提交",
    usage: "fujian1 check 文件... [--json] [--quiet]",
    description:
      "检查已填写的附件1（.xlsx，或 Word 草稿 .docx）：每个文件一行结论，随后列出问题（任务序号、单元格或表格行、说明）。",
    takesFiles: true,
    options: {
      json: { type: "boolean", help: "以 JSON 输出（{ files: [...] }）" },
      quiet: { type: "boolean", short: "q", help: "只显示每个文件的结论" },
    },
    notes: "退出码：0 全部可以提交；1 有文件存在需要修改的问题；2 有文件无法读取（优先于 1）或用法错误。",
    run: (args, io) =>
      runCheck(
        FUJIAN1,
        args.positionals,
        { json: flag(args, "json"), quiet: flag(args, "quiet"), debug: flag(args, "debug") },
        io,
      ),
  },
  merge: {
    summary: "把多个学校的附件1合并为一个汇总工作簿",
    usage: "fujian1 merge 文件... --out 汇总.xlsx [--latest] [--force]",
    description:
      "把多个学校的附件1合并为一个工作簿：“汇总”表按任务列出各校的举措（注明学校和文件），“完成情况”表列出各校的完成度。\n" +
      "无法读取的文件列在“完成情况”中，不影响其他文件的合并。\n" +
      "同一文件出现两次、同一单位有两个文件、或输入中有上次的汇总文件时，不合并、不写文件（除非加 --latest）。",
    takesFiles: true,
    options: {
      out: { type: "string", short: "o", value: "文件", help: "输出文件（必填；不能是输入文件之一）" },
      latest: { type: "boolean", help: "同一单位有多个文件时只合并修改时间最晚的一个，并跳过汇总文件" },
      force: { type: "boolean", short: "f", help: "输出文件已存在时替换它" },
    },
    notes: "退出码：0 已合并全部文件；2 有文件无法读取（汇总仍会生成）、输入有重复（不生成）或用法错误。",
    run: (args, io) => {
      const out = text(args, "out");
      if (!out) return Promise.resolve(usageError(io, "merge", MSG.outRequired));
      return runMerge(FUJIAN1, args.positionals, { out, force: flag(args, "force"), latest: flag(args, "latest") }, io);
    },
  },
  export: {
    summary: "把填好的附件1（.xlsx）导出为省里下发的 Word 表格（.docx）",
    usage: "fujian1 export 文件.xlsx [--out 文件.docx] [--force]",
    description:
      "把附件1导出为 Word 表格：A4 横向，标题、单位（公章）/联系人/联系电话，两行表头每页重复，\n" +
      "主要任务按类合并，举措排在各自任务下，不涉及的任务写明原因；宋体/仿宋，正文五号。",
    takesFiles: true,
    options: {
      out: { type: "string", short: "o", value: "文件", help: "输出文件（默认：与输入同名的 .docx）" },
      force: { type: "boolean", short: "f", help: "输出文件已存在时覆盖它" },
    },
    notes: "退出码：0 已导出；1 表中有不属于任何任务的行（未导出）；2 无法读取或写入、输出文件已存在，或用法错误。",
    run: (args, io) => {
      if (args.positionals.length > 1)
        return Promise.resolve(usageError(io, "export", MSG.unexpectedArgument(args.positionals[1])));
      // Loaded on first use, with the docx package: other commands start without it.
      return import("./export").then((m) =>
        m.runExport(FUJIAN1, args.positionals[0], text(args, "out"), io, flag(args, "force")),
      );
    },
  },
  import: {
    summary: "把 Word 草稿（.docx）中的附件1导入为 Excel 文件（.xlsx）",
    usage: "fujian1 import 草稿.docx [--out 文件.xlsx] [--force]",
    description:
      "读取 Word 或 WPS 起草的附件1表格，按序号和任务内容对应到 54 项任务，写成标准的 .xlsx（省定原文以省里的为准）。\n" +
      "原文与省里不同的任务逐项列出；有不属于任何任务的行时不写文件；文档中没有附件1表格时给出说明。",
    takesFiles: true,
    options: {
      out: { type: "string", short: "o", value: "文件", help: "输出文件（默认：与输入同名的 .xlsx）" },
      force: { type: "boolean", short: "f", help: "输出文件已存在时覆盖它" },
    },
    notes: "退出码：0 已导入；1 草稿中有不属于任何任务的行（未写入）；2 无法读取或写入、输出文件已存在，或用法错误。",
    run: (args, io) => {
      if (args.positionals.length > 1)
        return Promise.resolve(usageError(io, "import", MSG.unexpectedArgument(args.positionals[1])));
      const options = { out: text(args, "out"), force: flag(args, "force") };
      return import("./import").then((m) => m.runImport(FUJIAN1, args.positionals[0], options, io));
    },
  },
};

/** Prints a usage error with the pointer to the command's help; exit code 2. */
export function usageError(io: { err(text: string): void }, command: string, message: string): number {
  io.err(`${message}\n${MSG.seeHelp(command)}\n`);
  return 2;
}
