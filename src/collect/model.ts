/**
 * The page's files and what their checks found: statuses in the command line's words, the duplicates `merge`
 * would stop on (found and resolved by src/merge/duplicates.ts, as the command line does), and the sources of the
 * summary workbook.
 */
import type { Entries } from "../form/types";
import type { Finding } from "../reading/check";
import {
  findDuplicates,
  keepLatest,
  schoolOf,
  type DuplicateKeys,
  type Dropped,
  type Duplicates,
} from "../merge/duplicates";
import { problemMessage } from "../word/problems";
import type { MergeSource } from "../xlsx/write-merge";
import type { Result } from "./checker";
import { fileProblemMessage, tr, type Lang } from "./strings";

export type RowState = "waiting" | "checking" | "done" | "failed" | "cancelled";

export interface Row {
  id: number;
  /** File name, as the command line prints it and the summary workbook's 文件 column holds it. */
  name: string;
  /** The path within a picked or dropped folder, else the name. */
  path: string;
  /** Last modified (ms), to keep the newest file of a college. */
  modified: number;
  state: RowState;
  result?: Result;
  /** Why the worker could not finish the file. */
  failure?: string;
}

export type Status = "ready" | "blocked" | "unreadable" | "waiting" | "checking" | "cancelled" | "skipped";

export const KEYS: DuplicateKeys<Row> = {
  identity: (r) => r.result?.identity,
  school: (r) => (r.result?.checked.entries ? schoolOf(r.result.checked.entries, r.name) : undefined),
  modified: (r) => r.modified,
  isMergeOutput: (r) => r.result?.checked.problem?.kind === "merge-output",
};

export const isChecked = (r: Row): boolean => r.state === "done" || r.state === "failed";

export function statusOf(r: Row, dropped: ReadonlySet<number>): Status {
  if (dropped.has(r.id)) return "skipped";
  switch (r.state) {
    case "failed":
      return "unreadable";
    case "done":
      return r.result?.checked.status ?? "unreadable";
    default:
      return r.state;
  }
}

/** 学校: the 单位（公章） of a readable file, else its name (as the summary workbook has it). */
export function schoolOfRow(r: Row): string {
  return schoolOf(r.result?.checked.entries, r.name);
}

/** Why a file could not be read, in the page's language (Chinese: the command line's message). */
export function problemOf(r: Row, lang: Lang): string | undefined {
  if (r.state === "failed") return tr(lang, "workerFailed", { reason: r.failure ?? "" });
  const c = r.result?.checked;
  if (!c?.problem) return undefined;
  if (c.wordProblem) return problemMessage(c.wordProblem, lang);
  return fileProblemMessage(c.problem, lang);
}

/** The findings with their places in the page's language (a Word draft's table rows are words). */
export function findingsOf(r: Row, lang: Lang): Finding[] {
  const findings = r.result?.checked.result?.findings ?? [];
  const en = r.result?.placesEn;
  if (lang === "zh" || !en) return findings;
  return findings.map((f, i) => (en[i] ? { ...f, address: en[i] } : f));
}

export function duplicatesOf(rows: Row[]): Duplicates<Row> {
  return findDuplicates(rows.filter(isChecked), KEYS);
}

export function resolveLatest(rows: Row[]): Dropped<Row>[] {
  const checked = rows.filter(isChecked);
  return keepLatest(checked, findDuplicates(checked, KEYS), KEYS).dropped;
}

/** The summary workbook's sources: the checked files not left out, in the page's order (messages in Chinese). */
export function mergeSources(rows: Row[], dropped: ReadonlySet<number>): MergeSource[] {
  return rows
    .filter((r) => isChecked(r) && !dropped.has(r.id))
    .map((r) => {
      const c = r.result?.checked;
      const entries: Entries | undefined = c?.entries;
      return {
        school: schoolOfRow(r),
        file: r.name,
        entries,
        summary: c?.result?.summary,
        problem: problemOf(r, "zh"),
      };
    });
}
