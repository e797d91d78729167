/**
 * The printed sheet, planned (pure): page breaks that keep every task on one page, a task taller than a page
 * continued as "3（续）", titles broken where a person would, black-and-white print, and no highlight on the
 * merged 主要任务 cell. LibreOffice's PDFs of the same plans: tests/libreoffice/paper.test.ts.
 */
import { FUJIAN1, SAMPLE_DRAFT, type Entries, type MeasureRow } from "../src/form";
import { CONTINUED, breakForPrint, pageHeight, planPageBreaks } from "../src/plan/paper";
import { NO_LINE_START, textHeight, wrapText } from "../src/plan/metrics";
import { planSheet } from "../src/plan/sheet-plan";
import { STANDALONE_TEXT } from "../src/plan/standalone-text";
import type { SheetPlan } from "../src/plan/types";
import { checkGrid } from "../src/reading/check";
import { readGrid } from "../src/reading/read-grid";
import { excelReads } from "./helpers/grid";
import { completeFill } from "./helpers/fills";

/** Height of every row (0-based), 0 for the standard file's hidden spares. */
function heightsOf(plan: SheetPlan): number[] {
  const out: number[] = [];
  for (const h of plan.rowHeights) {
    const [a, b] = h.rows.split(":").map(Number);
    for (let r = a; r <= b; r++) out[r - 1] = h.height;
  }
  for (const run of plan.standalone?.hiddenRows ?? []) {
    const [a, b] = run.split(":").map(Number);
    for (let r = a; r <= b; r++) out[r - 1] = 0;
  }
  return out;
}

/** The pages as runs of 0-based rows [first, last], from the plan's breaks. */
function pagesOf(plan: SheetPlan): Array<[number, number]> {
  const starts = [0, ...plan.pageBreaks.map((r) => r - 1)];
  return starts.map((s, i) => [s, i + 1 < starts.length ? starts[i + 1] - 1 : plan.layout.lastRow]);
}

const standard = (entries?: Entries) =>
  planSheet(FUJIAN1, entries, FUJIAN1.sheetName, FUJIAN1.lists, { standalone: STANDALONE_TEXT });

/** Task 3 with so many measures that it is taller than a page on its own. */
function tallTask(): Entries {
  const rows: MeasureRow[] = Array.from({ length: 40 }, (_, k) => ({
    measure: `第${k + 1}条举措：完善制度，建立工作机制，形成长效做法`,
    target: `第${k + 1}个目标：形成年度报告并通过验收`,
    unit: "教务处",
    time: "2023年",
  }));
  return { ...SAMPLE_DRAFT, rows: { ...SAMPLE_DRAFT.rows, "3": rows } };
}

describe("page breaks planned from the row heights", () => {
  // Planned inside each test (not while jest collects the file), so the mutation run knows what each test reaches.
  const plans: Array<[string, () => SheetPlan]> = [
    ["blank", () => planSheet(FUJIAN1)],
    ["sample", () => planSheet(FUJIAN1, SAMPLE_DRAFT)],
    ["complete (standard file)", () => standard(completeFill(FUJIAN1))],
    ["sample (standard file)", () => standard(SAMPLE_DRAFT)],
  ];

  it.each(plans)("%s: every page begins with a task and holds no more than a page", (_, planned) => {
    const plan = planned();
    const heights = heightsOf(plan);
    const firsts = new Set(plan.layout.tasks.map((t) => t.firstRow + 1));
    expect(plan.pageBreaks.length).toBeGreaterThan(3);
    for (const row of plan.pageBreaks) expect(firsts.has(row)).toBe(true);
    const title = heights[plan.layout.groupHeaderRow] + heights[plan.layout.columnHeaderRow];
    pagesOf(plan).forEach(([a, b], i) => {
      const rows = heights.slice(a, b + 1).reduce((x, y) => x + y, 0);
      expect(rows + (i > 0 ? title : 0)).toBeLessThanOrEqual(pageHeight());
    });
  });

  it("fills each page: the next task would not have fitted on it", () => {
    const plan = planSheet(FUJIAN1, SAMPLE_DRAFT);
    const heights = heightsOf(plan);
    const title = heights[3] + heights[4];
    const pages = pagesOf(plan);
    pages.slice(0, -1).forEach(([a, b], i) => {
      const next = plan.layout.tasks.find((t) => t.firstRow === b + 1)!;
      const used = heights.slice(a, b + 1).reduce((x, y) => x + y, 0) + (i > 0 ? title : 0);
      const nextHeight = heights.slice(next.firstRow, next.firstRow + next.rowCount).reduce((x, y) => x + y, 0);
      expect(used + nextHeight).toBeGreaterThan(pageHeight() * 0.96);
    });
  });

  it("breaks a block taller than a page where it is allowed, beginning it on a page of its own", () => {
    const heights = [50, 50, 20, 20, ...Array<number>(12).fill(60)];
    const breaks = planPageBreaks({
      heights,
      titleRows: [2, 3],
      blocks: [
        { firstRow: 4, rowCount: 2 },
        { firstRow: 6, rowCount: 10 },
      ],
      splittable: (r) => r !== 11,
      page: 300,
    });
    // Page 1: rows 0–5 (260). The tall block begins page 2: 40 + 4 rows; row 11 may not begin a page.
    expect(breaks).toEqual([6, 10, 14]);
  });
});

describe("a task taller than a page", () => {
  let plan: SheetPlan;
  let inside: number[];
  beforeEach(() => {
    plan = planSheet(FUJIAN1, tallTask());
    const task = plan.layout.tasks.find((t) => t.seq === "3")!;
    inside = plan.pageBreaks.filter((r) => r - 1 > task.firstRow && r - 1 < task.firstRow + task.rowCount);
  });

  it("continues on the next page with its 序号 marked as continued and its official text repeated", () => {
    expect(inside.length).toBeGreaterThanOrEqual(1);
    for (const row of inside) {
      expect(plan.values[row - 1][0]).toBe(`3${CONTINUED}`);
      expect(plan.values[row - 1][2]).toBe(FUJIAN1.tasks[2].content);
      expect(plan.values[row - 1][3]).toBe(FUJIAN1.tasks[2].department);
      // The merges of 序号 and 任务内容 end at the page's last row.
      expect(plan.merges).toContain(`A${row}:A${nextEnd(plan, row)}`);
    }
  });

  it("reads back as one task with all its rows, without a finding about it", () => {
    const grid = excelReads(plan.values);
    const reading = readGrid(FUJIAN1, grid);
    expect(reading.entries.rows["3"]).toHaveLength(40);
    expect(reading.strays).toEqual([]);
    const findings = checkGrid(FUJIAN1, grid).findings.filter((f) => f.seq === "3" || f.kind.startsWith("task-"));
    expect(findings.map((f) => f.kind)).toEqual([]);
  });
});

/** The last row of the page that begins at 1-based `row`. */
function nextEnd(plan: SheetPlan, row: number): number {
  const next = plan.pageBreaks.find((r) => r > row);
  const task = plan.layout.tasks.find((t) => t.firstRow < row && t.firstRow + t.rowCount >= row)!;
  return Math.min(next ? next - 1 : Infinity, task.firstRow + task.rowCount);
}

describe("titles and headers on paper", () => {
  let blank: SheetPlan;
  beforeEach(() => {
    blank = planSheet(FUJIAN1);
  });

  it("break the title after the document's name, not before its last word", () => {
    const [first, second] = blank.values[1][0]!.split("\n");
    expect(first.endsWith("》")).toBe(true);
    expect(second).toBe("任务落实举措清单");
  });

  it("break headers before the （ when they need two lines", () => {
    expect(blank.values[4][6]).toBe("责任单位\n（部门）");
    expect(blank.values[3][8]).toBe("不涉及\n（注明原因）");
    // A header that fits stays on one line.
    expect(breakForPrint("完成时间", 60, 11)).toBe("完成时间");
  });

  it("never begin a line with a mark no line may begin with", () => {
    expect(breakForPrint("甲乙丙丁，（戊己）", 60, 10)).toBe("甲乙丙丁，\n（戊己）");
    // After 》 the next line would begin with "，": no break there.
    expect(breakForPrint("甲乙丙丁》，戊己", 60, 10)).toBe("甲乙丙丁》，戊己");
    for (const text of ["采取专兼职结合方式，为职业院校班子配备1名具有5年以上行业企业工作经历的高层次技术管理人才。"])
      for (const width of [40, 60, 90, 138])
        for (const line of wrapText(text, width, 10.5).slice(1)) expect(NO_LINE_START).not.toContain(line[0]);
  });

  it("wrap CJK anywhere, keep numbers whole, and count full-width characters as one em", () => {
    expect(wrapText("一二三四五六", 4 + 3 * 10, 10)).toEqual(["一二三", "四五六"]);
    expect(wrapText("一二2023", 4 + 3 * 10, 10)).toEqual(["一二", "2023"]);
    // A mark that may not begin a line takes the character before it along.
    expect(wrapText("一二三，四", 4 + 3 * 10, 10)).toEqual(["一二", "三，四"]);
  });
});

describe("the 不涉及 reason on paper", () => {
  it.each([
    ["blank", () => planSheet(FUJIAN1)],
    ["standard file", () => standard()],
  ])("%s: every task keeps room for a reason of 18 characters typed later", (_, planned) => {
    const plan = planned();
    const heights = heightsOf(plan);
    const need = textHeight("属".repeat(18), plan.columnWidths[plan.layout.markCol], 10.5);
    for (const t of plan.layout.tasks) {
      const h = heights.slice(t.firstRow, t.firstRow + t.rowCount).reduce((a, b) => a + b, 0);
      expect(h).toBeGreaterThanOrEqual(need);
    }
  });

  it("grows a task's rows to a longer reason", () => {
    const reason = "本校为师范类高职专科学校，未承担此项任务，也未与相关部门建立合作机制，不涉及。";
    const plan = planSheet(FUJIAN1, { ...SAMPLE_DRAFT, marks: { "47": reason } });
    const t = plan.layout.tasks.find((p) => p.seq === "47")!;
    const h = heightsOf(plan)
      .slice(t.firstRow, t.firstRow + t.rowCount)
      .reduce((a, b) => a + b, 0);
    expect(h).toBeGreaterThanOrEqual(textHeight(reason, plan.columnWidths[plan.layout.markCol], 10.5));
  });
});

describe("colour on paper", () => {
  let plan: SheetPlan;
  beforeEach(() => {
    plan = planSheet(FUJIAN1, SAMPLE_DRAFT);
  });

  it("prints in black and white, whatever the form's state", () => {
    expect(plan.print.blackAndWhite).toBe(true);
    expect(standard().print.blackAndWhite).toBe(true);
  });

  it("gives the merged 主要任务 cell no highlight: it spans several tasks", () => {
    const col = plan.layout.col.mainTask;
    for (const spec of plan.conditionalFormats) {
      const [a, b = a] = spec.range.split(":");
      const c0 = a.charCodeAt(0) - 65;
      const c1 = b.charCodeAt(0) - 65;
      expect(col < c0 || col > c1).toBe(true);
    }
    // The tasks' own cells still show their state, on screen.
    expect(plan.conditionalFormats.some((s) => s.kind === "no-measure" && s.range.startsWith("C"))).toBe(true);
  });
});
