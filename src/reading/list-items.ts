/**
 * Whether a name may become an item of a 名单 list (a unit or a time), before it is added: one name per item,
 * without separators, leading numbering or a repeat. Pure; the pane's list editor asks it item by item, so a
 * pasted column is refused name by name, with the reason.
 */
import type { ListKind } from "./list-usage";
import { unitNameProblem } from "./normalise-values";

export type ItemProblem =
  /** Joins several names: 、；;，, / or a line break inside (a joint unit is written in the cell, not the list). */
  | "separator"
  /** Starts with numbering copied from a document: "1.", "1、", "（1）", "一、", "①". */
  | "numbered"
  /** Already on the list, or earlier in the same paste. */
  | "duplicate"
  /** Longer than any unit name (more than 40 characters): a sentence, not a name. */
  | "long";

export interface ItemVerdict {
  name: string;
  problem: ItemProblem | null;
  /** For "separator": the character found; for "numbered": the numbering. */
  found?: string;
}

/** A time item is written as it is; only separators and line breaks make it more than one. */
const TIME_SEPARATOR = /[、；;，,/／\n\r\t]/;
const MAX_LENGTH = 40;

/**
 * The verdict on one name against the items already on the list (and those accepted before it). A unit name
 * goes through the one rule for unit values (unitNameProblem over unitNames, as a draft's units, `--units FILE`
 * and a 名单 sheet read back do): numbering or a separator is refused by name; a name spaced out for alignment
 * ("教 务 处") is added as the name it is (教务处).
 */
export function checkItem(kind: ListKind, raw: string, existing: Iterable<string>): ItemVerdict {
  let name = raw.trim();
  if (kind === "units") {
    const verdict = unitNameProblem(name);
    if (verdict.problem) return { name, problem: verdict.problem.problem, found: verdict.problem.found };
    name = verdict.name;
  } else {
    const sep = TIME_SEPARATOR.exec(name);
    if (sep) return { name, problem: "separator", found: sep[0] };
  }
  if ([...name].length > MAX_LENGTH) return { name, problem: "long" };
  for (const e of existing) if (e.trim() === name) return { name, problem: "duplicate" };
  return { name, problem: null };
}

/**
 * A pasted block split into its names (one a line; tabs too, as a row pasted from Excel), each with its verdict.
 * Blank lines are dropped; a name repeated in the paste is a duplicate from its second time on.
 */
export function checkPastedItems(kind: ListKind, text: string, existing: readonly string[]): ItemVerdict[] {
  const seen = [...existing];
  const out: ItemVerdict[] = [];
  for (const line of text.split(/\r\n|\r|\n|\t/)) {
    if (!line.trim()) continue;
    const verdict = checkItem(kind, line, seen);
    out.push(verdict);
    // A refused name seen again is refused again by its own problem, which is checked before a repeat.
    seen.push(verdict.name);
  }
  return out;
}
