// npm run typecheck: the three TypeScript programs, side by side (they share nothing, and the machine's
// cores are otherwise idle while tsc runs):
//   src/tsconfig.json       shipped browser code: DOM and Office.js globals only (no Node, no Jest)
//   src/cli/tsconfig.json   the command line: Node (no Office.js, no Jest)
//   tsconfig.json           tests, scripts and bench, with Jest and Node
// Each one's errors are printed under its name; the exit code is 1 if any failed.
// Incremental: tsc keeps what it learnt in .cache/typecheck/ (git-ignored, per checkout) and checks again only
// the files that changed and those that depend on them, with the same errors as a full check. A fresh clone
// (CI) has no cache and checks everything.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";

const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
const projects = ["src", "src/cli", "."];

function check(project) {
  const buildInfo = `.cache/typecheck/${project === "." ? "root" : project.replaceAll("/", "-")}.tsbuildinfo`;
  const args = ["--noEmit", "--pretty", "false", "-p", project, "--incremental", "--tsBuildInfoFile", buildInfo];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [tsc, ...args], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("close", (code) => resolve({ project, code, out }));
  });
}

const results = await Promise.all(projects.map(check));
for (const r of results) {
  const name = r.project === "." ? "tsconfig.json" : `${r.project}/tsconfig.json`;
  if (r.code === 0) console.log(`typecheck: ${name} ok`);
  else console.error(`typecheck: ${name} FAILED\n${r.out.trim()}`);
}
process.exitCode = results.some((r) => r.code !== 0) ? 1 : 0;
