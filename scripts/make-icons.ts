/**
 * Draws the add-in icons (assets/icon-16/32/64/80.png): a white table glyph with a filled
 * header row on Excel green (#217346), as real RGBA PNGs of exactly those pixel sizes.
 * No image library: the PNG is encoded here with node:zlib.
 *
 *   npx tsx scripts/make-icons.ts        # rewrites assets/icon-*.png
 */
import { deflateSync } from "node:zlib";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const ICON_SIZES = [16, 32, 64, 80] as const;

type RGBA = [number, number, number, number];
const GREEN: RGBA = [0x21, 0x73, 0x46, 255];
const WHITE: RGBA = [255, 255, 255, 255];

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Encodes RGBA pixels (row-major, 4 bytes a pixel) as a PNG file. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter
  ihdr[12] = 0; // no interlace
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Width and height from a PNG's IHDR chunk (throws if it is not a PNG). */
export function pngSize(file: Buffer): { width: number; height: number } {
  const sig = "89504e470d0a1a0a";
  if (file.subarray(0, 8).toString("hex") !== sig || file.subarray(12, 16).toString("ascii") !== "IHDR") {
    throw new Error("not a PNG file");
  }
  return { width: file.readUInt32BE(16), height: file.readUInt32BE(20) };
}

/** Draws one icon: rounded green square (anti-aliased corners) and a pixel-aligned white table. */
export function drawIcon(size: number): Uint8Array {
  const px = new Uint8Array(size * size * 4);
  const radius = size * 0.14;
  const ss = 4; // supersampling for the rounded corners
  const insideRounded = (x: number, y: number): boolean => {
    const cx = Math.min(Math.max(x, radius), size - radius);
    const cy = Math.min(Math.max(y, radius), size - radius);
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
  };

  // The table glyph, in whole pixels so that it stays crisp at 16 px.
  const m = Math.round(size * 0.1875);
  const lw = Math.max(1, Math.round(size / 16));
  const left = m;
  const right = size - m; // exclusive
  const top = m;
  const bottom = size - m;
  const header = top + Math.max(lw + 1, Math.round((bottom - top) * 0.28));
  const cols = [1, 2].map((k) => left + Math.round(((right - left) * k) / 3) - Math.floor(lw / 2));
  const rows = [1, 2].map((k) => header + Math.round(((bottom - header) * k) / 3) - Math.floor(lw / 2));
  const inGlyph = (x: number, y: number): boolean => {
    if (x < left || x >= right || y < top || y >= bottom) return false;
    if (y < header) return true; // filled header row
    if (x < left + lw || x >= right - lw || y >= bottom - lw) return true; // frame
    if (cols.some((c) => x >= c && x < c + lw)) return true;
    if (rows.some((r) => y >= r && y < r + lw)) return true;
    return false;
  };

  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let cover = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          if (insideRounded(x + (sx + 0.5) / ss, y + (sy + 0.5) / ss)) cover++;
        }
      }
      const colour = inGlyph(x, y) ? WHITE : GREEN;
      const i = (y * size + x) * 4;
      px[i] = colour[0];
      px[i + 1] = colour[1];
      px[i + 2] = colour[2];
      px[i + 3] = Math.round((colour[3] * cover) / (ss * ss));
    }
  }
  return px;
}

function main(): void {
  const dir = join(__dirname, "..", "assets");
  mkdirSync(dir, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = join(dir, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, size, drawIcon(size)));
    console.log(`wrote ${file}`);
  }
}

if (require.main === module) main();
