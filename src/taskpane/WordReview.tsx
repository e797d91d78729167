/**
 * The review before a Word draft is written into the sheet (loaded lazily, with its texts): each unit name the
 * list lacks (add it, write it as a close listed name, or keep it as typed), and — when the sheet holds entries —
 * per task what would change, with the draft's version taken for all, the ticked, or none of them.
 */
import { useState } from "react";
import { Button, Checkbox, Radio, RadioGroup, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../i18n/strings";
import { rt } from "./word-review-strings";
import { reviewBox } from "./review-box";
import type { DraftReview, ImportChoices } from "./word-services";

const useStyles = makeStyles({
  box: reviewBox,
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  unit: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  tasks: { display: "flex", flexDirection: "column", maxHeight: "14em", overflowY: "auto" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
});

export interface WordReviewProps {
  lang: Lang;
  name: string;
  review: DraftReview;
  onImport: (choices: ImportChoices) => void;
  onCancel: () => void;
}

type Mode = "all" | "chosen" | "none";

export default function WordReview({ lang, name, review, onImport, onCancel }: WordReviewProps) {
  const styles = useStyles();
  const [actions, setActions] = useState<Record<string, string>>(() =>
    Object.fromEntries(review.newUnits.map((u) => [u.name, "keep"])),
  );
  const offered = review.sheetHasEntries ? review.changes.filter((c) => c.change !== "only-base") : [];
  const onlyBase = review.sheetHasEntries ? review.changes.filter((c) => c.change === "only-base") : [];
  const [mode, setMode] = useState<Mode>("chosen");
  const [ticked, setTicked] = useState<Set<string>>(
    () => new Set(offered.filter((c) => c.change === "new").map((c) => c.seq)),
  );
  const go = () => {
    const add = review.newUnits.filter((u) => actions[u.name] === "add").map((u) => u.name);
    const map = Object.fromEntries(
      review.newUnits.flatMap((u) => (actions[u.name]?.startsWith("map:") ? [[u.name, actions[u.name].slice(4)]] : [])),
    );
    if (!review.sheetHasEntries) return onImport({ add, map });
    const take =
      mode === "all"
        ? offered.map((c) => c.seq)
        : mode === "chosen"
          ? offered.filter((c) => ticked.has(c.seq)).map((c) => c.seq)
          : [];
    onImport({ add, map, take });
  };
  return (
    <section className={styles.box} role="dialog" aria-label={rt(lang, "title", { name })}>
      <Text weight="semibold">{rt(lang, "title", { name })}</Text>
      {review.newUnits.length > 0 && (
        <div role="group" aria-label={rt(lang, "units", { count: review.newUnits.length })} className={styles.group}>
          <Text>{rt(lang, "units", { count: review.newUnits.length })}</Text>
          {review.newUnits.map((u) => (
            <div key={u.name} className={styles.unit}>
              <Text>{u.name}</Text>
              <Select
                size="small"
                aria-label={rt(lang, "unitAction", { name: u.name })}
                value={actions[u.name]}
                onChange={(_, d) => setActions((a) => ({ ...a, [u.name]: d.value }))}
              >
                <option value="keep">{rt(lang, "keep")}</option>
                <option value="add">{rt(lang, "add")}</option>
                {u.close.map((c) => (
                  <option key={c} value={`map:${c}`}>
                    {rt(lang, "map", { to: c })}
                  </option>
                ))}
              </Select>
            </div>
          ))}
        </div>
      )}
      {offered.length > 0 && (
        <div role="group" aria-label={rt(lang, "tasks", { count: offered.length })} className={styles.group}>
          <Text>{rt(lang, "tasks", { count: offered.length })}</Text>
          <RadioGroup
            value={mode}
            aria-label={rt(lang, "tasks", { count: offered.length })}
            onChange={(_, d) => setMode(d.value as Mode)}
          >
            <Radio value="all" label={rt(lang, "all")} />
            <Radio value="chosen" label={rt(lang, "chosen")} />
            <Radio value="none" label={rt(lang, "none")} />
          </RadioGroup>
          <div className={styles.tasks}>
            {offered.map((c) => (
              <Checkbox
                key={c.seq}
                disabled={mode !== "chosen"}
                checked={mode === "all" || (mode === "chosen" && ticked.has(c.seq))}
                label={rt(lang, c.change === "new" ? "new" : "different", { seq: c.seq })}
                onChange={(_, d) =>
                  setTicked((s) => {
                    const next = new Set(s);
                    if (d.checked) next.add(c.seq);
                    else next.delete(c.seq);
                    return next;
                  })
                }
              />
            ))}
          </div>
        </div>
      )}
      {onlyBase.length > 0 && <Text>{rt(lang, "onlyBase", { seqs: onlyBase.map((c) => c.seq).join("、") })}</Text>}
      <div className={styles.actions}>
        <Button appearance="primary" onClick={go}>
          {rt(lang, "go")}
        </Button>
        <Button onClick={onCancel}>{rt(lang, "cancel")}</Button>
      </div>
    </section>
  );
}
