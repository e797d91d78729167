import { useRef, useState } from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { DocumentArrowDownRegular, DocumentArrowUpRegular } from "@fluentui/react-icons";
import { t, type Lang } from "../i18n/strings";
import type { During } from "./hooks/useBusy";
import type { Message } from "./hooks/useMessage";
import { DOCX_TYPE, type WordDraft, type WordServices } from "./word-services";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  hidden: { display: "none" },
});

export interface WordButtonsProps {
  lang: Lang;
  word: WordServices;
  busy: string | null;
  during: During;
  show: (m: Message | null) => void;
  /** After an import changed the sheet: panels re-read it. */
  onImported: () => void;
}

/** 导出Word and 导入Word草稿 (a file picker; a sheet that already holds entries is asked about first). */
export function WordButtons({ lang, word, busy, during, show, onImported }: WordButtonsProps) {
  const styles = useStyles();
  const picker = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<{ draft: WordDraft; count: number } | null>(null);

  const onExport = async () => {
    show(null);
    const r = await during("word-export", () => word.exportWord());
    show(
      r.ok
        ? { ok: true, text: t(lang, "pane.word.export.done", { name: r.value.name }) }
        : { ok: false, text: r.message },
    );
  };
  const importDraft = async (draft: WordDraft) => {
    setPending(null);
    const out = await during("word-import", () => word.importDraft(draft));
    onImported();
    show({ ok: out.ok, text: out.message, notes: out.notes });
  };
  const onPicked = async (file: File | undefined) => {
    if (picker.current) picker.current.value = "";
    if (!file) return;
    show(null);
    const read = await during("word-read", async () => {
      const draft = await word.readDraft(file);
      if (!draft.ok) return draft;
      const filled = await word.filledTasks();
      return filled.ok ? { ok: true as const, value: { draft: draft.value, count: filled.value } } : filled;
    });
    if (!read.ok) return show({ ok: false, text: read.message });
    if (read.value.count > 0) setPending(read.value);
    else await importDraft(read.value.draft);
  };

  return (
    <>
      <div className={styles.actions}>
        <Button
          appearance="subtle"
          icon={<DocumentArrowUpRegular />}
          onClick={() => picker.current?.click()}
          disabled={busy !== null || pending !== null}
        >
          {t(lang, "pane.word.import")}
        </Button>
        <Button appearance="subtle" icon={<DocumentArrowDownRegular />} onClick={onExport} disabled={busy !== null}>
          {t(lang, "pane.word.export")}
        </Button>
        <input
          ref={picker}
          className={styles.hidden}
          type="file"
          accept={`.docx,${DOCX_TYPE}`}
          aria-label={t(lang, "pane.word.import.pick")}
          onChange={(e) => void onPicked(e.target.files?.[0])}
        />
      </div>
      {pending && (
        <MessageBar intent="warning" role="alertdialog">
          <MessageBarBody>
            {t(lang, "pane.word.import.confirm", { count: pending.count, name: pending.draft.name })}
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={() => void importDraft(pending.draft)}>
              {t(lang, "pane.word.import.go")}
            </Button>
            <Button
              onClick={() => {
                setPending(null);
                show({ ok: true, text: t(lang, "pane.word.import.cancelled") });
              }}
            >
              {t(lang, "pane.word.import.cancel")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </>
  );
}
