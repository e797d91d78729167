import { useEffect, useState } from "react";
import { Badge, Button, Checkbox, SearchBox, Text, makeStyles, tokens, useId } from "@fluentui/react-components";
import { ArrowDownRegular, ArrowUpRegular } from "@fluentui/react-icons";
import { joinUnits } from "../reading/normalise-values";
import { t, type Lang } from "../i18n/strings";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  grid: { display: "grid", gridTemplateColumns: "1fr 1fr", columnGap: tokens.spacingHorizontalS, alignItems: "start" },
  order: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  item: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
});

export interface UnitPickerProps {
  lang: Lang;
  units: string[];
  /** The cell's current value, e.g. "教务处、人事处". */
  value: string;
  onWrite: (units: string[]) => void;
  disabled: boolean;
}

/**
 * Multi-select of listed units; the order (lead unit first) can be changed. It starts from the
 * cell's current units — including any no longer on the list, shown and marked, and written back
 * unless the user unticks them. A search box narrows a long list (30–40 units).
 */
export function UnitPicker({ lang, units, value, onWrite, disabled }: UnitPickerProps) {
  const styles = useStyles();
  const titleId = useId("unit-picker");
  const [picked, setPicked] = useState<string[]>([]);
  const [query, setQuery] = useState("");
  useEffect(() => setPicked(joinUnits(value).split("、").filter(Boolean)), [value]);
  const current = joinUnits(value).split("、").filter(Boolean);
  const offList = [...new Set([...current, ...picked])].filter((u) => !units.includes(u));
  const q = query.trim();
  const shown = [...offList, ...units].filter((u) => !q || u.includes(q));
  const toggle = (u: string, on: boolean) => setPicked((p) => (on ? [...p, u] : p.filter((x) => x !== u)));
  const move = (i: number, d: -1 | 1) =>
    setPicked((p) => {
      const next = [...p];
      [next[i], next[i + d]] = [next[i + d], next[i]];
      return next;
    });
  return (
    // One Field around several checkboxes would give them all one id, so the group is labelled by hand.
    <div className={styles.stack}>
      <Text weight="semibold" id={titleId}>
        {t(lang, "pane.picker.title")}
      </Text>
      <Text size={200}>
        {t(lang, "pane.picker.current", { value: current.join("、") || t(lang, "pane.picker.empty") })}
      </Text>
      <SearchBox
        size="small"
        value={query}
        aria-label={t(lang, "pane.picker.search")}
        placeholder={t(lang, "pane.picker.search")}
        onChange={(_, d) => setQuery(d.value)}
      />
      <div className={styles.grid} role="group" aria-labelledby={titleId}>
        {shown.map((u) => (
          <Checkbox
            key={u}
            label={
              offList.includes(u) ? (
                <>
                  {u}{" "}
                  <Badge size="small" appearance="tint" color="warning">
                    {t(lang, "pane.picker.offList")}
                  </Badge>
                </>
              ) : (
                u
              )
            }
            aria-label={offList.includes(u) ? `${u} ${t(lang, "pane.picker.offList")}` : u}
            checked={picked.includes(u)}
            onChange={(_, d) => toggle(u, d.checked === true)}
          />
        ))}
        {shown.length === 0 && <Text>{t(lang, "pane.picker.noMatch", { query: q })}</Text>}
      </div>
      {picked.length > 1 && (
        <>
          <Text weight="semibold">{t(lang, "pane.picker.order")}</Text>
          <ol className={styles.order}>
            {picked.map((u, i) => (
              <li key={u} className={styles.item}>
                <Text>{`${i + 1}. ${u}`}</Text>
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<ArrowUpRegular />}
                  aria-label={t(lang, "pane.picker.up", { name: u })}
                  disabled={i === 0}
                  onClick={() => move(i, -1)}
                />
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<ArrowDownRegular />}
                  aria-label={t(lang, "pane.picker.down", { name: u })}
                  disabled={i === picked.length - 1}
                  onClick={() => move(i, 1)}
                />
              </li>
            ))}
          </ol>
        </>
      )}
      <Button onClick={() => onWrite(picked)} disabled={disabled || picked.length === 0}>
        {t(lang, "pane.picker.write")}
      </Button>
    </div>
  );
}
