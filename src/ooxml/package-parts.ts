/**
 * The parts of an OPC package (xlsx) as the reader needs them: found by name without regard to case, their
 * relationships resolved, their text streamed through the platform's inflater (DecompressionStream, in
 * browsers and Node alike) with the real unpacked size counted against what the zip declared.
 * Browser-safe. A host with a synchronous inflater (Node's zlib, registered by the command line) may hand it
 * over with setSyncInflater: small parts are then unpacked in one call instead of through a stream whose
 * every chunk waits for a round trip to another thread — most of a small file's reading time.
 */
import { MAX_UNPACKED_BYTES } from "./limits";
import { XmlStream, type XmlHandlers } from "./xml-stream";
import type { ZipEntryInfo } from "./zip-guard";

/**
 * Thrown when a part unpacks to more than its declared size, or the parts declare more than the limit in all
 * (so that what they really unpack to stays within it too); the reader turns it into a "zip-bomb" problem.
 */
export class UnpackedTooLarge extends Error {}

/** Thrown when a part cannot be unpacked (bad local header, encrypted, an unknown method, bad deflate data). */
export class DamagedPart extends Error {}

export interface Relationship {
  id: string;
  type: string;
  /** The target part's name, resolved against the source part (external targets are left out). */
  target: string;
}

/** Signals from a handler that it has what it needs. */
export const STOP = Symbol("stop");

const LOCAL = 0x04034b50;

/**
 * Unpacks deflate-raw data in one call: the bytes, or null when they would be more than `maxBytes`. Throws on
 * damaged data.
 */
export type SyncInflater = (data: Uint8Array, maxBytes: number) => Uint8Array | null;

/** Parts that declare at most this many bytes unpacked go through the synchronous inflater, when there is one. */
export const SYNC_INFLATE_MAX_BYTES = 4 * 1024 * 1024;

let syncInflater: SyncInflater | null = null;

/** Registers (or, with null, removes) the host's synchronous inflater for small parts. */
export function setSyncInflater(inflater: SyncInflater | null): void {
  syncInflater = inflater;
}

/** The data in chunks of at most 64 KB (a run of text longer than the limit always spans chunks). */
function* chunked(data: Uint8Array): Generator<Uint8Array> {
  // Stryker disable next-line EqualityOperator: one more, empty, chunk at the end changes nothing.
  for (let i = 0; i < data.length; i += 65536) yield data.subarray(i, i + 65536);
}

export class PackageParts {
  private byName = new Map<string, ZipEntryInfo>();

  /**
   * The entries as readDirectory lists them. Throws UnpackedTooLarge when they declare more than
   * MAX_UNPACKED_BYTES in all (readDirectory refuses such a zip already).
   */
  constructor(
    private bytes: Uint8Array,
    entries: ZipEntryInfo[],
  ) {
    let declared = 0;
    for (const e of entries) {
      declared += e.uncompressedSize;
      if (!e.name.endsWith("/")) this.byName.set(e.name.toLowerCase(), e);
    }
    if (declared > MAX_UNPACKED_BYTES) throw new UnpackedTooLarge();
  }

  has(name: string): boolean {
    return this.byName.has(name.toLowerCase());
  }

  /** The size a part declares unpacked (0 when there is no such part). */
  size(name: string): number {
    return this.byName.get(name.toLowerCase())?.uncompressedSize ?? 0;
  }

  names(): string[] {
    return [...this.byName.values()].map((e) => e.name);
  }

  /** Checks a part's real unpacked bytes so far: a part larger than declared is a bomb that lies, stopped at once. */
  private count(entry: ZipEntryInfo, bytes: number): void {
    if (bytes > entry.uncompressedSize) throw new UnpackedTooLarge();
  }

  /** The entry's stored data (still compressed). */
  private data(entry: ZipEntryInfo): Uint8Array {
    const view = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
    const at = entry.offset;
    if (at + 30 > this.bytes.length || view.getUint32(at, true) !== LOCAL) throw new DamagedPart("local header");
    if (entry.flags & 1) throw new DamagedPart("encrypted entry");
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const end = start + entry.compressedSize;
    if (end > this.bytes.length) throw new DamagedPart("entry data past the end");
    return this.bytes.subarray(start, end);
  }

  /** The part's bytes, chunk by chunk, as they are unpacked. */
  private async *chunks(entry: ZipEntryInfo): AsyncGenerator<Uint8Array> {
    const data = this.data(entry);
    if (entry.method === 0) {
      yield* chunked(data);
      return;
    }
    if (entry.method !== 8) throw new DamagedPart(`compression method ${entry.method}`);
    if (syncInflater && entry.uncompressedSize <= SYNC_INFLATE_MAX_BYTES) {
      let out: Uint8Array | null;
      try {
        out = syncInflater(data, entry.uncompressedSize);
      } catch (e) {
        throw new DamagedPart(e instanceof Error ? e.message : String(e));
      }
      // More than the part declared: a bomb that lies about its size.
      if (!out) throw new UnpackedTooLarge();
      yield* chunked(out);
      return;
    }
    const inflater = new DecompressionStream("deflate-raw");
    const writer = inflater.writable.getWriter();
    // Errors surface on the reading side; the writing side's promise is only kept from going unhandled.
    writer.write(data as unknown as BufferSource).catch(() => undefined);
    writer.close().catch(() => undefined);
    const reader = inflater.readable.getReader();
    try {
      for (;;) {
        let next: ReadableStreamReadResult<Uint8Array>;
        try {
          next = await reader.read();
        } catch (e) {
          throw new DamagedPart(e instanceof Error ? e.message : String(e));
        }
        if (next.done) return;
        yield next.value;
      }
      // Frees the stream when a handler stops early (nothing a test can observe).
    } finally {
      reader.cancel().catch(() => undefined);
    }
  }

  /**
   * Streams a part's XML to the handlers; a handler may throw STOP to end early. Resolves false when the part
   * does not exist.
   */
  async parse(name: string, handlers: XmlHandlers): Promise<boolean> {
    const entry = this.byName.get(name.toLowerCase());
    if (!entry) return false;
    const xml = new XmlStream(handlers);
    const decoder = new TextDecoder();
    let seen = 0;
    try {
      for await (const chunk of this.chunks(entry)) {
        seen += chunk.length;
        this.count(entry, seen);
        xml.write(decoder.decode(chunk, { stream: true }));
      }
      xml.write(decoder.decode());
      xml.end();
    } catch (e) {
      if (e !== STOP) throw e;
    }
    return true;
  }

  /** A small part's text (e.g. an OpenDocument mimetype), or null when absent. */
  async text(name: string): Promise<string | null> {
    const entry = this.byName.get(name.toLowerCase());
    if (!entry) return null;
    const decoder = new TextDecoder();
    let out = "";
    let seen = 0;
    for await (const chunk of this.chunks(entry)) {
      seen += chunk.length;
      this.count(entry, seen);
      out += decoder.decode(chunk, { stream: true });
    }
    return out + decoder.decode();
  }

  /** The relationships of a part (from its _rels part), or [] when it has none. */
  async relationships(source: string): Promise<Relationship[]> {
    const slash = source.lastIndexOf("/");
    const folder = source.slice(0, slash + 1);
    const relsName = `${folder}_rels/${source.slice(slash + 1)}.rels`;
    const out: Relationship[] = [];
    await this.parse(relsName, {
      open: (name, a) => {
        if (name !== "Relationship" || !a.Target || a.TargetMode === "External") return;
        out.push({ id: a.Id ?? "", type: a.Type ?? "", target: resolvePart(folder, a.Target) });
      },
    });
    return out;
  }
}

/** A relationship target as a part name: relative to the source's folder, or absolute from the package root. */
export function resolvePart(folder: string, target: string): string {
  let t = target;
  try {
    t = decodeURIComponent(target);
  } catch {
    // Not percent-encoded after all: keep it as written.
  }
  const parts = (t.startsWith("/") ? t : folder + t).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return out.join("/");
}

/** Whether a relationship type ends with the given name (transitional and strict URIs alike). */
export const relType = (r: Relationship, name: string): boolean => r.type.endsWith(`/${name}`);
