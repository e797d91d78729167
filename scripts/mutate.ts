/**
 * `npm run mutate [FOLDER…] [-- stryker options]`: mutation testing of the pure core, one folder at a time
 * (reading, plan, relay, word, xlsx, ooxml; all when none is named), then one JSON line per folder
 * (mutation-summary.ts).
 *
 *   npm run mutate -- reading --mutate src/reading/check.ts     one file while working on its tests
 */
import { spawnSync } from "node:child_process";
import { summariseFiles } from "./mutation-summary";

const FOLDERS = ["reading", "plan", "relay", "word", "xlsx", "ooxml"];
const args = process.argv.slice(2);
const named = args.filter((a) => FOLDERS.includes(a));
const options = args.filter((a) => !FOLDERS.includes(a));
// A narrowed run (--mutate FILES) writes its own report, named after what it mutated.
const narrowed = options.indexOf("--mutate");
const part = narrowed >= 0 ? (options[narrowed + 1] ?? "").replace(/[^\w.-]+/g, "-") : "";
let failed = false;
for (const folder of named.length ? named : FOLDERS) {
  const r = spawnSync("npx", ["stryker", "run", "stryker.config.mjs", ...options], {
    stdio: "inherit",
    env: { ...process.env, MUTATE_FOLDER: folder, ...(part ? { MUTATE_PART: part } : {}) },
  });
  if (r.status !== 0) {
    process.stderr.write(`mutate: Stryker failed on ${folder} (exit ${r.status})\n`);
    failed = true;
  }
}
for (const line of summariseFiles()) process.stdout.write(JSON.stringify(line) + "\n");
process.exitCode = failed ? 1 : 0;
