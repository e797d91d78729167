import { lazy, useCallback, useEffect, useRef, useState } from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { t, type Lang } from "../i18n/strings";
import type { Lists } from "../form/types";
// The bulk card loads on its own: it is not needed to start the pane.
const BulkPanel = lazy(() =>
  import(/* webpackChunkName: "bulk-panel" */ "./BulkPanel").then((m) => ({ default: m.BulkPanel })),
);
import { useAction } from "./hooks/useAction";
import { useMessage } from "./hooks/useMessage";
import type { Selection } from "./hooks/useSelection";
import { LazyPiece } from "./LazyPiece";
import { MessageLine } from "./MessageLine";
import type { PaneServices } from "./services";

// The selected task's tools (Fluent's Card, Field and Input with them) load when a task is first selected.
const TaskCard = lazy(() =>
  import(/* webpackChunkName: "task-tools", webpackPrefetch: true */ "./TaskTools").then((m) => ({
    default: m.TaskCard,
  })),
);
const UnitCard = lazy(() =>
  import(/* webpackChunkName: "task-tools" */ "./TaskTools").then((m) => ({ default: m.UnitCard })),
);

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface FillPanelProps {
  lang: Lang;
  services: PaneServices;
  revision: number;
  selection: Selection;
  /** Called after an action wrote to the sheet (an earlier check result is then out of date). */
  onWritten: () => void;
}

/** What can be done for the selected task: measure rows, 不涉及, the unit picker. */
export function FillPanel({ lang, services, revision, selection, onWritten }: FillPanelProps) {
  const styles = useStyles();
  const { info, refresh } = selection;
  const [lists, setLists] = useState<Lists>(services.form.lists);
  const [reason, setReason] = useState("");
  const [bulkChoice, setBulkChoice] = useState({ unit: "", time: "" });
  const bulkRef = useRef<HTMLDivElement>(null);
  const { message, show } = useMessage(info?.seq ?? "");
  const after = useCallback(async () => {
    onWritten();
    await refresh();
  }, [onWritten, refresh]);
  const { busy, act } = useAction(show, after);

  useEffect(() => {
    void services.lists().then((r) => setLists(r.ok ? r.value : services.form.lists));
  }, [services, revision]);
  // The box keeps the last reason typed (several tasks often share one); a marked task fills an empty box.
  useEffect(() => {
    if (info?.mark) setReason((r) => r || info.mark);
  }, [info?.seq, info?.mark]);
  // On a workbook without 附件1 the first hint is where to start: 载入附件1.
  const [formPresent, setFormPresent] = useState(true);
  useEffect(() => {
    void services.sheetStatus().then((r) => setFormPresent(!r.ok || r.value.present));
  }, [services, revision]);

  if (!formPresent) return <Text>{t(lang, "pane.start")}</Text>;
  // No task cell, or a range over several tasks: 不涉及 is marked for them all from the bulk card.
  const several = !info || info.tasks > 1;
  const bulk = (
    <div ref={bulkRef} tabIndex={-1}>
      <LazyPiece lang={lang} fallback={null}>
        <BulkPanel
          lang={lang}
          services={services}
          lists={lists}
          busy={busy}
          act={(work, done) => void act(work, done)}
          choice={bulkChoice}
          onChoice={setBulkChoice}
          reason={several ? { value: reason, onChange: setReason } : undefined}
        />
      </LazyPiece>
    </div>
  );
  if (!info)
    return (
      <div className={styles.stack}>
        <Text>{t(lang, "pane.selection.none")}</Text>
        <MessageLine message={message} />
        {bulk}
      </div>
    );
  return (
    <div className={styles.stack}>
      {/* In a narrow pane the bulk card is screens below the task's tools: one click away instead. */}
      <Button
        appearance="transparent"
        size="small"
        onClick={() => {
          bulkRef.current?.scrollIntoView({ block: "start" });
          bulkRef.current?.focus({ preventScroll: true });
        }}
      >
        {t(lang, "pane.bulk.jump")}
      </Button>
      <LazyPiece lang={lang}>
        <TaskCard
          lang={lang}
          services={services}
          info={info}
          busy={busy}
          act={act}
          reason={reason}
          setReason={setReason}
        />
        {info.column === "unit" && (
          <UnitCard lang={lang} services={services} units={lists.units} value={info.value} busy={busy} act={act} />
        )}
      </LazyPiece>
      <MessageLine message={message} />
      {bulk}
    </div>
  );
}
