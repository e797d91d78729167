import { Suspense, lazy, useCallback, useEffect, useState } from "react";
import {
  MessageBar,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { t, type Lang } from "../i18n/strings";
import { ActionBar } from "./ActionBar";
import { FillPanel } from "./FillPanel";
import { LazyPiece } from "./LazyPiece";
import { useBusy } from "./hooks/useBusy";
import { useCheck } from "./hooks/useCheck";
import { useDownload } from "./hooks/useDownload";
import { useEditWatch } from "./hooks/useEditWatch";
import { useLoad } from "./hooks/useLoad";
import { useMessage, useTaskMoves } from "./hooks/useMessage";
import { useSelection } from "./hooks/useSelection";
import { useUnitNormaliser } from "./hooks/useUnitNormaliser";
import { MessageLine } from "./MessageLine";
import { WordButtons } from "./WordButtons";
import type { Outcome, PaneServices } from "./services";

// The check results and the lists editor load on first use, outside the initial bundle.
const CheckPanel = lazy(() =>
  import(/* webpackChunkName: "check-panel" */ "./CheckPanel").then((m) => ({ default: m.CheckPanel })),
);
// Asked only when the sample would meet the college's entries: Fluent's Dialog stays out of start-up.
const SampleDialog = lazy(() =>
  import(/* webpackChunkName: "sample-dialog" */ "./SampleDialog").then((m) => ({ default: m.SampleDialog })),
);
const ListsPanel = lazy(() =>
  import(/* webpackChunkName: "lists-panel" */ "./ListsPanel").then((m) => ({ default: m.ListsPanel })),
);

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  collect: { alignSelf: "flex-start", fontSize: tokens.fontSizeBase200, color: tokens.colorBrandForegroundLink },
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
  const [tab, setTab] = useState<TabId>(initialAction === "check" ? "check" : "fill");
  // Counts the user's own tab choices: picking a tab is moving on, a tab an action opens is not.
  const [tabMoves, setTabMoves] = useState(0);
  const [listsOpened, setListsOpened] = useState(false);
  useEffect(() => {
    if (tab === "lists") setListsOpened(true);
  }, [tab]);
  const { busy, during } = useBusy();
  const check = useCheck(services, during);
  const { markStale } = check;
  const [place, setPlace] = useState("");
  const { message, show } = useMessage(place);
  const onOutcome = useCallback(
    (out: Outcome) => {
      if (out.ok) setTab("fill");
      markStale();
      show({ ok: out.ok, text: out.message, notes: out.notes });
    },
    [markStale, show],
  );
  const { source, setSource, revision, load, question, answer, reloaded } = useLoad(services, during, onOutcome);
  useEditWatch(services, revision, markStale);
  const download = useDownload(lang, services, during);
  const selection = useSelection(services, revision);
  const taskMoves = useTaskMoves(selection.info?.seq ?? null);
  useEffect(() => setPlace(`${tabMoves}|${taskMoves}`), [tabMoves, taskMoves]);
  const limitation = services.limitations();
  useUnitNormaliser(services, revision);

  const runCheck = check.run;
  useEffect(() => {
    if (initialAction === "check") void runCheck();
  }, [initialAction, runCheck]);

  const onLoad = async () => {
    show(null);
    await load();
  };
  const onCheck = async () => {
    await runCheck();
    setTab("check");
  };
  const onDownload = async () => show(await download());

  return (
    <main className={styles.root} lang={lang === "zh" ? "zh-CN" : "en-US"}>
      <Title3 as="h1">{t(lang, "pane.title")}</Title3>
      {limitation && (
        <MessageBar intent="warning">
          <MessageBarBody>{limitation}</MessageBarBody>
        </MessageBar>
      )}
      <ActionBar
        lang={lang}
        source={source}
        onSource={setSource}
        busy={busy}
        onLoad={onLoad}
        onCheck={onCheck}
        onDownload={onDownload}
      />
      {services.word && (
        <WordButtons
          lang={lang}
          word={services.word}
          busy={busy}
          during={during}
          show={show}
          onImported={() => {
            reloaded();
            markStale();
          }}
        />
      )}
      <MessageLine message={message} lang={lang} diagnostics={services.diagnostics} />
      {question && (
        <Suspense fallback={null}>
          <SampleDialog lang={lang} question={question} onAnswer={answer} />
        </Suspense>
      )}
      <TabList
        selectedValue={tab}
        onTabSelect={(_, d) => {
          // Without change events, nobody can tell whether the sheet changed while elsewhere.
          if (!services.watchesEdits()) markStale();
          setTab(d.value as TabId);
          setTabMoves((n) => n + 1);
        }}
      >
        <Tab value="fill">{t(lang, "pane.tab.fill")}</Tab>
        <Tab value="check">{t(lang, "pane.tab.check")}</Tab>
        <Tab value="lists">{t(lang, "pane.tab.lists")}</Tab>
      </TabList>
      <div role="tabpanel" aria-label={t(lang, `pane.tab.${tab}`)}>
        <LazyPiece lang={lang} fallback={<Spinner size="tiny" label={t(lang, "pane.working")} />}>
          {tab === "fill" && (
            <FillPanel
              lang={lang}
              services={services}
              revision={revision}
              selection={selection}
              onWritten={markStale}
            />
          )}
          {tab === "check" && (
            <CheckPanel
              lang={lang}
              services={services}
              result={check.result}
              error={check.error}
              stale={check.stale}
              onRecheck={runCheck}
            />
          )}
          {/* Kept once opened: names typed or pasted but not yet saved survive a trip to another tab. */}
          {(tab === "lists" || listsOpened) && (
            <div hidden={tab !== "lists"}>
              <ListsPanel lang={lang} services={services} revision={revision} onWritten={markStale} />
            </div>
          )}
        </LazyPiece>
      </div>
      {/* The collecting office's page, deployed beside the pane (dist/collect/). */}
      <a className={styles.collect} href="collect/index.html" target="_blank" rel="noopener noreferrer">
        {t(lang, "pane.collect")}
      </a>
    </main>
  );
}
