/**
 * The collecting page's Web Worker: each file it is sent goes through the shared check (src/merge/check-bytes.ts,
 * the command line's own code path), off the page's main thread. Started from a Blob (see checker.ts).
 */
import { FUJIAN1 } from "../form";
import { checkBytes } from "../merge/check-bytes";
import { identityOf } from "./identity";
import type { CheckRequest, CheckReply } from "./protocol";

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<CheckRequest>) => void) | null;
  postMessage(m: CheckReply): void;
};

scope.onmessage = (e) => {
  const { id, bytes, ext } = e.data;
  void (async (): Promise<CheckReply> => {
    const data = new Uint8Array(bytes);
    const identity = identityOf(data);
    const checked = await checkBytes(data, FUJIAN1, { withEntries: true, ext });
    // A Word draft's findings are placed at rows of its table, in words: the English places beside the Chinese.
    const placesEn =
      checked.format === "docx" && checked.result
        ? (await checkBytes(data, FUJIAN1, { ext, lang: "en" })).result?.findings.map((f) => f.address ?? "")
        : undefined;
    return { id, identity, checked, placesEn };
  })().then(
    (reply) => scope.postMessage(reply),
    (err: unknown) => scope.postMessage({ id, error: err instanceof Error ? err.message : String(err) }),
  );
};
