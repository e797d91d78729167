import { Suspense, lazy, useRef, useState } from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { DocumentArrowDownRegular, DocumentArrowUpRegular } from "@fluentui/react-icons";
import { t, type Lang } from "../i18n/strings";
import type { During } from "./hooks/useBusy";
import type { Message } from "./hooks/useMessage";
import { DOCX_TYPE, type DraftReview, type ImportChoices, type WordDraft, type WordServices } from "./word-services";

/** The review before writing: loaded when a draft needs one, outside the pane's start-up bundle. */
const WordReview = lazy(() => import(/* webpackChunkName: "word-review" */ "./WordReview"));

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

/**
 * 导出Word and 导入Word草稿 (a file picker). Before writing, a draft naming units the list lacks, or going into a
 * sheet that holds entries, is reviewed: what to do with each new unit, and which tasks to take from the draft.
 */
export function WordButtons({ lang, word, busy, during, show, onImported }: WordButtonsProps) {
  const styles = useStyles();
  const picker = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<{ draft: WordDraft; review: DraftReview } | null>(null);

  const onExport = async () => {
    show(null);
    const r = await during("word-export", () => word.exportWord());
    if (!r.ok) return show({ ok: false, text: r.message });
    const { name, blank, problems } = r.value;
    const key = blank ? "pane.word.export.blank" : problems ? "pane.word.export.open" : "pane.word.export.done";
    show({ ok: true, text: t(lang, key, { name, count: problems }) });
  };
  const importDraft = async (draft: WordDraft, choices?: ImportChoices) => {
    setPending(null);
    if (choices?.take && !choices.take.length && !choices.add.length && !Object.keys(choices.map).length)
      return show({ ok: true, text: t(lang, "pane.word.import.cancelled") });
    const out = await during("word-import", () => word.importDraft(draft, choices));
    onImported();
    show({ ok: out.ok, text: out.message, notes: out.notes, details: out.details });
  };
  const onPicked = async (file: File | undefined) => {
    if (picker.current) picker.current.value = "";
    if (!file) return;
    show(null);
    const read = await during("word-read", async () => {
      const draft = await word.readDraft(file);
      if (!draft.ok) return draft;
      const review = await word.reviewDraft(draft.value);
      return review.ok ? { ok: true as const, value: { draft: draft.value, review: review.value } } : review;
    });
    if (!read.ok) return show({ ok: false, text: read.message });
    const { review } = read.value;
    if (review.newUnits.length || review.sheetHasEntries) setPending(read.value);
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
        <Suspense fallback={null}>
          <WordReview
            lang={lang}
            name={pending.draft.name}
            review={pending.review}
            onImport={(choices) => void importDraft(pending.draft, choices)}
            onCancel={() => {
              setPending(null);
              show({ ok: true, text: t(lang, "pane.word.import.cancelled") });
            }}
          />
        </Suspense>
      )}
    </>
  );
}
