/**
 * The pane's writes on a unit's file (opened in the stand-in as Excel presents it): only the tasks the unit leads
 * are written; rows of other units' tasks are left alone, and the message says how many were skipped and why.
 */
import { ALL_CAPABILITIES } from "../../src/excel/capabilities";
import { FUJIAN1, type Entries } from "../../src/form";
import { t } from "../../src/i18n/strings";
import { cellAddress, columnLetter } from "../../src/plan/a1";
import { HIGHLIGHT_STYLE } from "../../src/plan/rules";
import { planSheet } from "../../src/plan/sheet-plan";
import { evaluateHighlights } from "../../src/preview/highlights";
import { STANDALONE_TEXT } from "../../src/plan/standalone-text";
import { readGrid } from "../../src/reading/read-grid";
import { handOut } from "../../src/relay";
import { LOCKED_STYLE } from "../../src/relay/unit-plan";
import { describeBulk, describeFillDown, describeMarks } from "../../src/taskpane/BulkPanel";
import { createServices } from "../../src/taskpane/services";
import { readWorkbookFile } from "../../src/xlsx/read-file";
import { writeUnitFiles } from "../../src/xlsx/write-relay";
import { openInStandIn } from "../helpers/xlsx-stand-in";

const UNIT = "教务处";
const row = (unit: string, measure = "") => [{ measure, target: "", unit, time: "" }];
// 教务处 leads 1 and 3; 人事处 leads 2 and 4; 教务处 helps with 5; nobody has 6 yet.
const master: Entries = {
  header: { unit: "某学院", contact: "", phone: "" },
  rows: {
    "1": row(UNIT, "教务处的举措"),
    "2": row("人事处"),
    "3": row(UNIT),
    "4": row("人事处"),
    "5": row("人事处、教务处"),
  },
};
const sheet = FUJIAN1.sheetName;

let bytes: Uint8Array;
let rows: Record<string, number>;
let owners: ReturnType<typeof readGrid>["owners"];
let col: ReturnType<typeof readGrid>["columns"];
let markCol: number;

beforeAll(async () => {
  const out = handOut(FUJIAN1, master, { record: null, newMasterId: "M", handOutId: "H", by: "发展规划处", at: "t" });
  const plan = planSheet(FUJIAN1, master, sheet, FUJIAN1.lists, { standalone: STANDALONE_TEXT });
  bytes = (await writeUnitFiles(plan, out.units))[out.units.findIndex((u) => u.unit === UNIT)];
  const read = await readWorkbookFile(bytes, FUJIAN1);
  if ("kind" in read) throw new Error(read.message);
  const reading = readGrid(FUJIAN1, read.grid, read.merges);
  col = reading.columns;
  markCol = reading.markCol;
  owners = reading.owners;
  rows = Object.fromEntries(
    ["1", "2", "3", "4", "5", "6"].map((s) => [s, reading.owners.find((o) => o.seq === s)!.row]),
  );
});

/** The unit's file in a fresh stand-in, the pane's services on it, the rows of tasks 1–6 selected in `column`. */
async function opened(column: number, lang: "zh" | "en" = "zh") {
  const file = await openInStandIn(bytes);
  const services = createServices(lang, file.run, ALL_CAPABILITIES);
  const L = columnLetter(column);
  file.model.user.select(sheet, `${L}${rows["1"] + 1}:${L}${rows["6"] + 1}`);
  return { file, services };
}
const ownRows = () => owners.filter((o) => ["1", "3"].includes(o.seq)).map((o) => o.row);
const rowOf = (address: string) => Number(/\d+/.exec(address)![0]) - 1;

describe("the pane's writes on a unit's file", () => {
  it("写入选中的行 writes into the unit's own tasks only and says how many tasks of other units it left", async () => {
    const { file, services } = await opened(col.time!);
    const out = await services.assign({ time: "2026年" });
    if (!out.ok) throw new Error(out.message);
    // Every row of tasks 1 and 3 (their spare rows too), nothing of 2, 4, 5 and 6.
    const written = file.changes();
    expect(written.map((c) => c.address)).toEqual(
      owners.filter((o) => ["1", "3"].includes(o.seq)).map((o) => cellAddress(o.row, col.time!)),
    );
    expect(out.value).toMatchObject({ tasks: 2, cells: written.length, others: 4 });
    expect(describeBulk("zh", out.value).notes).toContain(t("zh", "pane.bulk.others", { others: 4 }));
    expect(describeBulk("en", out.value).notes).toContain(t("en", "pane.bulk.others", { others: 4 }));
    expect(file.model.sheet(sheet).protection.protected).toBe(true);
    // Only other units' tasks selected: nothing is written, and the message says why.
    const L = columnLetter(col.time!);
    file.model.user.select(sheet, `${L}${rows["4"] + 1}:${L}${rows["6"] + 1}`);
    const none = await services.assign({ time: "2027年" });
    expect(none).toEqual({ ok: false, message: t("zh", "unit.noOwnTasks", { unit: UNIT }) });
    expect(file.changes()).toEqual(written);
  });

  it("不涉及 (bulk) marks the unit's task holding only its handed-out name, none of the other units' tasks", async () => {
    const { file, services } = await opened(col.measure!);
    const fillOf = (seq: string) => evaluateHighlights(file.model, sheet).get(`${rows[seq]},${col.measure!}`)?.fill;
    // Task 3 holds only 教务处 in 责任单位 (the hand-out wrote it): it shows as a task without a measure.
    expect(fillOf("3")).toBe(HIGHLIGHT_STYLE["no-measure"].fill);
    const out = await services.markSelection("本校无此项");
    if (!out.ok) throw new Error(out.message);
    // 1 holds the unit's measure (left alone, named); 2, 4, 5 and 6 are other units' tasks.
    expect(out.value).toMatchObject({ marked: ["3"], filled: ["1"], others: ["2", "4", "5", "6"] });
    // Of the fill-in and 不涉及 columns only the mark is written (the rows grow to show it, and the paged form's
    // 主要任务 follows its page breaks): the name the hand-out wrote stays in 责任单位.
    const entryCols = [col.measure!, col.target!, col.unit!, col.time!, markCol].map(columnLetter);
    const entryChanges = file.changes().filter((c) => entryCols.includes(/^[A-Z]+/.exec(c.address)![0]));
    expect(entryChanges).toEqual([{ sheet, address: cellAddress(rows["3"], markCol), value: "本校无此项" }]);
    expect(file.model.sheet(sheet).values(cellAddress(rows["3"], col.unit!))).toEqual([[UNIT]]);
    expect(fillOf("3")).toBe(HIGHLIGHT_STYLE["not-applicable"].fill);
    const zh = describeMarks("zh", out.value);
    expect(zh.notes).toContain(t("zh", "pane.bulkMark.others", { count: 4 }));
    expect(describeMarks("en", out.value).notes).toContain(t("en", "pane.bulkMark.others", { count: 4 }));
    // The unit's check: task 3 is 不涉及, no contradiction with the unit's name beside the mark.
    const check = await services.check();
    if (!check.ok) throw new Error(check.message);
    expect(check.value.findings.filter((f) => f.seq === "3").map((f) => f.kind)).toEqual(["not-applicable"]);
    expect(check.value.summary).toMatchObject({ notApplicable: 1, withMeasures: 1 });
    expect(file.model.sheet(sheet).protection.protected).toBe(true);
  });

  it("不涉及 of one task, 完成时间向下填充 and the unit picker refuse another unit's task with a message", async () => {
    const { file, services } = await opened(col.measure!);
    file.model.user.select(sheet, cellAddress(rows["6"], col.measure!));
    const mark = await services.mark("本校无此项");
    expect(mark).toEqual({ ok: false, message: t("zh", "unit.notOwnTask", { unit: UNIT, seq: "6" }) });
    file.model.user.select(sheet, cellAddress(rows["2"], col.unit!));
    const units = await services.writeUnits([UNIT]);
    expect(units).toEqual({ ok: false, message: t("zh", "unit.notOwnTask", { unit: UNIT, seq: "2" }) });
    // Fill down from task 1's time (typed by the unit) over tasks 1–6: task 3 only (it has a measure now).
    expect(file.model.user.type(sheet, cellAddress(rows["1"], col.time!), "2025年")).toEqual({ ok: true });
    expect(file.model.user.type(sheet, cellAddress(rows["3"], col.measure!), "举措")).toEqual({ ok: true });
    const L = columnLetter(col.time!);
    file.model.user.select(sheet, `${L}${rows["1"] + 1}:${L}${rows["6"] + 1}`);
    const down = await services.fillTimeDown();
    if (!down.ok) throw new Error(down.message);
    expect(down.value).toMatchObject({ cells: 1, others: 4 });
    expect(describeFillDown("en", down.value).notes).toContain(t("en", "pane.bulk.others", { others: 4 }));
    expect(
      file
        .changes()
        .map((c) => rowOf(c.address))
        .every((r) => ownRows().includes(r)),
    ).toBe(true);
    expect(file.model.sheet(sheet).protection.protected).toBe(true);
  });

  it("修正 of a finding writes the fix and leaves the other units' tasks locked (and the unit's own open)", async () => {
    const { file, services } = await opened(col.measure!);
    const own = cellAddress(rows["3"], col.unit!);
    expect(file.model.user.type(sheet, own, "教务处；人事处")).toEqual({ ok: true });
    const check = await services.check();
    if (!check.ok) throw new Error(check.message);
    const fixes = check.value.findings.flatMap((f) => (f.fix ? [f.fix] : []));
    expect(fixes).toContainEqual({ address: own, value: "教务处、人事处" });
    const fixed = await services.fix(fixes);
    if (!fixed.ok) throw new Error(fixed.message);
    expect(file.model.user.type(sheet, cellAddress(rows["2"], col.measure!), "越权")).toMatchObject({
      ok: false,
      reason: "locked",
    });
    expect(file.model.user.type(sheet, cellAddress(rows["3"], col.target!), "目标")).toEqual({ ok: true });
    // Other units' tasks are still greyed, by the rule of the first priority.
    expect(file.model.sheet(sheet).conditionalFormats()[0]).toMatchObject({
      fill: LOCKED_STYLE.fill,
      stopIfTrue: true,
    });
    expect(file.model.sheet(sheet).protection.protected).toBe(true);
  });

  it("a 修正 that fails part way is repaired by the unit's plan: other units' tasks stay locked", async () => {
    const { file, services } = await opened(col.measure!);
    const own = cellAddress(rows["3"], col.unit!);
    file.model.user.type(sheet, own, "教务处；人事处");
    file.fake.failAfterCommands(30); // after the value is written, while formats and locks are laid again
    const fixed = await services.fix([{ address: own, value: "教务处、人事处" }]);
    file.fake.failAfterCommands(Number.MAX_SAFE_INTEGER);
    expect(fixed.ok).toBe(false);
    expect(file.model.sheet(sheet).protection.protected).toBe(true);
    expect(file.model.user.type(sheet, cellAddress(rows["2"], col.measure!), "越权")).toMatchObject({
      ok: false,
      reason: "locked",
    });
    expect(file.model.sheet(sheet).conditionalFormats()[0]).toMatchObject({ fill: LOCKED_STYLE.fill });
  });
});
