/**
 * The licence allowlist over production dependencies (scripts/licenses.ts): the installed tree passes,
 * and a tree with a GPL package deep inside, or a dependency not installed, is refused.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkLicenses, formatReport, isAllowed } from "../scripts/licenses";

const ROOT = join(__dirname, "..");

describe("production dependencies of this project", () => {
  it("all carry an allowed licence, and the GPL test engine is not among them", () => {
    const report = checkLicenses(ROOT);
    expect(report.refused).toEqual([]);
    expect(report.missing).toEqual([]);
    const names = report.packages.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(["exceljs", "jszip", "react", "saxes"]));
    expect(names).not.toContain("hyperformula");
    expect(formatReport(report).at(-1)).toMatch(/^licenses: \d+ production packages, all allowed \(MIT \d+/);
  });
});

describe("the check can fail", () => {
  let dir: string;
  const pkg = (path: string, manifest: Record<string, unknown>) => {
    mkdirSync(join(dir, path), { recursive: true });
    writeFileSync(join(dir, path, "package.json"), JSON.stringify(manifest));
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "licenses-"));
    pkg(".", {
      name: "app",
      dependencies: { a: "1", dual: "1", old: "1" },
      optionalDependencies: { devserver: "1" },
      devDependencies: { gpltool: "1" },
    });
    pkg("node_modules/a", { name: "a", version: "1.0.0", license: "MIT", dependencies: { deep: "1" } });
    // Nested copy: found from a's folder first, as Node finds it.
    pkg("node_modules/a/node_modules/deep", { name: "deep", version: "2.0.0", license: "GPL-3.0-only" });
    pkg("node_modules/deep", { name: "deep", version: "1.0.0", license: "MIT" });
    pkg("node_modules/dual", { name: "dual", version: "1.0.0", license: "(MIT OR GPL-3.0-or-later)" });
    pkg("node_modules/old", { name: "old", version: "1.0.0", licenses: [{ type: "BSD-3-Clause" }] });
    pkg("node_modules/gpltool", { name: "gpltool", version: "1.0.0", license: "GPL-3.0" });
    pkg("node_modules/devserver", { name: "devserver", version: "1.0.0", license: "GPL-3.0" });
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("refuses a GPL package reached through a dependency, not a dev or optional development tool", () => {
    const report = checkLicenses(dir);
    expect(report.refused.map((p) => `${p.name}@${p.version} ${p.dir}`)).toEqual([
      `deep@2.0.0 ${join("node_modules", "a", "node_modules", "deep")}`,
    ]);
    expect(report.missing).toEqual([]);
    expect(report.packages.map((p) => p.name).sort()).toEqual(["a", "deep", "dual", "old"]);
    expect(formatReport(report)[0]).toBe(
      `licenses: deep@2.0.0 (${join("node_modules", "a", "node_modules", "deep")}) has "GPL-3.0-only"`,
    );
  });

  it("reports a required dependency that is not installed", () => {
    pkg("node_modules/old", { name: "old", version: "1.0.0", license: "ISC", dependencies: { gone: "1" } });
    expect(checkLicenses(dir).missing).toEqual([`gone (needed by ${join("node_modules", "old")})`]);
  });

  it("reads SPDX expressions: one allowed alternative in full", () => {
    expect(isAllowed("MIT")).toBe(true);
    expect(isAllowed("(MIT OR GPL-3.0-or-later)")).toBe(true);
    expect(isAllowed("(MIT AND Zlib)")).toBe(true);
    expect(isAllowed("(MIT AND GPL-2.0)")).toBe(false);
    expect(isAllowed("GPL-3.0")).toBe(false);
    expect(isAllowed("")).toBe(false);
    expect(isAllowed("SEE LICENSE IN LICENSE.txt")).toBe(false);
  });
});
