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
    usage: "fujian1 check 文件... [--json] [--quiet] [--by-unit] [--units 单位.txt]",
    description:
      "检查已填写的附件1（.xlsx，或 Word 草稿 .docx）：每个文件一行结论，随后列出问题（任务序号、单元格或表格行、说明）。\n" +
      "分发给单位的文件（fujian1 split 生成）只检查该单位牵头的任务。",
    takesFiles: true,
    options: {
      json: { type: "boolean", help: "以 JSON 输出（{ files: [...] }）" },
      quiet: { type: "boolean", short: "q", help: "只显示每个文件的结论" },
      "by-unit": {
        type: "boolean",
        help: "汇总表：另按单位列出进度（牵头任务数、文件何时收回、已填、可提交）",
      },
      units: {
        type: "string",
        value: "文件",
        help: "Word 草稿（.docx）的责任单位按这份名单核对：文本文件，每行一个单位（Word 文件本身不带名单）",
      },
    },
    notes: "退出码：0 全部可以提交；1 有文件存在需要修改的问题；2 有文件无法读取（优先于 1）或用法错误。",
    run: (args, io) =>
      runCheck(
        FUJIAN1,
        args.positionals,
        {
          json: flag(args, "json"),
          quiet: flag(args, "quiet"),
          debug: flag(args, "debug"),
          byUnit: flag(args, "by-unit"),
          units: text(args, "units"),
        },
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
  split: {
    summary: "把分好工的附件1分发给各单位：每个牵头单位一个文件",
    usage: "fujian1 split 汇总表.xlsx --out 文件夹 [--by 分发人] [--force]",
    description:
      "按“责任单位（部门）”列的牵头单位（第一个单位），为每个单位生成 文件夹/附件1-<单位>.xlsx：\n" +
      "整张表都在，只有本单位牵头的任务可以填写，协办的任务只读并标明“协办”，其余任务锁定并变灰。\n" +
      "汇总表中会记下这次分发（隐藏的“分发信息”表），收回时用来核对；表中其他内容不变。",
    takesFiles: true,
    options: {
      out: { type: "string", short: "o", value: "文件夹", help: "放单位文件的文件夹（必填；没有时新建）" },
      by: { type: "string", value: "分发人", help: "写在单位文件表头的分发人（默认：汇总表的“单位（公章）”）" },
      force: { type: "boolean", short: "f", help: "文件夹中已有同名文件时替换它们" },
    },
    notes: "退出码：0 已分发；1 还没有任务分配给单位；2 无法读取或写入，或用法错误。",
    run: (args, io) => {
      const out = text(args, "out");
      if (!out) return Promise.resolve(usageError(io, "split", MSG.outDirRequired));
      if (args.positionals.length > 1)
        return Promise.resolve(usageError(io, "split", MSG.unexpectedArgument(args.positionals[1])));
      return import("./split").then((m) =>
        m.runSplit(FUJIAN1, args.positionals[0], { out, by: text(args, "by"), force: flag(args, "force") }, io),
      );
    },
  },
  gather: {
    summary: "收回各单位填好的文件，合入汇总表（写成新文件）",
    usage: "fujian1 gather 汇总表.xlsx 单位文件... --out 新汇总表.xlsx [--take file|master] [--force]",
    description:
      "把 fujian1 split 分发出去、各单位填好的文件合入汇总表，写成 --out 指定的新文件（原汇总表和单位文件都不改动）。\n" +
      "只收取每个单位牵头任务中新填和改动的内容；汇总表和单位都改了的任务列为冲突；单位写在别的任务中的内容列出但不收取；\n" +
      "来自别的汇总表或较早分发的文件、不是单位文件的文件、损坏的文件不收取，并说明原因。新文件有“收回记录”表，每个文件一行。",
    takesFiles: true,
    options: {
      out: { type: "string", short: "o", value: "文件", help: "输出文件（必填；不能是输入文件之一）" },
      take: {
        type: "string",
        value: "file|master",
        help: "冲突时采用单位文件的版本（file）或保留汇总表的版本（master）",
      },
      force: { type: "boolean", short: "f", help: "输出文件已存在时替换它" },
    },
    notes: "退出码：0 全部收取；1 还有冲突或越权写入，或有文件未收取；2 有文件无法读取、无法写入输出，或用法错误。",
    run: (args, io) => {
      const out = text(args, "out");
      if (!out) return Promise.resolve(usageError(io, "gather", MSG.outRequired));
      const take = text(args, "take");
      if (take !== undefined && take !== "file" && take !== "master")
        return Promise.resolve(usageError(io, "gather", MSG.badTake(take)));
      const [master, ...files] = args.positionals;
      if (!files.length) return Promise.resolve(usageError(io, "gather", MSG.gatherNoFiles));
      return import("./gather").then((m) =>
        m.runGather(FUJIAN1, master, files, { out, take, force: flag(args, "force") }, io),
      );
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
    usage:
      "fujian1 import 草稿.docx [--out 文件.xlsx] [--into 已填的文件.xlsx [--take draft]] [--units 单位.txt] [--add-units] [--force]",
    description:
      "读取 Word 或 WPS 起草的附件1表格，按序号和任务内容对应到 54 项任务，写成标准的 .xlsx（省定原文以省里的为准）。\n" +
      "原文与省里不同的单元格逐一列出（只差空格、换行的直接恢复，合计一行）；有不属于任何任务的行时不写文件。\n" +
      "不在名单上的单位只列出，不加入名单（除非加 --add-units）。\n" +
      "修改后的草稿再次导入：--into 已填的文件 --out 新文件，默认只填入文件中还空着的任务，并列出不同之处。",
    takesFiles: true,
    options: {
      out: {
        type: "string",
        short: "o",
        value: "文件",
        help: "输出文件（默认：与输入同名的 .xlsx；在已填的文件上导入时必填）",
      },
      into: { type: "string", value: "文件", help: "已填写的附件1（.xlsx）：在它的内容上导入草稿，原文件不变" },
      take: { type: "string", value: "draft", help: "与 --into 一起用：草稿与文件不同的任务一律取草稿中的版本" },
      units: { type: "string", value: "文件", help: "名单用本校的单位：文本文件，每行一个单位" },
      "add-units": { type: "boolean", help: "把草稿中不在名单上的单位加入名单" },
      force: { type: "boolean", short: "f", help: "输出文件已存在时覆盖它" },
    },
    notes: "退出码：0 已导入；1 草稿中有不属于任何任务的行（未写入）；2 无法读取或写入、输出文件已存在，或用法错误。",
    run: (args, io) => {
      if (args.positionals.length > 1)
        return Promise.resolve(usageError(io, "import", MSG.unexpectedArgument(args.positionals[1])));
      const options = {
        out: text(args, "out"),
        force: flag(args, "force"),
        into: text(args, "into"),
        take: text(args, "take"),
        units: text(args, "units"),
        addUnits: flag(args, "add-units"),
      };
      return import("./import").then((m) => m.runImport(FUJIAN1, args.positionals[0], options, io));
    },
  },
};

/** Prints a usage error with the pointer to the command's help; exit code 2. */
export function usageError(io: { err(text: string): void }, command: string, message: string): number {
  io.err(`${message}\n${MSG.seeHelp(command)}\n`);
  return 2;
}
