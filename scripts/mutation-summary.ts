/**
 * After `npm run mutate`: one JSON line per mutated folder, like `npm run bench`, from Stryker's JSON reports
 * (reports/mutation/<folder>.json and those of narrowed runs, <folder>.<files>.json; or the files named as
 * arguments). A source file reported twice counts with its newest report.
 *
 *   {"name":"mutation.reading","score":91.2,"killed":870,"timeout":2,"survived":80,"noCoverage":4,
 *    "static":60,"disabled":3}
 *
 * score is Stryker's: detected (killed, timed out) over detected and undetected (survived, no coverage), in
 * percent. Not counted: mutants that do not compile, `static` ones (reached only while modules load, left out
 * by ignoreStatic) and `disabled` ones (equivalent, disabled at their line with the reason).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

interface Report {
  files: Record<string, { mutants: Array<{ status: string; statusReason?: string }> }>;
}

export interface FolderScore {
  name: string;
  score: number;
  killed: number;
  timeout: number;
  survived: number;
  noCoverage: number;
  /** Reached only while modules load: left out of the run (ignoreStatic), pinned by tests written for them. */
  static: number;
  /** Disabled at their line as equivalent (`// Stryker disable next-line …: why`). */
  disabled: number;
}

/** src/reading/check.ts → reading; src/word/read-docx.ts → word. */
function folderOf(file: string): string {
  const parts = file.replace(/\\/g, "/").split("/");
  const i = parts.indexOf("src");
  return parts[i + 1] ?? parts[0];
}

export function summarise(report: Report): FolderScore[] {
  const byFolder = new Map<string, FolderScore>();
  for (const [file, { mutants }] of Object.entries(report.files)) {
    const folder = folderOf(file);
    const s = byFolder.get(folder) ?? {
      name: `mutation.${folder}`,
      score: 0,
      killed: 0,
      timeout: 0,
      survived: 0,
      noCoverage: 0,
      static: 0,
      disabled: 0,
    };
    for (const m of mutants) {
      if (m.status === "Killed") s.killed++;
      else if (m.status === "Timeout") s.timeout++;
      else if (m.status === "Survived") s.survived++;
      else if (m.status === "NoCoverage") s.noCoverage++;
      else if (m.status === "Ignored" && (m.statusReason ?? "").startsWith("Static mutant")) s.static++;
      else if (m.status === "Ignored") s.disabled++;
    }
    byFolder.set(folder, s);
  }
  return [...byFolder.values()]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((s) => {
      const detected = s.killed + s.timeout;
      const valid = detected + s.survived + s.noCoverage;
      return { ...s, score: valid ? Math.round((1000 * detected) / valid) / 10 : 0 };
    });
}

/** The summary of every report in reports/mutation (or of the files given). */
export function summariseFiles(files?: string[]): FolderScore[] {
  const dir = "reports/mutation";
  const paths =
    files ??
    (existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith(".json"))
          .map((f) => join(dir, f))
          // Oldest first: a file's newest report (a narrowed run after a full one) wins.
          .sort((a, b) => statSync(a).mtimeMs - statSync(b).mtimeMs)
      : []);
  const all: Report = { files: {} };
  for (const p of paths) Object.assign(all.files, (JSON.parse(readFileSync(p, "utf8")) as Report).files);
  return summarise(all);
}

if (require.main === module) {
  const files = process.argv.slice(2);
  for (const line of summariseFiles(files.length ? files : undefined))
    process.stdout.write(JSON.stringify(line) + "\n");
}
