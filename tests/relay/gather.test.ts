/**
 * The relay's gather, as pure logic: over random assignments, random edits by the units (inside and outside
 * their tasks) and random edits by the coordinator after the hand-out, a gather takes exactly each unit's
 * own-task edits that do not collide with the coordinator's, reports the collisions as conflicts and the other
 * writes as foreign, refuses files of another master or hand-out, and is idempotent.
 */
import fc from "fast-check";
import { FUJIAN1, type Entries, type MeasureRow } from "../../src/form";
import {
  decodeRelay,
  encodeIdentity,
  encodeMaster,
  fingerprint,
  gather,
  handOut,
  sameTask,
  splitPlan,
  taskEntry,
  taskUnits,
  withTask,
  type GatherFile,
  type HandOut,
  type TaskEntry,
} from "../../src/relay";

const form = FUJIAN1;
const UNITS = ["教务处", "人事处", "学生处", "科研处", "后勤处"];
const seqs = form.tasks.map((t) => t.seq);
const row = (measure: string, unit: string, time = "2025年"): MeasureRow => ({
  measure,
  target: `${measure}目标`,
  unit,
  time,
});
const blank: Entries = { header: { unit: "某学院", contact: "", phone: "" }, rows: {} };
const REQ = { record: null, newMasterId: "M1", handOutId: "H1", by: "发展规划处", at: "2026-12-07T08:00:00Z" };

describe("units of a task", () => {
  it("the lead is the first unit named, co-units follow (any separator, each once)", () => {
    expect(taskUnits([row("a", "教务处、人事处"), row("b", "人事处；学生处")])).toEqual({
      lead: "教务处",
      co: ["人事处", "学生处"],
    });
    expect(taskUnits([row("", ""), row("b", "学生处")]).lead).toBe("学生处");
    expect(taskUnits(undefined)).toEqual({ lead: "", co: [] });
  });

  it("a unit edits the tasks it leads, sees those it co-leads, and nothing else", () => {
    const entries: Entries = { ...blank, rows: { "1": [row("", "教务处、人事处")], "2": [row("", "人事处")] } };
    const plan = splitPlan(form, entries, "人事处");
    expect(plan.lead).toEqual(["2"]);
    expect(plan.co).toEqual(["1"]);
    expect(plan.locked).toHaveLength(form.tasks.length - 2);
  });
});

describe("the identity in the hidden sheet", () => {
  it("reads back what was written, for a unit's file and for the master", () => {
    const entries: Entries = { ...blank, rows: { "3": [row("x", "教务处、人事处")] } };
    const out = handOut(form, entries, REQ);
    const id = out.units.find((u) => u.unit === "教务处")!.identity;
    expect(decodeRelay(encodeIdentity(id))).toEqual({ kind: "unit", identity: id });
    const record = {
      ...out.record,
      taken: [{ unit: "教务处", seq: "3", fingerprint: "abc" }],
      log: [{ unit: "教务处", file: "a.xlsx", at: "t", taken: ["3"], refused: ["5"], note: "" }],
    };
    expect(decodeRelay(encodeMaster(record))).toEqual({ kind: "master", record });
  });

  it("is not a relay record when damaged or missing", () => {
    const id = handOut(form, { ...blank, rows: { "1": [row("", "教务处")] } }, REQ).units[0].identity;
    const grid = encodeIdentity(id);
    expect(decodeRelay(undefined)).toBeNull();
    expect(decodeRelay(grid.map((r, i) => (i === 3 ? [r[0], ""] : r)))).toBeNull();
    expect(decodeRelay([["附件1"]])).toBeNull();
  });
});

/** A random edit of a task: new text in its first measure, a second row, or a 不涉及 mark. */
const edit = fc.record({
  kind: fc.constantFrom("measure", "addRow", "mark"),
  text: fc.string({ minLength: 1, maxLength: 6 }).map((s) => `改${s}`),
});
type Edit = { kind: "measure" | "addRow" | "mark"; text: string };

function applyEdit(entries: Entries, seq: string, e: Edit): Entries {
  const cur = taskEntry(entries, seq);
  const rows = cur.rows.length ? cur.rows.map((r) => ({ ...r })) : [row("", "")];
  if (e.kind === "measure") rows[0].measure = e.text;
  if (e.kind === "addRow") rows.push(row(e.text, rows[0].unit));
  return withTask(entries, seq, { rows, mark: e.kind === "mark" ? e.text : cur.mark });
}

const scenario = fc.record({
  /** Per task: its lead (index into UNITS, or -1 unassigned), a co-unit, whether it has a measure already. */
  tasks: fc.array(
    fc.record({ lead: fc.integer({ min: -1, max: 4 }), co: fc.integer({ min: -1, max: 4 }), filled: fc.boolean() }),
    {
      minLength: seqs.length,
      maxLength: seqs.length,
    },
  ),
  /** Per unit: edits by task index (any task: its own, a co-led or a foreign one). */
  unitEdits: fc.array(fc.array(fc.tuple(fc.integer({ min: 0, max: seqs.length - 1 }), edit), { maxLength: 6 }), {
    minLength: UNITS.length,
    maxLength: UNITS.length,
  }),
  /** The coordinator's edits after the hand-out. */
  masterEdits: fc.array(fc.tuple(fc.integer({ min: 0, max: seqs.length - 1 }), edit), { maxLength: 5 }),
  /** Units that send a file of another master instead. */
  stranger: fc.integer({ min: -1, max: 4 }),
});

function masterOf(tasks: Array<{ lead: number; co: number; filled: boolean }>): Entries {
  const rows: Entries["rows"] = {};
  tasks.forEach((t, i) => {
    if (t.lead < 0) return;
    const unit = [UNITS[t.lead], ...(t.co >= 0 && t.co !== t.lead ? [UNITS[t.co]] : [])].join("、");
    rows[seqs[i]] = [t.filled ? row(`举措${i}`, unit) : { measure: "", target: "", unit, time: "" }];
  });
  return { ...blank, rows };
}

describe("gather (property)", () => {
  it("takes exactly each unit's own-task edits, refuses the rest, and is idempotent", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const master0 = masterOf(s.tasks);
        const out = handOut(form, master0, REQ);
        let master = master0;
        const touchedByMaster = new Set<string>();
        for (const [i, e] of s.masterEdits) {
          const before = taskEntry(master, seqs[i]);
          master = applyEdit(master, seqs[i], e);
          if (!sameTask(before, taskEntry(master, seqs[i]))) touchedByMaster.add(seqs[i]);
        }
        const files: GatherFile[] = [];
        const unitVersion = new Map<string, Map<string, TaskEntry>>();
        for (const u of out.units) {
          const k = UNITS.indexOf(u.unit);
          let mine = master0;
          for (const [i, e] of s.unitEdits[k]) mine = applyEdit(mine, seqs[i], e);
          const identity = k === s.stranger ? { ...u.identity, masterId: "other" } : u.identity;
          files.push({ name: `附件1-${u.unit}.xlsx`, identity, entries: mine });
          if (k !== s.stranger)
            unitVersion.set(u.unit, new Map(seqs.map((q) => [q, taskEntry(mine, q)] as [string, TaskEntry])));
        }
        const result = gather(form, { entries: master, record: out.record }, files, {}, "now");

        for (const seq of seqs) {
          const base = taskEntry(master0, seq);
          const now = taskEntry(master, seq);
          const lead = out.units.find((u) => u.plan.lead.includes(seq))?.unit;
          const theirs = lead ? unitVersion.get(lead)?.get(seq) : undefined;
          const unitChanged = !!theirs && !sameTask(theirs, base) && !sameTask(theirs, now);
          const expected = unitChanged && !touchedByMaster.has(seq) ? theirs! : now;
          expect(taskEntry(result.entries, seq)).toEqual(expected);
          const review = result.reviews.find((r) => r.unit === lead && !r.refused)?.tasks.find((t) => t.seq === seq);
          if (unitChanged && touchedByMaster.has(seq)) expect(review?.status).toBe("conflict");
        }
        // Every write outside a unit's own tasks is reported and left out.
        for (const r of result.reviews) for (const f of r.foreign) expect(f.taken).toBe(false);
        // Per unit's file, what the coordinator reads: each lead task's status, the writes outside its tasks
        // (against the master as it stands when the file is taken: a lead unit's file before it may have changed
        // it), and a 收回记录 line taking exactly the new and changed tasks and leaving the rest.
        const filled = (e: TaskEntry) => !!e.mark || e.rows.some((r) => r.measure.trim() || r.target.trim());
        const expectedTaken: Array<{ unit: string; seq: string; fingerprint: string }> = [];
        let conflicts = 0;
        let foreign = 0;
        out.units.forEach((u, k) => {
          const theirsOf = unitVersion.get(u.unit);
          const review = result.reviews[k];
          expect(review.file).toBe(`附件1-${u.unit}.xlsx`);
          if (!theirsOf) return;
          const status = new Map<string, string>();
          for (const seq of u.plan.lead) {
            const [base, now, theirs] = [taskEntry(master0, seq), taskEntry(master, seq), theirsOf.get(seq)!];
            status.set(
              seq,
              sameTask(theirs, base) || sameTask(theirs, now)
                ? "unchanged"
                : touchedByMaster.has(seq)
                  ? "conflict"
                  : filled(now)
                    ? "changed"
                    : "new",
            );
          }
          expect(review.tasks.map((t) => [t.seq, t.status])).toEqual([...status]);
          const foreignSeqs = seqs.filter((seq) => {
            if (u.plan.lead.includes(seq)) return false;
            const theirs = theirsOf.get(seq)!;
            const ledBefore = out.units.findIndex((x) => x.plan.lead.includes(seq));
            const mine = ledBefore >= 0 && ledBefore < k ? taskEntry(result.entries, seq) : taskEntry(master, seq);
            return !sameTask(theirs, taskEntry(master0, seq)) && !sameTask(theirs, mine);
          });
          expect(review.foreign.map((f) => f.seq)).toEqual(foreignSeqs);
          const takenSeqs = [...status].filter(([, st]) => st === "new" || st === "changed").map(([seq]) => seq);
          const left = seqs.filter((seq) => status.get(seq) === "conflict" || foreignSeqs.includes(seq));
          expect(result.record.log[k]).toEqual({
            unit: u.unit,
            file: review.file,
            at: "now",
            taken: takenSeqs,
            refused: left,
            note: "",
          });
          for (const seq of takenSeqs)
            expectedTaken.push({ unit: u.unit, seq, fingerprint: fingerprint(theirsOf.get(seq)!) });
          conflicts += [...status.values()].filter((st) => st === "conflict").length;
          foreign += foreignSeqs.length;
        });
        expect(result.reviews).toHaveLength(files.length);
        expect(result.record.taken).toEqual(expectedTaken);
        expect(result.open).toEqual({ conflicts, foreign });
        const strangerReview = result.reviews.find((r) => r.file === `附件1-${UNITS[s.stranger]}.xlsx`);
        if (strangerReview) expect(strangerReview.refused?.reason).toBe("other-master");
        expect(result.entries.header).toEqual(master.header);

        const again = gather(form, { entries: result.entries, record: result.record }, files, {}, "later");
        expect(again.entries).toEqual(result.entries);
        expect(again.record.taken).toEqual(result.record.taken);
        expect(again.open).toEqual(result.open);
        expect(again.record.log.slice(0, files.length)).toEqual(result.record.log);
        for (const r of again.reviews) for (const t of r.tasks) expect(["unchanged", "conflict"]).toContain(t.status);
      }),
      // Per mutant 10 (stryker.config.mjs): the case tests do the targeted killing.
      { numRuns: Number(process.env.CHECK_PROPERTY_RUNS ?? 80) },
    );
  });
});

describe("gather (cases)", () => {
  const master0: Entries = {
    ...blank,
    rows: { "1": [row("", "教务处")], "2": [row("", "人事处")], "3": [row("旧", "教务处")] },
  };
  let out: HandOut;
  beforeEach(() => {
    out = handOut(form, master0, REQ);
  });
  const fileOf = (unit: string, entries: Entries, name = `附件1-${unit}.xlsx`, savedAt?: string): GatherFile => ({
    name,
    identity: out.units.find((u) => u.unit === unit)!.identity,
    entries,
    ...(savedAt ? { savedAt } : {}),
  });

  it("a conflict keeps the master's version until settled, then the chosen one", () => {
    const master = applyEdit(master0, "3", { kind: "measure", text: "汇总改" });
    const theirs = applyEdit(master0, "3", { kind: "measure", text: "单位改" });
    const files = [fileOf("教务处", theirs)];
    const open = gather(form, { entries: master, record: out.record }, files);
    expect(open.open.conflicts).toBe(1);
    expect(taskEntry(open.entries, "3").rows[0].measure).toBe("汇总改");
    const byFile = gather(form, { entries: master, record: out.record }, files, {
      conflicts: { "附件1-教务处.xlsx|3": "file" },
    });
    expect(byFile.open.conflicts).toBe(0);
    expect(taskEntry(byFile.entries, "3").rows[0].measure).toBe("单位改");
    expect(byFile.record.log[0]).toMatchObject({ unit: "教务处", taken: ["3"], refused: [] });
  });

  it("a newer file of the same unit replaces its earlier contribution (no false conflict), in either order given", () => {
    const first = applyEdit(master0, "1", { kind: "measure", text: "第一版" });
    const second = applyEdit(master0, "1", { kind: "measure", text: "第二版" });
    const one = gather(form, { entries: master0, record: out.record }, [
      fileOf("教务处", first, "a.xlsx", "2026-12-08"),
    ]);
    const two = gather(form, { entries: one.entries, record: one.record }, [
      fileOf("教务处", second, "b.xlsx", "2026-12-09"),
    ]);
    expect(two.open.conflicts).toBe(0);
    expect(taskEntry(two.entries, "1").rows[0].measure).toBe("第二版");
    const both = gather(form, { entries: master0, record: out.record }, [
      fileOf("教务处", second, "b.xlsx", "2026-12-09"),
      fileOf("教务处", first, "a.xlsx", "2026-12-08"),
    ]);
    expect(taskEntry(both.entries, "1").rows[0].measure).toBe("第二版");
  });

  it("refuses files of another hand-out, without identity, or that are a master, and changes nothing for them", () => {
    const later = handOut(form, master0, { ...REQ, record: out.record, handOutId: "H2" });
    const edited = applyEdit(master0, "1", { kind: "measure", text: "x" });
    const files: GatherFile[] = [
      fileOf("教务处", edited),
      { name: "plain.xlsx", identity: null, entries: edited },
      { name: "master.xlsx", identity: null, isMaster: true, entries: edited },
      { name: "bad.xlsx", identity: null, problem: "文件已损坏" },
    ];
    const result = gather(form, { entries: master0, record: later.record }, files);
    expect(result.reviews.map((r) => r.refused?.reason)).toEqual([
      "other-hand-out",
      "not-unit-file",
      "master-file",
      "damaged",
    ]);
    expect(result.entries).toEqual(master0);
  });

  it("takes a foreign write only when chosen", () => {
    const edited = applyEdit(master0, "2", { kind: "measure", text: "越权" });
    const file = fileOf("教务处", edited);
    const left = gather(form, { entries: master0, record: out.record }, [file]);
    expect(left.reviews[0].foreign.map((f) => f.seq)).toEqual(["2"]);
    expect(left.open.foreign).toBe(1);
    expect(taskEntry(left.entries, "2")).toEqual(taskEntry(master0, "2"));
    const chosen = gather(form, { entries: master0, record: out.record }, [file], { foreign: ["附件1-教务处.xlsx|2"] });
    expect(taskEntry(chosen.entries, "2").rows[0].measure).toBe("越权");
  });
});
