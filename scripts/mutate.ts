/**
 * `npm run mutate [FOLDER…] [-- stryker options]`: mutation testing of the pure core, one folder at a time
 * (reading, plan, relay, word, xlsx; all when none is named), then one JSON line per folder (mutation-summary.ts).
 *
 *   npm run mutate -- reading --mutate src/reading/check.ts     one file while working on its tests
 */
import { spawnSync } from "node:child_process";
import { summariseFiles } from "./mutation-summary";

const FOLDERS = ["reading", "plan", "relay", "word", "xlsx"];
const args = process.argv.slice(2);
const named = args.filter((a) => FOLDERS.includes(a));
const options = args.filter((a) => !FOLDERS.includes(a));
let failed = false;
for (const folder of named.length ? named : FOLDERS) {
  const r = spawnSync("npx", ["stryker", "run", "stryker.config.mjs", ...options], {
    stdio: "inherit",
    env: { ...process.env, MUTATE_FOLDER: folder },
  });
  if (r.status !== 0) {
    process.stderr.write(`mutate: Stryker failed on ${folder} (exit ${r.status})\n`);
    failed = true;
  }
}
for (const line of summariseFiles()) process.stdout.write(JSON.stringify(line) + "\n");
process.exitCode = failed ? 1 : 0;
