/**
 * What a user sees in the sheet a plan describes, checked on the plan itself (pure, milliseconds; each test plans
 * its own sheet): every text fits its cell and no row is taller than its text needs, the fonts and alignment of
 * each part, the print set-up and protection, the merged 具体举措 of rows that share it, the 不涉及 reason, the
 * standard file's spare rows, self-extending lists and prompt, and the dropdowns' texts in English.
 */
import { FUJIAN1, SAMPLE_DRAFT, SAMPLE_LISTS, type Entries, type FormDef, type MeasureRow } from "../src/form";
import { EMPTY_ROW } from "../src/form/types";
import { columnIndex, parseCell } from "../src/plan/a1";
import { linesHeight, textHeight } from "../src/plan/metrics";
import { listsNote } from "../src/plan/rules";
import { REASON_LINES, planSheet } from "../src/plan/sheet-plan";
import { SPARE_ROWS, selfExtendingReference, withoutTrailingEmpty } from "../src/plan/standalone";
import { STANDALONE_TEXT } from "../src/plan/standalone-text";
import type { SheetPlan } from "../src/plan/types";
import otherForm from "./fixtures/other-form.json";

const standard = (entries?: Entries, form: FormDef = FUJIAN1, lists = form.lists) =>
  planSheet(form, entries, form.sheetName, lists, { standalone: STANDALONE_TEXT });

/** Rows (1-based) of "6:8" runs. */
function rowsOfRuns(runs: string[]): Set<number> {
  const out = new Set<number>();
  for (const run of runs) {
    const [a, b] = run.split(":").map(Number);
    for (let r = a; r <= b; r++) out.add(r);
  }
  return out;
}

function heightsOf(plan: SheetPlan): number[] {
  const out: number[] = [];
  for (const h of plan.rowHeights) {
    const [a, b] = h.rows.split(":").map(Number);
    for (let r = a; r <= b; r++) out[r - 1] = h.height;
  }
  return out;
}

function box(range: string): { r0: number; c0: number; r1: number; c1: number } {
  const [a, b = a] = range.split(":");
  const p = parseCell(a);
  const q = parseCell(b);
  return { r0: p.row, c0: p.col, r1: q.row, c1: q.col };
}

/** The font size and wrapping a writer gives cell (r, c): the last format covering it wins. */
function styleAt(plan: SheetPlan, r: number, c: number): { size: number; wrap: boolean } {
  let size = 0;
  let wrap = false;
  for (const f of plan.formats) {
    const b = box(f.range);
    if (r < b.r0 || r > b.r1 || c < b.c0 || c > b.c1) continue;
    if (f.font) size = f.font.size;
    if (f.wrap !== undefined) wrap = f.wrap;
  }
  return { size, wrap };
}

/**
 * Every text of the sheet with the room it has: its cell or merged area, the height its visible rows give it
 * and the height its text needs (one line in the hidden key column; the 不涉及 cell keeps room for a reason).
 */
function areasOf(plan: SheetPlan) {
  const heights = heightsOf(plan);
  const hidden = rowsOfRuns(plan.standalone?.hiddenRows ?? []);
  const hiddenCols = new Set(plan.hiddenColumns.map(columnIndex));
  const merged = plan.merges.map(box);
  const out: Array<{ at: string; rows: number[]; has: number; need: number }> = [];
  plan.values.forEach((row, r) =>
    row.forEach((text, c) => {
      if (text === null) return;
      const area = merged.find((m) => m.r0 === r && m.c0 === c) ?? { r0: r, c0: c, r1: r, c1: c };
      const rows: number[] = [];
      for (let k = area.r0; k <= area.r1; k++) if (!hidden.has(k + 1)) rows.push(k);
      const { size, wrap } = styleAt(plan, r, c);
      let width = 0;
      for (let k = area.c0; k <= area.c1; k++) width += plan.columnWidths[k];
      const lines = r >= plan.layout.firstTaskRow && c === plan.layout.markCol ? REASON_LINES : 1;
      const need =
        wrap && !hiddenCols.has(c)
          ? Math.max(textHeight(text, width, size), linesHeight(lines, size))
          : linesHeight(1, size);
      out.push({ at: `${r},${c}`, rows, has: rows.reduce((a, k) => a + heights[k], 0), need });
    }),
  );
  return out;
}

const row = (measure: string, target: string, sameMeasure?: boolean): MeasureRow => ({
  measure,
  target,
  unit: measure || target ? "教务处" : "",
  time: measure || target ? "2023年" : "",
  ...(sameMeasure ? { sameMeasure } : {}),
});

const plans: Array<[string, () => SheetPlan]> = [
  [
    "sample with a long 不涉及 reason",
    () => planSheet(FUJIAN1, { ...SAMPLE_DRAFT, marks: { "9": "理由".repeat(40) } }),
  ],
  ["sample (standard file)", () => standard(SAMPLE_DRAFT)],
  ["another form", () => planSheet(otherForm as FormDef)],
];

describe("row heights", () => {
  it.each(plans)("%s: every text fits the rows it shows in, and no row is taller than a text needs", (_, planned) => {
    const plan = planned();
    const heights = heightsOf(plan);
    const hidden = rowsOfRuns(plan.standalone?.hiddenRows ?? []);
    expect(heights).toHaveLength(plan.layout.lastRow + 1);
    const areas = areasOf(plan);
    for (const a of areas)
      if (a.rows.length) expect({ at: a.at, has: Math.max(a.has, a.need) }).toEqual({ at: a.at, has: a.has });
    const onRow = new Map<number, typeof areas>();
    for (const a of areas) for (const r of a.rows) onRow.set(r, [...(onRow.get(r) ?? []), a]);
    heights.forEach((h, r) => {
      if (hidden.has(r + 1)) return;
      // Some text on the row needs its height: one point less (a point on each of a merged area's rows) would cut it.
      const tight = (onRow.get(r) ?? []).some((a) => a.has - a.need < a.rows.length);
      expect({ row: r + 1, h, tight }).toEqual({ row: r + 1, h, tight: true });
    });
  });

  it("gives the header rows the height of their fonts: label, two-line title, header line, headings", () => {
    const heights = heightsOf(planSheet(FUJIAN1));
    expect(heights.slice(0, 5)).toEqual([
      linesHeight(1, 12),
      linesHeight(2, 16),
      linesHeight(1, 11.5),
      linesHeight(1, 11),
      linesHeight(2, 11),
    ]);
  });

  it("writes runs of equal heights once, in row order", () => {
    const plan = planSheet(FUJIAN1, SAMPLE_DRAFT);
    const runs = plan.rowHeights.map((h) => h.rows.split(":").map(Number));
    expect(runs[0][0]).toBe(1);
    runs.forEach(([a, b], i) => {
      expect(b).toBeGreaterThanOrEqual(a);
      if (i > 0) {
        expect(a).toBe(runs[i - 1][1] + 1);
        expect(plan.rowHeights[i].height).not.toBe(plan.rowHeights[i - 1].height);
      }
    });
    expect(runs[runs.length - 1][1]).toBe(plan.layout.lastRow + 1);
  });
});

describe("look of the sheet", () => {
  it("sets the fonts and alignment of each part, and borders round the table", () => {
    expect(planSheet(FUJIAN1).formats).toEqual([
      // Everything: 仿宋 五号, wrapped, centred vertically.
      { range: "A1:J59", font: { name: "仿宋", size: 10.5 }, wrap: true, vAlign: "Center", hAlign: "Left" },
      // The label 附件1 in 黑体, on one line.
      { range: "A1", font: { name: "黑体", size: 12 }, wrap: false },
      { range: "A2:I2", font: { name: "宋体", size: 16, bold: true }, hAlign: "Center" },
      // The header line a size larger, its labels right-aligned against the fill-in cells.
      { range: "A3:H3", font: { name: "仿宋", size: 11.5 } },
      { range: "A3:B3", hAlign: "Right" },
      { range: "D3", hAlign: "Right" },
      { range: "F3", hAlign: "Right" },
      { range: "A4:J5", font: { name: "黑体", size: 11, bold: true }, hAlign: "Center" },
      // 序号, 主要任务, 责任单位 and 完成时间 centred.
      { range: "A6:A59", hAlign: "Center" },
      { range: "B6:B59", hAlign: "Center" },
      { range: "G6:G59", hAlign: "Center" },
      { range: "H6:H59", hAlign: "Center" },
      { range: "A4:I59", grid: true },
    ]);
  });

  it("lays the header line in three label and fill-in parts across the form's columns", () => {
    const plan = planSheet(FUJIAN1, SAMPLE_DRAFT);
    expect(plan.layout.headerFields.map((f) => [f.field.key, f.labelCols, f.valueCols])).toEqual([
      ["unit", [0, 1], [2, 2]],
      ["contact", [3, 3], [4, 4]],
      ["phone", [5, 5], [6, 7]],
    ]);
    expect(plan.values[2].slice(0, 8)).toEqual([
      "单位（公章）：",
      null,
      "锦州师范高等专科学校",
      "联系人：",
      "齐心",
      "联系电话：",
      "18904960016",
      null,
    ]);
    const other = planSheet(otherForm as FormDef);
    // Another form's columns: the parts split near thirds of its width, each label as wide as its text.
    expect(other.layout.headerFields.map((f) => [...f.labelCols, ...f.valueCols])).toEqual([
      [0, 0, 1, 2],
      [3, 3, 4, 5],
      [6, 6, 7, 7],
    ]);
    expect(other.values[2].slice(0, 8)).toEqual(["填报单位：", "", null, "填表人：", "", null, "电话：", ""]);
    expect(other.unlocked.slice(2)).toEqual(["B3:C3", "E3:F3", "H3"]);
    // A group of one column is a cell, not a merge.
    expect(other.values[3][7]).toBe("备用");
    expect(other.merges).not.toContain("H4:H4");
    expect(other.merges.slice(0, 6)).toEqual(["A2:I2", "B3:C3", "E3:F3", "A4:D4", "E4:G4", "I4:I5"]);
  });

  it("prints landscape A4 at 100%, centred, in black and white, with page numbers and the table's titles", () => {
    const plan = planSheet(FUJIAN1, SAMPLE_DRAFT);
    expect(plan.print).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      titleRows: "$4:$5",
      scale: 100,
      centerHorizontally: true,
      blackAndWhite: true,
      centerFooter: "第 &P 页，共 &N 页",
      margins: { left: 28, right: 28, top: 40, bottom: 42, header: 16, footer: 18 },
    });
    expect(plan.printArea).toBe(`A1:I${plan.layout.lastRow + 1}`);
    expect(plan.freezeRows).toBe(5);
  });

  it("lets a user resize rows and columns (and unhide spare rows), nothing else of the form's structure", () => {
    expect(planSheet(FUJIAN1).protection).toEqual({
      allowFormatRows: true,
      allowFormatColumns: true,
      allowFormatCells: false,
      allowInsertRows: false,
      allowDeleteRows: false,
      allowSort: false,
      allowAutoFilter: false,
    });
  });
});

describe("measure rows", () => {
  it("merges a 具体举措 over the rows that share it, each row keeping its own target", () => {
    const entries: Entries = {
      ...SAMPLE_DRAFT,
      rows: {
        "1": [
          row("甲", "t1"),
          row("", "t2", true),
          row("乙", "t3"),
          row("", "t4", true),
          row("", "t5", true),
          row("丙", "t6"),
        ],
      },
    };
    const plan = planSheet(FUJIAN1, entries);
    expect(plan.layout.tasks[0]).toEqual({ seq: "1", firstRow: 5, rowCount: 6 });
    expect(plan.merges.filter((m) => m.startsWith("E") && m !== "E4:H4")).toEqual(["E6:E7", "E8:E10"]);
    expect(plan.values.slice(5, 11).map((r) => [r[4], r[5]])).toEqual([
      ["甲", "t1"],
      [null, "t2"],
      ["乙", "t3"],
      [null, "t4"],
      [null, "t5"],
      ["丙", "t6"],
    ]);
    // Every row carries its task's key for the highlights.
    expect(plan.values.slice(5, 11).map((r) => r[9])).toEqual(Array(6).fill("1"));
  });

  it("begins a task's 具体举措 on its first row even when that row is marked as shared", () => {
    const plan = planSheet(FUJIAN1, { ...SAMPLE_DRAFT, rows: { "1": [row("甲", "t1", true), row("", "t2", true)] } });
    expect(plan.values[5][4]).toBe("甲");
    expect(plan.merges).toContain("E6:E7");
  });

  it("gives a task without rows one empty measure row", () => {
    const plan = planSheet(FUJIAN1, { ...SAMPLE_DRAFT, rows: { ...SAMPLE_DRAFT.rows, "2": [] } });
    const task = plan.layout.tasks[1];
    expect(task.rowCount).toBe(1);
    expect(plan.values[task.firstRow].slice(4, 8)).toEqual(["", "", "", ""]);
  });

  it("shows a 不涉及 reason in the task's mark cell, merged over its rows and printed", () => {
    const plan = planSheet(FUJIAN1, { ...SAMPLE_DRAFT, marks: { "3": "属省级任务" } });
    expect(plan.values[7][8]).toBe("属省级任务");
    expect(plan.values.slice(8, 10).map((r) => r[8])).toEqual([null, null]);
    expect(plan.merges).toContain("I8:I10");
    expect(plan.values[5][8]).toBe("");
    expect(plan.unlocked).toContain("I6:I63");
  });
});

describe("the standard file", () => {
  it("hides three spare rows under each task's visible rows, keyed to it, and prompts how to show them", () => {
    const plan = standard(SAMPLE_DRAFT, FUJIAN1, SAMPLE_LISTS);
    const expected: string[] = [];
    for (const t of plan.layout.tasks) {
      expect(t.rowCount).toBe((SAMPLE_DRAFT.rows[t.seq]?.length || 1) + SPARE_ROWS);
      const end = t.firstRow + t.rowCount;
      expected.push(`${end - SPARE_ROWS + 1}:${end}`);
      for (let r = end - SPARE_ROWS; r < end; r++) {
        expect(plan.values[r][plan.layout.keyCol]).toBe(t.seq);
        expect(plan.values[r].slice(4, 8)).toEqual(["", "", "", ""]);
      }
    }
    expect(plan.standalone?.hiddenRows).toEqual(expected);
    expect(plan.standalone?.prompts).toEqual([
      { range: `E6:E${plan.layout.lastRow + 1}`, ...STANDALONE_TEXT.measurePrompt },
    ]);
    // A rewritten file does not keep the empty rows a user left: the spares are fresh each time.
    const again = standard({ ...SAMPLE_DRAFT, rows: { "1": [row("甲", "t1"), row("", ""), row("", "")] } });
    expect(again.layout.tasks[0].rowCount).toBe(1 + SPARE_ROWS);
    expect(again.standalone?.hiddenRows[0]).toBe("7:9");
  });

  it("shows a 名单 whose names extend themselves, with the how-to before the lists' note", () => {
    const units = Array.from({ length: 1200 }, (_, i) => `单位${i + 1}`);
    const lists = { units, times: SAMPLE_LISTS.times };
    const plan = standard(SAMPLE_DRAFT, FUJIAN1, lists);
    expect(plan.lists.sheetName).toBe("名单");
    expect(plan.lists.columns.map((c) => [c.name, c.items, c.reference])).toEqual([
      ["责任单位列表", units, selfExtendingReference("名单", 0, 1200)],
      ["完成时间列表", SAMPLE_LISTS.times, selfExtendingReference("名单", 1, SAMPLE_LISTS.times.length)],
    ]);
    expect(plan.lists.columns[0].reference).toContain("$A$2:$A$2402");
    expect(plan.lists.note).toEqual([...STANDALONE_TEXT.note, "", ...listsNote(lists)]);
  });

  it("leaves the pane's sheet without spares, prompts or self-extending names", () => {
    const plan = planSheet(FUJIAN1, SAMPLE_DRAFT, FUJIAN1.sheetName, SAMPLE_LISTS);
    expect(plan.standalone).toBeUndefined();
    expect("standalone" in plan).toBe(false);
    expect(plan.lists.columns.map((c) => c.reference)).toEqual(["=名单!$A$2:$A$13", "=名单!$B$2:$B$6"]);
    expect(plan.lists.note).toEqual(listsNote(SAMPLE_LISTS));
  });
});

describe("the dropdowns in an English Office", () => {
  it("prompts and alerts in English, with the same rules", () => {
    const plan = planSheet(FUJIAN1, SAMPLE_DRAFT, FUJIAN1.sheetName, SAMPLE_LISTS, { lang: "en" });
    expect(
      plan.validations.map((v) => [v.range, v.listName, v.prompt.title, v.errorAlert.style, v.errorAlert.title]),
    ).toEqual([
      ["G6:G63", "责任单位列表", "Responsible unit", "Warning", "Not on the dropdown"],
      ["H6:H63", "完成时间列表", "Completion time", "Stop", "Not on the list"],
    ]);
    for (const v of plan.validations) {
      expect(v.prompt.message).toMatch(/^Pick /);
      expect(v.errorAlert.message.length).toBeLessThanOrEqual(255);
    }
    expect(planSheet(FUJIAN1, SAMPLE_DRAFT, FUJIAN1.sheetName, SAMPLE_LISTS, { lang: "zh" }).validations).toEqual(
      planSheet(FUJIAN1, SAMPLE_DRAFT, FUJIAN1.sheetName, SAMPLE_LISTS).validations,
    );
  });
});

describe("pages", () => {
  /** Rows of each printed page (0-based, inclusive), from the plan's breaks. */
  const pagesOf = (plan: SheetPlan): Array<[number, number]> => {
    const starts = [0, ...plan.pageBreaks.map((r) => r - 1)];
    return starts.map((s, i) => [s, i + 1 < starts.length ? starts[i + 1] - 1 : plan.layout.lastRow]);
  };
  /** Printed heights: hidden spare rows take none. */
  const printed = (plan: SheetPlan) => {
    const hidden = rowsOfRuns(plan.standalone?.hiddenRows ?? []);
    return heightsOf(plan).map((h, r) => (hidden.has(r + 1) ? 0 : h));
  };

  it("fills each page of the standard file as far as the next task allows: hidden spare rows take no room", () => {
    const plan = standard(SAMPLE_DRAFT);
    const heights = printed(plan);
    const title = heights[3] + heights[4];
    const page = 513.28;
    const sum = (a: number, b: number) => heights.slice(a, b + 1).reduce((x, y) => x + y, 0);
    const pages = pagesOf(plan);
    expect(pages.length).toBeGreaterThan(5);
    pages.forEach(([a, b], i) => {
      const used = sum(a, b) + (i > 0 ? title : 0);
      expect(used).toBeLessThanOrEqual(page * 0.96);
      const next = plan.layout.tasks.find((t) => t.firstRow === b + 1);
      if (next) expect(used + sum(next.firstRow, next.firstRow + next.rowCount - 1)).toBeGreaterThan(page * 0.96);
    });
  });

  it("never breaks a page inside a shared 具体举措 of a task taller than a page", () => {
    // Task 3 with 30 measures, each over two targets: taller than a page.
    const rows: MeasureRow[] = Array.from({ length: 60 }, (_, k) =>
      k % 2
        ? row("", `第${k}个目标：形成年度报告并通过验收`, true)
        : row(`第${k / 2 + 1}条举措：完善制度，建立工作机制`, `第${k}个目标：形成年度报告并通过验收`),
    );
    const plan = planSheet(FUJIAN1, { ...SAMPLE_DRAFT, rows: { ...SAMPLE_DRAFT.rows, "3": rows } });
    const task = plan.layout.tasks[2];
    const inside = plan.pageBreaks.filter((r) => r - 1 > task.firstRow && r - 1 < task.firstRow + task.rowCount);
    expect(inside.length).toBeGreaterThanOrEqual(2);
    for (const r of inside) {
      // The page begins with a measure of its own, repeats the task's 序号 as continued, and its merge ends there.
      expect(plan.values[r - 1][4]).toMatch(/^第\d+条举措/);
      expect(plan.values[r - 1][0]).toBe("3（续）");
      expect(plan.merges).toContain(`E${r - 2}:E${r - 1}`);
    }
    // Each page of the task still fits.
    const heights = printed(plan);
    const title = heights[3] + heights[4];
    for (const [a, b] of pagesOf(plan).slice(1))
      expect(heights.slice(a, b + 1).reduce((x, y) => x + y, 0) + title).toBeLessThanOrEqual(513.28);
  });
});

describe("a form whose 主要任务 is its first column", () => {
  it("keeps every highlight over the other columns, with ranges a workbook can hold", () => {
    const columns = [...FUJIAN1.columns];
    const [mainTask] = columns.splice(1, 1);
    const form: FormDef = { ...FUJIAN1, columns: [mainTask, ...columns] };
    const plan = planSheet(form, SAMPLE_DRAFT);
    expect(plan.layout.col.mainTask).toBe(0);
    const block = plan.conditionalFormats.filter((c) => c.kind === "no-measure" || c.kind === "not-applicable");
    expect(block.map((c) => [c.kind, c.range])).toEqual([
      ["not-applicable", "B6:H63"],
      ["no-measure", "B6:H63"],
    ]);
    for (const c of plan.conditionalFormats)
      for (const cell of c.range.split(":")) expect(() => parseCell(cell)).not.toThrow();
  });
});

describe("merged cells and pages", () => {
  it("cuts the 主要任务 at a page that begins with its group's last task, so that page shows it too", () => {
    // Task 1 with six measures: a page then begins at the one-row last task of group 3 (row 26).
    const measure: MeasureRow = { measure: "举措", target: "目标", unit: "教务处", time: "2023年" };
    const plan = planSheet(FUJIAN1, { ...SAMPLE_DRAFT, rows: { "1": Array<MeasureRow>(6).fill(measure) } });
    const group = plan.layout.groups[3];
    expect(plan.pageBreaks).toContain(group.lastRow + 1);
    expect(plan.values[group.lastRow][1]).toBe(FUJIAN1.groups[3].title);
    expect(plan.merges).toContain(`B${group.firstRow + 1}:B${group.lastRow}`);
    // No merged cell spans a page break.
    for (const m of plan.merges.map(box))
      for (const b of plan.pageBreaks)
        expect({ m, b, spans: m.r0 < b - 1 && m.r1 >= b - 1 }).toMatchObject({ spans: false });
  });

  it("breaks a title too wide for the printed columns, though it would fit with the hidden key column", () => {
    // 47 ems at 16 pt: wider than columns A–I (about 45 ems), narrower than A–J.
    const title = `《${"一".repeat(40)}》任务落实清单`;
    const plan = planSheet({ ...FUJIAN1, title });
    expect(plan.values[1][0]).toBe(`《${"一".repeat(40)}》\n任务落实清单`);
  });

  it("gives the header line the height of a long unit name at its size", () => {
    const unit = "辽宁省某某市某某区职业技术教育中心（某某职业技术学院）";
    const plan = planSheet(FUJIAN1, { ...SAMPLE_DRAFT, header: { ...SAMPLE_DRAFT.header, unit } });
    const width = plan.columnWidths[2];
    expect(heightsOf(plan)[2]).toBe(textHeight(unit, width, 11.5));
    expect(textHeight(unit, width, 11.5)).toBeGreaterThan(textHeight(unit, width, 9.5));
  });
});

describe("a sheet with hidden rows (a standard file as the add-in finds it)", () => {
  it("is planned as it prints: the hidden spares take no room, so pages, heights and merges stay as the file's", () => {
    const file = standard(SAMPLE_DRAFT, FUJIAN1, SAMPLE_LISTS);
    // Read back, each task has its rows and then its spares as empty rows.
    const spares: MeasureRow[] = Array.from({ length: SPARE_ROWS }, () => ({ ...EMPTY_ROW }));
    const rows = Object.fromEntries(
      FUJIAN1.tasks.map((t) => [t.seq, [...withoutTrailingEmpty(SAMPLE_DRAFT.rows[t.seq] ?? [EMPTY_ROW]), ...spares]]),
    );
    const hiddenRows = [...rowsOfRuns(file.standalone!.hiddenRows)].map((r) => r - 1);
    const read = { ...SAMPLE_DRAFT, rows };
    const again = planSheet(FUJIAN1, read, FUJIAN1.sheetName, SAMPLE_LISTS, { hiddenRows });
    expect(again.layout.lastRow).toBe(file.layout.lastRow);
    expect(again.pageBreaks).toEqual(file.pageBreaks);
    expect(again.rowHeights).toEqual(file.rowHeights);
    expect(again.merges).toEqual(file.merges);
    const main = file.layout.col.mainTask;
    expect(again.values.map((r) => r[main])).toEqual(file.values.map((r) => r[main]));
    // Counted as printed rows, the spares would move the pages.
    expect(planSheet(FUJIAN1, read, FUJIAN1.sheetName, SAMPLE_LISTS).pageBreaks).not.toEqual(file.pageBreaks);
  });
});
