/**
 * What is on a PDF's pages, from poppler: the words with their boxes
 * (`pdftotext -bbox`) and the pixels (`pdftoppm`, as PPM). Used to check
 * printouts made by LibreOffice: text size, page count, repeated headers.
 */
import { execFileSync, spawnSync } from "child_process";
import { readFileSync, readdirSync, rmSync, mkdtempSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";

export interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface Page {
  width: number;
  height: number;
  words: Word[];
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** Fails with the command to run when poppler's tools are missing. */
export function ensurePoppler(): void {
  if (spawnSync("pdftotext", ["-v"]).error)
    throw new Error("poppler-utils (pdftotext, pdftoppm) are needed: apt-get install -y poppler-utils");
}

export function pdfPages(file: string): Page[] {
  const xml = execFileSync("pdftotext", ["-bbox", file, "-"], { encoding: "utf8", maxBuffer: 64 << 20 });
  const pages: Page[] = [];
  const re =
    /<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    if (m[1]) pages.push({ width: Number(m[1]), height: Number(m[2]), words: [] });
    else
      pages[pages.length - 1].words.push({
        xMin: Number(m[3]),
        yMin: Number(m[4]),
        xMax: Number(m[5]),
        yMax: Number(m[6]),
        text: unescape(m[7]),
      });
  }
  return pages;
}

/** CJK ideographs and full-width punctuation: each advances exactly one em. */
const FULL_WIDTH = /^[\u3000-\u303f\u3400-\u9fff\uff01-\uff5e]+$/u;

/**
 * The font size a word is printed at, from its width: a word of full-width
 * characters only is one em per character. Undefined for other words.
 */
export function printedSize(w: Word): number | undefined {
  const chars = [...w.text];
  return FULL_WIDTH.test(w.text) && chars.length >= 2 ? (w.xMax - w.xMin) / chars.length : undefined;
}

/** Text of a page with every blank removed, in pdftotext's order. */
export function pageText(p: Page): string {
  return p.words.map((w) => w.text).join("");
}

/** How often each non-blank character occurs. */
export function charCounts(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const ch of text.replace(/\s/g, "")) m.set(ch, (m.get(ch) ?? 0) + 1);
  return m;
}

/** Characters of `expected` that occur less often in `found` (each missing one listed once per missing occurrence). */
export function missingChars(expected: string, found: string): string[] {
  const have = charCounts(found);
  const out: string[] = [];
  for (const [ch, n] of charCounts(expected)) for (let k = have.get(ch) ?? 0; k < n; k++) out.push(ch);
  return out;
}

export interface Raster {
  width: number;
  height: number;
  /** RGB, 3 bytes per pixel. */
  data: Buffer;
}

/** Every page of a PDF as pixels at `dpi`. */
export function rasterise(file: string, dpi = 30): Raster[] {
  const dir = mkdtempSync(path.join(tmpdir(), "fujian1-ppm-"));
  try {
    execFileSync("pdftoppm", ["-r", String(dpi), file, path.join(dir, "p")]);
    return readdirSync(dir)
      .filter((f) => f.endsWith(".ppm"))
      .sort()
      .map((f) => parsePpm(readFileSync(path.join(dir, f))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function parsePpm(buf: Buffer): Raster {
  // "P6\n<w> <h>\n255\n" then the pixels.
  const header = buf.subarray(0, 64).toString("latin1");
  const m = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(header);
  if (!m) throw new Error("not a binary PPM");
  return { width: Number(m[1]), height: Number(m[2]), data: buf.subarray(m[0].length) };
}

/** Pixels whose colour is not a grey (channels differ by more than `tolerance`). */
export function colouredPixels(r: Raster, tolerance = 24): number {
  let n = 0;
  for (let i = 0; i + 2 < r.data.length; i += 3) {
    const [a, b, c] = [r.data[i], r.data[i + 1], r.data[i + 2]];
    if (Math.max(a, b, c) - Math.min(a, b, c) > tolerance) n++;
  }
  return n;
}
