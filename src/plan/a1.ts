/** A1 addresses from 0-based indexes. */

export function columnLetter(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** "A1:H5" (or "A1" for one cell) for rows r0..r1 and columns c0..c1, inclusive. */
export function rangeAddress(r0: number, c0: number, r1 = r0, c1 = c0): string {
  const a = cellAddress(r0, c0);
  return r0 === r1 && c0 === c1 ? a : `${a}:${cellAddress(r1, c1)}`;
}

/** Parses "G12" into 0-based row and column. */
export function parseCell(address: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new Error(`not a cell address: ${address}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}
