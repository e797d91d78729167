/**
 * 收回各单位的文件 in the pane, on the in-memory Excel: the units' files handed out by the pane come back (one
 * filled with a write outside its tasks, the coordinator having changed one of its tasks meanwhile; a file that
 * is no unit's; a .zip); the review says per file and task what it is; the chosen entries go into the sheet in
 * one write, protected after; 分发信息 and 收回记录 record each file as the command line does; the same file
 * again changes nothing; the progress table has the figures of `check --by-unit`. A failure at any command of
 * the write leaves the master as it was (or the gather complete) and protected, and says which.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import JSZip from "jszip";
import { Workbook } from "exceljs";
import { FUJIAN1, type Entries } from "../../src/form";
import { ALL_CAPABILITIES } from "../../src/excel/capabilities";
import { readGatherLogRows, readRelayRows } from "../../src/excel/relay-sheet";
import { cellAddress } from "../../src/plan/a1";
import { planSheet } from "../../src/plan/sheet-plan";
import { STANDALONE_TEXT } from "../../src/plan/standalone-text";
import { checkSheet } from "../../src/excel/check-sheet";
import { cellText, readGrid } from "../../src/reading/read-grid";
import {
  choiceKey,
  compareEntries,
  decodeRelay,
  gatherLogRows,
  GATHER_LOG_SHEET,
  RELAY_SHEET,
  shortTime,
  type MasterRecord,
} from "../../src/relay";
import {
  createGatherServices,
  refusalText,
  type GatherSession,
  type PickedFile,
} from "../../src/taskpane/gather-services";
import { createTeamServices } from "../../src/taskpane/team-services";
import { readWorkbookFile } from "../../src/xlsx/read-file";
import { writeGatheredFile } from "../../src/xlsx/write-relay";
import { cli } from "../cli/run";
import { formFile, readyEntries } from "../xlsx/fixtures";
import { gridOf, loaded, readBack, type Setup } from "../helpers/workbook";
import { unhideAndType } from "../helpers/unhide-and-type";

jest.setTimeout(120_000);

const UNIT = "教务处";
const NOW = new Date(2026, 11, 7, 10, 0, 0);

/** Every task complete, except UNIT's: only their unit and time (assigned, no measure yet: "new" when filled). */
function masterEntries(): Entries {
  const ready = readyEntries("某职业技术学院");
  const rows: Entries["rows"] = {};
  for (const [seq, list] of Object.entries(ready.rows))
    rows[seq] = list[0].unit === UNIT ? [{ measure: "", target: "", unit: UNIT, time: list[0].time }] : list;
  return { ...ready, rows };
}
const MASTER = masterEntries();
const unitTasks = Object.entries(MASTER.rows)
  .filter(([, l]) => l[0].unit === UNIT)
  .map(([s]) => s);
const [CONFLICT] = unitTasks;
const FOREIGN = Object.keys(MASTER.rows).find((s) => MASTER.rows[s][0].unit !== UNIT) as string;

async function readFile(bytes: Uint8Array) {
  const r = await readWorkbookFile(bytes, FUJIAN1);
  if ("kind" in r) throw new Error(r.message);
  return readGrid(FUJIAN1, r.grid, r.merges);
}

/** Writes cells of the form sheet as a program ignoring the protection would, keeping every other sheet. */
async function edit(bytes: Uint8Array, cells: Array<{ seq: string; key: "measure" | "target"; value: string }>) {
  const reading = await readFile(bytes);
  const book = new Workbook();
  await book.xlsx.load(Buffer.from(bytes) as never);
  const sheet = book.worksheets[0];
  for (const c of cells) {
    const row = reading.owners.find((o) => o.seq === c.seq && o.index === 0)!.row;
    sheet.getCell(cellAddress(row, reading.columns[c.key]!)).value = c.value;
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** Types into the master's sheet as a user would: a task's first measure. */
function typeMeasure(s: Setup, seq: string, value: string) {
  const sheet = s.model.sheet(FUJIAN1.sheetName);
  const reading = readGrid(FUJIAN1, gridOf(s.model, FUJIAN1.sheetName), sheet.merges());
  const row = reading.owners.find((o) => o.seq === seq && o.index === 0)!.row;
  s.model.user.type(FUJIAN1.sheetName, cellAddress(row, reading.columns.measure!), value);
}

const picked = (name: string, bytes: Uint8Array, lastModified = NOW.getTime()): PickedFile => ({
  name,
  lastModified,
  arrayBuffer: async () => bytes.slice().buffer,
});

interface Round {
  s: Setup;
  unitFile: Uint8Array;
  otherFile: Uint8Array;
}

/** The master loaded and handed out by the pane; UNIT fills its tasks (and one it does not lead). */
async function round(): Promise<Round> {
  const s = await loaded(MASTER);
  const saved: Uint8Array[] = [];
  let n = 0;
  const team = createTeamServices("zh", s.run, () => ALL_CAPABILITIES, FUJIAN1, {
    download: (_, bytes) => saved.push(bytes),
    ids: () => `id-${++n}`,
    now: () => new Date(2026, 11, 7, 9, 0),
  });
  const out = await team.handOut();
  if (!out.ok) throw new Error(out.message);
  const zip = await JSZip.loadAsync(saved[0]);
  const handed = await zip.file(`附件1-${UNIT}.xlsx`)!.async("uint8array");
  const unitFile = await edit(handed, [
    ...unitTasks.flatMap((seq) => [
      { seq, key: "measure" as const, value: `单位举措${seq}` },
      { seq, key: "target" as const, value: `单位目标${seq}` },
    ]),
    { seq: FOREIGN, key: "measure", value: "写进别人的任务" },
  ]);
  return { s, unitFile, otherFile: await formFile(readyEntries()) };
}

const services = (s: Setup, lang: "zh" | "en" = "zh") =>
  createGatherServices(lang, { run: s.run, capabilities: () => ALL_CAPABILITIES, form: FUJIAN1, now: () => NOW });

async function reviewOf(s: Setup, files: PickedFile[]): Promise<GatherSession> {
  const r = await services(s).review(files);
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

const recordOf = async (s: Setup): Promise<MasterRecord> => {
  const r = decodeRelay((await readRelayRows(s.run)) ?? undefined);
  if (r?.kind !== "master") throw new Error("no master record");
  return r.record;
};

describe("收回各单位的文件 in the pane", () => {
  let r: Round;
  beforeAll(async () => {
    r = await round();
  });

  it("reviews each file, writes the chosen entries once, protected, and records each file as the CLI does", async () => {
    const { s } = r;
    typeMeasure(s, CONFLICT, "汇总表改的举措");
    const before = readBack(s.model);
    const zip = new JSZip();
    // Dated as the picked files are (JSZip dates an entry now by default: its save time would be the clock's).
    zip.file(`交回/附件1-${UNIT}.xlsx`, r.unitFile, { date: NOW });
    const session = await reviewOf(s, [
      picked("交回.zip", await zip.generateAsync({ type: "uint8array" })),
      picked("别的表.xlsx", r.otherFile),
    ]);
    const [unit, other] = session.result.reviews;
    expect(unit.unit).toBe(UNIT);
    expect(unit.file).toBe(`附件1-${UNIT}.xlsx`);
    expect(Object.fromEntries(unit.tasks.map((t) => [t.seq, t.status]))).toEqual(
      Object.fromEntries(unitTasks.map((seq) => [seq, seq === CONFLICT ? "conflict" : "new"])),
    );
    expect(unit.foreign.map((f) => [f.seq, f.taken])).toEqual([[FOREIGN, false]]);
    expect(other.refused?.reason).toBe("not-unit-file");
    // Nothing is written by the review.
    expect(readBack(s.model)).toEqual(before);

    const choices = { conflicts: { [choiceKey(unit.file, CONFLICT)]: "file" as const } };
    const out = await services(s).apply(session, choices);
    expect(out).toEqual({
      ok: true,
      message: `已收回 1 个单位文件：写入了 ${unitTasks.length} 项任务的内容，工作表已保护；“收回记录”表逐个文件记下了收取和未收取的任务。`,
      notes: ["1 处写在不属于该单位的任务中，没有收取。", "1 个文件未收取（原因见审阅），没有改变任何内容。"],
    });
    const after = readBack(s.model);
    const changed = Object.entries(compareEntries(FUJIAN1, before, after))
      .filter(([, c]) => c === "different")
      .map(([seq]) => seq);
    expect(changed.sort()).toEqual([...unitTasks].sort());
    expect(after.rows[CONFLICT][0].measure).toBe(`单位举措${CONFLICT}`);
    expect(after.rows[FOREIGN]).toEqual(before.rows[FOREIGN]);
    expect(s.model.sheet(FUJIAN1.sheetName).protection.protected).toBe(true);
    expect((await checkSheet(s.run, FUJIAN1, ALL_CAPABILITIES)).summary.ready).toBe(true);

    const record = await recordOf(s);
    expect(record.log.map((l) => [l.unit, l.file, l.at, l.taken.length, l.refused, l.note])).toEqual([
      [UNIT, `附件1-${UNIT}.xlsx`, "2026-12-07T10:00:00", unitTasks.length, [FOREIGN], ""],
      ["", "别的表.xlsx", "2026-12-07T10:00:00", 0, [], "not-unit-file"],
    ]);
    // 收回记录: visible, the CLI's columns and lines.
    expect(s.model.sheet(GATHER_LOG_SHEET).visibility).toBe("Visible");
    expect(s.model.sheet(RELAY_SHEET).visibility).toBe("Hidden");
    const log = ((await readGatherLogRows(s.run)) ?? []).map((row) => row.map((c) => cellText(c)));
    expect(log).toEqual(gatherLogRows(record.log));
    expect(log[0]).toEqual(["单位", "文件", "收回时间", "收取的任务", "未收取的任务", "说明", "文件保存时间"]);
    expect(log[2][5]).toBe(refusalText("zh", { reason: "not-unit-file" })); // words, not the code
    // Protected as the form's sheet is: the record of what was gathered cannot be typed over.
    expect(s.model.user.type(GATHER_LOG_SHEET, "B2", "改掉的记录")).toMatchObject({ ok: false, reason: "locked" });
    // And 分发信息, hidden, is protected too: unhidden, its record of the gather cannot be typed over.
    expect(await unhideAndType(s, RELAY_SHEET)).toMatchObject({ wasHidden: true, reason: "locked" });

    // The same file again changes nothing.
    const again = await reviewOf(s, [picked(`附件1-${UNIT}.xlsx`, r.unitFile)]);
    expect(again.result.reviews[0].tasks.every((t) => t.status === "unchanged")).toBe(true);
    const second = await services(s).apply(again, {});
    expect(second.message).toMatch(/^已核对 1 个文件：没有新的内容，工作表没有改动/);
    expect(readBack(s.model)).toEqual(after);
    // Its line follows the first gather's, the sheet protected again.
    const logAgain = ((await readGatherLogRows(s.run)) ?? []).map((row) => cellText(row[1]));
    expect(logAgain).toEqual([...log.map((row) => row[1]), `附件1-${UNIT}.xlsx`]);
    expect(s.model.user.type(GATHER_LOG_SHEET, "B2", "改掉的记录")).toMatchObject({ ok: false, reason: "locked" });

    // A newer file of the same unit replaces its earlier contribution (changed, not a conflict); a file that
    // cannot be read is refused with the reader's message, the one `fujian1 check` prints.
    const newer = await edit(r.unitFile, [{ seq: unitTasks[1], key: "measure", value: "改过的举措" }]);
    const damaged = new TextEncoder().encode("单位,举措\n");
    const third = await reviewOf(s, [
      picked(`附件1-${UNIT}（改）.xlsx`, newer, NOW.getTime() + 3_600_000),
      picked("坏.xlsx", damaged),
    ]);
    expect(third.result.reviews[0].tasks.filter((t) => t.status !== "unchanged")).toEqual([
      expect.objectContaining({ seq: unitTasks[1], status: "changed" }),
    ]);
    const problem = await readWorkbookFile(damaged, FUJIAN1);
    if (!("kind" in problem)) throw new Error("read as a workbook");
    expect(refusalText("zh", third.result.reviews[1].refused!)).toBe(`无法读取：${problem.message}`);
    expect((await services(s).apply(third, {})).ok).toBe(true);
    expect(readBack(s.model).rows[unitTasks[1]][0].measure).toBe("改过的举措");
    expect(readBack(s.model).rows[CONFLICT]).toEqual(after.rows[CONFLICT]);

    // 进度: the figures of check --by-unit for this master.
    const progress = await services(s).progress();
    if (!progress.ok) throw new Error(progress.message);
    const lead = MASTER.rows[FOREIGN][0].unit;
    const led = (unit: string) => Object.values(MASTER.rows).filter((l) => l[0].unit === unit).length;
    expect(progress.value.find((u) => u.unit === lead)).toEqual({
      unit: lead,
      assigned: led(lead),
      gatheredAt: "",
      filled: led(lead),
      ready: led(lead),
    });
    expect(progress.value.find((u) => u.unit === UNIT)).toEqual({
      unit: UNIT,
      assigned: unitTasks.length,
      gatheredAt: "2026-12-07T10:00:00",
      filled: unitTasks.length,
      ready: unitTasks.length,
    });
    // The same workbook as a file (its entries, 分发信息 and 收回记录): `check --by-unit` prints the same rows.
    const relayRows = ((await readRelayRows(s.run)) ?? []).map((row) => row.map((c) => cellText(c)));
    const plan = planSheet(FUJIAN1, readBack(s.model), FUJIAN1.sheetName, FUJIAN1.lists, {
      standalone: STANDALONE_TEXT,
    });
    const dir = mkdtempSync(join(tmpdir(), "fujian1-pane-gather-"));
    try {
      const file = join(dir, "汇总表.xlsx");
      writeFileSync(file, await writeGatheredFile(plan, relayRows, gatherLogRows((await recordOf(s)).log)));
      const printed = (await cli(["check", "-q", "--by-unit", file])).out;
      const lines = printed
        .split("\n")
        .map((l) => l.trim().split(/\s{2,}/))
        .filter((cells) => progress.value.some((u) => u.unit === cells[0]));
      expect(lines).toEqual(
        progress.value.map((u) => [
          u.unit,
          String(u.assigned),
          u.gatheredAt ? shortTime(u.gatheredAt) : "未收回",
          String(u.filled),
          String(u.ready),
        ]),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("writes nothing when the sheet changed after the review, or the workbook is no master", async () => {
    const { s, unitFile } = await round();
    const session = await reviewOf(s, [picked("a.xlsx", unitFile)]);
    const before = readBack(s.model);
    typeMeasure(s, FOREIGN, "审阅之后改的");
    expect(await services(s).apply(session, {})).toEqual({
      ok: false,
      message: "审阅之后工作表有改动，没有写入。请重新选择文件收回。",
      notes: [],
    });
    expect(readBack(s.model)).toEqual({
      ...before,
      rows: { ...before.rows, [FOREIGN]: [{ ...before.rows[FOREIGN][0], measure: "审阅之后改的" }] },
    });
    expect(s.model.hasSheet(GATHER_LOG_SHEET)).toBe(false);

    const blank = await loaded(MASTER);
    expect(await services(blank).review([])).toEqual({ ok: false, message: expect.stringContaining("还没有分发过") });
    expect(await services(blank, "en").review([])).toEqual({
      ok: false,
      message: expect.stringContaining("Hand it out first"),
    });
  });
});

describe("a gather that fails at any command of its write", () => {
  it("leaves the master as it was, or the gather whole, protected, and says which", async () => {
    const { s, unitFile, otherFile } = await round();
    // An earlier gather left a 收回记录 (protected): the write lifts its protection and lays it again.
    expect((await services(s).apply(await reviewOf(s, [picked("别的表.xlsx", otherFile)]), {})).ok).toBe(true);
    typeMeasure(s, CONFLICT, "汇总表改的举措");
    const session = await reviewOf(s, [picked("u.xlsx", unitFile)]);
    const choices = { conflicts: { [choiceKey("u.xlsx", CONFLICT)]: "file" as const } };
    const state = async () => ({
      entries: readBack(s.model),
      record: await recordOf(s),
      log: s.model.hasSheet(GATHER_LOG_SHEET) ? await readGatherLogRows(s.run) : null,
    });
    const restore = s.model.snapshot();
    const before = await state();
    s.fake.stats.reset();
    const ok = await services(s).apply(session, choices);
    expect(ok.ok).toBe(true);
    const commands = s.fake.stats.commandCount;
    const success = await state();
    expect(success.entries).not.toEqual(before.entries);

    const failAt = async (position: number) => {
      restore();
      s.fake.failAfterCommands(position);
      const r = await services(s).apply(session, choices);
      s.fake.failAfterCommands(Number.MAX_SAFE_INTEGER); // disarm
      const now = await state();
      const where = `failure at command ${position} of ${commands}: ${r.message}`;
      expect([where, s.model.sheet(FUJIAN1.sheetName).protection.protected]).toEqual([where, true]);
      expect([where, s.model.sheet(GATHER_LOG_SHEET).protection.protected]).toEqual([where, true]);
      expect([where, s.model.sheet(RELAY_SHEET).protection.protected]).toEqual([where, true]);
      if (r.ok) return expect([where, now]).toEqual([where, success]);
      const asBefore = JSON.stringify(now.entries) === JSON.stringify(before.entries);
      const asAfter = JSON.stringify(now.entries) === JSON.stringify(success.entries);
      expect([where, asBefore || asAfter]).toEqual([where, true]);
      if (asBefore) {
        // Nothing written: the record untouched, and the message claims nothing was.
        expect([where, now.record, now.log]).toEqual([where, before.record, before.log]);
        expect([where, /已把|写入了/.test(r.message)]).toEqual([where, false]);
      } else {
        // The entries are written, the record put back as it was: the message says both.
        expect([where, now.record, now.log]).toEqual([where, before.record, before.log]);
        expect([where, r.message]).toEqual([
          where,
          expect.stringMatching(/^已把 \d+ 项任务的内容写入附件1.*已恢复原样/),
        ]);
      }
    };
    // Every command of the record's batch (the last ones), and positions anywhere in the sheet's write.
    for (let p = Math.max(0, commands - 24); p < commands; p++) await failAt(p);
    await fc.assert(fc.asyncProperty(fc.integer({ min: 0, max: commands - 1 }), failAt), {
      numRuns: Number(process.env.FAILURE_RUNS ?? 12),
    });
  });
});

/** Review → Protect Sheet with a password (the add-in does not know it), through Office.js. */
async function protectWithPassword(s: Setup, sheet: string) {
  await s.run(async (context) => {
    const p = context.workbook.worksheets.getItem(sheet).protection;
    p.unprotect();
    p.protect({}, "秘密");
    await context.sync();
  });
}

describe("a relay sheet someone protected with a password of their own", () => {
  it("refuses the gather before writing anything, naming the sheet and saying to remove the password", async () => {
    const { s, unitFile, otherFile } = await round();
    // An earlier gather left a 收回记录 (protected by the add-in, no password).
    expect((await services(s).apply(await reviewOf(s, [picked("别的表.xlsx", otherFile)]), {})).ok).toBe(true);
    const session = await reviewOf(s, [picked("u.xlsx", unitFile)]);
    const sheets = [FUJIAN1.sheetName, RELAY_SHEET, GATHER_LOG_SHEET];
    const state = () => ({
      entries: readBack(s.model),
      grids: sheets.map((n) => gridOf(s.model, n)),
      protection: sheets.map((n) => s.model.sheet(n).protection),
      visible: sheets.map((n) => s.model.sheet(n).visibility),
    });
    const restore = s.model.snapshot();
    for (const [sheet, lang, words] of [
      [GATHER_LOG_SHEET, "zh", ["“收回记录”表设了密码保护", "没有写入任何内容", "审阅 → 撤消工作表保护"]],
      [RELAY_SHEET, "en", ["The 分发信息 sheet is protected with a password", "nothing of the gather", "Unhide"]],
    ] as const) {
      restore();
      await protectWithPassword(s, sheet);
      const before = state();
      const r = await services(s, lang).apply(session, {});
      expect([sheet, r.ok, words.filter((w) => !r.message.includes(w))]).toEqual([sheet, false, []]);
      expect([sheet, state()]).toEqual([sheet, before]);
    }
  });
});
