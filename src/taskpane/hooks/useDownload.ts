import { useCallback } from "react";
import { t, type Lang } from "../../i18n/strings";
import type { PaneServices } from "../services";
import type { During } from "./useBusy";
import type { Message } from "./useMessage";

/** 下载标准表格: builds the standalone .xlsx and hands it to the browser. */
export function useDownload(lang: Lang, services: PaneServices, during: During) {
  return useCallback(async (): Promise<Message> => {
    const r = await during("download", () => services.standaloneFile());
    if (!r.ok) return { ok: false, text: r.message };
    saveFile(r.value.name, r.value.bytes);
    return { ok: true, text: t(lang, "pane.download.done", { name: r.value.name }) };
  }, [lang, services, during]);
}

/** Hands bytes to the browser as a file download. */
function saveFile(name: string, bytes: Uint8Array): void {
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
