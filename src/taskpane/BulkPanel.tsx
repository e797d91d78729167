import { Button, Card, Field, Radio, RadioGroup, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { BulkOutcome } from "../excel/bulk";
import type { Lists } from "../form/types";
import { t, type Lang } from "../i18n/strings";
import type { Message } from "./hooks/useMessage";
import type { PaneServices, Result } from "./services";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  units: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(140px, 1fr))" },
});

/** What a bulk write did, in words: written, kept, skipped. */
export function describeBulk(lang: Lang, out: BulkOutcome): Message {
  return {
    ok: true,
    text: t(lang, "pane.bulk.done", { tasks: out.tasks, cells: out.cells }),
    notes: [
      ...(out.kept ? [t(lang, "pane.bulk.kept", { kept: out.kept })] : []),
      ...(out.marked ? [t(lang, "pane.bulk.marked", { marked: out.marked })] : []),
    ],
  };
}

export interface BulkPanelProps {
  lang: Lang;
  services: PaneServices;
  lists: Lists;
  busy: boolean;
  /** Runs a bulk action through the pane's action runner (message, busy state, re-read). */
  run: (work: () => Promise<Result<BulkOutcome>>) => void;
  /** The chosen unit and time, kept by the parent so they survive the selection moving. */
  choice: { unit: string; time: string };
  onChoice: (c: { unit: string; time: string }) => void;
}

/** One 责任单位 and one 完成时间 for several selected tasks at once; 完成时间 filled down. */
export function BulkPanel({ lang, services, lists, busy, run, choice, onChoice }: BulkPanelProps) {
  const styles = useStyles();
  const { unit, time } = choice;
  const setUnit = (u: string) => onChoice({ unit: u, time });
  const setTime = (x: string) => onChoice({ unit, time: x });
  return (
    <Card>
      <Text weight="semibold" as="h2">
        {t(lang, "pane.bulk.title")}
      </Text>
      <Text size={200}>{t(lang, "pane.bulk.hint")}</Text>
      {/* All units in view: one click picks one (a dropdown would take two). */}
      <Field label={t(lang, "pane.bulk.unit")}>
        <RadioGroup value={unit} onChange={(_, d) => setUnit(d.value)} className={styles.units}>
          <Radio value="" label={t(lang, "pane.bulk.none")} />
          {lists.units.map((u) => (
            <Radio key={u} value={u} label={u} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={t(lang, "pane.bulk.time")}>
        <Select value={time} onChange={(_, d) => setTime(d.value)}>
          <option value="">{t(lang, "pane.bulk.none")}</option>
          {lists.times.map((x) => (
            <option key={x}>{x}</option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={busy || (!unit && !time)}
          onClick={() => run(() => services.assign({ unit: unit || undefined, time: time || undefined }))}
        >
          {t(lang, "pane.bulk.assign")}
        </Button>
        <Button disabled={busy} onClick={() => run(() => services.fillTimeDown())}>
          {t(lang, "pane.bulk.fillDown")}
        </Button>
      </div>
    </Card>
  );
}
