import { useCallback, useState } from "react";
import type { CheckResult } from "../../reading/check";
import type { PaneServices } from "../services";
import type { During } from "./useBusy";

/** The last completeness check: its result, or the message of why it failed. */
export function useCheck(services: PaneServices, during: During) {
  const [result, setResult] = useState<CheckResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async () => {
    const r = await during("check", () => services.check());
    if (r.ok) {
      setResult(r.value);
      setError(null);
    } else setError(r.message);
  }, [services, during]);
  return { result, error, run };
}
