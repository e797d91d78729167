import { FUJIAN1, type Entries } from "../src/form";
import { checkGrid, needsConsent } from "../src/reading/check";
import { describeFinding } from "../src/reading/describe-finding";
import { joinUnits } from "../src/reading/normalise-values";
import { gridFor, setCell } from "./helpers/grid";

const row = { measure: "举措", target: "目标", unit: "教务处", time: "2023年" };
const entries = (over: Partial<Entries> = {}): Entries => ({
  header: { unit: "某学院", contact: "齐心", phone: "18904960016" },
  rows: Object.fromEntries(FUJIAN1.tasks.map((t) => [t.seq, [row]])),
  ...over,
});

describe("a task marked 不涉及 that also has measures", () => {
  it("is a blocking contradiction with two fixes: clear the mark, or clear the measures", () => {
    const grid = gridFor(FUJIAN1, entries());
    setCell(grid, "I6", "属省级部门职责");
    const result = checkGrid(FUJIAN1, grid);
    const found = result.findings.filter((f) => f.kind === "marked-with-measures");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "error", seq: "1", address: "I6" });
    expect(found[0].choices).toEqual([
      { id: "clear-mark", fixes: [{ address: "I6", value: "" }] },
      {
        id: "clear-measures",
        fixes: ["E6", "F6", "G6", "H6"].map((address) => ({ address, value: "" })),
      },
    ]);
    expect(result.summary.ready).toBe(false);
    expect(describeFinding(found[0], "zh")).toContain("清除不涉及标记，或清除举措");
  });

  it("is settled by either choice", () => {
    for (const id of ["clear-mark", "clear-measures"]) {
      const grid = gridFor(FUJIAN1, entries());
      setCell(grid, "I6", "属省级部门职责");
      const choice = checkGrid(FUJIAN1, grid)
        .findings.find((f) => f.kind === "marked-with-measures")
        ?.choices?.find((c) => c.id === id);
      for (const f of choice?.fixes ?? []) setCell(grid, f.address, f.value);
      const after = checkGrid(FUJIAN1, grid);
      expect(after.findings.filter((f) => f.kind === "marked-with-measures")).toEqual([]);
      expect(after.summary.ready).toBe(true);
    }
  });

  it("is not raised for a marked task without measures", () => {
    const e = entries({ marks: { "1": "属省级部门职责" } });
    e.rows["1"] = [{ measure: "", target: "", unit: "", time: "" }];
    const result = checkGrid(FUJIAN1, gridFor(FUJIAN1, e));
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});

describe("text spilled into the 不涉及 column by a wide paste", () => {
  it("is a finding on that cell, fixed by clearing it", () => {
    const grid = gridFor(FUJIAN1, entries());
    setCell(grid, "I6", "2024年");
    const found = checkGrid(FUJIAN1, grid).findings.filter((f) => f.kind === "mark-spilled");
    expect(found).toEqual([
      expect.objectContaining({ severity: "error", address: "I6", fix: { address: "I6", value: "" } }),
    ]);
    expect(describeFinding(found[0], "en")).toContain("one column too many");
    setCell(grid, "I6", "");
    expect(checkGrid(FUJIAN1, grid).summary.ready).toBe(true);
  });
});

describe("clean-ups that never corrupt", () => {
  it("keeps a name spaced out between single characters as one name", () => {
    expect(joinUnits("教 务 处")).toBe("教务处");
    expect(joinUnits("教 务 处、人事处")).toBe("教务处、人事处");
    expect(joinUnits("教　务　处 人事处")).toBe("教务处、人事处");
    expect(joinUnits("教务处 人事处；学生处")).toBe("教务处、人事处、学生处");
  });

  it("does not flag a spaced-out listed name as unknown units", () => {
    const grid = gridFor(FUJIAN1, entries());
    setCell(grid, "G6", "教 务 处");
    const f = checkGrid(FUJIAN1, grid).findings.filter((x) => x.address === "G6");
    expect(f).toEqual([expect.objectContaining({ kind: "unit-separator", fix: { address: "G6", value: "教务处" } })]);
  });

  it("offers 2022.12 as 2022年 only as a choice that says the month is dropped", () => {
    const grid = gridFor(FUJIAN1, entries());
    setCell(grid, "H6", "2023.12");
    setCell(grid, "H8", "２０２３");
    const found = checkGrid(FUJIAN1, grid).findings.filter((f) => f.kind === "unknown-time");
    const [month, plain] = found;
    expect(month.fix).toEqual({ address: "H6", value: "2023年" });
    expect(needsConsent(month)).toBe(true);
    expect(describeFinding(month, "zh")).toContain("月份会被舍去");
    expect(needsConsent(plain)).toBe(false);
  });
});

describe("a task marked 不涉及 with a unit or a time but no measure (assigned, then declared not applicable)", () => {
  const marked = (over: Partial<typeof row>) => {
    const e = entries({ marks: { "1": "本校无此项" } });
    e.rows["1"] = [{ measure: "", target: "", unit: "", time: "", ...over }];
    return checkGrid(FUJIAN1, gridFor(FUJIAN1, e));
  };
  it("is no contradiction: the task is 不涉及 and the check can pass", () => {
    const result = marked({ unit: "教务处", time: "2023年" });
    expect(result.findings.filter((f) => f.seq === "1").map((f) => f.kind)).toEqual(["not-applicable"]);
    expect(result.summary).toMatchObject({ ready: true, notApplicable: 1 });
  });
  it("is still a contradiction once it has a 完成目标 or a 具体举措", () => {
    for (const over of [{ target: "目标" }, { measure: "举措" }])
      expect(marked({ unit: "教务处", ...over }).findings.map((f) => f.kind)).toContain("marked-with-measures");
  });
});
