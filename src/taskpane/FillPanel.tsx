import { Suspense, lazy, useCallback, useEffect, useRef, useState } from "react";
import { Button, Card, Field, Input, Text, makeStyles, tokens } from "@fluentui/react-components";
import { t, type Lang } from "../i18n/strings";
import type { Lists } from "../form/types";
// The bulk card loads on its own: it is not needed to start the pane.
const BulkPanel = lazy(() =>
  import(/* webpackChunkName: "bulk-panel" */ "./BulkPanel").then((m) => ({ default: m.BulkPanel })),
);
import { useAction } from "./hooks/useAction";
import { useMessage } from "./hooks/useMessage";
import type { Selection } from "./hooks/useSelection";
import { MessageLine } from "./MessageLine";
import type { PaneServices } from "./services";

// Shown only for a 责任单位 cell: its search box, badges and checkboxes load on first use.
const UnitPicker = lazy(() =>
  import(/* webpackChunkName: "unit-picker" */ "./UnitPicker").then((m) => ({ default: m.UnitPicker })),
);

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
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
      <Suspense fallback={null}>
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
      </Suspense>
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
      <Card>
        <Text weight="semibold">{t(lang, "pane.selection.task", { seq: info.seq, excerpt: info.excerpt })}</Text>
        <Text size={200}>{t(lang, "pane.selection.cell", { address: info.address })}</Text>
        {info.mark && <Text>{t(lang, "pane.mark.current", { reason: info.mark })}</Text>}
        <div className={styles.row}>
          <Button
            disabled={busy}
            onClick={() =>
              act(
                () => services.addRow("new"),
                (v) => t(lang, "pane.addRow.done", v),
              )
            }
          >
            {t(lang, "pane.addRow")}
          </Button>
          <Button
            disabled={busy}
            onClick={() =>
              act(
                () => services.addRow("same"),
                (v) => t(lang, "pane.addTarget.done", v),
              )
            }
          >
            {t(lang, "pane.addTarget")}
          </Button>
          <Button
            disabled={busy || info.rowCount < 2 || !info.rowEmpty}
            onClick={() => act(services.removeRow, (v) => t(lang, "pane.removeRow.done", v))}
          >
            {t(lang, "pane.removeRow")}
          </Button>
        </div>
        {several ? (
          <Text size={200}>{t(lang, "pane.selection.several", { count: info.tasks })}</Text>
        ) : (
          <>
            <Field label={t(lang, "pane.mark.reason")}>
              <Input
                value={reason}
                placeholder={t(lang, "pane.mark.placeholder")}
                onChange={(_, d) => setReason(d.value)}
              />
            </Field>
            <div className={styles.row}>
              <Button
                disabled={busy || !reason.trim()}
                onClick={() =>
                  act(
                    () => services.mark(reason),
                    (seq) => t(lang, "pane.mark.done", { seq }),
                  )
                }
              >
                {t(lang, "pane.mark.set")}
              </Button>
              {info.mark && (
                <Button
                  disabled={busy}
                  onClick={() =>
                    act(
                      () => services.mark(""),
                      (seq) => t(lang, "pane.mark.cleared", { seq }),
                    )
                  }
                >
                  {t(lang, "pane.mark.clear")}
                </Button>
              )}
            </div>
          </>
        )}
      </Card>
      {info.column === "unit" && (
        <Card>
          <Suspense fallback={null}>
            <UnitPicker
              lang={lang}
              units={lists.units}
              value={info.value}
              disabled={busy}
              onWrite={(list) =>
                act(
                  () => services.writeUnits(list),
                  (value) => t(lang, "pane.picker.done", { value }),
                )
              }
            />
          </Suspense>
        </Card>
      )}
      <MessageLine message={message} />
      {bulk}
    </div>
  );
}
