import { useCallback, useState } from "react";

/** Which pane action is running (one at a time), and a wrapper that marks a piece of work as it. */
export function useBusy() {
  const [busy, setBusy] = useState<string | null>(null);
  const during = useCallback(async <T>(what: string, work: () => Promise<T>): Promise<T> => {
    setBusy(what);
    try {
      return await work();
    } finally {
      setBusy(null);
    }
  }, []);
  return { busy, during };
}

export type During = ReturnType<typeof useBusy>["during"];
