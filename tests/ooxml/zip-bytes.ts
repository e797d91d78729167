/**
 * Zips built byte by byte for the package reader's tests, so that headers can say what a test needs (zip64
 * records, extra fields, lying sizes, flags). CRCs are left 0: the reader does not check them.
 */
import { deflateRawSync } from "node:zlib";

export interface Entry {
  name: string;
  /** The entry's data as stored (deflated when method is 8). */
  data: Uint8Array;
  method: number;
  /** Uncompressed size written into both headers (default: the data's length, or its inflated length). */
  declared?: number;
  flags?: number;
  /** Write 0xFFFFFFFF in the central header for these and put the real values in a zip64 extra field. */
  zip64?: Array<"usize" | "csize" | "offset">;
  /** Extra fields written before the zip64 one (id, bytes). */
  extraBefore?: Array<[number, Uint8Array]>;
  /** Bytes of the local header's extra field (moves the data; the central header does not say so). */
  localExtra?: number;
}

export interface ZipOptions {
  /** The end record's comment length (bytes after the end record). */
  comment?: number;
  /** Junk appended after the end record and its comment. */
  trailing?: number;
  /** Which classic end record fields overflow into a zip64 end record (with its locator). */
  zip64End?: Array<"count" | "size" | "offset">;
  /** The entry count written into the end record(s) (default: the number of entries). */
  count?: number;
  /** Added to the directory size written in the end record. */
  sizeDelta?: number;
}

const u16 = (n: number) => {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
};

/** A text entry, deflated (or stored with method 0). */
export function textEntry(name: string, text: string, method = 8): Entry {
  const raw = Buffer.from(text);
  return { name, data: method === 8 ? deflateRawSync(raw) : raw, method, declared: raw.length };
}

export function zipBytes(entries: Entry[], options: ZipOptions = {}): Uint8Array {
  const chunks: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const declared = e.declared ?? e.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.flags ?? 0, 6);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(e.localExtra ?? 0, 28);
    const big = new Set(e.zip64 ?? []);
    const zip64 = Buffer.concat([
      big.has("usize") ? u64(declared) : Buffer.alloc(0),
      big.has("csize") ? u64(e.data.length) : Buffer.alloc(0),
      big.has("offset") ? u64(offset) : Buffer.alloc(0),
    ]);
    const extra = Buffer.concat([
      ...(e.extraBefore ?? []).flatMap(([id, bytes]) => [u16(id), u16(bytes.length), Buffer.from(bytes)]),
      ...(big.size ? [u16(1), u16(zip64.length), zip64] : []),
    ]);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(45, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.flags ?? 0, 8);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt32LE(big.has("csize") ? 0xffffffff : e.data.length, 20);
    central.writeUInt32LE(big.has("usize") ? 0xffffffff : declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(big.has("offset") ? 0xffffffff : offset, 42);
    const localExtra = Buffer.alloc(e.localExtra ?? 0, 0x20);
    chunks.push(local, name, localExtra, Buffer.from(e.data));
    centrals.push(central, name, extra);
    offset += 30 + name.length + localExtra.length + e.data.length;
  }
  const directory = Buffer.concat(centrals);
  const count = options.count ?? entries.length;
  const size = directory.length + (options.sizeDelta ?? 0);
  const over = new Set(options.zip64End ?? []);
  const tail: Buffer[] = [];
  if (over.size) {
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeBigUInt64LE(BigInt(count), 24);
    record.writeBigUInt64LE(BigInt(count), 32);
    record.writeBigUInt64LE(BigInt(size), 40);
    record.writeBigUInt64LE(BigInt(offset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(offset + directory.length), 8);
    locator.writeUInt32LE(1, 16);
    tail.push(record, locator);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(over.has("count") ? 0xffff : count, 8);
  end.writeUInt16LE(over.has("count") ? 0xffff : count, 10);
  end.writeUInt32LE(over.has("size") ? 0xffffffff : size, 12);
  end.writeUInt32LE(over.has("offset") ? 0xffffffff : offset, 16);
  end.writeUInt16LE(options.comment ?? 0, 20);
  return new Uint8Array(
    Buffer.concat([
      ...chunks,
      directory,
      ...tail,
      end,
      Buffer.alloc(options.comment ?? 0, 0x41),
      Buffer.alloc(options.trailing ?? 0, 0x41),
    ]),
  );
}

function u64(n: number): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(BigInt(n));
  return b;
}
