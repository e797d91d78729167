/** Print metrics: how wide text is and how tall a wrapped cell must be. */

export const BODY_FONT = { name: "仿宋", size: 10.5 } as const;
export const HEADING_FONT = { name: "黑体", size: 11 } as const;
export const TITLE_FONT = { name: "宋体", size: 16, bold: true } as const;
export const LABEL_FONT = { name: "黑体", size: 12 } as const;

/** Points per character of column width, and the cell padding. */
const POINTS_PER_CHAR = BODY_FONT.size + 0.5;
const PADDING = 6;

export function widthInPoints(chars: number): number {
  return Math.round(chars * POINTS_PER_CHAR + PADDING);
}

/** Width of text in full-width characters: CJK counts 1, ASCII about half. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) < 0x2e80 ? 0.55 : 1;
  return w;
}

/** Number of printed lines a text needs in a cell of `chars` width. */
export function lineCount(text: string, chars: number): number {
  const usable = Math.max(1, chars - 0.5);
  return text.split("\n").reduce((n, para) => n + Math.max(1, Math.ceil(textWidth(para) / usable)), 0);
}

/** Height in points for `lines` lines of a font size, with padding. */
export function heightFor(lines: number, fontSize: number): number {
  return Math.ceil(lines * fontSize * 1.35 + 6);
}
