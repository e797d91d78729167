/**
 * Requirement sets of the Excel API from the doc comments of @types/office-js
 * ("[Api set: ExcelApi 1.7]"), per class member: "Worksheet.onChanged" → "1.7".
 * Members whose setter needs a later set ("1.1 for get, 1.8 for set") also get
 * "Type.member:set".
 */
import { readFileSync } from "fs";

export function apiSetsFromTypes(dts = readFileSync(require.resolve("@types/office-js/index.d.ts"), "utf8")) {
  const lines = dts.split("\n");
  const start = lines.findIndex((l) => l.startsWith("declare namespace Excel {"));
  const end = lines.findIndex((l, i) => i > start && /^ {4}namespace Interfaces \{/.test(l));
  const sets = new Map<string, string>();
  const put = (key: string, v: string) => {
    const old = sets.get(key);
    if (!old || minorOf(v) < minorOf(old)) sets.set(key, v);
  };
  let owner: string | null = null;
  let doc: string[] = [];
  for (let i = start; i < end; i++) {
    const line = lines[i];
    const decl = /^ {4}(?:class|interface) (\w+)/.exec(line);
    if (decl) {
      owner = decl[1];
      doc = [];
      continue;
    }
    if (/^ {4}\}/.test(line)) {
      owner = null;
      continue;
    }
    if (!owner) continue;
    if (/^ {8}\/\*\*/.test(line)) doc = [];
    if (/^ {8}( \*|\/\*\*)/.test(line)) {
      doc.push(line);
      continue;
    }
    const member = /^ {8}(?:readonly )?(\w+)\??[:(<]/.exec(line);
    if (!member) continue;
    const text = doc.join(" ");
    doc = [];
    const set = /\[Api set: ExcelApi (\d+\.\d+)([^\]]*)\]/.exec(text);
    if (!set) continue;
    // "1.7 for password" alone qualifies an optional argument: the member itself is as old as its type.
    const onlyQualifier = /^ for (?!get|reading)\w+$/.test(set[2].trim() ? ` ${set[2].trim()}` : "");
    if (!onlyQualifier) put(`${owner}.${member[1]}`, set[1]);
    const forSet = /(\d+\.\d+) for set/.exec(set[2]);
    if (forSet) put(`${owner}.${member[1]}:set`, forSet[1]);
  }
  return sets;
}

export function minorOf(v: string): number {
  return Number(v.split(".")[1]);
}
