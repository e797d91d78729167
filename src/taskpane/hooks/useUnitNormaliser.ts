import { useEffect } from "react";
import type { PaneServices } from "../services";

/** While the pane is open, units typed or pasted with ；, ，, newlines or spaces are rejoined with 、. */
export function useUnitNormaliser(services: PaneServices, revision: number) {
  useEffect(() => {
    let stop: (() => Promise<void>) | null = null;
    let alive = true;
    void services.normaliseUnitsOnEdit().then((remove) => {
      if (alive) stop = remove;
      else remove().catch(() => undefined);
    });
    return () => {
      alive = false;
      if (stop) stop().catch(() => undefined);
    };
  }, [services, revision]);
}
