/**
 * A unit's file: only its lead tasks open, its 协办 tasks marked, the others locked and greyed by the first
 * highlight rule, the note and the identity; and the fast writer of a whole hand-out (one ExcelJS write, then
 * per unit a package patch) writes what the plain writer writes, cell for cell and lock for lock.
 */
import { FUJIAN1, type Entries } from "../../src/form";
import { planSheet } from "../../src/plan/sheet-plan";
import { STANDALONE_TEXT } from "../../src/plan/standalone-text";
import { readGrid } from "../../src/reading/read-grid";
import {
  decodeRelay,
  encodeIdentity,
  handOut,
  ROLE_CO,
  ROLE_LEAD,
  taskEntry,
  unitPlan,
  type HandOut,
} from "../../src/relay";
import type { SheetPlan } from "../../src/plan/types";
import { readWorkbookFile } from "../../src/xlsx/read-file";
import { setHiddenSheet, writeUnitFile, writeUnitFiles } from "../../src/xlsx/write-relay";
import { writeWorkbook } from "../../src/xlsx/write-plan";
import { attrs, conditionalFormatsOf, openPackage } from "../xlsx/package-xml";

const UNITS = ["教务处", "人事处", "学生工作处"];
const rows: Entries["rows"] = {};
FUJIAN1.tasks.forEach((t, i) => {
  const unit = i % 5 === 0 ? `${UNITS[i % 3]}、${UNITS[(i + 1) % 3]}` : UNITS[i % 3];
  rows[t.seq] = [{ measure: i % 2 ? `举措${t.seq}` : "", target: "", unit, time: "2024年" }];
  if (i === 3) rows[t.seq].push({ measure: "第二条", target: "目标", unit, time: "2025年" });
});
const entries: Entries = { header: { unit: "某学院", contact: "", phone: "" }, rows };
let base: SheetPlan;
let out: HandOut;
beforeEach(() => {
  base = planSheet(FUJIAN1, entries, FUJIAN1.sheetName, FUJIAN1.lists, { standalone: STANDALONE_TEXT });
  out = handOut(FUJIAN1, entries, {
    record: null,
    newMasterId: "M",
    handOutId: "H",
    by: "发展规划处",
    at: "2026-12-07T09:30:00",
  });
});

/** Per cell of the form sheet: its text, and whether it is locked (from its style's protection). */
async function cellsOf(bytes: Uint8Array) {
  const pkg = await openPackage(bytes);
  const styles = await pkg.zip.file("xl/styles.xml")!.async("string");
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/
    .exec(styles)![1]
    .match(/<xf\b[^>]*\/>|<xf\b[^>]*>[\s\S]*?<\/xf>/g)!;
  const locked = xfs.map((xf) => !/<protection\b[^>]*locked="0"/.test(xf));
  const xml = pkg.sheet(FUJIAN1.sheetName);
  const lock: Record<string, boolean> = {};
  for (const m of xml.matchAll(/<c\b[^>]*>/g)) {
    const a = attrs(m[0]);
    lock[a.r] = locked[Number(a.s ?? 0)];
  }
  const reading = await readWorkbookFile(bytes, FUJIAN1);
  if ("kind" in reading) throw new Error(reading.message);
  return { lock, grid: reading.grid, relay: reading.relay, rules: conditionalFormatsOf(xml), reading };
}

describe("a unit's file", () => {
  it("opens only its lead tasks, marks its 协办 tasks, greys the rest first, and carries its identity", async () => {
    const u = out.units.find((x) => x.unit === "人事处")!;
    const file = await cellsOf(await writeUnitFile(unitPlan(base, u.plan, u.identity), encodeIdentity(u.identity)));
    const { layout } = base;
    const fill = (seq: string) => {
      const t = layout.tasks.find((p) => p.seq === seq)!;
      return `${String.fromCharCode(65 + layout.col.measure)}${t.firstRow + 1}`;
    };
    for (const seq of u.plan.lead) expect(file.lock[fill(seq)]).toBe(false);
    for (const seq of [...u.plan.co, ...u.plan.locked]) expect(file.lock[fill(seq)]).toBe(true);
    const roleCol = layout.keyCol + 1;
    const roleOf = (seq: string) => file.grid[layout.tasks.find((p) => p.seq === seq)!.firstRow][roleCol];
    expect(roleOf(u.plan.lead[0])).toBe(ROLE_LEAD);
    expect(roleOf(u.plan.co[0])).toBe(ROLE_CO);
    expect(roleOf(u.plan.locked[0]) ?? "").toBe("");
    expect(String(file.grid[0][2])).toBe(
      `本文件发给：人事处。本单位牵头的 ${u.plan.lead.length} 项任务可以填写；协办的 ${u.plan.co.length} 项只读（“本单位”列标“协办”）；其余任务已锁定（灰色）。由 发展规划处 于 2026-12-07 09:30 分发，填好后把本文件交回。`,
    );
    expect(file.rules[0]).toMatchObject({ attrs: { priority: "1", stopIfTrue: "1" }, formula: 'AND($J6<>"",$K6="")' });
    expect(decodeRelay(file.relay)).toEqual({ kind: "unit", identity: u.identity });
    // The master's entries, lists and rules are all there.
    expect(taskEntry(readGrid(FUJIAN1, file.grid, file.reading.merges).entries, "4").rows).toHaveLength(2);
    expect(file.rules).toHaveLength(base.conditionalFormats.length + 1);
  });

  it("the fast writer of a hand-out writes what the plain writer writes, for every unit", async () => {
    const fast = await writeUnitFiles(base, out.units);
    expect(fast).toHaveLength(out.units.length);
    for (let i = 0; i < out.units.length; i++) {
      const u = out.units[i];
      const plain = await cellsOf(await writeUnitFile(unitPlan(base, u.plan, u.identity), encodeIdentity(u.identity)));
      const quick = await cellsOf(fast[i]);
      expect(quick.grid).toEqual(plain.grid);
      expect(quick.lock).toEqual(plain.lock);
      expect(quick.relay).toEqual(plain.relay);
      expect(quick.rules).toEqual(plain.rules);
    }
  });

  it("the master's record goes into an existing workbook as a hidden sheet, replacing an earlier one", async () => {
    const master = await writeWorkbook(base);
    const once = await setHiddenSheet(master, "分发信息", [["a", "b"]]);
    const twice = await setHiddenSheet(once, "分发信息", [["附件1 分发信息"], ["c"]]);
    const pkg = await openPackage(twice);
    expect(pkg.sheets.map((s) => [s.name, s.state])).toEqual([
      [FUJIAN1.sheetName, "visible"],
      ["名单", "visible"],
      ["分发信息", "hidden"],
    ]);
    const reading = await readWorkbookFile(twice, FUJIAN1);
    if ("kind" in reading) throw new Error(reading.message);
    expect(reading.relay).toEqual([["附件1 分发信息"], ["c"]]);
    expect(reading.grid).toEqual(((await readWorkbookFile(master, FUJIAN1)) as { grid: unknown }).grid);
  });
});
