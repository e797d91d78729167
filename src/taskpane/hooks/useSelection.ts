import { useCallback, useEffect, useState } from "react";
import type { SelectionInfo } from "../../excel/selection";
import type { PaneServices } from "../services";

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
    void services
      .watchSelection(() => void refresh())
      .then((remove) => {
        if (alive) stop = remove;
        else remove().catch(() => undefined);
      });
    return () => {
      alive = false;
      // A workbook that closed or a sheet that went away has nothing left to unsubscribe.
      if (stop) stop().catch(() => undefined);
    };
  }, [services, refresh, revision]);
  return { info, refresh };
}

export type Selection = ReturnType<typeof useSelection>;
