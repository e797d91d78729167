import { useCallback, useState } from "react";
import type { LoadSource, Outcome, PaneServices, SamplePlace } from "../services";
import type { During } from "./useBusy";

/** What the user is asked before the sample would land on a sheet holding their own entries. */
export interface SampleQuestion {
  tasks: number;
  header: boolean;
}

/**
 * Loading 附件1 (blank or the sample); `revision` counts loads so panels re-read the sheet. The
 * sample never mixes into a sheet that holds the college's entries or header: the user is asked
 * first (`question`), and may load it as its own sheet or keep theirs.
 */
export function useLoad(services: PaneServices, during: During, onOutcome: (out: Outcome) => void) {
  const [source, setSource] = useState<LoadSource>("blank");
  const [revision, setRevision] = useState(0);
  const [question, setQuestion] = useState<SampleQuestion | null>(null);

  const loadInto = useCallback(
    async (src: LoadSource, place?: SamplePlace) => {
      const out = await during("load", () => services.load(src, place));
      setRevision((r) => r + 1);
      onOutcome(out);
    },
    [services, during, onOutcome],
  );

  const load = useCallback(async () => {
    if (source === "sample") {
      const status = await during("load", () => services.sheetStatus());
      if (!status.ok) return onOutcome({ ok: false, message: status.message, notes: [] });
      const { present, filledTasks, headerFilled } = status.value;
      if (present && (filledTasks > 0 || headerFilled))
        return setQuestion({ tasks: filledTasks, header: headerFilled });
    }
    await loadInto(source);
  }, [services, during, source, loadInto, onOutcome]);

  /** The answer to the question: the sample on its own sheet, or nothing loaded (null). */
  const answer = useCallback(
    async (place: SamplePlace | null) => {
      setQuestion(null);
      if (place) await loadInto("sample", place);
    },
    [loadInto],
  );
  /** Another action rebuilt the sheet (an imported Word draft): panels re-read it. */
  const reloaded = useCallback(() => setRevision((r) => r + 1), []);
  return { source, setSource, revision, load, question, answer, reloaded };
}
