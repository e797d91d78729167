/**
 * A command's arguments through Node's util.parseArgs. parseArgs runs non-strict with tokens, and the tokens
 * are checked against the command's options here, so that every usage error gets a message in Chinese
 * naming the argument as typed (parseArgs' own errors are English).
 */
import { parseArgs, type ParseArgsConfig } from "util";
import type { CommandArgs, OptionDef } from "./command";
import { MSG } from "./messages";

/** The arguments, and the first usage error if any (a request for help is honoured even then). */
export interface ParseResult {
  args: CommandArgs;
  error?: string;
}

export function parseCommandArgs(argv: string[], options: Record<string, OptionDef>, takesFiles: boolean): ParseResult {
  const config: NonNullable<ParseArgsConfig["options"]> = {};
  for (const [name, o] of Object.entries(options))
    config[name] = o.short ? { type: o.type, short: o.short } : { type: o.type };
  const { values, positionals, tokens } = parseArgs({
    args: argv,
    options: config,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const args = { values: values as CommandArgs["values"], positionals };
  const error = (message: string): ParseResult => ({ args, error: message });
  for (const token of tokens) {
    if (token.kind === "positional") {
      if (!takesFiles) return error(MSG.unexpectedArgument(token.value));
      continue;
    }
    if (token.kind !== "option") continue;
    const spec = options[token.name];
    if (!spec) return error(MSG.unknownOption(token.rawName));
    if (spec.type === "boolean" && token.value !== undefined) return error(MSG.noValueWanted(token.rawName));
    if (spec.type === "string") {
      const v = token.value;
      // "--out --json": the value looks like an option; "--out=-x" is how to give such a value on purpose.
      if (v === undefined || v === "" || (!token.inlineValue && v.startsWith("-") && v !== "-"))
        return error(MSG.missingValue(token.rawName));
    }
  }
  return { args };
}
