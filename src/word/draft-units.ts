/**
 * Units from a draft are proposals, not list items. Pure, over entries: a draft's unit values in the list's
 * form (the rule for unit values, src/reading/normalise-values), the names it uses that the college's list
 * lacks, close names on the list to map them to, and the entries with names mapped.
 */
import type { Entries } from "../form/types";
import { didYouMean, distance, joinUnits, unitNames } from "../reading/normalise-values";

const LINES = /[\r\n]/;

function mapRows(entries: Entries, unit: (value: string) => string): Entries {
  const rows = Object.fromEntries(
    Object.entries(entries.rows).map(([seq, list]) => [seq, list.map((r) => ({ ...r, unit: unit(r.unit) }))]),
  );
  return { ...entries, rows };
}

/**
 * Unit values as a typed one is corrected: separators become 、, each name once ("招生就业处/教务处" →
 * "招生就业处、教务处"). A value on several lines is kept as it is: whether its lines are one joint unit or
 * each target's own is the user's call (the check asks). A value of only blanks becomes empty.
 */
export function normaliseDraftUnits(entries: Entries): Entries {
  return mapRows(entries, (v) => (LINES.test(v.trim()) ? v : joinUnits(v)));
}

/** The names the entries use that are not on the list, in order of first use. */
export function newUnits(entries: Entries, list: readonly string[]): string[] {
  const have = new Set(list);
  const out: string[] = [];
  for (const rows of Object.values(entries.rows))
    for (const r of rows) for (const n of unitNames(r.unit)) if (!have.has(n) && !out.includes(n)) out.push(n);
  return out;
}

/** Names on the list a new name was probably meant to be (组织部 → 党委组织部), closest first, at most three. */
export function closeNames(name: string, list: readonly string[]): string[] {
  const guess = didYouMean(name, list);
  const containing = list.filter((n) => n !== guess && (n.includes(name) || name.includes(n)));
  return [...(guess ? [guess] : []), ...containing.sort((a, b) => distance(a, name) - distance(b, name))].slice(0, 3);
}

/** The entries with unit names replaced (in joint values too; a name mapped onto one already there is kept once). */
export function mapUnits(entries: Entries, to: Readonly<Record<string, string>>): Entries {
  return mapRows(entries, (v) => {
    const names = unitNames(v);
    if (!names.some((n) => to[n])) return v;
    const mapped = [...new Set(names.map((n) => to[n] ?? n))];
    // Several lines stay several lines (the check still asks about them); one line joins with 、.
    return LINES.test(v.trim()) ? mapped.join("\n") : joinUnits(mapped.join("、"));
  });
}
