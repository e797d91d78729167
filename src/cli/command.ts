/**
 * What a command is: its options (as util.parseArgs takes them, plus a help line each), its help text and
 * what it runs. The commands are listed in ./commands.ts; adding a command or an option is a local edit there.
 */
import type { CliIo } from "./io";

export interface OptionDef {
  type: "boolean" | "string";
  short?: string;
  /** The value's placeholder in the help, e.g. "文件" (string options). */
  value?: string;
  /** One line of help (zh-CN). */
  help: string;
}

export interface CommandArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

export interface CommandDef {
  /** One line for `fujian1 --help`. */
  summary: string;
  /** The usage line after "用法：", e.g. "fujian1 check 文件... [--json]". */
  usage: string;
  /** What the command does (one or a few lines). */
  description: string;
  /** Whether the command takes file arguments. */
  takesFiles: boolean;
  options: Record<string, OptionDef>;
  /** Lines after the options (exit codes, examples). */
  notes?: string;
  run(args: CommandArgs, io: CliIo): Promise<number>;
}

/** The options every command has. */
export const COMMON_OPTIONS: Record<string, OptionDef> = {
  debug: { type: "boolean", help: "出错时另外显示内部的详细信息（英文，供维护者）" },
  help: { type: "boolean", short: "h", help: "显示本说明" },
};

export const flag = (args: CommandArgs, name: string): boolean => args.values[name] === true;
export const text = (args: CommandArgs, name: string): string | undefined => {
  const v = args.values[name];
  return typeof v === "string" ? v : undefined;
};
