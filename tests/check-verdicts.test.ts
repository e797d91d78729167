/**
 * The verdict a user sees, per finding kind: a sheet with only that problem is or is not 可以提交 in the check's
 * summary (the pane's 检查完整性 and the command line share it). The exit code: tests/check-exit-codes.test.ts.
 */
import { FUJIAN1 } from "../src/form";
import { checkGrid, type CheckResult } from "../src/reading/check";
import type { Cell } from "../src/reading/read-grid";
import { CASES, grid, type Verdict } from "./helpers/verdict-sheets";

const SEVERITY_OF: Record<Verdict, string> = { blocks: "error", warns: "warning", informs: "info" };

/** The check as the command line runs it on a file: no row hidden, so a visible empty row is reported. */
const check = (g: Cell[][]): CheckResult => checkGrid(FUJIAN1, g, FUJIAN1.lists, [], { hiddenRows: [] });

describe("a sheet whose only problem is one finding kind", () => {
  it("a complete sheet has no finding and is ready", () => {
    const result = check(grid());
    expect(result.findings).toEqual([]);
    expect(result.summary).toMatchObject({ ready: true, errors: 0, warnings: 0, withMeasures: 54 });
  });

  it.each(CASES.map((c) => [c.kind, c.verdict, c.sheet] as const))("%s %s submitting", (kind, verdict, sheet) => {
    const result = check(sheet());
    // A task marked 不涉及 is listed as such besides (information only).
    const marked = ["marked-with-measures", "mark-spilled", "mark-no-reason"].includes(kind)
      ? [["not-applicable", "info"]]
      : [];
    expect(result.findings.map((f) => [f.kind, f.severity])).toEqual([[kind, SEVERITY_OF[verdict]], ...marked]);
    expect(result.summary.ready).toBe(verdict !== "blocks");
    expect(result.summary.errors).toBe(verdict === "blocks" ? 1 : 0);
    expect(result.summary.warnings).toBe(verdict === "warns" ? 1 : 0);
    // A task marked 不涉及 counts in its own group, and in no other.
    const groupOf = (seq?: string) => FUJIAN1.tasks.find((t) => t.seq === seq)?.group;
    const markedIn = (i: number) =>
      result.findings.filter((f) => f.kind === "not-applicable" && groupOf(f.seq) === i).length;
    expect(result.summary.groups.map((g) => g.notApplicable)).toEqual(result.summary.groups.map((_, i) => markedIn(i)));
    if (kind === "not-applicable") expect(result.summary.groups[groupOf("42") as number].notApplicable).toBe(1);
  });
});
