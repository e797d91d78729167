/**
 * Who does what, and a unit's file as a plan (pure calls): the units of a task, each unit's editable / 协办 /
 * locked tasks, the hand-out's identities and record, file names, and the plan a unit's file is written from
 * (only its lead tasks unlocked, the 本单位 column, the note naming it, the grey rule first).
 */
import { FUJIAN1, type Entries, type MeasureRow } from "../../src/form";
import { BODY_FONT, heightFor, HEADING_FONT, lineCount, widthInPoints } from "../../src/plan/metrics";
import { planSheet } from "../../src/plan/sheet-plan";
import { STANDALONE_TEXT } from "../../src/plan/standalone-text";
import type { SheetPlan } from "../../src/plan/types";
import {
  assignments,
  fileSafe,
  handOut,
  handOutNote,
  LOCKED_STYLE,
  roleRows,
  roleTitle,
  shortTime,
  splitPlan,
  unitCells,
  unitParts,
  unitPlan,
  type HandOutIdentity,
  type MasterRecord,
} from "../../src/relay";

const form = FUJIAN1;
const row = (unit: string, measure = ""): MeasureRow => ({ measure, target: "", unit, time: "" });
/** 人事处 leads 1 and 5, is a co-unit of 2 (led by 教务处); 3 has only a blank unit; the rest are not assigned. */
const entries: Entries = {
  header: { unit: "某学院", contact: "", phone: "" },
  rows: {
    "1": [row("人事处", "举措")],
    "2": [row("教务处；人事处"), row("学生处、教务处")],
    "3": [row("  ")],
    "5": [row(""), row("人事处")],
  },
};
const REQ = { record: null, newMasterId: "M1", handOutId: "H1", by: "发展规划处", at: "2026-12-07T08:05:00Z" };

describe("who does what", () => {
  it("unit values split into listed names, whatever the separator", () => {
    expect(unitParts("教务处；人事处 、 学生处")).toEqual(["教务处", "人事处", "学生处"]);
    expect(unitParts("教务处")).toEqual(["教务处"]);
    expect(unitParts("  ")).toEqual([]);
    expect(unitParts("")).toEqual([]);
  });

  it("assignments give every task of the form its lead and co-units", () => {
    const a = assignments(form, entries);
    expect(Object.keys(a)).toEqual(form.tasks.map((t) => t.seq));
    expect(a["1"]).toEqual({ lead: "人事处", co: [] });
    expect(a["2"]).toEqual({ lead: "教务处", co: ["人事处", "学生处"] });
    expect(a["3"]).toEqual({ lead: "", co: [] });
    expect(a["5"]).toEqual({ lead: "人事处", co: [] });
    expect(a["9"]).toEqual({ lead: "", co: [] });
  });

  it("a unit's file leaves its lead tasks editable, its 协办 ones read-only, every other one locked", () => {
    const plan = splitPlan(form, entries, "人事处");
    expect(plan).toMatchObject({ unit: "人事处", lead: ["1", "5"], co: ["2"] });
    expect(plan.locked).toEqual(form.tasks.map((t) => t.seq).filter((s) => !["1", "2", "5"].includes(s)));
    expect(splitPlan(form, entries, "学生处")).toMatchObject({ lead: [], co: ["2"] });
  });

  it("a file name takes a unit's name without what file systems refuse", () => {
    expect(fileSafe("教务处")).toBe("教务处");
    expect(fileSafe('a/b\\c:d*e?f"g<h>i|j\u0001k')).toBe("a_b_c_d_e_f_g_h_i_j_k");
    expect(fileSafe(" .教务.处. ")).toBe("教务.处");
    expect(fileSafe("..")).toBe("_");
    expect(fileSafe("")).toBe("_");
  });
});

describe("the hand-out", () => {
  it("one identity per lead unit, with every task's role and fingerprint, and the unassigned tasks apart", () => {
    const out = handOut(form, entries, REQ);
    expect(out.units.map((u) => u.unit)).toEqual(["人事处", "教务处"]);
    const [hr, jw] = out.units;
    expect(hr.plan).toEqual(splitPlan(form, entries, "人事处"));
    expect(hr.identity).toMatchObject({ masterId: "M1", handOutId: "H1", unit: "人事处", by: "发展规划处" });
    expect(hr.identity.at).toBe("2026-12-07T08:05:00Z");
    expect(hr.identity.tasks).toHaveLength(form.tasks.length);
    const roleOf = (id: HandOutIdentity, seq: string) => id.tasks.find((t) => t.seq === seq)?.role;
    expect([roleOf(hr.identity, "1"), roleOf(hr.identity, "2"), roleOf(hr.identity, "3")]).toEqual(["lead", "co", ""]);
    expect(roleOf(jw.identity, "2")).toBe("lead");
    expect(hr.identity.tasks.find((t) => t.seq === "9")?.base).toBe("0");
    expect(hr.identity.tasks.find((t) => t.seq === "1")?.base).toMatch(/^[0-9a-f]{16}$/);
    expect(out.unassigned).toEqual(form.tasks.map((t) => t.seq).filter((s) => !["1", "2", "5"].includes(s)));
    expect(out.record).toEqual({
      masterId: "M1",
      handOutId: "H1",
      handOutAt: "2026-12-07T08:05:00Z",
      by: "发展规划处",
      taken: [],
      log: [],
    });
  });

  it("a second hand-out keeps the master's id and its log, and starts afresh from the master as it is", () => {
    const earlier: MasterRecord = {
      masterId: "M0",
      handOutId: "H0",
      handOutAt: "2026-12-01T08:00:00Z",
      by: "校办",
      taken: [{ unit: "人事处", seq: "1", fingerprint: "abc" }],
      log: [{ unit: "人事处", file: "a.xlsx", at: "2026-12-02T08:00:00Z", taken: ["1"], refused: [], note: "" }],
    };
    const out = handOut(form, entries, { ...REQ, record: earlier });
    expect(out.record).toEqual({ ...earlier, handOutId: "H1", handOutAt: REQ.at, by: "发展规划处", taken: [] });
    expect(out.units[0].identity.masterId).toBe("M0");
  });
});

describe("a unit's file as a plan", () => {
  let base: SheetPlan;
  let id: HandOutIdentity;
  let split: ReturnType<typeof splitPlan>;
  let plan: SheetPlan;
  beforeEach(() => {
    base = planSheet(form, entries, form.sheetName, form.lists, { standalone: STANDALONE_TEXT });
    const u = handOut(form, entries, REQ).units[0];
    [id, split] = [u.identity, u.plan];
    plan = unitPlan(base, split, id);
  });
  const place = (seq: string) => base.layout.tasks.find((p) => p.seq === seq)!;

  it("unlocks only its lead tasks' fill-in cells and 不涉及 mark", () => {
    const { layout } = base;
    const E = "E";
    const H = "H";
    const I = "I";
    expect([layout.fillCols[0], layout.fillCols[layout.fillCols.length - 1], layout.markCol]).toEqual([4, 7, 8]);
    const rows = (seq: string) => [place(seq).firstRow + 1, place(seq).firstRow + place(seq).rowCount];
    const [a1, b1] = rows("1");
    const [a5, b5] = rows("5");
    expect(plan.unlocked).toEqual([
      `${E}${a1}:${H}${b1}`,
      `${I}${a1}:${I}${b1}`,
      `${E}${a5}:${H}${b5}`,
      `${I}${a5}:${I}${b5}`,
    ]);
  });

  it("says 牵头 or 协办 beside each of the unit's rows, under a 本单位（…） title", () => {
    const roleCol = base.layout.keyCol + 1;
    const column = plan.values.map((r) => r[roleCol]);
    const rowsOf = (seq: string) => [...Array(place(seq).rowCount).keys()].map((i) => place(seq).firstRow + i);
    for (const r of rowsOf("1")) expect(column[r]).toBe("牵头");
    for (const r of rowsOf("2")) expect(column[r]).toBe("协办");
    for (const r of rowsOf("3")) expect(column[r]).toBe("");
    expect(column.slice(0, base.layout.groupHeaderRow)).toEqual(["", "", ""]);
    expect(column[base.layout.groupHeaderRow]).toBe(roleTitle("人事处"));
    expect(roleTitle("人事处")).toBe("本单位（人事处）");
    for (let r = base.layout.groupHeaderRow + 1; r <= base.layout.columnHeaderRow; r++) expect(column[r]).toBeNull();
    expect(plan.merges).toEqual(
      expect.arrayContaining([
        ...base.merges,
        `K${base.layout.groupHeaderRow + 1}:K${base.layout.columnHeaderRow + 1}`,
      ]),
    );
    expect(plan.merges).toHaveLength(base.merges.length + 2);
    // The fast writer's per-unit patch writes the same words, and nothing for other rows.
    const roles = roleRows(base.layout, split);
    expect([...roles.keys()].sort((a, b) => a - b)).toEqual(
      [...rowsOf("1"), ...rowsOf("2"), ...rowsOf("5")].sort((a, b) => a - b),
    );
    for (const [r, text] of roles) expect(plan.values[r][roleCol]).toBe(text);
  });

  it("names the unit, its tasks and who handed it out when, in the first row across the form", () => {
    expect(handOutNote(split, id)).toBe(
      "本文件发给：人事处。本单位牵头的 2 项任务可以填写；协办的 1 项只读（“本单位”列标“协办”）；其余任务已锁定（灰色）。" +
        "由 发展规划处 于 2026-12-07 08:05 分发，填好后把本文件交回。",
    );
    expect(handOutNote({ ...split, co: [] }, id)).toBe(
      "本文件发给：人事处。本单位牵头的 2 项任务可以填写；其余任务已锁定（灰色）。由 发展规划处 于 2026-12-07 08:05 分发，填好后把本文件交回。",
    );
    const { labelRow, markCol } = base.layout;
    expect(plan.values[labelRow][2]).toBe(handOutNote(split, id));
    for (let c = 3; c <= markCol; c++) expect(plan.values[labelRow][c]).toBeNull();
    expect(plan.merges).toContain(`C${labelRow + 1}:I${labelRow + 1}`);
    expect(plan.formats).toContainEqual({
      range: `C${labelRow + 1}:I${labelRow + 1}`,
      font: { ...BODY_FONT, size: BODY_FONT.size + 1, bold: true },
      wrap: true,
      hAlign: "Left",
    });
    // Tall enough for the note's lines (two at least, so every unit's file has the same rows).
    const note = handOutNote(split, id);
    expect(plan.rowHeights).toEqual([
      ...base.rowHeights,
      { rows: `${labelRow + 1}:${labelRow + 1}`, height: heightFor(Math.max(2, lineCount(note, 70)), 11.5) },
    ]);
    const long = { ...split, unit: "继续教育学院（社区教育学院、老年大学）".repeat(4) };
    const longNote = handOutNote(long, id);
    expect(lineCount(longNote, 70)).toBeGreaterThan(2);
    expect(unitPlan(base, long, id).rowHeights.at(-1)).toEqual({
      rows: `${labelRow + 1}:${labelRow + 1}`,
      height: heightFor(lineCount(longNote, 70), 11.5),
    });
  });

  it("the cells the fast writer patches per unit are where the plan puts the note and the 本单位 title", () => {
    const cells = unitCells(base.layout);
    expect(cells.roleCol).toBe(base.layout.keyCol + 1);
    expect(plan.values[cells.note.row][cells.note.col]).toBe(handOutNote(split, id));
    expect(plan.values[cells.roleTitle.row][cells.roleTitle.col]).toBe("本单位（人事处）");
    expect(cells).toEqual({
      roleCol: 10,
      note: { row: base.layout.labelRow, col: 2 },
      roleTitle: { row: base.layout.groupHeaderRow, col: 10 },
    });
  });

  it("shows times as written, to the minute", () => {
    expect(shortTime("2026-12-07T08:05:59Z")).toBe("2026-12-07 08:05");
    expect(shortTime("2026-12-07T08:05:59+08:00")).toBe("2026-12-07 08:05");
    expect(shortTime("昨天")).toBe("昨天");
    expect(shortTime("于2026-12-07T08:05")).toBe("于2026-12-07T08:05");
  });

  it("greys every other task by the first highlight rule, and adds its column to the area, widths and formats", () => {
    const { layout } = base;
    const last = layout.lastRow + 1;
    expect(plan.conditionalFormats).toEqual([
      {
        kind: "not-applicable",
        range: `A${layout.firstTaskRow + 1}:I${last}`,
        formula: `=AND($J${layout.firstTaskRow + 1}<>"",$K${layout.firstTaskRow + 1}="")`,
        stopIfTrue: true,
        ...LOCKED_STYLE,
      },
      ...base.conditionalFormats,
    ]);
    expect(plan.area).toBe(`A1:K${last}`);
    expect(plan.values.every((r) => r.length === base.values[0].length + 1)).toBe(true);
    expect(plan.columnWidths).toEqual([...base.columnWidths, widthInPoints(8)]);
    const head = `K${layout.groupHeaderRow + 1}`;
    expect(plan.formats.slice(0, base.formats.length)).toEqual(base.formats);
    expect(plan.formats.slice(base.formats.length + 1)).toEqual([
      { range: `${head}:K${layout.columnHeaderRow + 1}`, font: { ...HEADING_FONT, bold: true }, hAlign: "Center" },
      { range: `K${layout.firstTaskRow + 1}:K${last}`, hAlign: "Center", font: { ...BODY_FONT, bold: true } },
      { range: `${head}:K${last}`, grid: true },
    ]);
    // The master's plan is left as it was.
    expect(base.values[0]).toHaveLength(10);
  });
});
