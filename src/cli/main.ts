/** The command line: `fujian1 template | check | merge`. Returns the exit code. */
import { FUJIAN1, SAMPLE_DRAFT } from "../form";
import { parseArgs, type OptionSpec, type ParsedArgs } from "./args";
import { runCheck } from "./check";
import { processIo, type CliIo } from "./io";
import { runMerge } from "./merge";
import { HELP, MSG } from "./messages";
import { runTemplate } from "./template";

type Command = "template" | "check" | "merge";

const SPECS: Record<Command, OptionSpec> = {
  template: { flags: ["sample"], values: ["out"], short: { o: "out" } },
  check: { flags: ["json", "quiet"], values: [], short: { q: "quiet" } },
  merge: { flags: [], values: ["out"], short: { o: "out" } },
};

const DEFAULT_TEMPLATE = "附件1.xlsx";

function usage(io: CliIo, command: Command, message: string): number {
  io.err(`${message}\n${MSG.seeHelp(command)}\n`);
  return 2;
}

async function dispatch(command: Command, args: ParsedArgs, io: CliIo): Promise<number> {
  const files = args.positionals;
  switch (command) {
    case "template":
      if (files.length) return usage(io, command, MSG.unexpectedArgument(files[0]));
      return runTemplate(
        FUJIAN1,
        args.flags.has("sample") ? SAMPLE_DRAFT : undefined,
        args.values.out ?? DEFAULT_TEMPLATE,
        io,
      );
    case "check":
      if (!files.length) return usage(io, command, MSG.noFiles);
      return runCheck(FUJIAN1, files, { json: args.flags.has("json"), quiet: args.flags.has("quiet") }, io);
    case "merge":
      if (!files.length) return usage(io, command, MSG.noFiles);
      if (!args.values.out) return usage(io, command, MSG.outRequired);
      return runMerge(FUJIAN1, files, args.values.out, io);
  }
}

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === "--help" || first === "-h" || first === "help") {
    io.out(HELP.main + "\n");
    return 0;
  }
  if (first === undefined) {
    io.err(`${MSG.noCommand}\n\n${HELP.main}\n`);
    return 2;
  }
  if (!(first in SPECS)) {
    io.err(`${first.startsWith("-") ? MSG.unknownOption(first) : MSG.unknownCommand(first)}\n\n${HELP.main}\n`);
    return 2;
  }
  const command = first as Command;
  const parsed = parseArgs(rest, SPECS[command]);
  if (!parsed.ok) return usage(io, command, parsed.error);
  if (parsed.args.flags.has("help")) {
    io.out(HELP[command] + "\n");
    return 0;
  }
  return dispatch(command, parsed.args, io);
}

/** For bin/fujian1.js: runs with the process's arguments and streams, and sets the exit code. */
export function run(): void {
  // Output piped into `head` and closed early: stop quietly.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  });
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
