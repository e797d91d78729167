import { Button, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { t, type Lang } from "../i18n/strings";

const useStyles = makeStyles({
  details: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

/** The diagnostics log (every error caught so far), to copy and send to IT. */
export function Diagnostics({ lang, text }: { lang: Lang; text: string }) {
  const styles = useStyles();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      // Clipboard blocked in this host: the text stays selectable below.
      setCopied(false);
    }
  };
  return (
    <details className={styles.details}>
      <summary>{t(lang, "pane.diagnostics")}</summary>
      <Textarea readOnly value={text} aria-label={t(lang, "pane.diagnostics")} resize="vertical" />
      <Button size="small" onClick={() => void copy()}>
        {t(lang, copied ? "pane.diagnostics.copied" : "pane.diagnostics.copy")}
      </Button>
    </details>
  );
}
