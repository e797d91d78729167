import { useCallback, useEffect, useState } from "react";
import type { Lists } from "../../form/types";
import type { ListEdit } from "../../excel/sheet-actions";
import { t, type Lang } from "../../i18n/strings";
import type { ListKind } from "../../reading/list-usage";
import { unitNameProblem } from "../../reading/normalise-values";
import type { PaneServices } from "../services";
import type { Message } from "./useMessage";

/** One row of a list being edited. */
export interface ListItem {
  id: number;
  /** The name as the workbook has it, or null for a new item. */
  original: string | null;
  value: string;
}

export type EditedLists = Record<ListKind, ListItem[]>;

let nextId = 1;
export const newItem = (value: string): ListItem => ({ id: nextId++, original: null, value });
const itemsOf = (names: string[]): ListItem[] => names.map((n) => ({ id: nextId++, original: n, value: n }));

/**
 * An item as it is saved: a unit name by the one rule for unit values, as 添加 takes it (“教 务 处” is 教务处);
 * a name that rule refuses stays as typed, for the save to refuse with its reason.
 */
function saved(kind: ListKind, value: string): string {
  if (kind === "times") return value.trim();
  const verdict = unitNameProblem(value);
  return verdict.problem ? value.trim() : verdict.name;
}

/** The edits that turn the workbook's lists into `lists` (renames keep the cells that use a name). */
export function editsOf(lists: EditedLists): ListEdit[] {
  return (["units", "times"] as const).map((kind) => ({
    kind,
    items: lists[kind].map((i) => saved(kind, i.value)),
    renames: lists[kind]
      .filter((i) => i.original !== null && i.original !== saved(kind, i.value))
      .map((i) => ({ from: i.original as string, to: saved(kind, i.value) })),
  }));
}

/**
 * The 名单 being edited: read from the workbook, changed in the pane, saved in one go. A save that
 * would remove items still in use waits for the user's confirmation (`pending`).
 */
export function useLists(
  lang: Lang,
  services: PaneServices,
  revision: number,
  show: (m: Message | null) => void,
  onWritten: () => void,
) {
  const [lists, setLists] = useState<EditedLists | null>(null);
  const [pending, setPending] = useState<{ edits: ListEdit[]; text: string } | null>(null);

  const reload = useCallback(async () => {
    const r = await services.lists();
    const l: Lists = r.ok ? r.value : services.form.lists;
    setLists({ units: itemsOf(l.units), times: itemsOf(l.times) });
    if (!r.ok) show({ ok: false, text: r.message });
  }, [services, show]);
  useEffect(() => {
    void reload();
  }, [reload, revision]);

  const save = useCallback(
    async (edits: ListEdit[], confirmed: boolean) => {
      let rewritten = 0;
      for (const edit of edits) {
        const r = await services.editList(edit, confirmed);
        if (!r.ok) return show({ ok: false, text: r.message });
        if (!r.value.saved) {
          const text = r.value.inUse
            .map((u) => t(lang, "pane.lists.inUse", { item: u.item, cells: u.cells.join("、") }))
            .join("\n");
          return setPending({ edits, text });
        }
        rewritten += r.value.rewritten;
      }
      setPending(null);
      onWritten();
      show({ ok: true, text: t(lang, "pane.lists.saved", { count: rewritten }) });
      await reload();
    },
    [lang, services, show, reload, onWritten],
  );

  const reapply = useCallback(async () => {
    const r = await services.reapplyRules();
    show(r.ok ? { ok: true, text: t(lang, "pane.lists.reapplied") } : { ok: false, text: r.message });
  }, [lang, services, show]);

  return { lists, setLists, pending, setPending, save, reapply };
}
