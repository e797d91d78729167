/**
 * A unit's older file gathered after its newer one: within one gather the files are taken oldest first, and
 * across gathers the master's record remembers when the file it took from each unit was saved, so an older file
 * brought in later is refused (its content would overwrite the newer one's) with a message saying which newer
 * file was taken, in zh and en (tests/relay/cli-gather-older.test.ts: as the command line prints it). The same
 * file again, or a newer one, is still taken.
 */
import { FUJIAN1, type Entries, type MeasureRow } from "../../src/form";
import {
  decodeRelay,
  describeRefusal,
  encodeMaster,
  gather,
  handOut,
  taskEntry,
  type GatherFile,
} from "../../src/relay";

const form = FUJIAN1;
const row = (measure: string, unit: string): MeasureRow => ({
  measure,
  target: `${measure}目标`,
  unit,
  time: "2025年",
});
const master0: Entries = {
  header: { unit: "某学院", contact: "", phone: "" },
  rows: { "1": [row("", "教务处")], "2": [row("", "人事处")] },
};
const out = handOut(form, master0, {
  record: null,
  newMasterId: "M1",
  handOutId: "H1",
  by: "发展规划处",
  at: "2026-12-07T08:00:00",
});
const identity = out.units.find((u) => u.unit === "教务处")!.identity;
const withMeasure = (text: string): Entries => ({ ...master0, rows: { ...master0.rows, "1": [row(text, "教务处")] } });
const file = (name: string, text: string, savedAt: string): GatherFile => ({
  name,
  identity,
  entries: withMeasure(text),
  savedAt,
});
const older = file("教务处-周一.xlsx", "旧版", "2026-12-08T09:00:00");
const newer = file("教务处-周二.xlsx", "新版", "2026-12-09T09:00:00");

/** The master as a later gather reads it back: its record through the hidden sheet's cells. */
function reread(r: ReturnType<typeof gather>) {
  const decoded = decodeRelay(encodeMaster(r.record));
  if (decoded?.kind !== "master") throw new Error("the master's record did not read back");
  return { entries: r.entries, record: decoded.record };
}

describe("a unit's older file after its newer one", () => {
  it("is refused in a later gather, naming the newer file taken, and changes nothing", () => {
    const first = gather(form, { entries: master0, record: out.record }, [newer], {}, "2026-12-09T10:00:00");
    expect(taskEntry(first.entries, "1").rows[0].measure).toBe("新版");
    const second = gather(form, reread(first), [older], {}, "2026-12-10T10:00:00");
    expect(taskEntry(second.entries, "1").rows[0].measure).toBe("新版");
    const refused = second.reviews[0].refused!;
    expect(refused.reason).toBe("older-than-gathered");
    const zh = describeRefusal(refused, "", "zh");
    expect(zh).toContain("教务处-周二.xlsx");
    expect(zh).toContain("2026-12-09 09:00");
    expect(zh).toContain("2026-12-08 09:00");
    expect(zh).toMatch(/较早/);
    const en = describeRefusal(refused, "", "en");
    expect(en).toContain("教务处-周二.xlsx");
    expect(en).toMatch(/older/);
    expect(en).not.toMatch(/[较早收回]/);
    expect(second.record.log.at(-1)).toMatchObject({
      unit: "教务处",
      file: older.name,
      taken: [],
      note: refused.reason,
    });
  });

  it("a newer file, or the same file again, is still taken in a later gather", () => {
    const first = gather(form, { entries: master0, record: out.record }, [older], {}, "t1");
    const again = gather(form, reread(first), [older], {}, "t2");
    expect(again.reviews[0].refused).toBeUndefined();
    expect(taskEntry(again.entries, "1").rows[0].measure).toBe("旧版");
    const next = gather(form, reread(again), [newer], {}, "t3");
    expect(next.reviews[0].refused).toBeUndefined();
    expect(taskEntry(next.entries, "1").rows[0].measure).toBe("新版");
  });

  it("only the same unit's gathered files count: another unit's, or a refused one, do not", () => {
    const other = out.units.find((u) => u.unit === "人事处")!.identity;
    const late: GatherFile = { name: "人事处.xlsx", identity: other, entries: master0, savedAt: "2026-12-20T00:00:00" };
    const stale: GatherFile = { ...newer, name: "别的汇总.xlsx", identity: { ...identity, masterId: "M0" } };
    const first = gather(form, { entries: master0, record: out.record }, [late, stale], {}, "t1");
    const second = gather(form, reread(first), [older], {}, "t2");
    expect(second.reviews[0].refused).toBeUndefined();
    expect(taskEntry(second.entries, "1").rows[0].measure).toBe("旧版");
  });
});

describe("save times that cannot be compared", () => {
  it("a file without a save time, or a record without one, is not refused as older", () => {
    const first = gather(form, { entries: master0, record: out.record }, [newer], {}, "t1");
    const unknown = { ...older, savedAt: undefined };
    expect(gather(form, reread(first), [unknown], {}, "t2").reviews[0].refused).toBeUndefined();
    const noTime = gather(form, { entries: master0, record: out.record }, [{ ...newer, savedAt: "" }], {}, "t1");
    expect(gather(form, reread(noTime), [older], {}, "t2").reviews[0].refused).toBeUndefined();
  });
});
