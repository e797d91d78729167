/**
 * Repairs what the Word-to-text conversion broke, and nothing else.
 * Every repair is reported so tests can list each change to the official text.
 */

export type RepairRule = "bookmark" | "variant" | "wrap-space" | "wrap-line" | "title-space" | "unit-separator";

export interface Repair {
  rule: RepairRule;
  /** The broken fragment as found in the seed. */
  from: string;
  /** What it became. */
  to: string;
}

/** Characters the conversion swapped for a look-alike (Japanese or variant forms). */
export const VARIANTS: Readonly<Record<string, string>> = {
  領: "领",
  釆: "采",
  髙: "高",
  庁: "厅",
};

const BOOKMARK = /\[bookmark: [^\]]*\]/g;
const SPACES = /[ \u00a0\u3000\t]+/g;
const ASCII_WORD = /[A-Za-z0-9]/;

/**
 * Cleans one line of text. Spaces inside the line come from line wrapping in
 * the Word table; they are removed unless they separate two ASCII words.
 */
export function repairLine(line: string, log?: Repair[]): string {
  let out = line.replace(BOOKMARK, (m) => {
    log?.push({ rule: "bookmark", from: m, to: "" });
    return "";
  });
  out = out.replace(/[領釆髙庁]/g, (c) => {
    const to = VARIANTS[c] ?? c;
    log?.push({ rule: "variant", from: c, to });
    return to;
  });
  out = out.trim().replace(SPACES, (m, offset: number, whole: string) => {
    const before = whole[offset - 1] ?? "";
    const after = whole[offset + m.length] ?? "";
    if (ASCII_WORD.test(before) && ASCII_WORD.test(after)) return " ";
    log?.push({ rule: "wrap-space", from: `${before}${m}${after}`, to: `${before}${after}` });
    return "";
  });
  return out;
}

/**
 * Joins the lines of an official cell: in the province's columns a line
 * break is always a wrap inside a sentence, never a paragraph.
 */
export function repairWrapped(lines: readonly string[], log?: Repair[]): string {
  const parts = lines.map((l) => repairLine(l, log)).filter((l) => l !== "");
  for (let i = 1; i < parts.length; i++) {
    const a = parts[i - 1].slice(-1);
    const b = parts[i].slice(0, 1);
    log?.push({ rule: "wrap-line", from: `${a}\n${b}`, to: `${a}${b}` });
  }
  return parts.join("");
}

/**
 * The seed lost the space that separates the two issuing bodies in the title
 * ("教育部 辽宁省人民政府"), as every joint document prints it.
 */
export function repairTitle(title: string, log?: Repair[]): string {
  const broken = "教育部辽宁省人民政府";
  if (!title.includes(broken)) return title;
  const fixed = "教育部 辽宁省人民政府";
  log?.push({ rule: "title-space", from: broken, to: fixed });
  return title.replace(broken, fixed);
}

/** Separators people use between several unit names in one cell. */
const UNIT_SEPARATORS = /[；;，,、\n\r\t \u3000/／]+/;

/** Normalises a joint unit value: names joined by "、", no empty names. */
export function joinUnits(value: string): string {
  return value
    .split(UNIT_SEPARATORS)
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .join("、");
}
