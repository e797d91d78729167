/**
 * Findings in the command line's words. The pane and the command line share src/reading/describe-finding.ts;
 * where its text sends the user to the pane (载入附件1, 修正, 恢复原文), a command-line user has no such
 * button, so these kinds are said here with what that user can do (Excel, WPS, `fujian1 template`).
 */
import type { Finding, FindingKind } from "../reading/check";
import { describeFinding, sideBySide } from "../reading/describe-finding";

const CLI_DETAILS: Partial<Record<FindingKind, (d: Record<string, string>) => string>> = {
  "not-form": (d) =>
    `工作表“${d.sheet}”中找不到附件1的表头（序号、主要任务……完成时间）。请确认选对了文件；` +
    "要重新填写，可用 fujian1 template 生成标准表格。",
  "rule-missing": () =>
    "这个单元格没有下拉列表了（多为粘贴所致），内容不受影响。可在 Excel 或 WPS 中用格式刷从同一列的单元格复制过来。",
  "task-missing": () =>
    "表中找不到这项任务，可能被删除了。请从 fujian1 template 生成的空白表中复制这项任务的行，放回原来的位置。",
  "official-changed": (d) => {
    const restore = "请改回省定原文（可对照 fujian1 template 生成的空白表）。";
    if (!d.found) return `省里下发的文字被删除了。${restore}`;
    const [found, official] = sideBySide(d.found, d.official ?? "");
    return `与省里下发的文字不同：现为“${found}”，原文为“${official}”。${restore}`;
  },
};

/** What a finding means and what to do, for the command line (zh-CN). */
export function describeForCli(f: Finding): string {
  const own = CLI_DETAILS[f.kind];
  return own ? own(f.detail ?? {}) : describeFinding(f, "zh");
}
