/** The files that would count a college twice, named as `fujian1 merge` names them; resolved on the user's word. */
import type { Dropped, Duplicates as Found } from "../merge/duplicates";
import type { Row } from "./model";
import { tr, type Lang } from "./strings";

function when(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

const withTime = (r: Row, lang: Lang) => `${r.path}（${tr(lang, "modified", { time: when(r.modified) })}）`;

export function DuplicatesPanel({
  found,
  lang,
  onKeepLatest,
}: {
  found: Found<Row>;
  lang: Lang;
  onKeepLatest: () => void;
}) {
  return (
    <section className="duplicates" role="alert" aria-labelledby="duplicates-title">
      <h2 id="duplicates-title">{tr(lang, "duplicatesTitle")}</h2>
      <p>{tr(lang, "duplicatesStopped")}</p>
      <ul>
        {found.sameFile.map((g) => (
          <li key={`f${g[0].id}`}>
            {tr(lang, "sameFileTwice")}
            {g.map((r) => r.path).join("、")}
          </li>
        ))}
        {found.sameSchool.map((g) => (
          <li key={`s${g.files[0].id}`}>
            {tr(lang, "sameSchool", { school: g.school, n: g.files.length })}
            {g.files.map((r) => withTime(r, lang)).join("、")}
          </li>
        ))}
        {found.mergeOutputs.map((r) => (
          <li key={`m${r.id}`}>
            {tr(lang, "mergeOutputInput")}
            {r.path}
          </li>
        ))}
      </ul>
      <button type="button" className="primary" onClick={onKeepLatest}>
        {tr(lang, "keepLatest")}
      </button>
      <p>{tr(lang, "duplicatesHint")}</p>
    </section>
  );
}

export function droppedLine(d: Dropped<Row>, lang: Lang): string {
  if (d.reason === "older") return tr(lang, "droppedOlder", { file: withTime(d.item, lang), newest: d.newest.path });
  if (d.reason === "merge-output") return tr(lang, "droppedMergeOutput", { file: d.item.path });
  return tr(lang, "droppedSameFile", { file: d.item.path, kept: d.kept.path });
}
