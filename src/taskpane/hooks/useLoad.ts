import { useCallback, useState } from "react";
import type { LoadSource, Outcome, PaneServices } from "../services";
import type { During } from "./useBusy";

/** Loading 附件1 (blank or the sample); `revision` counts loads so panels re-read the sheet. */
export function useLoad(services: PaneServices, during: During) {
  const [source, setSource] = useState<LoadSource>("blank");
  const [revision, setRevision] = useState(0);
  const load = useCallback(async (): Promise<Outcome> => {
    const out = await during("load", () => services.load(source));
    setRevision((r) => r + 1);
    return out;
  }, [services, during, source]);
  /** Another action rebuilt the sheet (an imported Word draft): panels re-read it. */
  const reloaded = useCallback(() => setRevision((r) => r + 1), []);
  return { source, setSource, revision, load, reloaded };
}
