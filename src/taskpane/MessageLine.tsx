import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { Suspense, lazy, useId, useState } from "react";
import { t, type Lang } from "../i18n/strings";
import type { Message } from "./hooks/useMessage";

// Needed only after a failure: loads then, not at start-up.
const Diagnostics = lazy(() =>
  import(/* webpackChunkName: "diagnostics" */ "./Diagnostics").then((m) => ({ default: m.Diagnostics })),
);

/** A long list (the rows a draft matched without 序号) behind a toggle: the notes say how many. */
function Details({ lang, items }: { lang: Lang; items: string[] }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div>
      <Button
        size="small"
        appearance="transparent"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {t(lang, open ? "pane.details.hide" : "pane.details.show", { count: items.length })}
      </Button>
      {open && (
        <ul id={id}>
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

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
          {message.details?.length ? <Details lang={lang ?? "zh"} items={message.details} /> : null}
        </MessageBarBody>
      </MessageBar>
      {log && lang && (
        <Suspense fallback={null}>
          <Diagnostics lang={lang} text={log} />
        </Suspense>
      )}
    </>
  );
}
