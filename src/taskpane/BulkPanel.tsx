import { useState } from "react";
import {
  Button,
  Card,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { BulkOutcome, FillDownOutcome, MarkOutcome } from "../excel/bulk";
import type { Lists } from "../form/types";
import { t, type Lang } from "../i18n/strings";
import type { Message } from "./hooks/useMessage";
import type { PaneServices, Result } from "./services";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  // A long list scrolls in its own box, so the buttons below stay within reach in a narrow pane.
  units: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(120px, 1fr))",
    maxHeight: "12rem",
    overflowY: "auto",
  },
});

/** What a bulk write did, in words: written, kept, skipped. */
export function describeBulk(lang: Lang, out: BulkOutcome): Message {
  return {
    ok: true,
    text: t(lang, "pane.bulk.done", { tasks: out.tasks, cells: out.cells }),
    notes: [
      ...(out.kept ? [t(lang, "pane.bulk.kept", { kept: out.kept })] : []),
      ...(out.marked ? [t(lang, "pane.bulk.marked", { marked: out.marked })] : []),
      ...(out.others ? [t(lang, "pane.bulk.others", { others: out.others })] : []),
    ],
  };
}

/** What 完成时间向下填充 wrote, in words: how many cells, where, and what it left out. */
export function describeFillDown(lang: Lang, out: FillDownOutcome): Message {
  return {
    ok: true,
    text: out.cells
      ? t(lang, "pane.fillDown.done", {
          ...out,
          rows: out.from === out.to ? String(out.from) : `${out.from}–${out.to}`,
        })
      : t(lang, "pane.fillDown.none"),
    notes: [
      ...(out.empty ? [t(lang, "pane.fillDown.empty", { empty: out.empty })] : []),
      ...(out.marked ? [t(lang, "pane.bulk.marked", { marked: out.marked })] : []),
      ...(out.others ? [t(lang, "pane.bulk.others", { others: out.others })] : []),
    ],
  };
}

/** What a bulk 不涉及 did: the tasks marked, the ones left alone and why. */
export function describeMarks(lang: Lang, out: MarkOutcome): Message {
  const seqs = (list: string[]) => list.join(lang === "zh" ? "、" : ", ");
  return {
    ok: true,
    text: out.marked.length
      ? t(lang, "pane.bulkMark.done", { count: out.marked.length, seqs: seqs(out.marked) })
      : t(lang, "pane.bulkMark.none"),
    notes: [
      ...(out.filled.length ? [t(lang, "pane.bulkMark.filled", { seqs: seqs(out.filled) })] : []),
      ...(out.already ? [t(lang, "pane.bulkMark.already", { count: out.already })] : []),
      ...(out.others.length ? [t(lang, "pane.bulkMark.others", { count: out.others.length })] : []),
    ],
  };
}

export interface BulkPanelProps {
  lang: Lang;
  services: PaneServices;
  lists: Lists;
  busy: boolean;
  /** Runs an action through the pane's action runner (message, busy state, re-read). */
  act: <T>(work: () => Promise<Result<T>>, done: (v: T) => Message) => void;
  /** The chosen unit and time, kept by the parent so they survive the selection moving. */
  choice: { unit: string; time: string };
  onChoice: (c: { unit: string; time: string }) => void;
  /** The 不涉及 reason box, shared with the task card; shown here when several cells are selected. */
  reason?: { value: string; onChange: (v: string) => void };
}

/** One 责任单位 and one 完成时间 for several selected tasks at once; 完成时间 filled down; 不涉及 for several. */
export function BulkPanel({ lang, services, lists, busy, act, choice, onChoice, reason }: BulkPanelProps) {
  const styles = useStyles();
  const [query, setQuery] = useState("");
  const { unit, time } = choice;
  const setUnit = (u: string) => onChoice({ unit: u, time });
  const setTime = (x: string) => onChoice({ unit, time: x });
  const q = query.trim();
  // The chosen unit stays in view while a search narrows the others.
  const shown = lists.units.filter((u) => !q || u.includes(q) || u === unit);
  return (
    <Card>
      <Text weight="semibold" as="h2">
        {t(lang, "pane.bulk.title")}
      </Text>
      <Text size={200}>{t(lang, "pane.bulk.hint")}</Text>
      <Text size={200}>{t(lang, "pane.bulk.groupHint")}</Text>
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
          onClick={() =>
            act(
              () => services.assign({ unit: unit || undefined, time: time || undefined }),
              (out) => describeBulk(lang, out),
            )
          }
        >
          {t(lang, "pane.bulk.assign")}
        </Button>
        <Button
          disabled={busy}
          onClick={() =>
            act(
              () => services.fillTimeDown(),
              (out) => describeFillDown(lang, out),
            )
          }
        >
          {t(lang, "pane.bulk.fillDown")}
        </Button>
      </div>
      {/* A plain search input: Fluent's SearchBox would add its code to the pane's start-up scripts. */}
      <Input
        size="small"
        type="search"
        value={query}
        aria-label={t(lang, "pane.bulk.search")}
        placeholder={t(lang, "pane.bulk.search")}
        onChange={(_, d) => setQuery(d.value)}
      />
      {/* All units in view: one click picks one (a dropdown would take two). */}
      <Field label={t(lang, "pane.bulk.unit")}>
        <RadioGroup value={unit} onChange={(_, d) => setUnit(d.value)} className={styles.units}>
          <Radio value="" label={t(lang, "pane.bulk.none")} />
          {shown.map((u) => (
            <Radio key={u} value={u} label={u} />
          ))}
        </RadioGroup>
      </Field>
      {q && shown.length === 0 && <Text>{t(lang, "pane.picker.noMatch", { query: q })}</Text>}
      {reason && (
        <>
          <Field label={t(lang, "pane.bulkMark.reason")}>
            <Input
              value={reason.value}
              placeholder={t(lang, "pane.mark.placeholder")}
              onChange={(_, d) => reason.onChange(d.value)}
            />
          </Field>
          <div className={styles.row}>
            <Button
              disabled={busy || !reason.value.trim()}
              onClick={() =>
                act(
                  () => services.markSelection(reason.value),
                  (out) => describeMarks(lang, out),
                )
              }
            >
              {t(lang, "pane.bulkMark.set")}
            </Button>
          </div>
        </>
      )}
    </Card>
  );
}
