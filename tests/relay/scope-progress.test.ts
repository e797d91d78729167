/**
 * What a unit and the coordinator read from the relay's counts, as pure calls: a unit's own check (本单位 N 项
 * 任务: only its lead tasks' findings, its own totals per group, 可以提交 by its own errors), and 进度 per unit
 * (tasks led, filled, ready, when its file was last gathered).
 */
import { FUJIAN1, type Entries, type MeasureRow } from "../../src/form";
import type { CheckResult, Finding, Summary } from "../../src/reading/check";
import {
  filledForMark,
  handOut,
  progressByUnit,
  scopeCheck,
  scopeToUnit,
  type GatherLogLine,
  type MasterRecord,
} from "../../src/relay";

const form = FUJIAN1;
const row = (measure: string, target: string, unit: string): MeasureRow => ({ measure, target, unit, time: "2025年" });
const finding = (kind: Finding["kind"], severity: Finding["severity"], seq?: string): Finding => ({
  kind,
  severity,
  ...(seq ? { seq } : {}),
});

/**
 * 人事处 leads 1 (a measure, no target; a second row with only its unit), 2 (a target only), 4 (不涉及, with a
 * measure left over), 5 (nothing but its unit) and 6 (a measure and a target of spaces only); it is a co-unit of
 * 3, which 教务处 leads with 10. Tasks 1–3 are in the form's first group, 4 in the second, 5 and 6 in the third.
 */
const entries: Entries = {
  header: { unit: "某学院", contact: "", phone: "" },
  rows: {
    "1": [row("举措一", "", "人事处"), row("", "", "人事处")],
    "2": [row("", "目标二", "人事处")],
    "3": [row("举措三", "目标三", "教务处、人事处")],
    "4": [row("留下的举措", "", "人事处")],
    "5": [row("", "", "人事处")],
    "6": [row("  ", " ", "人事处")],
    "10": [row("", "", "教务处")],
  },
  marks: { "4": "本校不涉及" },
};
const MINE = ["1", "2", "4", "5", "6"];
const whole: Summary = {
  total: 54,
  withMeasures: 3,
  withoutMeasures: 50,
  notApplicable: 1,
  groups: [],
  units: [{ unit: "人事处", leads: 6, incomplete: 4 }],
  errors: 9,
  warnings: 4,
  ready: false,
};
const result = (findings: Finding[]): CheckResult => ({ findings, summary: whole, rowUnits: { 6: ["人事处"] } });

describe("a unit's own check (scopeCheck)", () => {
  it("keeps only the findings of the unit's tasks and counts its tasks per group", () => {
    const own = [finding("missing-target", "error", "1"), finding("blank-row", "warning", "2")];
    const others = [
      finding("no-measure", "error", "3"),
      finding("header-empty", "error"),
      finding("assigned", "error", "10"),
    ];
    const info = finding("not-applicable", "info", "4");
    const scoped = scopeCheck(form, result([others[0], ...own, others[1], info, others[2]]), entries, "人事处", MINE);
    expect(scoped.findings).toEqual([...own, info]);
    expect(scoped.scope).toEqual({ unit: "人事处", tasks: MINE });
    expect(scoped.rowUnits).toEqual({ 6: ["人事处"] });
    expect(scoped.summary).toEqual({
      total: 5,
      withMeasures: 2,
      withoutMeasures: 2,
      notApplicable: 1,
      groups: [
        { title: form.groups[0].title, total: 2, withMeasures: 2, notApplicable: 0 },
        { title: form.groups[1].title, total: 1, withMeasures: 0, notApplicable: 1 },
        { title: form.groups[2].title, total: 2, withMeasures: 0, notApplicable: 0 },
      ],
      units: whole.units,
      errors: 1,
      warnings: 1,
      ready: false,
      scope: { unit: "人事处", tasks: 5 },
    });
  });

  it("is 可以提交 when only other units' tasks or warnings remain, and not when the sheet is not the form", () => {
    const ready = (findings: Finding[]) => scopeCheck(form, result(findings), entries, "人事处", MINE).summary;
    expect(ready([])).toMatchObject({ ready: true, errors: 0, warnings: 0 });
    expect(ready([finding("no-measure", "error", "3"), finding("blank-row", "warning", "5")])).toMatchObject({
      ready: true,
      errors: 0,
      warnings: 1,
    });
    expect(ready([finding("not-applicable", "info", "4")])).toMatchObject({ ready: true, errors: 0, warnings: 0 });
    expect(ready([finding("not-form", "error")])).toMatchObject({ ready: false, errors: 0 });
    expect(ready([finding("no-measure", "error", "5")])).toMatchObject({ ready: false, errors: 1 });
  });

  it("counts a sheet without any 不涉及 mark", () => {
    const { marks: _, ...unmarked } = entries;
    const scoped = scopeCheck(form, result([]), unmarked, "人事处", MINE);
    expect(scoped.summary).toMatchObject({ total: 5, withMeasures: 3, withoutMeasures: 2, notApplicable: 0 });
  });

  it("a unit's file is checked for the tasks its identity says it leads (not its 协办 ones)", () => {
    const { units } = handOut(form, entries, {
      record: null,
      newMasterId: "M",
      handOutId: "H",
      by: "发展规划处",
      at: "2026-12-07T08:00:00Z",
    });
    const id = units.find((u) => u.unit === "人事处")!.identity;
    const scoped = scopeToUnit(form, result([finding("no-measure", "error", "3")]), entries, id);
    expect(scoped.scope).toEqual({ unit: "人事处", tasks: MINE });
    expect(scoped.summary).toMatchObject({ total: 5, ready: true, errors: 0, scope: { unit: "人事处", tasks: 5 } });
  });
});

describe("进度 per unit (progressByUnit)", () => {
  const line = (unit: string, at: string, note = ""): GatherLogLine => ({
    unit,
    file: `附件1-${unit}.xlsx`,
    at,
    taken: [],
    refused: [],
    note,
  });
  const record: MasterRecord = {
    masterId: "M",
    handOutId: "H",
    handOutAt: "2026-12-07T08:00:00Z",
    by: "发展规划处",
    taken: [],
    log: [
      line("人事处", "2026-12-08T10:00:00Z"),
      line("人事处", "2026-12-09T09:00:00Z"),
      line("人事处", "2026-12-08T11:00:00Z"),
      line("人事处", "2026-12-10T09:00:00Z", "other-hand-out"),
      line("教务处", "2026-12-10T09:00:00Z", "other-master"),
    ],
  };

  it("counts each lead unit's tasks, the filled ones, the ready ones, and its last gathered file", () => {
    const check = result([
      finding("missing-target", "error", "1"),
      finding("blank-row", "warning", "2"),
      finding("header-empty", "error"),
      finding("assigned", "error", "5"),
      finding("not-applicable", "info", "4"),
    ]);
    expect(progressByUnit(form, entries, check, record)).toEqual([
      // 1, 2 and 4 (marked) are filled; 5 and 6 are not; 1 has an error, a warning or a note blocks nothing.
      { unit: "人事处", assigned: 5, gatheredAt: "2026-12-09T09:00:00Z", filled: 3, ready: 2 },
      // A refused file does not count as gathered.
      { unit: "教务处", assigned: 2, gatheredAt: "", filled: 1, ready: 1 },
    ]);
  });

  it("before any gather, nothing is gathered and every filled task without an error is ready", () => {
    expect(progressByUnit(form, entries, result([]), null)).toEqual([
      { unit: "人事处", assigned: 5, gatheredAt: "", filled: 3, ready: 3 },
      { unit: "教务处", assigned: 2, gatheredAt: "", filled: 1, ready: 1 },
    ]);
    const marked: Entries = { ...entries, rows: { "7": [row("", "", "学生处")] }, marks: { "7": "不涉及" } };
    expect(progressByUnit(form, marked, result([]), null)).toEqual([
      { unit: "学生处", assigned: 1, gatheredAt: "", filled: 1, ready: 1 },
    ]);
  });
});

describe("what a bulk 不涉及 leaves alone as filled", () => {
  const only = (over: Partial<MeasureRow>): MeasureRow[] => [
    { measure: "", target: "", unit: "", time: "" },
    { measure: "", target: "", unit: "", time: "", ...over },
  ];
  it("on a unit's file, only a 具体举措 or a 完成目标: the handed-out name (and a time) is not the unit's filling", () => {
    expect(filledForMark(only({ unit: "教务处", time: "2025年" }), true)).toBe(false);
    expect(filledForMark(only({ measure: "举措" }), true)).toBe(true);
    expect(filledForMark(only({ target: "目标" }), true)).toBe(true);
    expect(filledForMark(only({ measure: "  ", target: "\n" }), true)).toBe(false);
    expect(filledForMark([], true)).toBe(false);
  });

  it("in a master or a standard file, any fill-in cell: a unit or a time the coordinator wrote counts", () => {
    expect(filledForMark(only({ unit: "教务处" }), false)).toBe(true);
    expect(filledForMark(only({ time: "2025年" }), false)).toBe(true);
    expect(filledForMark(only({ target: "目标" }), false)).toBe(true);
    expect(filledForMark(only({ unit: " ", time: "　" }), false)).toBe(false);
  });
});
