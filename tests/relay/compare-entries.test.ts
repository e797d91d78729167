/**
 * Comparing entries task by task: what a task holds (trailing empty rows do not count), its fingerprint (stable:
 * files handed out by an earlier version carry it), and the per-task verdicts the relay and the draft import
 * show: same / different, new / different / only-base, and which tasks a draft import takes.
 */
import { FUJIAN1, type Entries, type MeasureRow } from "../../src/form";
import {
  compareEntries,
  fingerprint,
  isEmptyTask,
  isFilled,
  sameTask,
  takeTasks,
  taskChanges,
  taskEntry,
  withTask,
} from "../../src/relay";

const form = FUJIAN1;
const row = (measure: string, target = "", unit = "", time = ""): MeasureRow => ({ measure, target, unit, time });
const EMPTY: MeasureRow = row("");
const header = { unit: "某学院", contact: "", phone: "" };

describe("a task's entry", () => {
  it("is its rows without trailing empty ones, and its 不涉及 mark", () => {
    const entries: Entries = {
      header,
      rows: { "1": [row("举措"), EMPTY, row("", "目标"), EMPTY, EMPTY], "2": [EMPTY] },
      marks: { "3": "不涉及" },
    };
    expect(taskEntry(entries, "1")).toEqual({ rows: [row("举措"), EMPTY, row("", "目标")], mark: "" });
    expect(taskEntry(entries, "2")).toEqual({ rows: [], mark: "" });
    expect(taskEntry(entries, "3")).toEqual({ rows: [], mark: "不涉及" });
    expect(taskEntry(entries, "4")).toEqual({ rows: [], mark: "" });
    expect(taskEntry({ header, rows: {} }, "4")).toEqual({ rows: [], mark: "" });
    // A continuation row (one more 完成目标 under the measure above) is kept even while still empty.
    const cont = { ...EMPTY, sameMeasure: true };
    expect(taskEntry({ header, rows: { "1": [row("举措"), cont] } }, "1").rows).toEqual([row("举措"), cont]);
  });

  it("is empty without rows and without a mark", () => {
    expect(isEmptyTask({ rows: [], mark: "" })).toBe(true);
    expect(isEmptyTask({ rows: [], mark: "不涉及" })).toBe(false);
    expect(isEmptyTask({ rows: [row("", "", "教务处")], mark: "" })).toBe(false);
  });

  it("is filled with a measure or a target in any row, or a 不涉及 mark; not by a unit, a time or spaces", () => {
    const filled = (rows: MeasureRow[], mark = "") => isFilled({ rows, mark });
    expect(filled([row("举措")])).toBe(true);
    expect(filled([row("", "目标")])).toBe(true);
    expect(filled([row("", "", "教务处", "2025年"), row("第二行的举措")])).toBe(true);
    expect(filled([], "不涉及")).toBe(true);
    expect(filled([row("", "", "教务处", "2025年")])).toBe(false);
    expect(filled([row("  ", " ")])).toBe(false);
    expect(filled([])).toBe(false);
  });

  it("has a fingerprint that stays the same from version to version, 0 when empty", () => {
    // Written into units' files at hand-out: a change of algorithm would make every task of an older file
    // look edited.
    expect(fingerprint({ rows: [row("举措", "目标", "教务处", "2025年")], mark: "" })).toBe("ca3db1459953c5ab");
    expect(fingerprint({ rows: [], mark: "不涉及" })).toBe("81cf6f09c4c0bf6f");
    expect(fingerprint({ rows: [row("a")], mark: "" })).toBe("43a1d8b8056853a2");
    expect(fingerprint({ rows: [], mark: "" })).toBe("0");
  });

  it("has a fingerprint that tells apart every field, the row order, a continuation row and the mark", () => {
    const base = { rows: [row("举措", "目标", "教务处", "2025年"), row("举措二")], mark: "" };
    const variants = [
      base,
      { ...base, rows: [row("举措", "目标", "教务处", "2025年")] },
      { ...base, rows: [row("举措二"), row("举措", "目标", "教务处", "2025年")] },
      { ...base, rows: [row("举措x", "目标", "教务处", "2025年"), row("举措二")] },
      { ...base, rows: [row("举措", "目标x", "教务处", "2025年"), row("举措二")] },
      { ...base, rows: [row("举措", "目标", "人事处", "2025年"), row("举措二")] },
      { ...base, rows: [row("举措", "目标", "教务处", "2026年"), row("举措二")] },
      { ...base, rows: [row("举措", "目标", "教务处", "2025年"), { ...row("举措二"), sameMeasure: true }] },
      { ...base, mark: "不涉及" },
    ];
    const prints = variants.map(fingerprint);
    expect(new Set(prints).size).toBe(variants.length);
    for (const p of prints) expect(p).toMatch(/^[0-9a-f]{16}$/);
    for (let i = 0; i < variants.length; i++)
      for (let j = 0; j < variants.length; j++) expect(sameTask(variants[i], variants[j])).toBe(i === j);
    expect(fingerprint({ rows: [row("x")], mark: "" })).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe("two sets of entries, task by task", () => {
  const a: Entries = { header, rows: { "1": [row("举措")], "2": [row("旧")], "3": [row("同")] } };
  const b: Entries = {
    header,
    rows: { "1": [row("举措"), EMPTY], "2": [row("新")], "3": [row("同")], "4": [row("x")] },
  };

  it("compareEntries says, for every task of the form, whether both hold the same", () => {
    const out = compareEntries(form, a, b);
    expect(Object.keys(out)).toEqual(form.tasks.map((t) => t.seq));
    expect(out).toMatchObject({ "1": "same", "2": "different", "3": "same", "4": "different", "5": "same" });
    expect(Object.values(out).filter((v) => v === "different")).toHaveLength(2);
  });

  it("taskChanges lists, in form order, the new, the different and the ones only the base holds", () => {
    const base: Entries = { header, rows: { "2": [row("旧")], "3": [row("同")], "5": [row("只在表中")] } };
    const incoming: Entries = {
      header,
      rows: { "1": [row("新填")], "2": [row("改了")], "3": [row("同")] },
      marks: { "7": "不涉及" },
    };
    expect(taskChanges(form, base, incoming)).toEqual([
      { seq: "1", change: "new" },
      { seq: "2", change: "different" },
      { seq: "5", change: "only-base" },
      { seq: "7", change: "new" },
    ]);
    expect(taskChanges(form, base, base)).toEqual([]);
  });

  it("takeTasks takes the chosen tasks from a draft, never empties one, and fills only empty header fields", () => {
    const base: Entries = {
      header: { unit: "某学院", contact: " ", phone: "" },
      rows: { "1": [row("表中")], "2": [row("表中二")], "3": [row("表中三")] },
    };
    const incoming: Entries = {
      header: { unit: "别的学院", contact: "张三", phone: "13800000000" },
      rows: { "1": [row("稿中")], "3": [row("稿中三")], "4": [row("稿中四")] },
      marks: { "5": "不涉及" },
    };
    const out = takeTasks(base, incoming, ["1", "2", "4", "5"]);
    expect(out).toEqual({
      header: { unit: "某学院", contact: "张三", phone: "13800000000" },
      rows: { "1": [row("稿中")], "2": [row("表中二")], "3": [row("表中三")], "4": [row("稿中四")] },
      marks: { "5": "不涉及" },
    });
    expect(takeTasks(base, incoming, [])).toEqual({ ...base, header: out.header });
  });

  it("withTask replaces one task, and an emptied task leaves nothing behind", () => {
    const entries: Entries = { header, rows: { "1": [row("a")], "2": [row("b")] }, marks: { "3": "不涉及" } };
    expect(withTask(entries, "1", { rows: [row("c")], mark: "" })).toEqual({
      header,
      rows: { "1": [row("c")], "2": [row("b")] },
      marks: { "3": "不涉及" },
    });
    expect(withTask(entries, "1", { rows: [], mark: "" })).toEqual({
      header,
      rows: { "2": [row("b")] },
      marks: { "3": "不涉及" },
    });
    const unmarked = withTask(entries, "3", { rows: [], mark: "" });
    expect(unmarked).toEqual({ header, rows: entries.rows });
    expect("marks" in unmarked).toBe(false);
    expect(withTask(unmarked, "4", { rows: [], mark: "无此业务" }).marks).toEqual({ "4": "无此业务" });
    // The original is untouched.
    expect(entries.rows["1"]).toEqual([row("a")]);
  });
});
