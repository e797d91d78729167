import { useEffect } from "react";
import type { PaneServices } from "../services";

/**
 * Calls `onEdit` when the user (or a co-author) changes 附件1. Subscribed again after every load
 * (`revision`): a sheet created or rebuilt by a load has no listeners of its own.
 */
export function useEditWatch(services: PaneServices, revision: number, onEdit: () => void) {
  useEffect(() => {
    let stop: (() => Promise<void>) | null = null;
    let alive = true;
    void services.watchEdits(onEdit).then((remove) => {
      if (alive) stop = remove;
      else remove().catch(() => undefined);
    });
    return () => {
      alive = false;
      if (stop) stop().catch(() => undefined);
    };
  }, [services, revision, onEdit]);
}
