import { Suspense, lazy, useCallback, useEffect, useState } from "react";
import {
  Button,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Tab,
  TabList,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowDownloadRegular } from "@fluentui/react-icons";
import { t, type Lang } from "../i18n/strings";
import type { CheckResult } from "../reading/check";
import { FillPanel } from "./FillPanel";

// The check results and the lists editor load on first use, outside the initial bundle.
const CheckPanel = lazy(() =>
  import(/* webpackChunkName: "check-panel" */ "./CheckPanel").then((m) => ({ default: m.CheckPanel })),
);
const ListsPanel = lazy(() =>
  import(/* webpackChunkName: "lists-panel" */ "./ListsPanel").then((m) => ({ default: m.ListsPanel })),
);
import type { LoadSource, Outcome, PaneServices } from "./services";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

export type TabId = "fill" | "check" | "lists";

export interface AppProps {
  lang: Lang;
  services: PaneServices;
  /** "check" when opened from the ribbon's 检查完整性 button. */
  initialAction?: string | null;
}

export function App({ lang, services, initialAction }: AppProps) {
  const styles = useStyles();
  const [source, setSource] = useState<LoadSource>("blank");
  const [busy, setBusy] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [tab, setTab] = useState<TabId>(initialAction === "check" ? "check" : "fill");
  const [result, setResult] = useState<CheckResult | null>(null);
  const [checkError, setCheckError] = useState<string | null>(null);
  const [revision, setRevision] = useState(0);
  const limitation = services.limitations();

  const runCheck = useCallback(async () => {
    setBusy("check");
    const r = await services.check();
    setBusy(null);
    setTab("check");
    if (r.ok) {
      setResult(r.value);
      setCheckError(null);
    } else setCheckError(r.message);
  }, [services]);

  useEffect(() => {
    if (initialAction === "check") void runCheck();
  }, [initialAction, runCheck]);

  // While the pane is open, units typed or pasted with ；, ，, newlines or spaces are rejoined with 、.
  useEffect(() => {
    let stop: (() => Promise<void>) | null = null;
    let alive = true;
    void services.normaliseUnitsOnEdit().then((remove) => {
      if (alive) stop = remove;
      else remove().catch(() => undefined);
    });
    return () => {
      alive = false;
      if (stop) stop().catch(() => undefined);
    };
  }, [services, revision]);

  const onLoad = async () => {
    setBusy("load");
    setOutcome(null);
    const out = await services.load(source);
    setBusy(null);
    setOutcome(out);
    setRevision((r) => r + 1);
    if (out.ok) setTab("fill");
  };

  const onDownload = async () => {
    setBusy("download");
    const r = await services.standaloneFile();
    setBusy(null);
    if (!r.ok) return setOutcome({ ok: false, message: r.message, notes: [] });
    saveFile(r.value.name, r.value.bytes);
    setOutcome({ ok: true, message: t(lang, "pane.download.done", { name: r.value.name }), notes: [] });
  };

  return (
    <main className={styles.root} lang={lang === "zh" ? "zh-CN" : "en-US"}>
      <Title3 as="h1">{t(lang, "pane.title")}</Title3>
      {limitation && (
        <MessageBar intent="warning">
          <MessageBarBody>{limitation}</MessageBarBody>
        </MessageBar>
      )}
      <RadioGroup
        aria-label={t(lang, "pane.source")}
        layout="horizontal"
        value={source}
        onChange={(_, d) => setSource(d.value as LoadSource)}
      >
        <Radio value="blank" label={t(lang, "pane.source.blank")} />
        <Radio value="sample" label={t(lang, "pane.source.sample")} />
      </RadioGroup>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={onLoad} disabled={busy !== null}>
          {t(lang, "pane.load")}
        </Button>
        <Button onClick={runCheck} disabled={busy !== null}>
          {t(lang, "pane.check")}
        </Button>
        <Button appearance="subtle" icon={<ArrowDownloadRegular />} onClick={onDownload} disabled={busy !== null}>
          {t(lang, "pane.download")}
        </Button>
        {busy && <Spinner size="tiny" label={t(lang, "pane.working")} />}
      </div>
      {outcome && (
        <MessageBar intent={outcome.ok ? "success" : "error"} role={outcome.ok ? "status" : "alert"}>
          <MessageBarBody>
            {outcome.message}
            {outcome.notes.map((n) => (
              <div key={n}>{n}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)}>
        <Tab value="fill">{t(lang, "pane.tab.fill")}</Tab>
        <Tab value="check">{t(lang, "pane.tab.check")}</Tab>
        <Tab value="lists">{t(lang, "pane.tab.lists")}</Tab>
      </TabList>
      <div role="tabpanel" aria-label={t(lang, `pane.tab.${tab}`)}>
        <Suspense fallback={<Spinner size="tiny" label={t(lang, "pane.working")} />}>
          {tab === "fill" && <FillPanel lang={lang} services={services} revision={revision} />}
          {tab === "check" && (
            <CheckPanel lang={lang} services={services} result={result} error={checkError} onRecheck={runCheck} />
          )}
          {tab === "lists" && <ListsPanel lang={lang} services={services} revision={revision} />}
        </Suspense>
      </div>
    </main>
  );
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
