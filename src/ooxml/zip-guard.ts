/**
 * Guards against zip bombs before anything is unpacked: the central directory's declared sizes and entry
 * count are checked first (package-parts.ts then stops any part that unpacks to more than it declared).
 * The directory also tells where each entry's data is, so parts are unpacked one by one, as streams.
 * Browser-safe.
 */
import JSZip from "jszip";
import { MAX_UNPACKED_BYTES, MAX_ZIP_ENTRIES } from "./limits";

export interface ZipEntryInfo {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  /** Where the entry's local header starts. */
  offset: number;
  /** 0 stored, 8 deflated (others are not used by Office). */
  method: number;
  /** General purpose flags (bit 0: encrypted). */
  flags: number;
}

export type DirectoryResult =
  { ok: true; entries: ZipEntryInfo[] } | { ok: false; reason: "truncated" | "corrupt" | "entries" | "size" };

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const MAX32 = 0xffffffff;

function findEocd(view: DataView): number {
  const end = view.byteLength - 22;
  for (let i = end; i >= 0 && i >= end - 65535; i--) if (view.getUint32(i, true) === EOCD) return i;
  return -1;
}

function u64(view: DataView, at: number): number {
  return Number(view.getBigUint64(at, true));
}

/** Entry count, directory size and offset, following the zip64 records when the classic fields overflow. */
function directoryBounds(view: DataView, eocd: number): { count: number; size: number; offset: number } | null {
  let count = view.getUint16(eocd + 10, true);
  let size = view.getUint32(eocd + 12, true);
  let offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || size === MAX32 || offset === MAX32) {
    const locator = eocd - 20;
    if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) return null;
    const at = u64(view, locator + 8);
    if (at + 56 > view.byteLength || view.getUint32(at, true) !== ZIP64_EOCD) return null;
    count = u64(view, at + 32);
    size = u64(view, at + 40);
    offset = u64(view, at + 48);
  }
  return { count, size, offset };
}

/** The uncompressed (and compressed) size from a zip64 extra field, where the classic field says 0xFFFFFFFF. */
function zip64Sizes(
  view: DataView,
  extra: number,
  length: number,
  usize: number,
  csize: number,
  offset: number,
): { usize: number; csize: number; offset: number } {
  // Stryker disable next-line EqualityOperator: a last field of 4 bytes has no data: read or not, nothing changes.
  for (let p = extra; p + 4 <= extra + length;) {
    const id = view.getUint16(p, true);
    const len = view.getUint16(p + 2, true);
    if (id === 1) {
      let q = p + 4;
      if (usize === MAX32 && q + 8 <= p + 4 + len) {
        usize = u64(view, q);
        q += 8;
      }
      if (csize === MAX32 && q + 8 <= p + 4 + len) {
        csize = u64(view, q);
        q += 8;
      }
      if (offset === MAX32 && q + 8 <= p + 4 + len) offset = u64(view, q);
      break;
    }
    p += 4 + len;
  }
  return { usize, csize, offset };
}

/** Reads the central directory and checks the declared sizes against the limits. Never throws. */
export function readDirectory(bytes: Uint8Array): DirectoryResult {
  try {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const eocd = findEocd(view);
    if (eocd < 0) return { ok: false, reason: "truncated" };
    const bounds = directoryBounds(view, eocd);
    if (!bounds || bounds.offset + bounds.size > bytes.length) return { ok: false, reason: "truncated" };
    if (bounds.count > MAX_ZIP_ENTRIES) return { ok: false, reason: "entries" };
    const entries: ZipEntryInfo[] = [];
    const decoder = new TextDecoder();
    let total = 0;
    let p = bounds.offset;
    for (let i = 0; i < bounds.count; i++) {
      // An entry cut off by the end of the file throws a RangeError: damaged too (below).
      if (view.getUint32(p, true) !== CENTRAL) return { ok: false, reason: "corrupt" };
      const nameLength = view.getUint16(p + 28, true);
      const extraLength = view.getUint16(p + 30, true);
      const commentLength = view.getUint16(p + 32, true);
      if (p + 46 + nameLength + extraLength > bytes.length) return { ok: false, reason: "corrupt" };
      const sizes = zip64Sizes(
        view,
        p + 46 + nameLength,
        extraLength,
        view.getUint32(p + 24, true),
        view.getUint32(p + 20, true),
        view.getUint32(p + 42, true),
      );
      entries.push({
        name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)),
        compressedSize: sizes.csize,
        uncompressedSize: sizes.usize,
        offset: sizes.offset,
        method: view.getUint16(p + 10, true),
        flags: view.getUint16(p + 8, true),
      });
      total += sizes.usize;
      if (total > MAX_UNPACKED_BYTES) return { ok: false, reason: "size" };
      p += 46 + nameLength + extraLength + commentLength;
    }
    return { ok: true, entries };
  } catch {
    return { ok: false, reason: "corrupt" };
  }
}

/**
 * The Word reader's guard (src/word/read-docx.ts): every entry inflated as a stream and counted. The xlsx reader
 * does not need it: package-parts.ts stops each part it reads as soon as it passes its declared size.
 */

/** JSZip's streaming API, which its typings leave out. */
interface EntryStream {
  on(event: "data", fn: (chunk: Uint8Array) => void): EntryStream;
  on(event: "error", fn: (e: unknown) => void): EntryStream;
  on(event: "end", fn: () => void): EntryStream;
  resume(): EntryStream;
  pause(): EntryStream;
}

/**
 * Inflates every entry as a stream, counting the real output. "size" as soon
 * as the total passes the limit; "corrupt" when an entry cannot be inflated.
 */
export async function checkInflatedSize(
  bytes: Uint8Array,
  limit = MAX_UNPACKED_BYTES,
): Promise<"ok" | "size" | "corrupt"> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return "corrupt";
  }
  let total = 0;
  for (const file of Object.values(zip.files)) {
    const outcome = await new Promise<"ok" | "size" | "corrupt">((resolve) => {
      const stream = (file as unknown as { internalStream(type: "uint8array"): EntryStream }).internalStream(
        "uint8array",
      );
      stream
        .on("data", (chunk) => {
          total += chunk.length;
          if (total > limit) {
            stream.pause();
            resolve("size");
          }
        })
        .on("error", () => resolve("corrupt"))
        .on("end", () => resolve("ok"))
        .resume();
    });
    if (outcome !== "ok") return outcome;
  }
  return "ok";
}
