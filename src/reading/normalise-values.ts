/** Suggestions for values that are not on the lists: separators, years, near misses. */
import { joinUnits as splitAndJoin } from "../form/normalise";

const FULL_WIDTH_DIGITS = /[０-９]/g;

/** Turns what people type for a year into the list's form, e.g. ２０２３ → 2023年. Null when it is not a year. */
export function yearOf(value: string): string | null {
  const v = value.replace(FULL_WIDTH_DIGITS, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/\s/g, "");
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

/**
 * Normalises a joint unit value to names joined by "、" — except that a space between single
 * characters is not a separator: "教 务 处" (a name spaced out for alignment) stays one name, 教务处.
 */
export function joinUnits(value: string): string {
  const names: string[] = [];
  for (const chunk of value.split(/[；;，,、\n\r\t/／]+/)) {
    let run = "";
    for (const word of chunk.trim().split(SPACES).filter(Boolean)) {
      if ([...word].length === 1) run += word;
      else {
        if (run) names.push(run);
        run = "";
        names.push(word);
      }
    }
    if (run) names.push(run);
  }
  return splitAndJoin(names.join("、"));
}

/** Whether a time value is a date with a month that becomes only its year on the list (2022.12 → 2022年). */
export function dropsMonth(value: string): boolean {
  const v = value.replace(FULL_WIDTH_DIGITS, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/\s/g, "");
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
