/** The command line: `fujian1 <command> [options]` (the commands are in ./commands.ts). Returns the exit code. */
import pkg from "../../package.json";
import { COMMON_OPTIONS } from "./command";
import { COMMANDS, usageError } from "./commands";
import { commandHelp, mainHelp } from "./help";
import { processIo, type CliIo } from "./io";
import { MSG } from "./messages";
import { parseCommandArgs } from "./parse";

export const VERSION: string = pkg.version;

/** For the reading worker (./isolate.ts), which loads the bundle and calls this. */
export { checkFileInWorker } from "./isolate";
import { stopWorker } from "./isolate";

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === "--help" || first === "-h" || first === "help") {
    io.out(mainHelp(COMMANDS) + "\n");
    return 0;
  }
  if (first === "--version" || first === "-v" || first === "-V") {
    io.out(`fujian1 ${VERSION}\n`);
    return 0;
  }
  if (first === undefined) {
    io.err(`${MSG.noCommand}\n\n${mainHelp(COMMANDS)}\n`);
    return 2;
  }
  const def = Object.prototype.hasOwnProperty.call(COMMANDS, first) ? COMMANDS[first] : undefined;
  if (!def) {
    const message = first.startsWith("-") ? MSG.unknownOption(first) : MSG.unknownCommand(first, Object.keys(COMMANDS));
    io.err(`${message}\n\n${mainHelp(COMMANDS)}\n`);
    return 2;
  }
  const parsed = parseCommandArgs(rest, { ...def.options, ...COMMON_OPTIONS }, def.takesFiles);
  if (parsed.args.values.help === true) {
    io.out(commandHelp(def) + "\n");
    return 0;
  }
  if (parsed.error) return usageError(io, first, parsed.error);
  if (def.takesFiles && !parsed.args.positionals.length) return usageError(io, first, MSG.noFiles);
  try {
    return await def.run(parsed.args, io);
  } finally {
    await stopWorker();
  }
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
      process.stderr.write(`${MSG.internalError}\n`);
      if (process.argv.includes("--debug"))
        process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
