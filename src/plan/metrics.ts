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
  for (const ch of text) w += advance(ch);
  return w;
}

/** Number of printed lines a text needs in a cell of `chars` width (a rough count, for the lists sheet's note). */
export function lineCount(text: string, chars: number): number {
  const usable = Math.max(1, chars - 0.5);
  return text.split("\n").reduce((n, para) => n + Math.max(1, Math.ceil(textWidth(para) / usable)), 0);
}

/** Height in points for `lines` lines of a font size, with padding (the lists sheet's note). */
export function heightFor(lines: number, fontSize: number): number {
  return Math.ceil(lines * fontSize * 1.35 + 6);
}

/*
 * The form's cells. Measured on LibreOffice's PDF (tests/libreoffice/paper.test.ts): a CJK character and a
 * full-width mark advance exactly one em (10.5 pt at 五号), digits and Latin letters about half; lines are
 * 1.17 em apart. Excel sets a column at the planned points (LibreOffice about 6% wider, see paper.ts) and
 * keeps about 2 px of padding each side; its automatic row height for 宋体/仿宋 is 19 px for 11 pt, 1.3 em a
 * line. The estimate takes Excel's narrower column and taller line, so it fits both.
 */

/** Points of a cell's width that text cannot use (padding on both sides). */
export const CELL_PADDING = 4;
/** Distance of wrapped lines, in ems. */
export const LINE_HEIGHT = 1.2;
/** Space above and below the text of a row, in points. */
export const ROW_PADDING = 3;

/** Advance of a character in ems. */
function advance(ch: string): number {
  return ch.charCodeAt(0) < 0x2e80 ? 0.55 : 1;
}

/** Characters no line may begin with (Chinese line-breaking rules): closing marks and punctuation. */
export const NO_LINE_START = "，。、；：？！）》」』】〕”’…%,.;:?!)";

/**
 * The lines a text wraps to in a cell `widthPoints` wide at `fontSize`: CJK breaks between any two
 * characters, a run of Latin letters and digits ("2023年", "30名") stays whole unless longer than a line,
 * and a mark that may not begin a line takes the character before it along (the stricter of the engines'
 * behaviours). "\n" always breaks.
 */
export function wrapText(text: string, widthPoints: number, fontSize: number): string[] {
  const width = Math.max(1, (widthPoints - CELL_PADDING) / fontSize);
  const lines: string[] = [];
  for (const para of text.split("\n")) {
    // A run wider than a line breaks between its characters, as the engines break it.
    const runs = para.match(/[A-Za-z0-9.]+|[\s\S]/gu) ?? [];
    const tokens = runs.flatMap((run) => (textWidth(run) > width ? [...run] : [run]));
    let line = "";
    let used = 0;
    for (const token of tokens) {
      const w = textWidth(token);
      if (used + w <= width || !line) {
        line += token;
        used += w;
        continue;
      }
      if (NO_LINE_START.includes(token[0]) && [...line].length > 1) {
        const chars = [...line];
        const last = chars.pop() as string;
        lines.push(chars.join(""));
        line = last + token;
      } else {
        lines.push(line);
        line = token;
      }
      used = textWidth(line);
    }
    lines.push(line);
  }
  return lines;
}

/** The height of a row (or merged rows) showing `lines` lines at `fontSize`. */
export function linesHeight(lines: number, fontSize: number): number {
  return Math.ceil(lines * fontSize * LINE_HEIGHT + ROW_PADDING);
}

/** Height a text needs in a cell `widthPoints` wide. */
export function textHeight(text: string, widthPoints: number, fontSize: number): number {
  return linesHeight(wrapText(text, widthPoints, fontSize).length, fontSize);
}
