/**
 * One row per file: 学校, 文件, status, tasks with measures, problems, reminders; sortable and filterable; a row
 * opens its findings.
 */
import { Fragment, useMemo, useState } from "react";
import { Findings } from "./Findings";
import { schoolOfRow, statusOf, type Row, type Status } from "./model";
import { tr, type Lang, type TextKey } from "./strings";

type Column = "school" | "file" | "status" | "measures" | "errors" | "warnings";

const COLUMNS: Array<[Column, TextKey]> = [
  ["school", "colSchool"],
  ["file", "colFile"],
  ["status", "colStatus"],
  ["measures", "colMeasures"],
  ["errors", "colErrors"],
  ["warnings", "colWarnings"],
];

const STATUS_ORDER: Record<Status, number> = {
  ready: 0,
  blocked: 1,
  unreadable: 2,
  skipped: 3,
  checking: 4,
  waiting: 5,
  cancelled: 6,
};

export function statusText(status: Status, row: Row | undefined, lang: Lang): string {
  switch (status) {
    case "ready":
      return tr(lang, "ready");
    case "blocked":
      return tr(lang, "blocked", { n: row?.result?.checked.result?.summary.errors ?? 0 });
    case "unreadable":
      return tr(lang, "unreadable");
    case "skipped":
      return tr(lang, "skipped");
    case "checking":
      return tr(lang, "checking");
    case "waiting":
      return tr(lang, "waiting");
    case "cancelled":
      return tr(lang, "notChecked");
  }
}

interface Line {
  row: Row;
  school: string;
  status: Status;
  measures: number | null;
  total: number | null;
  errors: number | null;
  warnings: number | null;
}

function lineOf(row: Row, dropped: ReadonlySet<number>): Line {
  const s = row.result?.checked.result?.summary;
  return {
    row,
    school: schoolOfRow(row),
    status: statusOf(row, dropped),
    measures: s ? s.withMeasures : null,
    total: s ? s.total : null,
    errors: s ? s.errors : null,
    warnings: s ? s.warnings : null,
  };
}

const collator = new Intl.Collator("zh-CN", { numeric: true });

function compare(a: Line, b: Line, column: Column): number {
  const num = (x: number | null, y: number | null) => (x ?? -1) - (y ?? -1);
  switch (column) {
    case "school":
      return collator.compare(a.school, b.school);
    case "file":
      return collator.compare(a.row.path, b.row.path);
    case "status":
      return STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || num(a.errors, b.errors);
    case "measures":
      return num(a.measures, b.measures);
    case "errors":
      return num(a.errors, b.errors);
    case "warnings":
      return num(a.warnings, b.warnings);
  }
}

export function ResultsTable({ rows, dropped, lang }: { rows: Row[]; dropped: ReadonlySet<number>; lang: Lang }) {
  const [sort, setSort] = useState<{ column: Column; ascending: boolean } | null>(null);
  const [text, setText] = useState("");
  const [status, setStatus] = useState<"" | Status>("");
  const [open, setOpen] = useState<Set<number>>(new Set());
  const lines = useMemo(() => {
    const needle = text.trim().toLowerCase();
    const all = rows
      .map((r) => lineOf(r, dropped))
      .filter(
        (l) =>
          (!status || l.status === status) &&
          (!needle || l.school.toLowerCase().includes(needle) || l.row.path.toLowerCase().includes(needle)),
      );
    if (sort) all.sort((a, b) => (sort.ascending ? 1 : -1) * compare(a, b, sort.column) || a.row.id - b.row.id);
    return all;
  }, [rows, dropped, text, status, sort]);
  const toggle = (id: number) =>
    setOpen((o) => {
      const next = new Set(o);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const statuses: Status[] = ["ready", "blocked", "unreadable", "skipped", "cancelled"];

  return (
    <section aria-labelledby="results-title">
      <h2 id="results-title">{tr(lang, "results")}</h2>
      <div className="filters no-print">
        <label>
          {tr(lang, "filter")} <input type="search" value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <label>
          {tr(lang, "statusFilter")}{" "}
          <select value={status} onChange={(e) => setStatus(e.target.value as "" | Status)}>
            <option value="">{tr(lang, "allStatuses")}</option>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {s === "blocked" ? tr(lang, "blocked", { n: "N" }) : statusText(s, rows[0], lang)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <table className="results">
        <thead>
          <tr>
            {COLUMNS.map(([column, key]) => {
              const active = sort?.column === column;
              return (
                <th
                  key={column}
                  scope="col"
                  aria-sort={active ? (sort.ascending ? "ascending" : "descending") : "none"}
                >
                  <button
                    type="button"
                    className="sort"
                    title={tr(lang, "sortBy", { column: tr(lang, key) })}
                    onClick={() => setSort((s) => ({ column, ascending: s?.column === column ? !s.ascending : true }))}
                  >
                    {tr(lang, key)}
                    <span aria-hidden="true">{active ? (sort.ascending ? " ▲" : " ▼") : ""}</span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {lines.length === 0 && (
            <tr>
              <td colSpan={COLUMNS.length}>{tr(lang, "noRows")}</td>
            </tr>
          )}
          {lines.map((l) => {
            const id = l.row.id;
            const expandable = l.row.state === "done" || l.row.state === "failed";
            const isOpen = open.has(id) && expandable;
            return (
              <Fragment key={id}>
                <tr className={`status-${l.status}`} data-file={l.row.name}>
                  <td>{l.school}</td>
                  <td>
                    {expandable ? (
                      <button
                        type="button"
                        className="link"
                        aria-expanded={isOpen}
                        aria-controls={isOpen ? `findings-${id}` : undefined}
                        title={tr(lang, "openFindings", { file: l.row.path })}
                        onClick={() => toggle(id)}
                      >
                        {l.row.path}
                      </button>
                    ) : (
                      l.row.path
                    )}
                  </td>
                  <td className="status">{statusText(l.status, l.row, lang)}</td>
                  <td className="num">{l.measures === null ? "" : `${l.measures}/${l.total}`}</td>
                  <td className="num">{l.errors ?? ""}</td>
                  <td className="num">{l.warnings ?? ""}</td>
                </tr>
                {isOpen && (
                  <tr className="details" id={`findings-${id}`}>
                    <td colSpan={COLUMNS.length}>
                      <Findings row={l.row} lang={lang} />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
