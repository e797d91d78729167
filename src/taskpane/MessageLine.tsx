import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Message } from "./hooks/useMessage";

/** The outcome of an action: green status when it worked, a red alert when not. */
export function MessageLine({ message }: { message: Message | null }) {
  if (!message) return null;
  return (
    <MessageBar intent={message.ok ? "success" : "error"} role={message.ok ? "status" : "alert"}>
      <MessageBarBody>
        {message.text}
        {message.notes?.map((n) => (
          <div key={n}>{n}</div>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}
