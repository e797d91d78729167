import { useEffect, useState } from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowDownRegular, ArrowUpRegular, DeleteRegular } from "@fluentui/react-icons";
import type { Lists } from "../form/types";
import { t, type Lang } from "../i18n/strings";
import type { ListKind } from "../reading/list-usage";
import type { ListEdit } from "../excel/sheet-actions";
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
});

interface Item {
  id: number;
  /** The name as the workbook has it, or null for a new item. */
  original: string | null;
  value: string;
}

let nextId = 1;
const itemsOf = (names: string[]): Item[] => names.map((n) => ({ id: nextId++, original: n, value: n }));

function ListEditor({
  lang,
  kind,
  items,
  onChange,
}: {
  lang: Lang;
  kind: ListKind;
  items: Item[];
  onChange: (items: Item[]) => void;
}) {
  const styles = useStyles();
  const [draft, setDraft] = useState("");
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
            <Input
              size="small"
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
      <div className={styles.add}>
        <Input
          size="small"
          value={draft}
          aria-label={`${title} ${t(lang, "pane.lists.newItem")}`}
          placeholder={t(lang, "pane.lists.newItem")}
          onChange={(_, d) => setDraft(d.value)}
        />
        <Button
          size="small"
          disabled={!draft.trim()}
          onClick={() => {
            onChange([...items, { id: nextId++, original: null, value: draft.trim() }]);
            setDraft("");
          }}
        >
          {t(lang, "pane.lists.add")}
        </Button>
      </div>
    </Field>
  );
}

export function ListsPanel({ lang, services, revision }: { lang: Lang; services: PaneServices; revision: number }) {
  const styles = useStyles();
  const [lists, setLists] = useState<Record<ListKind, Item[]> | null>(null);
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, setPending] = useState<{ edits: ListEdit[]; text: string } | null>(null);

  const reload = async () => {
    const r = await services.lists();
    const l: Lists = r.ok ? r.value : services.form.lists;
    setLists({ units: itemsOf(l.units), times: itemsOf(l.times) });
    if (!r.ok) setNote({ ok: false, text: r.message });
  };
  useEffect(() => {
    void reload();
  }, [services, revision]); // eslint-disable-line react-hooks/exhaustive-deps

  const save = async (edits: ListEdit[], confirmed: boolean) => {
    let rewritten = 0;
    for (const edit of edits) {
      const r = await services.editList(edit, confirmed);
      if (!r.ok) return setNote({ ok: false, text: r.message });
      if (!r.value.saved) {
        const text = r.value.inUse
          .map((u) => t(lang, "pane.lists.inUse", { item: u.item, cells: u.cells.join("、") }))
          .join("\n");
        return setPending({ edits, text });
      }
      rewritten += r.value.rewritten;
    }
    setPending(null);
    setNote({ ok: true, text: t(lang, "pane.lists.saved", { count: rewritten }) });
    await reload();
  };
  const editsOf = (l: Record<ListKind, Item[]>): ListEdit[] =>
    (["units", "times"] as const).map((kind) => ({
      kind,
      items: l[kind].map((i) => i.value.trim()),
      renames: l[kind]
        .filter((i) => i.original !== null && i.original !== i.value.trim())
        .map((i) => ({ from: i.original as string, to: i.value.trim() })),
    }));

  if (!lists) return null;
  return (
    <div className={styles.stack}>
      <ListEditor lang={lang} kind="units" items={lists.units} onChange={(units) => setLists({ ...lists, units })} />
      <ListEditor lang={lang} kind="times" items={lists.times} onChange={(times) => setLists({ ...lists, times })} />
      <Button appearance="primary" onClick={() => save(editsOf(lists), false)}>
        {t(lang, "pane.lists.save")}
      </Button>
      <Button
        onClick={async () => {
          const r = await services.reapplyRules();
          setNote(r.ok ? { ok: true, text: t(lang, "pane.lists.reapplied") } : { ok: false, text: r.message });
        }}
      >
        {t(lang, "pane.lists.reapply")}
      </Button>
      {note && (
        <MessageBar intent={note.ok ? "success" : "error"} role={note.ok ? "status" : "alert"}>
          <MessageBarBody>{note.text}</MessageBarBody>
        </MessageBar>
      )}
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
