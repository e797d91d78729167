/**
 * Word's automatic numbering, kept as the text Word shows ("1." "（2）" "③"): a draft's numbered 完成目标
 * or 序号 carry their numbers only in word/numbering.xml, and would lose them on import otherwise.
 * Counters run per abstract list (w:abstractNum) in document order, as Word counts: lists (w:num) sharing one
 * count on together, and a list with a w:startOverride starts again where it is first used (LibreOffice
 * writes a numbered cell that way: its first paragraph in a list with the override, the rest in one without).
 * A level counting on resets the deeper ones.
 * Bullets and "none" show nothing (they carry no number). Browser-safe; pure over the parsed XML.
 */
import { parseXml, type XElement } from "./xml-tree";

interface Level {
  start: number;
  /** w:numFmt (none given: decimal). */
  format: string | undefined;
  text: string;
}

/** The child elements of n with this local name (text nodes have none); none without n. */
const children = (n: XElement | undefined, name: string): XElement[] =>
  n ? n.childNodes.filter((c): c is XElement => (c as XElement).localName === name) : [];
const child = (n: XElement | undefined, name: string): XElement | undefined => children(n, name)[0];
const attr = (n: XElement | undefined, name: string): string | undefined =>
  n?.attributes.find((a) => a.localName === name)?.value;

const TIANGAN = "甲乙丙丁戊己庚辛壬癸";

/** Digits 0–9, then the signs for ten and hundred. */
type Numerals = readonly [digits: string, ten: string, hundred: string];
const COUNTING: Numerals = ["零一二三四五六七八九", "十", "百"];
const LEGAL_SIMPLIFIED: Numerals = ["零壹贰叁肆伍陆柒捌玖", "拾", "佰"];
const LEGAL_TRADITIONAL: Numerals = ["零壹貳參肆伍陸柒捌玖", "拾", "佰"];

/**
 * 1–999 in Chinese numerals: 十一, 一百零五, 一百一十; legal (大写) digits keep the one before ten: 壹拾壹.
 * Beyond, decimal (no list in a draft runs so long).
 */
function chinese(n: number, [digits, ten, hundred]: Numerals): string {
  if (n < 10) return digits[n];
  if (n > 999) return String(n);
  const [h, t, o] = [Math.floor(n / 100), Math.floor(n / 10) % 10, n % 10];
  // 十 alone at the head (十一, not 一十一; 拾 keeps its 壹); a zero between hundreds and ones reads 零 (一百零五).
  const tens = t ? `${t === 1 && !h && ten === "十" ? "" : digits[t]}${ten}` : o ? digits[0] : "";
  return `${h ? digits[h] + hundred : ""}${tens}${o ? digits[o] : ""}`;
}

function roman(n: number): string {
  const table: Array<[number, string]> = [
    [1000, "M"],
    [900, "CM"],
    [500, "D"],
    [400, "CD"],
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let out = "";
  for (const [v, s] of table) while (n >= v) [out, n] = [out + s, n - v];
  return out;
}

function letters(n: number): string {
  // Word repeats the letter: a … z, aa … zz.
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

/** A counter in one of Word's number formats (the ones Chinese drafts use; others as decimal). */
export function formatNumber(n: number, format: string | undefined): string {
  switch (format) {
    case "decimalZero":
      return n < 10 ? `0${n}` : String(n);
    case "upperLetter":
      return letters(n).toUpperCase();
    case "lowerLetter":
      return letters(n);
    case "upperRoman":
      return roman(n);
    case "lowerRoman":
      return roman(n).toLowerCase();
    case "chineseCounting":
    case "chineseCountingThousand":
    case "taiwaneseCountingThousand":
    case "japaneseCounting":
      return chinese(n, COUNTING);
    // 壹贰叁 (LibreOffice's writerfilter maps these to NUMBER_UPPER_ZH and NUMBER_UPPER_ZH_TW).
    case "chineseLegalSimplified":
      return chinese(n, LEGAL_SIMPLIFIED);
    case "ideographLegalTraditional":
      return chinese(n, LEGAL_TRADITIONAL);
    case "ideographTraditional":
      return TIANGAN[(n - 1) % 10];
    case "decimalEnclosedCircle":
    case "decimalEnclosedCircleChinese":
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case "decimalFullWidth":
    case "decimalFullWidth2":
      return [...String(n)].map((d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).join("");
    case "bullet":
    case "none":
      return "";
    default:
      return String(n);
  }
}

export interface Numbering {
  /** The label Word shows before the next paragraph of list numId at level ilvl ("" for bullets). */
  next(numId: string, ilvl: number): string;
}

function levelsOf(parent: XElement): Map<number, Level> {
  const out = new Map<number, Level>();
  for (const lvl of children(parent, "lvl"))
    out.set(Number(attr(lvl, "ilvl") ?? 0), {
      start: Number(attr(child(lvl, "start"), "val") ?? 1),
      format: attr(child(lvl, "numFmt"), "val"),
      text: attr(child(lvl, "lvlText"), "val") ?? "",
    });
  return out;
}

/** Numbering from word/numbering.xml (no file: every paragraph's label is ""). Throws on malformed XML. */
export function readNumbering(xml: string | null): Numbering {
  // Each list (w:num) by its id: its own copy of its abstract list's levels, counted under the abstract list's
  // (shared) level map.
  const lists = new Map<string | undefined, { counter: object; levels: Map<number, Level>; restarts: Set<number> }>();
  if (xml) {
    const root = child(parseXml(xml), "numbering");
    const abstracts = new Map(children(root, "abstractNum").map((a) => [attr(a, "abstractNumId"), levelsOf(a)]));
    for (const num of children(root, "num")) {
      const base = abstracts.get(attr(child(num, "abstractNumId"), "val"));
      // A list of no abstract list has no levels: it numbers nothing.
      if (!base) continue;
      const levels = new Map([...base].map(([k, v]) => [k, { ...v }]));
      const restarts = new Set<number>();
      for (const o of children(num, "lvlOverride")) {
        const i = Number(attr(o, "ilvl") ?? 0);
        const own = levelsOf(o).get(i);
        if (own) levels.set(i, own);
        const start = attr(child(o, "startOverride"), "val");
        const level = levels.get(i);
        if (level && start !== undefined) level.start = Number(start);
        if (own || start !== undefined) restarts.add(i);
      }
      lists.set(attr(num, "numId"), { counter: base, levels, restarts });
    }
  }
  const counters = new Map<object, number[]>();
  const started = new Set<string>();
  return {
    next(numId, ilvl) {
      const list = lists.get(numId);
      const level = list?.levels.get(ilvl);
      if (!list || !level) return "";
      const { levels } = list;
      const count = counters.get(list.counter) ?? [];
      const key = `${numId}:${ilvl}`;
      if (list.restarts.has(ilvl) && !started.has(key)) count.length = ilvl;
      started.add(key);
      // A level not counted yet stands at start − 1 (shown so: Word's "1.0.1" under a skipped level); counting
      // on resets the deeper levels.
      count[ilvl] = (count[ilvl] ?? level.start - 1) + 1;
      count.length = ilvl + 1;
      counters.set(list.counter, count);
      if (level.format === "bullet" || level.format === "none") return "";
      return level.text.replace(/%(\d)/g, (_, d: string) => {
        const i = Number(d) - 1;
        const l = levels.get(i);
        return l ? formatNumber(count[i] ?? l.start - 1, l.format) : "";
      });
    },
  };
}
