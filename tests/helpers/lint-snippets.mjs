// Lints and format-checks code snippets with the repository's own ESLint and Prettier configuration, as if
// each snippet were the file at its path. Used by tests/lint-rules.test.ts in a child process (ESLint and
// Prettier load their configs with dynamic import, which Jest's module sandbox does not allow).
//   stdin:  [{ "filePath": "src/plan/x.ts", "code": "..." }, ...]
//   stdout: [{ "errors": ["rule-id: message", ...], "formatted": true|false }, ...]
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ESLint } from "eslint";
import * as prettier from "prettier";

const root = join(import.meta.dirname ?? new URL(".", import.meta.url).pathname, "..", "..");
const snippets = JSON.parse(readFileSync(0, "utf8"));
const eslint = new ESLint({ cwd: root });
const out = [];
for (const { filePath, code } of snippets) {
  const file = join(root, filePath);
  const [result] = await eslint.lintText(code, { filePath: file });
  const errors = result.messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
  const options = { ...(await prettier.resolveConfig(file)), filepath: file };
  out.push({ errors, formatted: await prettier.check(code, options) });
}
process.stdout.write(JSON.stringify(out));
