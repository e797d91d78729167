/** Runs the command line in-process with captured output. */
import { main } from "../../src/cli/main";

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function cli(args: string[], options: { tty?: boolean } = {}): Promise<CliRun> {
  let out = "";
  let err = "";
  const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t), errIsTTY: !!options.tty });
  return { code, out, err };
}
