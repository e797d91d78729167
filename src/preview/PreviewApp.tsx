/** The preview page: the in-memory workbook on the left, the real task pane on the right. */
import { useCallback, useMemo, useState, useSyncExternalStore } from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  mergeClasses,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import type { FakeExcelHandle } from "../fake-excel";
import type { Lang } from "../i18n/strings";
import { App } from "../taskpane/App";
import type { PaneServices } from "../taskpane/services";
import { selectArea, visibleSheets, type Refusal } from "./actions";
import { Grid } from "./Grid";
import { sheetData } from "./sheet-data";
import { pt } from "./strings";
import { useLayoutStyles } from "./styles";

export interface PreviewAppProps {
  handle: FakeExcelHandle;
  lang: Lang;
  services: PaneServices;
  initialAction: string | null;
}

export function PreviewApp({ handle, lang, services, initialAction }: PreviewAppProps) {
  const styles = useLayoutStyles();
  const wb = handle.workbook;
  const version = useSyncExternalStore(
    useCallback((listener: () => void) => wb.subscribe(listener), [wb]),
    () => wb.version,
  );
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const sheets = useMemo(() => (version >= 0 ? visibleSheets(handle) : []), [handle, version]);
  const active = wb.activeSheet();
  const shown = active && sheets.includes(active) ? active : sheets[0];
  const data = useMemo(() => (version >= 0 && shown ? sheetData(wb, shown) : null), [wb, shown, version]);
  const anchor = data?.selection ? data.owners[data.selection.row]?.[data.selection.col] : null;

  return (
    <div className={styles.root}>
      <section className={styles.workbook} aria-label={pt(lang, "workbook")}>
        <header className={styles.titleBar}>
          <h1 className={styles.title}>{pt(lang, "title")}</h1>
          <span className={styles.note}>{pt(lang, "note")}</span>
        </header>
        <div className={styles.formulaBar}>
          <output className={styles.nameBox} aria-label={pt(lang, "nameBox")}>
            {anchor?.address ?? ""}
          </output>
          <span className={styles.fx} aria-hidden="true">
            fx
          </span>
          <output className={styles.formula} aria-label={pt(lang, "formulaBar")} title={anchor?.text}>
            {anchor?.text ?? ""}
          </output>
        </div>
        {refusal && (
          <MessageBar intent="error" role="alert" className={styles.alert}>
            <MessageBarBody>
              <MessageBarTitle>{refusal.title}</MessageBarTitle>
              {refusal.message}
            </MessageBarBody>
            <MessageBarActions
              containerAction={
                <Button
                  appearance="transparent"
                  icon={<DismissRegular />}
                  aria-label={pt(lang, "dismiss")}
                  onClick={() => setRefusal(null)}
                />
              }
            />
          </MessageBar>
        )}
        {data && <Grid handle={handle} lang={lang} data={data} onRefuse={setRefusal} />}
        <div className={styles.hint}>{pt(lang, "hint")}</div>
        <div role="tablist" aria-label={pt(lang, "tabs")} className={styles.tabs}>
          {sheets.map((name) => (
            <button
              key={name}
              type="button"
              role="tab"
              aria-selected={name === shown}
              className={mergeClasses(styles.tab, name === shown && styles.tabActive)}
              onClick={() => name !== shown && setRefusal(selectArea(handle, name, "A1", lang))}
            >
              {name}
            </button>
          ))}
        </div>
      </section>
      <aside className={styles.pane} aria-label={pt(lang, "pane")} id="pane">
        <App lang={lang} services={services} initialAction={initialAction} />
      </aside>
    </div>
  );
}
