/**
 * After `npm run mutate`: one JSON line per mutated folder, like `npm run bench`, from Stryker's JSON report
 * (reports/mutation/mutation.json, or the file named as the first argument).
 *
 *   {"name":"mutation.reading","score":91.2,"killed":870,"timeout":2,"survived":80,"noCoverage":4,
 *    "static":60,"disabled":3}
 *
 * score is Stryker's: detected (killed, timed out) over detected and undetected (survived, no coverage), in
 * percent. Not counted: mutants that do not compile, `static` ones (reached only while modules load, left out
 * by ignoreStatic) and `disabled` ones (equivalent, disabled at their line with the reason).
 */
import { readFileSync } from "node:fs";

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

if (require.main === module) {
  const file = process.argv[2] ?? "reports/mutation/mutation.json";
  const report = JSON.parse(readFileSync(file, "utf8")) as Report;
  for (const line of summarise(report)) process.stdout.write(JSON.stringify(line) + "\n");
}
