/**
 * What the coordinator reads from a gather, case by case (pure calls): each file's review (whose it is, each of
 * its tasks new / changed / unchanged / conflict, the writes outside its tasks), the refusal reason per kind of
 * file, the order files are taken in, conflicts settled per file or all at once, and the 收回记录 lines.
 */
import { FUJIAN1, type Entries, type MeasureRow } from "../../src/form";
import {
  fingerprint,
  gather,
  handOut,
  taskEntry,
  withTask,
  type GatherFile,
  type HandOut,
  type HandOutIdentity,
  type MasterRecord,
} from "../../src/relay";

const form = FUJIAN1;
const row = (measure: string, unit: string): MeasureRow => ({ measure, target: "", unit, time: "" });
const header = { unit: "某学院", contact: "", phone: "" };
/** 教务处 leads 1 (nothing but its unit yet) and 3 (a measure), and is a co-unit of 4; 人事处 leads 2 and 4. */
const master0: Entries = {
  header,
  rows: {
    "1": [row("", "教务处")],
    "2": [row("", "人事处")],
    "3": [row("旧举措", "教务处")],
    "4": [row("", "人事处、教务处")],
  },
};
// The core is called for each test (beforeEach; not while jest collects the file, nor once in beforeAll), so a
// mutation run knows which test reaches what.
let out: HandOut;
let start: { entries: Entries; record: MasterRecord };
beforeEach(() => {
  out = handOut(form, master0, {
    record: null,
    newMasterId: "M1",
    handOutId: "H1",
    by: "发展规划处",
    at: "2026-12-07T08:00:00Z",
  });
  start = { entries: master0, record: out.record };
});
const idOf = (unit: string): HandOutIdentity => out.units.find((u) => u.unit === unit)!.identity;
/** The entries with task `seq`'s first measure set to `text` (its unit kept). */
const write = (entries: Entries, seq: string, text: string): Entries => {
  const rows = taskEntry(entries, seq).rows.map((r) => ({ ...r }));
  rows[0] = { ...rows[0], measure: text };
  return withTask(entries, seq, { rows, mark: "" });
};
const fileOf = (unit: string, entries: Entries, name = `附件1-${unit}.xlsx`, savedAt?: string): GatherFile => ({
  name,
  identity: idOf(unit),
  entries,
  ...(savedAt ? { savedAt } : {}),
});
const measureOf = (entries: Entries, seq: string) => taskEntry(entries, seq).rows[0]?.measure;

describe("refusals, per kind of file", () => {
  it("each file is refused for its own reason, logged with it, and changes nothing", () => {
    const edited = write(master0, "1", "x");
    const later = handOut(form, master0, {
      record: out.record,
      newMasterId: "M2",
      handOutId: "H2",
      by: "发展规划处",
      at: "2026-12-09T08:00:00Z",
    });
    expect(later.record.masterId).toBe("M1");
    const files: GatherFile[] = [
      { name: "损坏.xlsx", identity: idOf("教务处"), problem: "文件已损坏", entries: edited },
      { name: "汇总.xlsx", identity: idOf("教务处"), isMaster: true, entries: edited },
      { name: "普通.xlsx", identity: null, entries: edited },
      { name: "别的表.xlsx", identity: { ...idOf("人事处"), masterId: "M9" }, entries: edited },
      { name: "旧分发.xlsx", identity: idOf("教务处"), entries: edited },
      { name: "空.xlsx", identity: { ...idOf("人事处"), handOutId: "H2" } },
    ];
    const result = gather(form, { entries: master0, record: later.record }, files, {}, "2026-12-08T10:00:00Z");
    expect(result.reviews).toEqual([
      {
        file: "损坏.xlsx",
        unit: "教务处",
        refused: { reason: "damaged", detail: "文件已损坏" },
        tasks: [],
        foreign: [],
      },
      { file: "汇总.xlsx", unit: "教务处", refused: { reason: "master-file" }, tasks: [], foreign: [] },
      { file: "普通.xlsx", refused: { reason: "not-unit-file" }, tasks: [], foreign: [] },
      { file: "别的表.xlsx", unit: "人事处", refused: { reason: "other-master" }, tasks: [], foreign: [] },
      {
        file: "旧分发.xlsx",
        unit: "教务处",
        refused: { reason: "other-hand-out", detail: "2026-12-07T08:00:00Z" },
        tasks: [],
        foreign: [],
      },
      // Of this hand-out, but no entries came with it: it cannot be taken.
      { file: "空.xlsx", unit: "人事处", refused: { reason: "damaged" }, tasks: [], foreign: [] },
    ]);
    const line = (unit: string, file: string, note: string, detail?: string) => ({
      unit,
      file,
      at: "2026-12-08T10:00:00Z",
      taken: [],
      refused: [],
      note,
      ...(detail ? { detail } : {}),
    });
    // With its detail, so that 收回记录 can say why in the same words as the review.
    expect(result.record.log).toEqual([
      line("教务处", "损坏.xlsx", "damaged", "文件已损坏"),
      line("教务处", "汇总.xlsx", "master-file"),
      line("", "普通.xlsx", "not-unit-file"),
      line("人事处", "别的表.xlsx", "other-master"),
      line("教务处", "旧分发.xlsx", "other-hand-out", "2026-12-07T08:00:00Z"),
      line("人事处", "空.xlsx", "damaged"),
    ]);
    expect(result.entries).toBe(master0);
    expect(result.open).toEqual({ conflicts: 0, foreign: 0 });
    expect(result.record.taken).toEqual([]);
  });

  it("a master never handed out refuses every unit's file and says so", () => {
    const files = [fileOf("教务处", write(master0, "1", "x"))];
    const result = gather(form, { entries: master0, record: null }, files, {}, "t");
    expect(result.reviews.map((r) => r.refused)).toEqual([{ reason: "not-handed-out" }]);
    expect(result.entries).toBe(master0);
    expect(result.record).toEqual({
      masterId: "",
      handOutId: "",
      handOutAt: "",
      by: "",
      taken: [],
      log: [{ unit: "教务处", file: "附件1-教务处.xlsx", at: "t", taken: [], refused: [], note: "not-handed-out" }],
    });
  });
});

describe("a unit's file, task by task", () => {
  it("reviews its lead tasks, takes its edits and logs what it took and left", () => {
    let theirs = write(master0, "1", "新写的举措");
    theirs = write(theirs, "3", "改过的举措");
    theirs = write(theirs, "4", "写进协办任务");
    theirs = write(theirs, "2", "写进别人的任务");
    const result = gather(form, start, [fileOf("教务处", theirs)]);
    const [review] = result.reviews;
    expect(review.file).toBe("附件1-教务处.xlsx");
    expect(review.unit).toBe("教务处");
    expect(review.refused).toBeUndefined();
    expect(review.tasks).toEqual([
      { seq: "1", status: "new", master: taskEntry(master0, "1"), theirs: taskEntry(theirs, "1") },
      { seq: "3", status: "changed", master: taskEntry(master0, "3"), theirs: taskEntry(theirs, "3") },
    ]);
    // 2 and 4 are 人事处's to write (教务处 only co-leads 4): shown, not taken.
    expect(review.foreign).toEqual([
      { seq: "2", master: taskEntry(master0, "2"), theirs: taskEntry(theirs, "2"), taken: false },
      { seq: "4", master: taskEntry(master0, "4"), theirs: taskEntry(theirs, "4"), taken: false },
    ]);
    expect(measureOf(result.entries, "1")).toBe("新写的举措");
    expect(measureOf(result.entries, "3")).toBe("改过的举措");
    expect(measureOf(result.entries, "2")).toBe("");
    expect(measureOf(result.entries, "4")).toBe("");
    expect(result.open).toEqual({ conflicts: 0, foreign: 2 });
    expect(result.record.log).toEqual([
      { unit: "教务处", file: "附件1-教务处.xlsx", at: "", taken: ["1", "3"], refused: ["2", "4"], note: "" },
    ]);
    expect(result.record.taken).toEqual([
      { unit: "教务处", seq: "1", fingerprint: fingerprint(taskEntry(theirs, "1")) },
      { unit: "教务处", seq: "3", fingerprint: fingerprint(taskEntry(theirs, "3")) },
    ]);
  });

  it("a co-unit's write into its 协办 task is shown, not taken, unless chosen", () => {
    const theirs = write(master0, "4", "协办单位写的");
    const left = gather(form, start, [fileOf("教务处", theirs)]);
    expect(left.reviews[0].tasks).toEqual([
      { seq: "1", status: "unchanged", master: taskEntry(master0, "1"), theirs: taskEntry(theirs, "1") },
      { seq: "3", status: "unchanged", master: taskEntry(master0, "3"), theirs: taskEntry(theirs, "3") },
    ]);
    expect(left.reviews[0].foreign).toEqual([
      { seq: "4", master: taskEntry(master0, "4"), theirs: taskEntry(theirs, "4"), taken: false },
    ]);
    expect(left.entries).toBe(master0);
    const chosen = gather(form, start, [fileOf("教务处", theirs)], { foreign: ["附件1-教务处.xlsx|4"] });
    expect(chosen.reviews[0].foreign[0].taken).toBe(true);
    expect(measureOf(chosen.entries, "4")).toBe("协办单位写的");
    expect(chosen.open.foreign).toBe(0);
    expect(chosen.record.log[0]).toMatchObject({ taken: ["4"], refused: [] });
    // A choice for another file, or another task, takes nothing.
    const other = gather(form, start, [fileOf("教务处", theirs)], {
      foreign: ["附件1-人事处.xlsx|4", "附件1-教务处.xlsx|2"],
    });
    expect(other.entries).toBe(master0);
  });

  it("a write that matches the master already is not reported", () => {
    const master = write(master0, "2", "同样的话");
    const result = gather(form, { entries: master, record: out.record }, [fileOf("教务处", master)]);
    expect(result.reviews[0].foreign).toEqual([]);
    expect(result.reviews[0].tasks.map((t) => t.status)).toEqual(["unchanged", "unchanged"]);
    expect(result.open).toEqual({ conflicts: 0, foreign: 0 });
  });

  it("a task the coordinator changed since the hand-out and the unit left alone stays the coordinator's", () => {
    const master = write(master0, "3", "协调人改的");
    const result = gather(form, { entries: master, record: out.record }, [fileOf("教务处", master0)]);
    expect(result.reviews[0].tasks.find((t) => t.seq === "3")?.status).toBe("unchanged");
    expect(measureOf(result.entries, "3")).toBe("协调人改的");
    expect(result.open.conflicts).toBe(0);
  });

  it("tasks its identity lists but the form does not have are ignored", () => {
    const id = idOf("教务处");
    const strange: HandOutIdentity = { ...id, tasks: [...id.tasks, { seq: "99", role: "lead", base: "ffff" }] };
    const result = gather(form, start, [{ name: "a.xlsx", identity: strange, entries: write(master0, "1", "x") }]);
    expect(result.reviews[0].tasks.map((t) => t.seq)).toEqual(["1", "3"]);
    expect(result.record.log[0].taken).toEqual(["1"]);
  });
});

describe("conflicts: the master changed since the hand-out, and the unit changed it too", () => {
  let master: Entries;
  let files: GatherFile[];
  beforeEach(() => {
    master = write(write(master0, "1", "协调人写的一"), "3", "协调人写的三");
    files = [fileOf("教务处", write(write(master0, "1", "单位写的一"), "3", "单位写的三"))];
  });
  const statuses = (r: ReturnType<typeof gather>) => r.reviews[0].tasks.map((t) => [t.seq, t.status, t.take]);

  it("unsettled, each keeps the master's version and counts as open", () => {
    const r = gather(form, { entries: master, record: out.record }, files);
    expect(statuses(r)).toEqual([
      ["1", "conflict", "master"],
      ["3", "conflict", "master"],
    ]);
    expect(r.entries).toBe(master);
    expect(r.open.conflicts).toBe(2);
    expect(r.record.log[0]).toMatchObject({ taken: [], refused: ["1", "3"] });
    expect(r.record.taken).toEqual([]);
  });

  it("settled one by one or all at once, the choice for a task wins over the choice for all", () => {
    const r = gather(form, { entries: master, record: out.record }, files, {
      allConflicts: "file",
      conflicts: { "附件1-教务处.xlsx|3": "master" },
    });
    expect(statuses(r)).toEqual([
      ["1", "conflict", "file"],
      ["3", "conflict", "master"],
    ]);
    expect(measureOf(r.entries, "1")).toBe("单位写的一");
    expect(measureOf(r.entries, "3")).toBe("协调人写的三");
    expect(r.open.conflicts).toBe(0);
    expect(r.record.log[0]).toMatchObject({ taken: ["1"], refused: ["3"] });
    const master1 = gather(form, { entries: master, record: out.record }, files, { allConflicts: "master" });
    expect(master1.entries).toBe(master);
    expect(master1.open.conflicts).toBe(0);
    expect(statuses(master1)).toEqual([
      ["1", "conflict", "master"],
      ["3", "conflict", "master"],
    ]);
  });
});

describe("several files of one unit", () => {
  const v = (text: string) => write(master0, "1", text);

  it("in later gathers, each newer file replaces the unit's earlier contribution without a false conflict", () => {
    let state: { entries: Entries; record: MasterRecord } = start;
    // 人事处's task first, so 教务处's record of task 1 is not the first one kept.
    state = gather(form, state, [fileOf("人事处", write(master0, "2", "人事处的"))]);
    for (const [i, text] of ["第一版", "第二版", "第三版"].entries()) {
      const r = gather(form, state, [fileOf("教务处", v(text), `v${i}.xlsx`)]);
      expect(r.open.conflicts).toBe(0);
      expect(r.reviews[0].tasks[0]).toMatchObject({ seq: "1", status: i ? "changed" : "new" });
      state = r;
    }
    expect(measureOf(state.entries, "1")).toBe("第三版");
    expect(measureOf(state.entries, "2")).toBe("人事处的");
    expect(state.record.taken).toEqual([
      { unit: "人事处", seq: "2", fingerprint: fingerprint(taskEntry(write(master0, "2", "人事处的"), "2")) },
      { unit: "教务处", seq: "1", fingerprint: fingerprint(taskEntry(v("第三版"), "1")) },
    ]);
    // Every gather's lines are kept, in order.
    expect(state.record.log.map((l) => l.file)).toEqual(["附件1-人事处.xlsx", "v0.xlsx", "v1.xlsx", "v2.xlsx"]);
  });

  it("in one gather they are taken oldest first (a file without a time first), other units' files as given", () => {
    const files: GatherFile[] = [
      fileOf("人事处", write(master0, "2", "人事处的"), "人事处.xlsx", "2026-12-09T00:00:00Z"),
      fileOf("教务处", v("最新"), "c.xlsx", "2026-12-10T00:00:00Z"),
      fileOf("教务处", v("无时间"), "a.xlsx"),
      fileOf("教务处", v("较早"), "b.xlsx", "2026-12-08T00:00:00Z"),
    ];
    const r = gather(form, start, files);
    expect(r.reviews.map((x) => x.file)).toEqual(["人事处.xlsx", "a.xlsx", "b.xlsx", "c.xlsx"]);
    expect(measureOf(r.entries, "1")).toBe("最新");
    expect(r.open.conflicts).toBe(0);
    const units = gather(form, start, [files[1], files[0]]);
    expect(units.reviews.map((x) => x.file)).toEqual(["c.xlsx", "人事处.xlsx"]);
    const plain: GatherFile[] = [
      { name: "z.xlsx", identity: null, entries: master0, savedAt: "2026-12-01T00:00:00Z" },
      { name: "y.xlsx", identity: null, entries: master0, savedAt: "2026-11-01T00:00:00Z" },
      fileOf("教务处", v("x"), "x.xlsx", "2026-10-01T00:00:00Z"),
    ];
    expect(gather(form, start, plain).reviews.map((x) => x.file)).toEqual(["z.xlsx", "y.xlsx", "x.xlsx"]);
  });

  it("the same file twice changes nothing, and the second time every task is unchanged", () => {
    const file = fileOf("教务处", v("一次"));
    const once = gather(form, start, [file]);
    const twice = gather(form, once, [file]);
    expect(twice.entries).toEqual(once.entries);
    expect(twice.record.taken).toEqual(once.record.taken);
    expect(twice.reviews[0].tasks.map((t) => t.status)).toEqual(["unchanged", "unchanged"]);
    expect(twice.record.log[1]).toMatchObject({ taken: [], refused: [] });
  });
});
