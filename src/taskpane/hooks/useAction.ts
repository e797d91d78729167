import { useCallback, useState } from "react";
import type { Result } from "../services";
import type { Message } from "./useMessage";

/**
 * Runs one pane action at a time: `work` gives a Result, the message says what happened
 * (`done` words a success, a failure shows the service's message), then `after` re-reads.
 */
export function useAction(show: (m: Message | null) => void, after: () => Promise<void>) {
  const [busy, setBusy] = useState(false);
  const act = useCallback(
    async <T>(work: () => Promise<Result<T>>, done: (v: T) => string | Message): Promise<boolean> => {
      setBusy(true);
      show(null);
      const r = await work();
      setBusy(false);
      if (r.ok) {
        const m = done(r.value);
        show(typeof m === "string" ? { ok: true, text: m } : m);
      } else show({ ok: false, text: r.message });
      await after();
      return r.ok;
    },
    [show, after],
  );
  return { busy, act };
}
