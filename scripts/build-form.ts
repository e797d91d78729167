/** Regenerates the committed form definition and sample draft from seeds/. */
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { parseSeed } from "../src/form/parse-seed";
import { SEED_FILE } from "../src/form/seed-file";

const root = join(__dirname, "..");
const parsed = parseSeed(readFileSync(join(root, SEED_FILE), "utf8"));
const write = (file: string, data: unknown) =>
  writeFileSync(join(root, "src/form", file), JSON.stringify(data, null, 2) + "\n");
write("fujian1.json", parsed.form);
write("sample-draft.json", parsed.draft);
console.log(
  `wrote ${parsed.form.tasks.length} tasks in ${parsed.form.groups.length} groups; draft of ${Object.keys(parsed.draft.rows).length} tasks`,
);
