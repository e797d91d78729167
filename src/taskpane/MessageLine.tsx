import { Button, MessageBar, MessageBarBody, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { t, type Lang } from "../i18n/strings";
import type { Message } from "./hooks/useMessage";

const useStyles = makeStyles({
  details: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

/**
 * The outcome of an action: green status when it worked, a red alert when not. After a
 * failure the diagnostics log (every error caught so far) can be copied for IT.
 */
export function MessageLine({
  message,
  lang,
  diagnostics,
}: {
  message: Message | null;
  lang?: Lang;
  diagnostics?: () => string;
}) {
  if (!message) return null;
  const log = !message.ok && diagnostics ? diagnostics() : "";
  return (
    <>
      <MessageBar intent={message.ok ? "success" : "error"} role={message.ok ? "status" : "alert"}>
        <MessageBarBody>
          {message.text}
          {message.notes?.map((n) => (
            <div key={n}>{n}</div>
          ))}
        </MessageBarBody>
      </MessageBar>
      {log && lang && <Diagnostics lang={lang} text={log} />}
    </>
  );
}

function Diagnostics({ lang, text }: { lang: Lang; text: string }) {
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
