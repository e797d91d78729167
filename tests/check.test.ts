import fc from "fast-check";
import { FUJIAN1, SAMPLE_DRAFT, SAMPLE_LISTS, type Entries } from "../src/form";
import { planSheet } from "../src/plan/sheet-plan";
import { checkGrid, type FindingKind } from "../src/reading/check";
import { describeFinding, describePlace, findingTitle } from "../src/reading/describe-finding";
import { didYouMean, yearOf } from "../src/reading/normalise-values";
import type { Cell } from "../src/reading/read-grid";
import { gridFor, setCell } from "./helpers/grid";
import { UNREADABLE } from "./helpers/readable";
import { EXPECTED_SEVERITY } from "./helpers/severities";

const kinds = (grid: Cell[][]) => checkGrid(FUJIAN1, grid).findings.map((f) => f.kind);
const only = (grid: Cell[][], kind: FindingKind) => checkGrid(FUJIAN1, grid).findings.filter((f) => f.kind === kind);

/** One complete measure row for task 1 (sheet row 6), so a grid can be made ready. */
function completeEntries(): Entries {
  const row = { measure: "举措", target: "目标", unit: "教务处", time: "2023年" };
  return {
    header: { unit: "某学院", contact: "齐心", phone: "18904960016" },
    rows: Object.fromEntries(FUJIAN1.tasks.map((t) => [t.seq, [row]])),
  };
}

describe("检查完整性 on the seed's draft", () => {
  // The sample comes with its own units (the blank form starts from a generic list), and its
  // shared 具体举措 cells are merged over their rows. Checked inside each test, never while jest collects the
  // file: a mutation tool then knows which test covers which line.
  let result: ReturnType<typeof checkGrid>;
  beforeEach(() => {
    result = checkGrid(FUJIAN1, gridFor(FUJIAN1, SAMPLE_DRAFT), SAMPLE_LISTS, planSheet(FUJIAN1, SAMPLE_DRAFT).merges);
  });

  it("warns about no empty 具体举措 in tasks 3 and 15 (one measure over several targets), once in task 31", () => {
    const empty = (r: typeof result) =>
      r.findings.filter((f) => f.kind === "measure-empty" && ["3", "15", "31"].includes(f.seq ?? ""));
    expect(empty(result).map((f) => [f.seq, f.address])).toEqual([["31", "E39"]]);
    // Read without the merges, each row stands alone and warns: the merges are what carries the sharing.
    const valuesOnly = checkGrid(FUJIAN1, gridFor(FUJIAN1, SAMPLE_DRAFT), SAMPLE_LISTS);
    expect(empty(valuesOnly).map((f) => f.seq)).toEqual(["3", "3", "15", "31", "31"]);
  });

  it("reports exactly the 27 tasks with no measure", () => {
    const none = result.findings.filter((f) => f.kind === "no-measure").map((f) => Number(f.seq));
    expect(none).toEqual([
      1,
      6,
      16,
      19,
      21,
      23,
      26,
      27,
      34,
      36,
      37,
      38,
      39,
      40,
      ...Array.from({ length: 13 }, (_, i) => 42 + i),
    ]);
    expect(result.findings.find((f) => f.seq === "1")).toMatchObject({
      address: "E6",
      excerpt: "采取专兼职结合方式，为职业院…",
    });
  });

  it("raises no false alarm on its units, years, header or official text", () => {
    const bad = result.findings.filter((f) => !["no-measure", "measure-empty"].includes(f.kind));
    expect(bad).toEqual([]);
  });

  it("only warns about an empty 具体举措 beside a filled 完成目标", () => {
    const warnings = result.findings.filter((f) => f.severity === "warning");
    expect(warnings.every((f) => f.kind === "measure-empty")).toBe(true);
    expect(warnings.map((f) => f.seq)).toContain("7");
  });

  it("summarises tasks, groups and units", () => {
    expect(result.summary).toMatchObject({
      total: 54,
      withMeasures: 27,
      withoutMeasures: 27,
      notApplicable: 0,
      ready: false,
      errors: 27,
    });
    expect(result.summary.groups[0]).toEqual({
      title: FUJIAN1.groups[0].title,
      total: 3,
      withMeasures: 2,
      notApplicable: 0,
    });
    expect(result.summary.units.find((u) => u.unit === "教务处")).toEqual({ unit: "教务处", leads: 13, incomplete: 0 });
  });
});

describe("finding kinds", () => {
  it("is ready to submit only when nothing blocking remains", () => {
    const grid = gridFor(FUJIAN1, completeEntries());
    expect(checkGrid(FUJIAN1, grid).summary.ready).toBe(true);
    setCell(grid, "E6", "");
    expect(checkGrid(FUJIAN1, grid).summary.ready).toBe(true); // a warning does not block
    setCell(grid, "H6", "");
    expect(checkGrid(FUJIAN1, grid).summary.ready).toBe(false);
  });

  it("names missing 完成目标, 责任单位 and 完成时间 cells of a row with text", () => {
    const grid = gridFor(FUJIAN1, completeEntries());
    setCell(grid, "F7", "");
    setCell(grid, "G8", "");
    setCell(grid, "H9", "");
    expect(
      checkGrid(FUJIAN1, grid)
        .findings.filter((f) => f.severity === "error")
        .map((f) => [f.kind, f.seq, f.address]),
    ).toEqual([
      ["missing-target", "2", "F7"],
      ["missing-unit", "3", "G8"],
      ["missing-time", "4", "H9"],
    ]);
  });

  it("suggests the listed unit for a slip, and 、 for other separators", () => {
    const grid = gridFor(FUJIAN1, completeEntries());
    setCell(grid, "G6", "教务部");
    setCell(grid, "G7", "教务处；人事处");
    setCell(grid, "G8", "教务处\n人事处");
    setCell(grid, "G9", "后勤处");
    setCell(grid, "G10", "教务处、人事处");
    setCell(grid, "G11", "招生就业处/教务处");
    const found = checkGrid(FUJIAN1, grid).findings.filter((f) => f.kind.startsWith("un"));
    expect(found.map((f) => [f.kind, f.address, f.fix?.value])).toEqual([
      ["unknown-unit", "G6", "教务处"],
      ["unit-separator", "G7", "教务处、人事处"],
      // Several lines are not joined blindly: a choice (below), not a fix.
      ["unit-lines", "G8", undefined],
      ["unknown-unit", "G9", undefined],
      ["unit-separator", "G11", "招生就业处、教务处"],
    ]);
    expect(found[2].choices?.[0]).toEqual({ id: "join-units", fixes: [{ address: "G8", value: "教务处、人事处" }] });
  });

  it("never joins a name with itself, and a fix does not grow when checked again", () => {
    const grid = gridFor(FUJIAN1, completeEntries());
    setCell(grid, "G6", "教务处\n教务处");
    setCell(grid, "G7", "教务处、教务处；1.人事处");
    setCell(grid, "H8", "2023年\n2025年");
    const first = checkGrid(FUJIAN1, grid).findings;
    const lines = first.find((f) => f.address === "G6");
    expect(lines?.choices?.[0].fixes).toEqual([{ address: "G6", value: "教务处" }]);
    const sep = first.find((f) => f.address === "G7");
    expect(sep?.fix).toEqual({ address: "G7", value: "教务处、人事处" });
    expect(first.find((f) => f.address === "H8")).toMatchObject({
      kind: "time-lines",
      detail: { lines: "2", shown: "2023年 / 2025年" },
    });
    setCell(grid, "G6", "教务处");
    setCell(grid, "G7", "教务处、人事处");
    expect(checkGrid(FUJIAN1, grid).findings.filter((f) => ["G6", "G7"].includes(f.address ?? ""))).toEqual([]);
  });

  it("offers 2023年 for years written otherwise", () => {
    for (const v of ["2023", "２０２３年", "2023.0", "2023-12", 2023, 45261]) expect(yearOf(String(v))).toBe("2023年");
    expect(didYouMean("教务部", FUJIAN1.lists.units)).toBe("教务处");
    expect(didYouMean("继续教育", FUJIAN1.lists.units)).toBe("继续教育学院");
    expect(didYouMean("后勤处", FUJIAN1.lists.units)).toBeNull();
    expect(yearOf("持续推进")).toBeNull();
    const grid = gridFor(FUJIAN1, completeEntries());
    setCell(grid, "H6", "2023-12");
    setCell(grid, "H7", 2023);
    setCell(grid, "H8", "明年");
    const found = only(grid, "unknown-time");
    expect(found.map((f) => [f.address, f.fix?.value])).toEqual([
      ["H6", "2023年"],
      ["H7", "2023年"],
      ["H8", undefined],
    ]);
  });

  it("finds official text that differs from the form and offers to restore it", () => {
    const grid = gridFor(FUJIAN1, completeEntries());
    setCell(grid, "C7", "被误改的任务内容");
    setCell(grid, "B6", "");
    const found = only(grid, "official-changed");
    expect(found.map((f) => f.fix)).toEqual([
      { address: "B6", value: FUJIAN1.groups[0].title },
      { address: "C7", value: FUJIAN1.tasks[1].content },
    ]);
  });

  it("finds tasks missing, duplicated or out of order", () => {
    const grid = gridFor(FUJIAN1, completeEntries());
    setCell(grid, "A7", 3); // task 2's row now says 3
    const found = checkGrid(FUJIAN1, grid).findings.filter((f) => f.kind.startsWith("task-"));
    expect(found.map((f) => [f.kind, f.seq])).toEqual([
      ["task-duplicate", "3"],
      ["task-missing", "2"],
    ]);
    const swapped = gridFor(FUJIAN1, completeEntries());
    [swapped[5], swapped[6]] = [swapped[6], swapped[5]];
    expect(only(swapped, "task-order").map((f) => f.seq)).toEqual(["1"]);
  });

  it("checks the header line: empty, malformed phone, mobile or landline", () => {
    const grid = gridFor(FUJIAN1, completeEntries());
    setCell(grid, "E3", "");
    setCell(grid, "G3", "1890496");
    expect(
      checkGrid(FUJIAN1, grid)
        .findings.filter((f) => f.kind.startsWith("header"))
        .map((f) => [f.kind, f.address]),
    ).toEqual([
      ["header-empty", "E3"],
      ["header-malformed", "G3"],
    ]);
    for (const ok of ["18904960016", "0416-2345678", "024-23456789", "041623456789"]) {
      setCell(grid, "G3", ok);
      expect(only(grid, "header-malformed")).toEqual([]);
    }
  });

  it("lists 不涉及 tasks separately and does not count them as missing", () => {
    const e = completeEntries();
    delete e.rows["42"];
    e.marks = { "42": "属省级任务" };
    const result = checkGrid(FUJIAN1, gridFor(FUJIAN1, e));
    expect(result.findings.map((f) => [f.kind, f.seq, f.severity])).toEqual([["not-applicable", "42", "info"]]);
    expect(result.summary).toMatchObject({ notApplicable: 1, withMeasures: 53, withoutMeasures: 0, ready: true });
  });

  it("says plainly when the sheet is not 附件1", () => {
    expect(
      kinds([
        ["姓名", "电话"],
        ["张三", "1"],
      ]),
    ).toEqual(["not-form"]);
    expect(kinds([])).toEqual(["not-form"]);
  });

  it("on any mangled grid: severities as documented, counts that add up, every message readable (property)", () => {
    const base = gridFor(FUJIAN1, SAMPLE_DRAFT);
    const junk = fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.constantFrom("#REF!", "#N/A", "#VALUE!", "", "  ", "序号", "教务部", "２０２３年", "=A1", "不涉及", "2023.12"),
      fc.constantFrom("教务处；人事处", "教务部、人事处", "后勤处", "0416-1234567", 45261, 2023, 99, 1),
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.string({ minLength: 2000, maxLength: 5000 }),
    );
    const op = fc.oneof(
      fc.record({ kind: fc.constant("delete" as const), row: fc.nat(70) }),
      fc.record({ kind: fc.constant("insert" as const), row: fc.nat(70), cells: fc.array(junk, { maxLength: 12 }) }),
      fc.record({ kind: fc.constant("set" as const), row: fc.nat(70), col: fc.nat(11), value: junk }),
      fc.record({
        kind: fc.constant("merge" as const),
        row: fc.nat(70),
        col: fc.nat(9),
        span: fc.integer({ min: 1, max: 4 }),
      }),
      fc.record({ kind: fc.constant("split" as const), row: fc.nat(70), col: fc.nat(9), value: junk }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        const grid: Cell[][] = base.map((r) => [...r]);
        for (const o of ops) {
          if (o.kind === "delete") grid.splice(o.row, 1);
          else if (o.kind === "insert") grid.splice(o.row, 0, o.cells);
          else if (o.kind === "set") (grid[o.row] ??= [])[o.col] = o.value;
          else if (o.kind === "merge") for (let k = 1; k < o.span; k++) (grid[o.row + k] ??= [])[o.col] = "";
          else (grid[o.row] ??= [])[o.col + 1] = o.value;
        }
        const { findings, summary } = checkGrid(FUJIAN1, grid, FUJIAN1.lists, [], { hiddenRows: [] });
        for (const f of findings) {
          expect([f.kind, f.severity]).toEqual([f.kind, EXPECTED_SEVERITY[f.kind]]);
          if (f.address !== undefined) expect(f.address).toMatch(/^[A-Z]+[1-9]\d*$/);
          for (const lang of ["zh", "en"] as const) {
            const text = [findingTitle(f.kind, lang), describePlace(f, lang), describeFinding(f, lang)];
            for (const t of text)
              expect({ kind: f.kind, text: t }).not.toEqual({ kind: f.kind, text: expect.stringMatching(UNREADABLE) });
            expect(describeFinding(f, lang).trim()).not.toBe("");
          }
        }
        const count = (s: string) => findings.filter((f) => f.severity === s).length;
        expect(summary.errors).toBe(count("error"));
        expect(summary.warnings).toBe(count("warning"));
        expect(summary.ready).toBe(count("error") === 0);
        expect(summary.total).toBe(54);
        expect(summary.withMeasures + summary.withoutMeasures + summary.notApplicable).toBe(54);
        expect(summary.groups.reduce((n, g) => n + g.total, 0)).toBe(54);
        expect(summary.groups.reduce((n, g) => n + g.withMeasures, 0)).toBe(summary.withMeasures);
        expect(summary.groups.reduce((n, g) => n + g.notApplicable, 0)).toBe(summary.notApplicable);
        // Each task is accounted for: with measures, marked, missing from the sheet, or listed as without.
        const listed = new Set(
          findings.filter((f) => ["no-measure", "task-missing", "not-applicable"].includes(f.kind)).map((f) => f.seq),
        );
        if (summary.withoutMeasures > 0 && !findings.some((f) => f.kind === "not-form"))
          expect(listed.size).toBeGreaterThan(0);
      }),
      { numRuns: Number(process.env.CHECK_PROPERTY_RUNS ?? 200) },
    );
  });
});

describe("a task assigned to a unit, with no measure yet", () => {
  function assigned(rows: Entries["rows"]) {
    const entries = completeEntries();
    Object.assign(entries.rows, rows);
    return checkGrid(FUJIAN1, gridFor(FUJIAN1, entries));
  }

  it("is one finding naming the unit (zh and en), not a missing target and time; it blocks submitting", async () => {
    const { describeFinding } = await import("../src/reading/describe-finding");
    const result = assigned({ "2": [{ measure: "", target: "", unit: "教务处；人事处", time: "" }] });
    expect(result.findings.filter((f) => f.seq === "2").map((f) => [f.kind, f.address, f.severity])).toEqual([
      ["assigned", "E7", "error"],
      ["unit-separator", "G7", "error"],
    ]);
    const [found] = result.findings;
    expect(describeFinding(found, "zh")).toBe("已分给 教务处、人事处，还没有举措。");
    expect(describeFinding(found, "en")).toBe("Assigned to 教务处、人事处; no measure yet.");
    expect(result.summary.ready).toBe(false);
  });

  it("with a time too (写入选中的行 with both) is still only assigned; a time alone is no measure", () => {
    const result = assigned({
      "2": [{ measure: "", target: "", unit: "教务处", time: "2024年" }],
      "3": [{ measure: "", target: "", unit: "", time: "2024年" }],
    });
    expect(result.findings.map((f) => [f.kind, f.seq])).toEqual([
      ["assigned", "2"],
      ["no-measure", "3"],
    ]);
  });

  it("once a measure is written, what the row lacks is reported as before", () => {
    const result = assigned({ "2": [{ measure: "举措", target: "", unit: "教务处", time: "" }] });
    expect(result.findings.map((f) => [f.kind, f.address])).toEqual([
      ["missing-target", "F7"],
      ["missing-time", "H7"],
    ]);
  });
});
