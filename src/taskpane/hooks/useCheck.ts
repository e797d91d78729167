import { useCallback, useRef, useState } from "react";
import type { CheckResult } from "../../reading/check";
import type { PaneServices } from "../services";
import type { During } from "./useBusy";

/**
 * The last completeness check: its result, or the message of why it failed. Once the sheet changes
 * (the user edits it, or a pane action writes to it: `markStale`), the result is out of date and
 * says so until the next check.
 */
export function useCheck(services: PaneServices, during: During) {
  const [result, setResult] = useState<CheckResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  // Edits counted while a check runs make its result stale as soon as it arrives.
  const edits = useRef(0);
  const markStale = useCallback(() => {
    edits.current++;
    setStale(true);
  }, []);

  const run = useCallback(async () => {
    const before = edits.current;
    const r = await during("check", () => services.check());
    if (r.ok) {
      setResult(r.value);
      setError(null);
    } else setError(r.message);
    setStale(edits.current !== before);
  }, [services, during]);
  return { result, error, stale, run, markStale };
}
