import { useCallback, useEffect, useState } from "react";
import type { SelectionInfo } from "../excel/selection";
import type { PaneServices } from "./services";

/** The selected cell on the form's sheet, kept current through selection events. */
export function useSelection(services: PaneServices, revision: number) {
  const [info, setInfo] = useState<SelectionInfo | null>(null);
  const refresh = useCallback(async () => {
    const r = await services.selection();
    setInfo(r.ok ? r.value : null);
  }, [services]);
  useEffect(() => {
    let stop: (() => Promise<void>) | null = null;
    let alive = true;
    void refresh();
    void services.watchSelection(() => void refresh()).then((remove) => {
      if (alive) stop = remove;
      else void remove();
    });
    return () => {
      alive = false;
      if (stop) void stop();
    };
  }, [services, refresh, revision]);
  return { info, refresh };
}
