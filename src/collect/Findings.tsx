/** One file's findings, grouped by kind as the task pane groups them (what blocks first), or why it is unreadable. */
import type { Finding, FindingKind } from "../reading/check";
import { describeFinding, describePlace, findingTitle } from "../reading/describe-finding";
import { findingsOf, problemOf, type Row } from "./model";
import { tr, type Lang } from "./strings";

const ORDER: Record<string, number> = { error: 0, warning: 1, info: 2 };

export function groups(findings: Finding[]): Array<[FindingKind, Finding[]]> {
  const map = new Map<FindingKind, Finding[]>();
  for (const f of findings) map.set(f.kind, [...(map.get(f.kind) ?? []), f]);
  return [...map.entries()].sort((a, b) => ORDER[a[1][0].severity] - ORDER[b[1][0].severity]);
}

export function Findings({ row, lang }: { row: Row; lang: Lang }) {
  const problem = problemOf(row, lang);
  if (problem) return <p className="problem">{problem}</p>;
  const checked = row.result?.checked;
  const findings = findingsOf(row, lang);
  const others = checked?.otherFormSheets ?? [];
  return (
    <div className="findings">
      {others.length > 0 && (
        <p>
          {tr(lang, "otherFormSheets", {
            others: others.map((o) => `“${o}”`).join("、"),
            checked: checked?.sheet ?? "",
          })}
        </p>
      )}
      {checked?.result?.summary.ready && !findings.some((f) => f.severity !== "info") && (
        <p>{tr(lang, "noFindings")}</p>
      )}
      {groups(findings).map(([kind, list], i) => (
        <details key={kind} open={i === 0}>
          <summary>
            <span className={`severity ${list[0].severity}`}>{findingTitle(kind, lang)}</span>{" "}
            <span className="count">{list.length}</span>
          </summary>
          <ul>
            {list.map((f, j) => (
              <li key={j}>{[describePlace(f, lang), describeFinding(f, lang)].filter(Boolean).join("：")}</li>
            ))}
          </ul>
        </details>
      ))}
    </div>
  );
}
