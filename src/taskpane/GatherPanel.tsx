/**
 * 收回各单位的文件: the review before anything is written (loaded lazily with the gather's services). Per file,
 * whose it is and per task of that unit new / changed / unchanged; a conflict shows both versions side by side
 * with a choice (the unit's / the master's); a write outside the unit's tasks is shown and taken only when
 * ticked; a refused file says why, in the command line's words. And 进度: a small table per lead unit.
 */
import { useMemo, useState } from "react";
import {
  Button,
  Checkbox,
  Radio,
  RadioGroup,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Lang } from "../i18n/strings";
import { choiceKey, entryGist, shortTime, STATUS_TEXT, type FileReview, type GatherChoices } from "../relay";
import type { TaskEntry } from "../relay/compare-entries";
import type { UnitProgress } from "../relay/progress";
import { refusalText, type GatherServices, type GatherSession } from "./gather-services";
import { gatherStrings } from "./gather-strings";
import { reviewBox } from "./review-box";

const useStyles = makeStyles({
  box: reviewBox,
  file: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `2px solid ${tokens.colorNeutralStroke2}`,
  },
  versions: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS },
  version: { display: "flex", flexDirection: "column", minWidth: 0, overflowWrap: "anywhere" },
  refused: { color: tokens.colorPaletteRedForeground1 },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
});

export interface GatherReviewProps {
  lang: Lang;
  services: GatherServices;
  session: GatherSession;
  onWrite: (choices: GatherChoices) => void;
  onCancel: () => void;
}

function Versions({ lang, master, theirs }: { lang: Lang; master: TaskEntry; theirs: TaskEntry }) {
  const styles = useStyles();
  const s = gatherStrings(lang);
  return (
    <div className={styles.versions}>
      <div className={styles.version}>
        <Text size={200} weight="semibold">
          {s.masterVersion}
        </Text>
        <Text size={200}>{entryGist(master, lang, 60)}</Text>
      </div>
      <div className={styles.version}>
        <Text size={200} weight="semibold">
          {s.fileVersion}
        </Text>
        <Text size={200}>{entryGist(theirs, lang, 60)}</Text>
      </div>
    </div>
  );
}

function FileBlock({
  lang,
  review,
  choices,
  setChoices,
}: {
  lang: Lang;
  review: FileReview;
  choices: GatherChoices;
  setChoices: (c: GatherChoices) => void;
}) {
  const styles = useStyles();
  const s = gatherStrings(lang);
  if (review.refused)
    return (
      <div className={styles.file}>
        <Text weight="semibold" className={styles.refused}>
          {s.refused(review.file)}
        </Text>
        <Text>{refusalText(lang, review.refused)}</Text>
      </div>
    );
  const status = STATUS_TEXT[lang];
  const counts = (["new", "changed", "unchanged", "conflict"] as const)
    .map((k) => [k, review.tasks.filter((t) => t.status === k).length] as const)
    .filter(([, n]) => n)
    .map(([k, n]) => s.count(status[k], n));
  const foreign = new Set(choices.foreign ?? []);
  return (
    <div className={styles.file} role="group" aria-label={s.fileOf(review.unit ?? "", review.file)}>
      <Text weight="semibold">{s.fileOf(review.unit ?? "", review.file)}</Text>
      <Text>{s.counts(counts.join(lang === "zh" ? "，" : ", ") || s.nothing)}</Text>
      {review.tasks
        .filter((t) => t.status === "new" || t.status === "changed")
        .map((t) => (
          <Text key={t.seq} size={200}>
            {s.task(t.seq, status[t.status], entryGist(t.theirs, lang, 30))}
          </Text>
        ))}
      {review.tasks
        .filter((t) => t.status === "conflict")
        .map((t) => {
          const key = choiceKey(review.file, t.seq);
          return (
            <div key={t.seq} className={styles.item}>
              <Text>{s.conflict(t.seq)}</Text>
              <Versions lang={lang} master={t.master} theirs={t.theirs} />
              <RadioGroup
                aria-label={s.conflict(t.seq)}
                value={choices.conflicts?.[key] ?? ""}
                onChange={(_, d) =>
                  setChoices({ ...choices, conflicts: { ...choices.conflicts, [key]: d.value as "file" | "master" } })
                }
              >
                <Radio value="file" label={s.takeFile} />
                <Radio value="master" label={s.takeMaster} />
              </RadioGroup>
            </div>
          );
        })}
      {review.foreign.map((f) => {
        const key = choiceKey(review.file, f.seq);
        return (
          <div key={f.seq} className={styles.item}>
            <Text>{s.foreign(f.seq)}</Text>
            <Versions lang={lang} master={f.master} theirs={f.theirs} />
            <Checkbox
              label={s.takeForeign(f.seq)}
              checked={foreign.has(key)}
              onChange={(_, d) =>
                setChoices({
                  ...choices,
                  foreign: d.checked ? [...foreign, key] : [...foreign].filter((k) => k !== key),
                })
              }
            />
          </div>
        );
      })}
    </div>
  );
}

export function GatherReview({ lang, services, session, onWrite, onCancel }: GatherReviewProps) {
  const styles = useStyles();
  const s = gatherStrings(lang);
  const [choices, setChoices] = useState<GatherChoices>({});
  const result = useMemo(() => services.preview(session, choices), [services, session, choices]);
  const title = s.reviewTitle(result.reviews.length);
  const conflicts = result.reviews.some((r) => r.tasks.some((t) => t.status === "conflict"));
  return (
    <section className={styles.box} role="dialog" aria-label={title}>
      <Text weight="semibold">{title}</Text>
      {result.reviews.map((r, i) => (
        <FileBlock key={`${i}:${r.file}`} lang={lang} review={r} choices={choices} setChoices={setChoices} />
      ))}
      {conflicts && <Text size={200}>{s.unsettled}</Text>}
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => onWrite(choices)}>
          {s.write}
        </Button>
        <Button onClick={onCancel}>{s.cancel}</Button>
      </div>
    </section>
  );
}

/** 进度: per lead unit, the figures of `fujian1 check --by-unit`. */
export function ProgressTable({ lang, units }: { lang: Lang; units: UnitProgress[] }) {
  const s = gatherStrings(lang);
  if (!units.length) return <Text>{s.progressNone}</Text>;
  return (
    <Table size="extra-small" aria-label={s.progressTitle}>
      <TableHeader>
        <TableRow>
          {/* The unit's name and the time take the room; the counts are short. */}
          {[s.colUnit, s.colAssigned, s.colGathered, s.colFilled, s.colReady].map((h, i) => (
            <TableHeaderCell key={h} style={{ width: ["32%", "16%", "24%", "14%", "14%"][i] }}>
              {h}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {units.map((u) => (
          <TableRow key={u.unit}>
            <TableCell>{u.unit}</TableCell>
            <TableCell>{u.assigned}</TableCell>
            <TableCell>{u.gatheredAt ? shortTime(u.gatheredAt) : s.never}</TableCell>
            <TableCell>{u.filled}</TableCell>
            <TableCell>{u.ready}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
