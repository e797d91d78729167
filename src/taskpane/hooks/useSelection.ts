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
    let alive = true;
    void refresh();
    const stops: Array<() => Promise<void>> = [];
    const keep = (remove: () => Promise<void>) => {
      if (alive) stops.push(remove);
      else remove().catch(() => undefined);
    };
    void services.watchSelection(() => void refresh()).then(keep);
    // A paste or an edit changes the selected cell's value without moving the selection.
    void services.watchEdits(() => void refresh()).then(keep);
    return () => {
      alive = false;
      // A workbook that closed or a sheet that went away has nothing left to unsubscribe.
      for (const stop of stops) stop().catch(() => undefined);
    };
  }, [services, refresh, revision]);
  return { info, refresh };
}

export type Selection = ReturnType<typeof useSelection>;
