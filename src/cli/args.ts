/** A small option parser: flags, options with a value (--out F, --out=F, -o F), positionals, "--". */
import { MSG } from "./messages";

export interface OptionSpec {
  /** Long names of flags without value, e.g. "json". */
  flags: string[];
  /** Long names of options taking a value, e.g. "out". */
  values: string[];
  /** Short aliases, e.g. { o: "out", q: "quiet" }. */
  short?: Record<string, string>;
}

export interface ParsedArgs {
  positionals: string[];
  flags: Set<string>;
  values: Record<string, string>;
}

export type ParseResult = { ok: true; args: ParsedArgs } | { ok: false; error: string };

export function parseArgs(argv: string[], spec: OptionSpec): ParseResult {
  const args: ParsedArgs = { positionals: [], flags: new Set(), values: {} };
  const flags = new Set([...spec.flags, "help"]);
  const short: Record<string, string> = { h: "help", ...(spec.short ?? {}) };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      args.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      args.positionals.push(arg);
      continue;
    }
    const long = arg.startsWith("--");
    const [rawName, inline] = long
      ? [arg.slice(2).split("=")[0], arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : undefined]
      : [arg.slice(1), undefined];
    const name = long ? rawName : short[rawName];
    if (name && flags.has(name) && inline === undefined) {
      args.flags.add(name);
      continue;
    }
    if (name && spec.values.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value === "") return { ok: false, error: MSG.missingValue(arg) };
      args.values[name] = value;
      continue;
    }
    return { ok: false, error: MSG.unknownOption(arg) };
  }
  return { ok: true, args };
}
