/** Suggestions for values that are not on the lists: separators, years, near misses. */

/** Full-width digits and date separators, as a Chinese input method types them (２０２３．１２, 2023／6). */
const FULL_WIDTH = /[０-９．－／]/g;

/** A time value as typed, in half-width forms and without blanks: ２０２３．１２ → 2023.12. */
function halfWidth(value: string): string {
  return value.replace(FULL_WIDTH, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/\s/g, "");
}

/** Turns what people type for a year into the list's form, e.g. ２０２３ → 2023年. Null when it is not a year. */
export function yearOf(value: string): string | null {
  const v = halfWidth(value);
  const m = /^(\d{4})(?:\.0+|年|[-/.]\d{1,2}(?:[-/.]\d{1,2})?|年\d{1,2}月(?:\d{1,2}日)?|年底|年末)?$/.exec(v);
  if (m) return `${m[1]}年`;
  // A date that Excel stored as a serial number (1900 date system).
  if (/^\d{5}(\.\d+)?$/.test(v)) {
    const serial = Number(v);
    if (serial >= 36526 && serial <= 58440)
      return `${new Date(Date.UTC(1899, 11, 30) + serial * 86400000).getUTCFullYear()}年`;
  }
  return null;
}

export function hasForeignSeparators(value: string): boolean {
  return /[；;，,\n\r\t /／]/.test(value.trim());
}

const SPACES = /[ \u3000]+/;
/** Separators between unit names in one value (and between the lines of a cell). */
const UNIT_SEPARATORS = /[；;，,、\n\r\t/／|｜]+/;
/** Numbering in front of a name, once or repeated: "1." "1、" "（1）" "(1)" "①" "一、" "壹、" "1.2." "１．". */
const LEADING_NUMBER =
  /^(?:\s*(?:[（(]\s*(?:[0-9０-９]{1,2}|[一二三四五六七八九十壹贰叁肆伍陆柒捌玖拾]{1,3})\s*[)）]|(?:[0-9０-９]{1,2}|[一二三四五六七八九十壹贰叁肆伍陆柒捌玖拾]{1,3})\s*[.．、:：)）]|[①-⑳]))+\s*/;
/** A part that is only a number left by a separator ("一、教务处" split at 、). */
const ONLY_NUMBER = /^(?:[0-9０-９]{1,2}|[一二三四五六七八九十壹贰叁肆伍陆柒捌玖拾]{1,3}|[①-⑳])$/;

/**
 * The one rule for unit values, wherever a name comes from (a typed cell, a Word draft, the pane's list
 * editor, `--units FILE`, a 名单 sheet read back): the value's names in order, each once, without separators,
 * line breaks or leading numbering. A space between single characters is not a separator: "教 务 处" (a name
 * spaced out for alignment) stays one name, 教务处.
 */
export function unitNames(value: string): string[] {
  const names: string[] = [];
  const add = (name: string) => {
    const n = name.replace(LEADING_NUMBER, "").trim();
    if (n && !ONLY_NUMBER.test(n) && !names.includes(n)) names.push(n);
  };
  for (const line of value.split(/[\n\r]+/))
    for (const chunk of line.replace(LEADING_NUMBER, "").split(UNIT_SEPARATORS)) {
      let run = "";
      for (const word of chunk.trim().split(SPACES).filter(Boolean)) {
        if ([...word].length === 1) run += word;
        else {
          if (run) add(run);
          run = "";
          add(word);
        }
      }
      if (run) add(run);
    }
  return names;
}

/** A unit value in the list's form: its names (unitNames) joined by "、" (each once: never "教务处、教务处"). */
export function joinUnits(value: string): string {
  return unitNames(value).join("、");
}

/** Whether a name can be a list item as it is (one name: no separator, line break or leading numbering). */
export function isUnitName(name: string): boolean {
  const names = unitNames(name);
  return names.length === 1 && names[0] === name.trim();
}

/** Why a typed name is not one unit name by the rule above (unitNames), with what was found; null when it is. */
export type NameProblem = { problem: "numbered" | "separator"; found: string } | null;

/**
 * The list editor's question to the one rule: a name is one list item when unitNames gives exactly one name;
 * a name only spaced out for alignment ("教 务 处") is that name. Otherwise the leading numbering, or the first
 * separator (a space between words included), is named.
 */
export function unitNameProblem(raw: string): { name: string; problem: NameProblem } {
  const name = raw.trim();
  const names = unitNames(name);
  if (names.length === 1 && names[0] === name.replace(/[ \u3000]+/g, "")) return { name: names[0], problem: null };
  // Nothing but a number ("12", "一"): numbering without a name.
  if (!names.length) return { name, problem: { problem: "numbered", found: name } };
  const numbered = LEADING_NUMBER.exec(name);
  if (numbered && numbered[0].trim()) return { name, problem: { problem: "numbered", found: numbered[0].trim() } };
  return { name, problem: { problem: "separator", found: separatorIn(name) ?? name } };
}

/** The first separator between names in a value, past its leading numbering (a run of spaces is one); null: none. */
export function separatorIn(value: string): string | null {
  return /[；;，,、\n\r\t/／|｜]|[ \u3000]+/.exec(value.trim().replace(LEADING_NUMBER, ""))?.[0] ?? null;
}

/** Blanks in words: quoted, they show as nothing (不能含有“ ”). */
const BLANKS: Record<string, { zh: string; en: string }> = {
  " ": { zh: "空格", en: "a space" },
  "\u3000": { zh: "全角空格", en: "a full-width space" },
  "\n": { zh: "换行", en: "a line break" },
  "\r": { zh: "换行", en: "a line break" },
  "\t": { zh: "制表符", en: "a tab" },
};

/**
 * What a refusal says a name contains (unitNameProblem's, separatorIn's `found`): a visible separator in quotes
 * (“、”), blanks in words (空格, a tab) — any other blank by its code point (U+00A0), never an empty-looking “ ”.
 */
export function separatorWords(found: string, lang: "zh" | "en"): string {
  if (/\S/.test(found)) return `“${found}”`;
  const words = [...found].map((c) => {
    const code = `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
    return BLANKS[c]?.[lang] ?? (lang === "zh" ? `空白字符（${code}）` : `a blank (${code})`);
  });
  return [...new Set(words)].join(lang === "zh" ? "和" : " and ");
}

/** List items from any source (a pasted column, a 名单 sheet, a file), split and normalised, each once. */
export function listItems(values: readonly string[]): string[] {
  const out: string[] = [];
  for (const v of values) for (const n of unitNames(v)) if (!out.includes(n)) out.push(n);
  return out;
}

/** Whether a time value is a date with a month that becomes only its year on the list (2022.12 → 2022年). */
export function dropsMonth(value: string): boolean {
  const v = halfWidth(value);
  // 2023.0 is a year Excel showed with a decimal, not month 0 (yearOf reads it as a plain year).
  if (/^\d{4}\.0+$/.test(v)) return false;
  return /^\d{4}(?:[-/.]\d{1,2}|年\d{1,2}月)/.test(v) || /^\d{5}(\.\d+)?$/.test(v);
}

/** Edit distance, for did-you-mean on unit names (short strings). */
export function distance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++)
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[y.length];
}

function commonPrefix(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return i;
}

/**
 * The listed name an unknown one was probably meant to be: a near miss that
 * keeps the name's stem (教务部 → 教务处), not another office (财务处).
 */
export function didYouMean(unknown: string, names: readonly string[]): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  for (const n of names) {
    const d = distance(unknown, n);
    if (d < bestD && commonPrefix(unknown, n) >= Math.min(2, [...n].length - 1)) [best, bestD] = [n, d];
  }
  const limit = Math.max(1, Math.floor([...unknown].length / 3));
  if (best !== null && bestD <= limit) return best;
  const containing = names.filter((n) => unknown.includes(n) || (unknown.length >= 2 && n.includes(unknown)));
  return containing.length === 1 ? containing[0] : null;
}
