/** What a file is, from its first bytes: zip (xlsx), OLE2 (xls, or an encrypted xlsx), PDF, text. */
export type Sniffed = "zip" | "ole2" | "ole2-encrypted" | "pdf" | "text" | "unknown" | "empty";

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Whether the bytes start with the prefix (a byte past the end is undefined, never equal). */
function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Whether the UTF-16LE name occurs in the bytes (OLE2 directory entries store names so). */
export function hasUtf16Name(bytes: Uint8Array, name: string): boolean {
  const pattern = [...name].flatMap((ch) => [ch.charCodeAt(0), 0]);
  for (let i = bytes.indexOf(pattern[0]); i >= 0; i = bytes.indexOf(pattern[0], i + 1))
    if (startsWith(bytes.subarray(i), pattern)) return true;
  return false;
}

/**
 * Text when the head (never empty: sniff answers "empty" first) has no control bytes other than tab, CR, LF,
 * FF and ESC — no NUL either (UTF-8 or GBK CSV, HTML…).
 */
function looksLikeText(head: Uint8Array): boolean {
  for (const b of head) if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 0x1b) return false;
  return true;
}

export function sniff(bytes: Uint8Array): Sniffed {
  if (!bytes.length) return "empty";
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7)) return "zip";
  if (startsWith(bytes, OLE2)) return hasUtf16Name(bytes, "EncryptedPackage") ? "ole2-encrypted" : "ole2";
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return "pdf";
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return "text";
  if (looksLikeText(bytes.subarray(0, 4096))) return "text";
  return "unknown";
}
