/**
 * The shipped command line: bin/fujian1.js runs the committed bundle dist-cli/fujian1.cjs with plain Node.
 * The bundle must be what `npm run build:cli` makes from the sources today, and it may require only Node's
 * own modules and production dependencies (an `npm ci --omit=dev` install has nothing else).
 */
import { execFile } from "node:child_process";
import { builtinModules } from "node:module";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { CLI_BUNDLE, REBUILD_COMMAND, ROOT, buildCliBundle } from "../scripts/build-cli";

jest.setTimeout(60_000);

const run = promisify(execFile);
const committed = () => readFileSync(join(ROOT, CLI_BUNDLE), "utf8");

/** node bin/fujian1.js ARGS, with its exit code (no tsx loader, no NODE_OPTIONS from jest). */
async function fujian1(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  const env = { ...process.env, NODE_OPTIONS: "" };
  try {
    const r = await run(process.execPath, [join(ROOT, "bin", "fujian1.js"), ...args], { cwd, env });
    return { code: 0, out: r.stdout, err: r.stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, out: x.stdout, err: x.stderr };
  }
}

describe("dist-cli/fujian1.cjs", () => {
  it("is up to date with the sources", async () => {
    const fresh = await buildCliBundle();
    const stale = `${CLI_BUNDLE} is out of date with src/: run \`${REBUILD_COMMAND}\` and commit ${CLI_BUNDLE}`;
    expect(committed() === fresh ? "up to date" : stale).toBe("up to date");
  });

  it("requires only Node's modules and production dependencies", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
      dependencies: Record<string, string>;
      files: string[];
      bin: Record<string, string>;
    };
    const required = [...committed().matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]);
    expect(required.length).toBeGreaterThan(0);
    const allowed = (id: string) =>
      builtinModules.includes(id.replace(/^node:/, "")) ||
      Object.keys(pkg.dependencies).some((d) => id === d || id.startsWith(`${d}/`));
    expect(required.filter((id) => !allowed(id))).toEqual([]);
    expect(required).not.toContain("tsx");
    // The tarball (npm pack) carries the launcher and the bundle.
    expect(pkg.bin.fujian1).toBe("bin/fujian1.js");
    expect(pkg.files).toEqual(expect.arrayContaining(["bin/", "dist-cli/"]));
    expect(readFileSync(join(ROOT, "bin", "fujian1.js"), "utf8")).toMatch(/require\("\.\.\/dist-cli\/fujian1\.cjs"\)/);
  });

  it("checks an ordinary .xlsx without loading ExcelJS, JSZip or docx, and without starting a worker", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fujian1-lean-"));
    try {
      expect((await fujian1(["template", "--sample", "--out", "sample.xlsx"], dir)).code).toBe(0);
      // Counts the workers started, then runs `check` as bin/fujian1.js does and lists the packages loaded.
      const probe = `
        const wt = require("worker_threads");
        const Real = wt.Worker;
        let workers = 0;
        wt.Worker = function (...args) { workers++; return new Real(...args); };
        const cli = require(${JSON.stringify(join(ROOT, CLI_BUNDLE))});
        cli.main(["check", "-q", "sample.xlsx"], { out() {}, err() {}, errIsTTY: false }).then((code) => {
          const loaded = ["exceljs", "jszip", "docx"].filter((p) =>
            Object.keys(require.cache).some((k) => k.includes("/node_modules/" + p + "/")));
          process.stdout.write(JSON.stringify({ code, loaded, workers }));
        });`;
      const r = await run(process.execPath, ["-e", probe], { cwd: dir, env: { ...process.env, NODE_OPTIONS: "" } });
      expect(JSON.parse(r.stdout)).toEqual({ code: 1, loaded: [], workers: 0 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("runs as a Node program: --version, template, then check of that file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fujian1-bin-"));
    try {
      const version = await fujian1(["--version"], dir);
      expect(version).toMatchObject({ code: 0, out: expect.stringMatching(/^fujian1 \d+\.\d+\.\d+/) });
      const template = await fujian1(["template", "--out", "blank.xlsx"], dir);
      expect(template.code).toBe(0);
      const check = await fujian1(["check", "--json", "blank.xlsx"], dir);
      // A blank form has no measures yet: readable (not exit 2) but not ready (exit 1).
      expect(check.code).toBe(1);
      expect(check.out).toMatch(/blank\.xlsx/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
