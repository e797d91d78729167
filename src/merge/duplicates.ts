/**
 * What would count a college twice in a merge: the same file given twice, two files of one college (one
 * 单位（公章）), an earlier merge's output among the inputs. Found and resolved (the newest file of each college)
 * the same way by `fujian1 merge` and the collecting page; each says it in its own words.
 */
import type { Entries } from "../form/types";

/** The college a file speaks for: its 单位（公章）, else its file name without extension. */
export function schoolOf(entries: Entries | undefined, fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, "");
  return entries?.header.unit.trim() || base.replace(/(?<=.)\.[^.]*$/, "");
}

/** Colleges are compared without blanks ("锦州 师专" is "锦州师专"). */
export const schoolKey = (school: string): string => school.replace(/\s/g, "");

export interface DuplicateKeys<T> {
  /** The file's identity (device and inode, a hash of its bytes), or undefined when unknown. */
  identity(item: T): string | undefined;
  /** The college, for files that could be read (undefined for the others: they are not merged). */
  school(item: T): string | undefined;
  /** Modification time in ms. */
  modified(item: T): number;
  /** Whether the file is an earlier merge's output. */
  isMergeOutput(item: T): boolean;
}

export interface Duplicates<T> {
  /** Groups of items that are one file (the first one stays). */
  sameFile: T[][];
  /** Groups of different files of one college. */
  sameSchool: Array<{ school: string; files: T[] }>;
  /** Earlier merge outputs. */
  mergeOutputs: T[];
}

export function findDuplicates<T>(items: readonly T[], keys: DuplicateKeys<T>): Duplicates<T> {
  const sameFile: T[][] = [];
  const distinct: T[] = [];
  const firstOf = new Map<string, T>();
  for (const item of items) {
    const id = keys.identity(item);
    const first = id === undefined ? undefined : firstOf.get(id);
    if (first === undefined) {
      if (id !== undefined) firstOf.set(id, item);
      distinct.push(item);
      continue;
    }
    const group = sameFile.find((g) => g[0] === first);
    if (group) group.push(item);
    else sameFile.push([first, item]);
  }
  const bySchool = new Map<string, { school: string; files: T[] }>();
  for (const item of distinct) {
    const school = keys.school(item);
    if (school === undefined) continue;
    const key = schoolKey(school);
    const group = bySchool.get(key);
    if (group) group.files.push(item);
    else bySchool.set(key, { school, files: [item] });
  }
  return {
    sameFile,
    sameSchool: [...bySchool.values()].filter((g) => g.files.length > 1),
    mergeOutputs: distinct.filter((i) => keys.isMergeOutput(i)),
  };
}

export function hasDuplicates<T>(d: Duplicates<T>): boolean {
  return d.sameFile.length + d.sameSchool.length + d.mergeOutputs.length > 0;
}

export type Dropped<T> =
  | { item: T; reason: "same-file"; kept: T }
  | { item: T; reason: "older"; newest: T }
  | { item: T; reason: "merge-output" };

/** One item per file and per college (the newest; the first of equally new ones), earlier merges left out. */
export function keepLatest<T>(
  items: readonly T[],
  d: Duplicates<T>,
  keys: DuplicateKeys<T>,
): { kept: T[]; dropped: Dropped<T>[] } {
  const dropped: Dropped<T>[] = [];
  for (const g of d.sameFile) for (const item of g.slice(1)) dropped.push({ item, reason: "same-file", kept: g[0] });
  for (const g of d.sameSchool) {
    const newest = g.files.reduce((a, b) => (keys.modified(b) > keys.modified(a) ? b : a));
    for (const item of g.files) if (item !== newest) dropped.push({ item, reason: "older", newest });
  }
  for (const item of d.mergeOutputs) dropped.push({ item, reason: "merge-output" });
  const drop = new Set(dropped.map((x) => x.item));
  return { kept: items.filter((i) => !drop.has(i)), dropped };
}
