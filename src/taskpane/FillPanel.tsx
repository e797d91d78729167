import { useEffect, useState } from "react";
import { Button, Card, Field, Input, Text, makeStyles, tokens } from "@fluentui/react-components";
import { t, type Lang } from "../i18n/strings";
import { useAction } from "./hooks/useAction";
import { useMessage } from "./hooks/useMessage";
import type { Selection } from "./hooks/useSelection";
import { MessageLine } from "./MessageLine";
import type { PaneServices } from "./services";
import { UnitPicker } from "./UnitPicker";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface FillPanelProps {
  lang: Lang;
  services: PaneServices;
  revision: number;
  selection: Selection;
}

/** What can be done for the selected task: measure rows, 不涉及, the unit picker. */
export function FillPanel({ lang, services, revision, selection }: FillPanelProps) {
  const styles = useStyles();
  const { info, refresh } = selection;
  const [units, setUnits] = useState<string[]>([]);
  const [reason, setReason] = useState("");
  const { message, show } = useMessage(info?.seq ?? "");
  const { busy, act } = useAction(show, refresh);

  useEffect(() => {
    void services.lists().then((r) => setUnits(r.ok ? r.value.units : services.form.lists.units));
  }, [services, revision]);
  useEffect(() => setReason(info?.mark ?? ""), [info?.seq, info?.mark]);

  if (!info) return <Text>{t(lang, "pane.selection.none")}</Text>;
  return (
    <div className={styles.stack}>
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
      </Card>
      {info.column === "unit" && (
        <Card>
          <UnitPicker
            lang={lang}
            units={units}
            value={info.value}
            disabled={busy}
            onWrite={(list) =>
              act(
                () => services.writeUnits(list),
                (value) => t(lang, "pane.picker.done", { value }),
              )
            }
          />
        </Card>
      )}
      <MessageLine message={message} />
    </div>
  );
}
