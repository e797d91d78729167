/**
 * What the master remembers after gathers (pure calls): one record per unit and task of what was last taken from
 * it (so the unit's next file is compared with that, not with the hand-out), and each file's save time in the
 * 收回记录, taken or refused.
 */
import { FUJIAN1, type Entries, type MeasureRow } from "../../src/form";
import {
  describeRefusal,
  fingerprint,
  gather,
  gatherLogRows,
  handOut,
  taskEntry,
  withTask,
  type GatherFile,
  type HandOut,
} from "../../src/relay";

const form = FUJIAN1;
const row = (measure: string, unit: string): MeasureRow => ({ measure, target: "", unit, time: "" });
const master0: Entries = {
  header: { unit: "某学院", contact: "", phone: "" },
  rows: { "1": [row("", "教务处")], "2": [row("", "人事处")], "3": [row("", "教务处")] },
};
/** The master's entries with tasks 1 and 3 written as `text`. */
const both = (text: string): Entries =>
  [
    ["1", `${text}一`],
    ["3", `${text}三`],
  ].reduce((e, [seq, m]) => withTask(e, seq, { rows: [row(m, "教务处")], mark: "" }), master0);

let out: HandOut;
beforeEach(() => {
  out = handOut(form, master0, {
    record: null,
    newMasterId: "M1",
    handOutId: "H1",
    by: "发展规划处",
    at: "2026-12-07T08:00:00Z",
  });
});
const fileOf = (unit: string, entries: Entries, name: string, savedAt?: string): GatherFile => ({
  name,
  identity: out.units.find((u) => u.unit === unit)!.identity,
  entries,
  ...(savedAt ? { savedAt } : {}),
});

describe("the master's record of what it took", () => {
  it("keeps one line per unit and task, the newest, so each newer file is compared with what was taken", () => {
    let state = { entries: master0, record: out.record };
    for (const [i, text] of ["初稿", "二稿", "定稿"].entries()) {
      const r = gather(form, state, [fileOf("教务处", both(text), `${text}.xlsx`)]);
      expect(r.reviews[0].tasks.map((t) => t.status)).toEqual(i ? ["changed", "changed"] : ["new", "new"]);
      expect(r.open.conflicts).toBe(0);
      expect(r.record.taken).toEqual([
        { unit: "教务处", seq: "1", fingerprint: fingerprint(taskEntry(both(text), "1")) },
        { unit: "教务处", seq: "3", fingerprint: fingerprint(taskEntry(both(text), "3")) },
      ]);
      state = r;
    }
    expect(taskEntry(state.entries, "3").rows[0].measure).toBe("定稿三");
  });
});

describe("a write outside a unit's tasks, taken by choice", () => {
  const by = (text: string) => withTask(master0, "1", { rows: [row(text, "教务处")], mark: "" });
  const foreign = { foreign: ["人事处.xlsx|1"] };

  it("is recorded beside the lead unit's contribution, not in its place", () => {
    const first = gather(form, { entries: master0, record: out.record }, [
      fileOf("教务处", by("教务处写的"), "教务处.xlsx"),
    ]);
    const second = gather(form, first, [fileOf("人事处", by("人事处写的"), "人事处.xlsx")], foreign);
    expect(taskEntry(second.entries, "1").rows[0].measure).toBe("人事处写的");
    expect(second.record.taken).toEqual([
      { unit: "教务处", seq: "1", fingerprint: fingerprint(taskEntry(by("教务处写的"), "1")) },
      { unit: "人事处", seq: "1", fingerprint: fingerprint(taskEntry(by("人事处写的"), "1")) },
    ]);
  });

  it("makes the lead unit's own edit of that task a conflict (the master changed since it last saw it)", () => {
    const r = gather(
      form,
      { entries: master0, record: out.record },
      [fileOf("人事处", by("人事处写的"), "人事处.xlsx"), fileOf("教务处", by("教务处写的"), "教务处.xlsx")],
      foreign,
    );
    expect(r.reviews[1].tasks.find((t) => t.seq === "1")).toMatchObject({ status: "conflict", take: "master" });
    expect(taskEntry(r.entries, "1").rows[0].measure).toBe("人事处写的");
    expect(r.open).toEqual({ conflicts: 1, foreign: 0 });
  });
});

describe("the 收回记录's 说明 of a refusal recorded without its detail (an older record)", () => {
  it("says why in words, with nothing made up for the missing detail", () => {
    const line = { unit: "", file: "a.xlsx", at: "t", taken: [], refused: [] };
    const rows = gatherLogRows([
      { ...line, note: "damaged" },
      { ...line, note: "other-hand-out" },
    ]);
    expect(rows.slice(1).map((r) => r[5])).toEqual(["无法读取：", describeRefusal("other-hand-out")]);
    expect(rows[2][5]).not.toContain("（");
  });
});

describe("an older file brought in after its unit's newer one was gathered", () => {
  it("is logged with the newer file, and the 收回记录 names it", () => {
    const first = gather(form, { entries: master0, record: out.record }, [
      fileOf("教务处", both("新"), "新.xlsx", "2026-12-09T10:00:00Z"),
    ]);
    const second = gather(form, first, [fileOf("教务处", both("旧"), "旧.xlsx", "2026-12-08T10:00:00Z")]);
    expect(second.record.log[1]).toMatchObject({
      file: "旧.xlsx",
      note: "older-than-gathered",
      newer: { file: "新.xlsx", savedAt: "2026-12-09T10:00:00Z" },
    });
    expect(gatherLogRows(second.record.log)[2][5]).toContain("“新.xlsx”（保存于 2026-12-09 10:00）");
    expect(taskEntry(second.entries, "1").rows[0].measure).toBe("新一");
  });
});

describe("save times in the 收回记录", () => {
  it("each file's line shows when it was saved, taken or refused; blank when unknown", () => {
    const r = gather(
      form,
      { entries: master0, record: out.record },
      [
        fileOf("教务处", both("稿"), "教务处.xlsx", "2026-12-08T09:00:00Z"),
        { name: "别的.xlsx", identity: null, entries: master0, savedAt: "2026-12-08T10:00:00Z" },
        fileOf("人事处", master0, "人事处.xlsx"),
      ],
      {},
      "2026-12-09T08:00:00Z",
    );
    expect(gatherLogRows(r.record.log).map((l) => [l[1], l[2], l[5], l[6]])).toEqual([
      ["文件", "收回时间", "说明", "文件保存时间"],
      ["教务处.xlsx", "2026-12-09T08:00:00Z", "", "2026-12-08T09:00:00Z"],
      ["别的.xlsx", "2026-12-09T08:00:00Z", describeRefusal("not-unit-file"), "2026-12-08T10:00:00Z"],
      ["人事处.xlsx", "2026-12-09T08:00:00Z", "", ""],
    ]);
  });
});
