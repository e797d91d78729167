import { useState } from "react";
import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowDownRegular, ArrowUpRegular, DeleteRegular } from "@fluentui/react-icons";
import { t, type Lang } from "../i18n/strings";
import { checkPastedItems, type ItemVerdict } from "../reading/list-items";
import type { ListKind } from "../reading/list-usage";
import { separatorWords } from "../reading/normalise-values";
import { editsOf, newItem, useLists, type ListItem } from "./hooks/useLists";
import { useMessage } from "./hooks/useMessage";
import { MessageLine } from "./MessageLine";
import { useBusy } from "./hooks/useBusy";
import { TeamButtons } from "./TeamButtons";
import { createTeamServices } from "./team-services";
import { downloadFile } from "./download";
import type { PaneServices } from "./services";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  item: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXXS },
  add: { display: "flex", gap: tokens.spacingHorizontalS },
  // Inputs shrink with a narrow pane (a 320 px pane clipped the delete icons).
  name: { minWidth: 0, flexGrow: 1, flexBasis: 0 },
  nameInput: { minWidth: 0, width: "100%" },
  refused: { color: tokens.colorPaletteRedForeground1, whiteSpace: "pre-line" },
});

/** Why names were not added, one line each, and which were already there. */
function refusalText(lang: Lang, verdicts: ItemVerdict[]): string | null {
  const lines = verdicts
    .filter((v) => v.problem && v.problem !== "duplicate")
    .map((v) =>
      t(lang, "pane.lists.refused", {
        name: v.name,
        reason: t(lang, `pane.lists.why.${v.problem as "separator" | "numbered" | "long"}`, {
          // A separator in words when it is a blank (空格, a tab): quoted, a space shows as nothing.
          found: v.problem === "separator" ? separatorWords(v.found ?? "", lang) : (v.found ?? ""),
        }),
      }),
    );
  const dup = verdicts.filter((v) => v.problem === "duplicate").map((v) => v.name);
  if (lines.length) lines.push(t(lang, "pane.lists.keptInBox"));
  if (dup.length) lines.push(t(lang, "pane.lists.already", { names: dup.join("、") }));
  return lines.length ? lines.join("\n") : null;
}

function ListEditor({
  lang,
  kind,
  items,
  onChange,
}: {
  lang: Lang;
  kind: ListKind;
  items: ListItem[];
  onChange: (items: ListItem[]) => void;
}) {
  const styles = useStyles();
  const [draft, setDraft] = useState("");
  const [refusal, setRefusal] = useState<string | null>(null);
  const refusalId = `lists-refused-${kind}`;
  const [chosen, setChosen] = useState<Set<number>>(new Set());
  const choose = (id: number, on: boolean) =>
    setChosen((c) => {
      const next = new Set(c);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  /**
   * Every line of the box is an item (a column pasted from Excel or a document). Each is checked on its own:
   * good names are added, repeats left out, and refused ones stay in the box with the reason beside it.
   */
  const addAll = () => {
    const verdicts = checkPastedItems(
      kind,
      draft,
      items.map((i) => i.value),
    );
    onChange([...items, ...verdicts.filter((v) => !v.problem).map((v) => newItem(v.name))]);
    setDraft(
      verdicts
        .filter((v) => v.problem && v.problem !== "duplicate")
        .map((v) => v.name)
        .join("\n"),
    );
    setRefusal(refusalText(lang, verdicts));
  };

  const title = t(lang, kind === "units" ? "pane.lists.units" : "pane.lists.times");
  const move = (i: number, d: -1 | 1) => {
    const next = [...items];
    [next[i], next[i + d]] = [next[i + d], next[i]];
    onChange(next);
  };
  return (
    <Field label={title}>
      <ul className={styles.list} aria-label={title}>
        {items.map((it, i) => (
          <li key={it.id} className={styles.item}>
            <Checkbox
              aria-label={t(lang, "pane.lists.choose", { name: it.value })}
              checked={chosen.has(it.id)}
              onChange={(_, d) => choose(it.id, d.checked === true)}
            />
            <Input
              size="small"
              className={styles.name}
              input={{ className: styles.nameInput }}
              value={it.value}
              aria-label={t(lang, "pane.lists.rename", { name: it.original ?? it.value })}
              onChange={(_, d) => onChange(items.map((x) => (x.id === it.id ? { ...x, value: d.value } : x)))}
            />
            <Button
              size="small"
              appearance="subtle"
              icon={<ArrowUpRegular />}
              aria-label={t(lang, "pane.picker.up", { name: it.value })}
              disabled={i === 0}
              onClick={() => move(i, -1)}
            />
            <Button
              size="small"
              appearance="subtle"
              icon={<ArrowDownRegular />}
              aria-label={t(lang, "pane.picker.down", { name: it.value })}
              disabled={i === items.length - 1}
              onClick={() => move(i, 1)}
            />
            <Button
              size="small"
              appearance="subtle"
              icon={<DeleteRegular />}
              aria-label={t(lang, "pane.lists.remove", { name: it.value })}
              onClick={() => onChange(items.filter((x) => x.id !== it.id))}
            />
          </li>
        ))}
      </ul>
      {chosen.size > 0 && (
        <Button
          size="small"
          icon={<DeleteRegular />}
          onClick={() => {
            onChange(items.filter((x) => !chosen.has(x.id)));
            setChosen(new Set());
          }}
        >
          {t(lang, "pane.lists.removeChosen", { count: chosen.size })}
        </Button>
      )}
      <div className={styles.add}>
        <Textarea
          size="small"
          resize="vertical"
          rows={1}
          className={styles.name}
          value={draft}
          aria-label={`${title} ${t(lang, "pane.lists.newItem")}`}
          aria-describedby={refusal ? refusalId : undefined}
          aria-invalid={refusal && draft.trim() ? true : undefined}
          placeholder={t(lang, "pane.lists.newItem")}
          onChange={(_, d) => setDraft(d.value)}
        />
        <Button size="small" disabled={!draft.trim()} onClick={addAll}>
          {t(lang, "pane.lists.add")}
        </Button>
      </div>
      {refusal && (
        <Text id={refusalId} role="alert" size={200} className={styles.refused}>
          {refusal}
        </Text>
      )}
    </Field>
  );
}

export interface ListsPanelProps {
  lang: Lang;
  services: PaneServices;
  revision: number;
  /** Called after a save rewrote cells (renamed units). */
  onWritten: () => void;
}

export function ListsPanel({ lang, services, revision, onWritten }: ListsPanelProps) {
  const styles = useStyles();
  const { message, show } = useMessage("lists");
  const { lists, setLists, pending, setPending, save, reapply } = useLists(lang, services, revision, show, onWritten);
  const { busy, during } = useBusy();
  const team = services.team;

  if (!lists) return null;
  return (
    <div className={styles.stack}>
      <ListEditor lang={lang} kind="units" items={lists.units} onChange={(units) => setLists({ ...lists, units })} />
      <ListEditor lang={lang} kind="times" items={lists.times} onChange={(times) => setLists({ ...lists, times })} />
      <Button appearance="primary" onClick={() => save(editsOf(lists), false)}>
        {t(lang, "pane.lists.save")}
      </Button>
      <Button onClick={reapply}>{t(lang, "pane.lists.reapply")}</Button>
      {/* 分发给各单位: the units listed here are the ones the tasks are handed out to. */}
      {team && (
        <TeamButtons
          lang={lang}
          team={async () =>
            createTeamServices(lang, team.run, team.capabilities, team.form, { ...team, download: downloadFile })
          }
          gather={async () =>
            (await import(/* webpackChunkName: "team-gather" */ "./gather-services")).createGatherServices(lang, team)
          }
          busy={busy}
          during={during}
          show={show}
          onWritten={onWritten}
        />
      )}
      <MessageLine message={message} />
      <Dialog open={pending !== null} onOpenChange={(_, d) => !d.open && setPending(null)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t(lang, "pane.lists.save")}</DialogTitle>
            <DialogContent style={{ whiteSpace: "pre-line" }}>{pending?.text}</DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => pending && save(pending.edits, true)}>
                {t(lang, "pane.lists.confirm")}
              </Button>
              <Button onClick={() => setPending(null)}>{t(lang, "pane.lists.cancel")}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
