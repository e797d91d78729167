/**
 * Node's synchronous inflater for the file reader's small parts (see setSyncInflater in
 * src/ooxml/package-parts.ts): imported for its effect by ./check-file.ts, so every command that reads files
 * (and the bench, which calls checkFile) unpacks them without a thread round trip per chunk.
 */
import { inflateRawSync } from "zlib";
import { setSyncInflater } from "../ooxml/package-parts";

setSyncInflater((data, maxBytes) => {
  try {
    // maxOutputLength must be at least 1; a part declared empty that unpacks to a byte is then refused below.
    const out = inflateRawSync(data, { maxOutputLength: Math.max(maxBytes, 1) });
    return out.length > maxBytes ? null : out;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") return null;
    throw e;
  }
});
