import { downloadFile } from "../download";
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
    saveXlsx(r.value.name, r.value.bytes);
    return { ok: true, text: t(lang, "pane.download.done", { name: r.value.name }) };
  }, [lang, services, during]);
}

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

function saveXlsx(name: string, bytes: Uint8Array): void {
  downloadFile(name, bytes, XLSX_TYPE);
}
