/**
 * The selected task's card (rows, 不涉及) and the 责任单位 card: shown once a task cell is selected, so FillPanel
 * loads them on first use and Fluent's Card, Field and Input stay out of the pane's start-up scripts.
 */
import { Suspense, lazy } from "react";
import { Button, Card, Field, Input, Text, makeStyles, tokens } from "@fluentui/react-components";
import { t, type Lang } from "../i18n/strings";
import type { SelectionInfo } from "../excel/selection";
import type { useAction } from "./hooks/useAction";
import type { PaneServices } from "./services";

// Shown only for a 责任单位 cell: its search box, badges and checkboxes load on first use.
const UnitPicker = lazy(() =>
  import(/* webpackChunkName: "unit-picker" */ "./UnitPicker").then((m) => ({ default: m.UnitPicker })),
);

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

type Act = ReturnType<typeof useAction>["act"];

export interface TaskCardProps {
  lang: Lang;
  services: PaneServices;
  info: SelectionInfo;
  busy: boolean;
  act: Act;
  reason: string;
  setReason: (reason: string) => void;
}

/** What can be done for the selected task: measure rows and 不涉及. */
export function TaskCard({ lang, services, info, busy, act, reason, setReason }: TaskCardProps) {
  const styles = useStyles();
  const several = info.tasks > 1;
  return (
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
  );
}

export interface UnitCardProps {
  lang: Lang;
  services: PaneServices;
  units: string[];
  value: string;
  busy: boolean;
  act: Act;
}

/** The 责任单位 picker for the selected cell. */
export function UnitCard({ lang, services, units, value, busy, act }: UnitCardProps) {
  return (
    <Card>
      <Suspense fallback={null}>
        <UnitPicker
          lang={lang}
          units={units}
          value={value}
          disabled={busy}
          onWrite={(list) =>
            act(
              () => services.writeUnits(list),
              (written) => t(lang, "pane.picker.done", { value: written }),
            )
          }
        />
      </Suspense>
    </Card>
  );
}
