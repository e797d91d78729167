/** Why a Word file cannot be imported: one kind, one message (zh-CN) for the person who sent it. */
import type { Lang } from "../i18n/strings";
import { wt, type WordKey } from "./strings";

export type WordProblemKind =
  "empty" | "legacy-doc" | "encrypted" | "not-docx" | "zip-bomb" | "corrupt" | "no-table" | "nested-table" | "text-box";

export interface WordProblem {
  kind: WordProblemKind;
  message: string;
  params: Record<string, string>;
}

type Params = Record<string, string>;

/** The message key of a problem (zh-CN and en-US texts in src/word/strings.ts). */
export function problemKey(kind: WordProblemKind, params: Params): WordKey {
  return kind === "no-table" && params.tables === "0" ? "word.problem.no-table.none" : `word.problem.${kind}`;
}

/** The problem's message in a language (the command line speaks zh-CN). */
export function problemMessage(p: WordProblem, lang: Lang): string {
  return wt(lang, problemKey(p.kind, p.params), p.params);
}

export function wordProblem(kind: WordProblemKind, params: Params = {}): WordProblem {
  return { kind, message: wt("zh", problemKey(kind, params), params), params };
}

export function isWordProblem(x: unknown): x is WordProblem {
  return typeof x === "object" && x !== null && "kind" in x && "message" in x && !("grid" in x);
}
