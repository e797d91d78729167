import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { Suspense, lazy } from "react";
import type { Lang } from "../i18n/strings";
import type { Message } from "./hooks/useMessage";

// Needed only after a failure: loads then, not at start-up.
const Diagnostics = lazy(() =>
  import(/* webpackChunkName: "diagnostics" */ "./Diagnostics").then((m) => ({ default: m.Diagnostics })),
);

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
      {log && lang && (
        <Suspense fallback={null}>
          <Diagnostics lang={lang} text={log} />
        </Suspense>
      )}
    </>
  );
}
