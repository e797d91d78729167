/**
 * npm run licenses — every package a production install brings (package.json "dependencies" and all
 * of theirs, optional ones where installed, as found in node_modules) must carry a licence from the
 * allowlist below. The project's own optionalDependencies (office-addin-debugging) are development tools
 * made optional only because they cannot build everywhere; they are not walked. A GPL-only package (such
 * as HyperFormula) may be a dev dependency, never a production one. SPDX expressions count when one OR
 * alternative is allowed in full. Run by tests/licenses.test.ts (so by `npm test`).
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";

/** Permissive licences a shipped dependency may have. */
export const ALLOWED_LICENSES = [
  "MIT",
  "MIT-0",
  "ISC",
  "BSD-2-Clause",
  "BSD-3-Clause",
  "0BSD",
  "Apache-2.0",
  "BlueOak-1.0.0",
  "CC0-1.0",
  "Unlicense",
  "Zlib",
  "Python-2.0",
];

/** Old non-SPDX spellings, as their packages write them, and the SPDX licence they mean. */
const SPDX_ALIASES: Record<string, string> = { "MIT/X11": "MIT" };

/**
 * Packages accepted after a person looked at them, pinned to a version (a new version is checked again),
 * with the reason. Keep this list short and say what was checked.
 */
export const REVIEWED: Record<string, string> = {
  "buffers@0.1.1":
    "declares no licence (package.json and README are silent; substack/node-buffers#15, adding an MIT " +
    "LICENSE, is open); only reached through exceljs → unzipper → binary; by the author of chainsaw and " +
    "binary, both MIT/X11. Accepted for now, to be replaced when exceljs drops unzipper 0.10.",
};

interface Manifest {
  name?: string;
  version?: string;
  license?: string | { type?: string };
  licenses?: Array<{ type?: string }>;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

export interface PackageLicense {
  name: string;
  version: string;
  license: string;
  dir: string;
}

export interface LicenseReport {
  packages: PackageLicense[];
  /** Packages whose licence is missing or outside the allowlist. */
  refused: PackageLicense[];
  /** Required (non-optional) dependencies not found in node_modules. */
  missing: string[];
}

function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as Manifest;
}

function licenseOf(m: Manifest): string {
  if (typeof m.license === "string") return SPDX_ALIASES[m.license] ?? m.license;
  if (m.license?.type) return m.license.type;
  const legacy = (m.licenses ?? []).map((l) => l.type).filter(Boolean);
  return legacy.length ? legacy.join(" OR ") : "";
}

/** Whether an SPDX expression (OR of ANDs; parentheses ignored; "-only"/"-or-later" kept) is allowed. */
export function isAllowed(expression: string, allowed: readonly string[] = ALLOWED_LICENSES): boolean {
  const text = expression.replace(/[()]/g, " ").trim();
  if (!text) return false;
  return text
    .split(/\s+OR\s+/i)
    .some((alt) => alt.split(/\s+AND\s+/i).every((id) => allowed.includes(id.trim().replace(/\+$/, ""))));
}

/** Node's lookup: <from>/node_modules/<name>, then each parent folder's, up to the root. */
function resolvePackage(name: string, from: string, root: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", name);
    if (existsSync(join(candidate, "package.json"))) return candidate;
    if (dir === root || dirname(dir) === dir) return undefined;
  }
}

/** Walks the production dependency tree from the project at `root`. */
export function checkLicenses(
  root: string,
  allowed: readonly string[] = ALLOWED_LICENSES,
  reviewed: Record<string, string> = REVIEWED,
): LicenseReport {
  const top = readManifest(root);
  const seen = new Map<string, PackageLicense>();
  const missing: string[] = [];
  const queue: Array<{ name: string; from: string; optional: boolean }> = [
    ...Object.keys(top.dependencies ?? {}).map((name) => ({ name, from: root, optional: false })),
  ];
  while (queue.length) {
    const { name, from, optional } = queue.shift()!;
    const dir = resolvePackage(name, from, root);
    if (!dir) {
      if (!optional) missing.push(`${name} (needed by ${relative(root, from) || "package.json"})`);
      continue;
    }
    if (seen.has(dir)) continue;
    const m = readManifest(dir);
    seen.set(dir, { name, version: m.version ?? "?", license: licenseOf(m), dir: relative(root, dir) });
    for (const dep of Object.keys(m.dependencies ?? {})) queue.push({ name: dep, from: dir, optional: false });
    for (const dep of Object.keys(m.optionalDependencies ?? {})) queue.push({ name: dep, from: dir, optional: true });
  }
  const packages = [...seen.values()].sort((a, b) => a.dir.localeCompare(b.dir));
  const refused = packages.filter((p) => !isAllowed(p.license, allowed) && !reviewed[`${p.name}@${p.version}`]);
  return { packages, refused, missing };
}

/** The report as lines for a person: one per refused or missing package, then a count per licence. */
export function formatReport(r: LicenseReport): string[] {
  const lines = [
    ...r.refused.map((p) => `licenses: ${p.name}@${p.version} (${p.dir}) has "${p.license || "no licence"}"`),
    ...r.missing.map((m) => `licenses: ${m} is not installed`),
  ];
  const counts = new Map<string, number>();
  for (const p of r.packages) counts.set(p.license, (counts.get(p.license) ?? 0) + 1);
  const summary = [...counts].sort((a, b) => b[1] - a[1]).map(([l, n]) => `${l || "none"} ${n}`);
  const reviewed = r.packages.filter((p) => REVIEWED[`${p.name}@${p.version}`]).map((p) => `${p.name}@${p.version}`);
  if (reviewed.length) summary.push(`reviewed by hand: ${reviewed.join(", ")}`);
  const verdict = r.refused.length || r.missing.length ? "REFUSED" : "all allowed";
  lines.push(`licenses: ${r.packages.length} production packages, ${verdict} (${summary.join(", ")})`);
  return lines;
}

if (require.main === module) {
  const report = checkLicenses(join(__dirname, ".."));
  for (const line of formatReport(report)) console.log(line);
  process.exitCode = report.refused.length || report.missing.length ? 1 : 0;
}
