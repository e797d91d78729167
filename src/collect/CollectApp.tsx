/**
 * 汇总各校文件: files in (dropped or picked), checked in Web Workers with a progress bar and a cancel button,
 * one table row per file, duplicates resolved as `fujian1 merge --latest` resolves them, charts once there are
 * results, and the summary workbook to download. Everything stays in the browser.
 */
import { Component, lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { FUJIAN1 } from "../form";
import { hasDuplicates, type Dropped } from "../merge/duplicates";
import { fileProblem, mb } from "../xlsx/problems";
import { MAX_FILE_BYTES } from "../xlsx/limits";
import { chartData } from "./chart-data";
import { chartSpecs } from "./chart-options";
import type { ChartsHandle } from "./Charts";
import { checkFiles, type CheckRun } from "./checker";
import { MARKS } from "./protocol";
import { DropZone } from "./DropZone";
import { droppedLine, DuplicatesPanel } from "./Duplicates";
import type { Gathered } from "./files";
import { duplicatesOf, isChecked, mergeSources, resolveLatest, schoolOfRow, statusOf, type Row } from "./model";
import { ResultsTable } from "./ResultsTable";
import { tr, type Lang } from "./strings";

const Charts = lazy(() => import(/* webpackChunkName: "charts" */ "./Charts"));

interface Progress {
  done: number;
  total: number;
  current: string;
}

type Note = { kind: "info" | "error"; text: string };

export function CollectApp({ initialLang }: { initialLang: Lang }) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [rows, setRows] = useState<Row[]>([]);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [skipped, setSkipped] = useState<string[]>([]);
  const [dropped, setDropped] = useState<Dropped<Row>[]>([]);
  const [note, setNote] = useState<Note | null>(null);
  const [busy, setBusy] = useState(false);
  const files = useRef(new Map<number, File>());
  const nextId = useRef(1);
  const run = useRef<CheckRun | null>(null);
  const charts = useRef<ChartsHandle | null>(null);

  useEffect(() => {
    document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
    document.title = tr(lang, "title");
  }, [lang]);

  const update = (id: number, change: Partial<Row>) =>
    setRows((all) => all.map((r) => (r.id === id ? { ...r, ...change } : r)));

  // Starts checking whatever waits, when nothing is being checked.
  useEffect(() => {
    if (run.current) return;
    const waiting = rows.filter((r) => r.state === "waiting");
    if (!waiting.length) return;
    let done = 0;
    const names = new Map(waiting.map((r) => [r.id, r.path]));
    setProgress({ done, total: waiting.length, current: waiting[0].path });
    const finished = () => setProgress((p) => p && { ...p, done: ++done });
    performance.mark(MARKS.start);
    const current = checkFiles(
      waiting.map((r) => ({ id: r.id, file: files.current.get(r.id) as File })),
      (id) => {
        update(id, { state: "checking" });
        setProgress((p) => p && { ...p, current: names.get(id) ?? "" });
      },
      (result) => {
        update(result.id, { state: "done", result });
        finished();
      },
      (id, failure) => {
        update(id, { state: "failed", failure });
        finished();
      },
    );
    run.current = current;
    void current.done.then(() => {
      performance.mark(MARKS.done);
      run.current = null;
      setProgress(null);
      setRows((all) =>
        all.map((r) => (r.state === "waiting" || r.state === "checking" ? { ...r, state: "cancelled" } : r)),
      );
    });
  }, [rows]);

  const add = useCallback((g: Gathered) => {
    setSkipped(g.skipped);
    setNote(null);
    const added: Row[] = g.files.map(({ file, path }) => {
      const id = nextId.current++;
      files.current.set(id, file);
      const row: Row = { id, name: file.name, path, modified: file.lastModified, state: "waiting" };
      // Refused from its size alone, as the command line does: the bytes are never read.
      if (file.size > MAX_FILE_BYTES)
        return {
          ...row,
          state: "done",
          result: { id, checked: { status: "unreadable", problem: fileProblem("too-large", { size: mb(file.size) }) } },
        };
      return row;
    });
    setRows((all) => [...all, ...added]);
  }, []);

  const cancel = () => run.current?.cancel();
  const resume = () => setRows((all) => all.map((r) => (r.state === "cancelled" ? { ...r, state: "waiting" } : r)));
  const clear = () => {
    run.current?.cancel();
    files.current.clear();
    setRows([]);
    setDropped([]);
    setSkipped([]);
    setNote(null);
  };

  const droppedIds = useMemo(() => new Set(dropped.map((d) => d.item.id)), [dropped]);
  const kept = useMemo(() => rows.filter((r) => !droppedIds.has(r.id)), [rows, droppedIds]);
  const checking = rows.some((r) => r.state === "waiting" || r.state === "checking");
  const cancelled = rows.filter((r) => r.state === "cancelled").length;
  const allChecked = rows.length > 0 && rows.every(isChecked);
  const found = useMemo(() => (allChecked ? duplicatesOf(kept) : null), [allChecked, kept]);
  const unresolved = !!found && hasDuplicates(found);
  const keepLatest = () => setDropped((d) => [...d, ...resolveLatest(kept)]);

  const counts = useMemo(() => {
    const c = { ready: 0, blocked: 0, unreadable: 0 };
    for (const r of rows) {
      const s = statusOf(r, new Set());
      if (s === "ready" || s === "blocked" || s === "unreadable") c[s]++;
    }
    return c;
  }, [rows]);

  const colleges = useMemo(
    () =>
      kept.flatMap((r) =>
        isChecked(r) && r.result?.checked.entries
          ? [{ school: schoolOfRow(r), entries: r.result.checked.entries }]
          : [],
      ),
    [kept],
  );
  const showCharts = allChecked && !unresolved && colleges.length > 0;
  const specs = useMemo(
    () => (showCharts ? chartSpecs(chartData(FUJIAN1, colleges), lang) : []),
    [showCharts, colleges, lang],
  );
  const onChartsReady = useCallback((h: ChartsHandle | null) => (charts.current = h), []);

  const download = async () => {
    setBusy(true);
    setNote({ kind: "info", text: tr(lang, "downloading") });
    try {
      const { downloadMerge, MERGE_FILE_NAME } = await import(/* webpackChunkName: "download" */ "./download");
      const sources = mergeSources(rows, droppedIds);
      const { measures } = await downloadMerge(sources, charts.current?.pictures() ?? []);
      const readable = sources.filter((s) => s.entries).length;
      setNote({
        kind: "info",
        text: tr(lang, "downloaded", { file: MERGE_FILE_NAME, files: readable, rows: measures }),
      });
    } catch (e) {
      setNote({
        kind: "error",
        text: tr(lang, "downloadFailed", { reason: e instanceof Error ? e.message : String(e) }),
      });
    } finally {
      setBusy(false);
    }
  };

  const today = new Date().toISOString().slice(0, 10);
  return (
    <>
      <header>
        <h1>{tr(lang, "title")}</h1>
        <p className="print-only">{tr(lang, "reportOf", { date: today })}</p>
        <button
          type="button"
          className="lang no-print"
          lang={lang === "zh" ? "en" : "zh-CN"}
          onClick={() => setLang(lang === "zh" ? "en" : "zh")}
        >
          {tr(lang, "switchLang")}
        </button>
      </header>
      <main>
        <p className="no-print">{tr(lang, "intro")}</p>
        <p className="offline no-print">{tr(lang, "offline")}</p>
        <DropZone lang={lang} onFiles={add} />
        {skipped.length > 0 && (
          <p className="note no-print">
            {tr(lang, "skippedFiles", { count: skipped.length, names: skipped.join("、") })}
          </p>
        )}
        <div className="progress" aria-live="polite">
          {progress && (
            <span className="no-print">
              <progress max={progress.total} value={progress.done} aria-label={tr(lang, "progressLabel")} />
              <span>
                {tr(lang, "progress", { done: progress.done, total: progress.total, file: progress.current })}
              </span>{" "}
              <button type="button" onClick={cancel}>
                {tr(lang, "cancel")}
              </button>
            </span>
          )}
          {!progress && cancelled > 0 && (
            <span className="no-print">
              <span>{tr(lang, "cancelled", { count: cancelled })}</span>{" "}
              <button type="button" onClick={resume}>
                {tr(lang, "resume", { count: cancelled })}
              </button>
            </span>
          )}
          {!progress && !checking && rows.length > 0 && cancelled === 0 && (
            <span className="total">
              {tr(lang, "total", {
                n: rows.length,
                ready: counts.ready,
                blocked: counts.blocked,
                unreadable: counts.unreadable,
              })}
            </span>
          )}
        </div>
        {found && unresolved && <DuplicatesPanel found={found} lang={lang} onKeepLatest={keepLatest} />}
        {dropped.length > 0 && (
          <ul className="dropped">
            {dropped.map((d) => (
              <li key={d.item.id}>{droppedLine(d, lang)}</li>
            ))}
          </ul>
        )}
        {rows.length > 0 && (
          <div className="actions no-print">
            <button
              type="button"
              className="primary"
              disabled={!allChecked || unresolved || busy}
              onClick={() => void download()}
            >
              {tr(lang, "download")}
            </button>{" "}
            <button type="button" disabled={!allChecked} onClick={() => window.print()}>
              {tr(lang, "print")}
            </button>{" "}
            <button type="button" onClick={clear}>
              {tr(lang, "clear")}
            </button>
            {(!allChecked || unresolved) && <p className="hint">{tr(lang, "downloadWaits")}</p>}
          </div>
        )}
        {note && (
          <p className={`note no-print ${note.kind}`} role={note.kind === "error" ? "alert" : "status"}>
            {note.text}
          </p>
        )}
        {rows.length > 0 && <ResultsTable rows={rows} dropped={droppedIds} lang={lang} />}
        {showCharts && (
          <section aria-labelledby="charts-title" className="charts-section">
            <h2 id="charts-title">{tr(lang, "charts")}</h2>
            <ChartsBoundary lang={lang}>
              <Suspense fallback={<p>{tr(lang, "chartsLoading")}</p>}>
                <Charts specs={specs} lang={lang} onReady={onChartsReady} />
              </Suspense>
            </ChartsBoundary>
          </section>
        )}
      </main>
    </>
  );
}

/** A chart module that fails to load is said, and the rest of the page goes on. */
class ChartsBoundary extends Component<{ lang: Lang; children: ReactNode }, { error: string | null }> {
  state = { error: null as string | null };
  static getDerivedStateFromError(e: unknown) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
  render() {
    if (this.state.error)
      return (
        <p className="note error" role="alert">
          {tr(this.props.lang, "chartsFailed", { reason: this.state.error })}
        </p>
      );
    return this.props.children;
  }
}
