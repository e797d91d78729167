/**
 * The plan's building blocks, called directly (pure, milliseconds): the A1 addresses every range of the sheet is
 * written with, the text metrics that size rows and the 名单 note, the paper's widths and page breaks, the
 * dropdown lists' references and note, and the standard file's self-extending names.
 */
import { GENERIC_UNITS, type MeasureRow } from "../src/form";
import { cellAddress, columnIndex, columnLetter, parseCell, rangeAddress } from "../src/plan/a1";
import { heightFor, lineCount, linesHeight, textHeight, textWidth, widthInPoints, wrapText } from "../src/plan/metrics";
import {
  A4_POINTS,
  PAPER_MARGINS,
  breakForPrint,
  pageHeight,
  paperWidths,
  planPageBreaks,
  printableWidth,
} from "../src/plan/paper";
import { listColumns, listsNote } from "../src/plan/rules";
import { LIST_LAST_ROW, selfExtendingReference, withoutTrailingEmpty } from "../src/plan/standalone";

describe("A1 addresses", () => {
  it("names columns past Z as Excel does", () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual([
      "A",
      "B",
      "Z",
      "AA",
      "AB",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
    ]);
    expect(["A", "Z", "AA", "az", "ZZ", "AAA"].map(columnIndex)).toEqual([0, 25, 26, 51, 701, 702]);
    for (let i = 0; i < 800; i += 7) expect(columnIndex(columnLetter(i))).toBe(i);
  });

  it("writes a cell or a range, one cell without a colon", () => {
    expect(cellAddress(0, 0)).toBe("A1");
    expect(cellAddress(58, 9)).toBe("J59");
    expect(rangeAddress(5, 4)).toBe("E6");
    expect(rangeAddress(5, 4, 5, 4)).toBe("E6");
    expect(rangeAddress(5, 4, 5, 7)).toBe("E6:H6");
    expect(rangeAddress(5, 4, 58, 4)).toBe("E6:E59");
    expect(rangeAddress(3, 0, 58, 8)).toBe("A4:I59");
  });

  it("reads a cell address, absolute or not, and refuses anything else", () => {
    expect(parseCell("G12")).toEqual({ row: 11, col: 6 });
    expect(parseCell("$G$12")).toEqual({ row: 11, col: 6 });
    expect(parseCell(" g12 ")).toEqual({ row: 11, col: 6 });
    expect(parseCell("AB100")).toEqual({ row: 99, col: 27 });
    expect(parseCell("XFD1048576")).toEqual({ row: 1048575, col: 16383 });
    for (const bad of ["G", "12", "1G12", "G12x", "ABCD1", "G1:H2", "G$", "", "名单1"])
      expect(() => parseCell(bad)).toThrow(`not a cell address: ${bad}`);
  });
});

describe("text metrics", () => {
  it("turns a width in characters into points with the cell padding", () => {
    expect(widthInPoints(0)).toBe(6);
    expect(widthInPoints(1)).toBe(17);
    expect(widthInPoints(2.5)).toBe(34);
    expect(widthInPoints(10)).toBe(116);
  });

  it("counts a CJK character or full-width mark as one, ASCII as about half", () => {
    expect(textWidth("")).toBe(0);
    expect(textWidth("教务处")).toBe(3);
    expect(textWidth("，。（）")).toBe(4);
    expect(textWidth("2023")).toBeCloseTo(2.2);
    expect(textWidth("2023年")).toBeCloseTo(3.2);
    // The first CJK block (U+2E80) is full width; the code point before it is not.
    expect(textWidth("\u2e80")).toBe(1);
    expect(textWidth("\u2e7f")).toBeCloseTo(0.55);
  });

  it("sizes the 名单 note: lines per paragraph in a column, and the height they take", () => {
    // 10 characters in a column of 5.5 (5 usable): two lines.
    expect(lineCount("一".repeat(10), 5.5)).toBe(2);
    expect(lineCount("一".repeat(11), 5.5)).toBe(3);
    expect(lineCount("一".repeat(5), 5.5)).toBe(1);
    // Each paragraph begins a line; an empty one still takes a line.
    expect(lineCount("一\n二", 10)).toBe(2);
    expect(lineCount("一\n\n二", 10)).toBe(3);
    expect(lineCount("", 10)).toBe(1);
    // A column narrower than a character still holds one a line.
    expect(lineCount("一二三", 1)).toBe(3);
    expect(lineCount("一二三", 0)).toBe(3);
    expect(heightFor(1, 10)).toBe(20);
    expect(heightFor(2, 10)).toBe(33);
    expect(heightFor(3, 11)).toBe(51);
  });

  it("wraps CJK between any two characters and keeps a Latin run whole", () => {
    // 34 points at 10 pt: 3 characters a line.
    expect(wrapText("一二三四五六七八九十", 34, 10)).toEqual(["一二三", "四五六", "七八九", "十"]);
    expect(wrapText("一二三", 34, 10)).toEqual(["一二三"]);
    expect(wrapText("一二三四", 34, 10)).toEqual(["一二三", "四"]);
    expect(wrapText("一二三2023年", 44, 10)).toEqual(["一二三", "2023年"]);
    expect(wrapText("一二2023", 34, 10)).toEqual(["一二", "2023"]);
    expect(wrapText("ab cd", 100, 10)).toEqual(["ab cd"]);
    // Empty paragraphs stay as empty lines.
    expect(wrapText("一\n\n二", 100, 10)).toEqual(["一", "", "二"]);
    expect(wrapText("", 100, 10)).toEqual([""]);
    // A cell narrower than its padding still shows one character a line.
    expect(wrapText("一二", 0, 10)).toEqual(["一", "二"]);
  });

  it("never begins a line with a closing mark: the character before goes along", () => {
    expect(wrapText("一二三。", 34, 10)).toEqual(["一二", "三。"]);
    expect(wrapText("一二三）四", 34, 10)).toEqual(["一二", "三）四"]);
    // Nothing to take along when the line holds a single character.
    expect(wrapText("一。", 14, 10)).toEqual(["一", "。"]);
    // An opening mark may begin a line.
    expect(wrapText("一二三（四", 34, 10)).toEqual(["一二三", "（四"]);
  });

  it("gives a row the height of its lines", () => {
    expect(linesHeight(1, 10.5)).toBe(16);
    expect(linesHeight(3, 10)).toBe(39);
    expect(textHeight("一二三四五六", 34, 10)).toBe(linesHeight(2, 10));
    expect(textHeight("一二三", 34, 10)).toBe(linesHeight(1, 10));
  });
});

describe("paper", () => {
  it("takes landscape A4 less the side margins, less the engines' reserve", () => {
    expect(pageHeight()).toBeCloseTo(A4_POINTS.short - 40 - 42);
    expect(printableWidth()).toBeCloseTo((A4_POINTS.long - 28 - 28) * 0.92);
    const wide = { ...PAPER_MARGINS, left: 0, right: 0, top: 0, bottom: 0 };
    expect(printableWidth(wide)).toBeCloseTo(A4_POINTS.long * 0.92);
    expect(pageHeight(wide)).toBeCloseTo(A4_POINTS.short);
  });

  it("scales the columns to fill the width they may take, in their proportions, in tenths of a character", () => {
    for (const [relative, available] of [
      [[4, 10, 24, 12, 18, 26, 11, 8, 12], printableWidth()],
      [[1, 1, 1], 100],
      [[1, 2], 60],
      [[5, 3, 9, 1], 400],
    ] as Array<[number[], number]>) {
      const widths = paperWidths(relative, available);
      const points = widths.reduce((a, w) => a + widthInPoints(w), 0);
      expect(points).toBeLessThanOrEqual(available);
      // Not much narrower than it may be: a tenth of a character more on each column would not fit.
      expect(widths.reduce((a, w) => a + widthInPoints(w + 0.1), 0)).toBeGreaterThan(available - relative.length);
      for (const w of widths) expect(Math.round(w * 10)).toBeCloseTo(w * 10, 9);
      widths.forEach((w, i) => expect(w / widths[0]).toBeCloseTo(relative[i] / relative[0], 0));
    }
    expect(paperWidths([1, 1, 1], 100)).toEqual([2.4, 2.4, 2.4]);
    expect(paperWidths([4, 10, 24, 12, 18, 26, 11, 8, 12])).toEqual([1.9, 4.8, 11.6, 5.8, 8.7, 12.6, 5.3, 3.8, 5.8]);
  });

  it("breaks a too-long title after the document's name, a header before its （", () => {
    const title = "《关于某事的意见》任务落实举措清单";
    expect(breakForPrint(title, 200, 16)).toBe("《关于某事的意见》\n任务落实举措清单");
    // It fits: unchanged.
    expect(breakForPrint(title, 400, 16)).toBe(title);
    expect(breakForPrint("责任单位（部门）", 64, 11)).toBe("责任单位\n（部门）");
    expect(breakForPrint("责任单位（部门）", 120, 11)).toBe("责任单位（部门）");
    // Already broken by hand, or nowhere to break: unchanged.
    expect(breakForPrint("责任单位\n（部门）", 30, 11)).toBe("责任单位\n（部门）");
    expect(breakForPrint("一二三四五六七八九十", 40, 10)).toBe("一二三四五六七八九十");
    // A （ at the very start or a 》 at the very end is no place to break.
    expect(breakForPrint("（一二三四五六）", 40, 10)).toBe("（一二三四五六）");
    expect(breakForPrint("《一二三四五六》", 40, 10)).toBe("《一二三四五六》");
    // The first part must then fit one line, else the break does not help.
    expect(breakForPrint("一二三四五六七八（九）", 40, 10)).toBe("一二三四五六七八（九）");
    // Spaces at the break are dropped.
    expect(breakForPrint("《一二》 三四五六七八", 50, 10)).toBe("《一二》\n三四五六七八");
    // 》 comes first: "《一二》三（四五六七八）" breaks after 》 even though a （ follows.
    expect(breakForPrint("《一二》三（四五六七八）", 50, 10)).toBe("《一二》\n三（四五六七八）");
  });
});

describe("page breaks", () => {
  // Rows 0–2 head the sheet (1 and 2 repeat on each page: 20 points), then one-row tasks of 30 points.
  const heights = [20, 10, 10, 30, 30, 30, 30];
  const blocks = [3, 4, 5, 6].map((firstRow) => ({ firstRow, rowCount: 1 }));

  it("keeps a task that exactly fills the page on it, and starts the next page with the next task", () => {
    // Page 1: 40 + 30 + 30 = 100; page 2: 20 (titles) + 30 + 30 = 80.
    expect(planPageBreaks({ heights, titleRows: [1, 2], blocks, page: 100 })).toEqual([5]);
    expect(planPageBreaks({ heights, titleRows: [1, 2], blocks, page: 99 })).toEqual([4, 6]);
    expect(planPageBreaks({ heights, titleRows: [1, 2], blocks, page: 160 })).toEqual([]);
  });

  it("counts the repeated titles on every page after the first", () => {
    // Without titles the second page holds three tasks; with them, two.
    expect(
      planPageBreaks({
        heights: [40, 0, 0, 30, 30, 30, 30, 30],
        titleRows: [1, 2],
        blocks: [...blocks, { firstRow: 7, rowCount: 1 }],
        page: 100,
      }),
    ).toEqual([5]);
    expect(
      planPageBreaks({
        heights: [20, 10, 10, 30, 30, 30, 30, 30],
        titleRows: [1, 2],
        blocks: [...blocks, { firstRow: 7, rowCount: 1 }],
        page: 100,
      }),
    ).toEqual([5, 7]);
  });

  it("plans no break for a sheet without tasks", () => {
    expect(planPageBreaks({ heights: [20, 10, 10], titleRows: [1, 2], blocks: [], page: 30 })).toEqual([]);
  });

  it("moves a whole task to the next page rather than splitting it", () => {
    const h = [20, 10, 10, 30, 20, 20, 20];
    const b = [
      { firstRow: 3, rowCount: 1 },
      { firstRow: 4, rowCount: 3 },
    ];
    // The second task (60) does not fit under the first (40 + 30 + 60 > 120): it begins page 2 whole.
    expect(planPageBreaks({ heights: h, titleRows: [1, 2], blocks: b, page: 120 })).toEqual([4]);
  });

  it("splits a task taller than a page at the last row that may begin a page, never at a hidden row", () => {
    // Titles 20; the second task's rows 30 each, row 7 hidden (0).
    const h = [20, 10, 10, 30, 30, 30, 30, 0, 30, 30, 30];
    const b = [
      { firstRow: 3, rowCount: 1 },
      { firstRow: 4, rowCount: 7 },
    ];
    const plan = (page: number, splittable?: (r: number) => boolean) =>
      planPageBreaks({ heights: h, titleRows: [1, 2], blocks: b, page, splittable });
    // The task begins page 2; each page holds the titles and three rows (20 + 90 = 110).
    expect(plan(110)).toEqual([4, 8]);
    expect(plan(100)).toEqual([4, 6, 9]);
    // Where row 8 may not begin a page (a shared 具体举措 goes on), the break moves up to row 6, not to the
    // hidden row 7; row 6 and the hidden row go along to the next page.
    expect(plan(110, (r) => r !== 8)).toEqual([4, 6, 10]);
    // Where no row may begin a page, the page breaks where it is full.
    expect(plan(110, () => false)).toEqual([4, 8]);
  });

  it("begins a page with a task taller than a page, even the first task", () => {
    const h = [20, 10, 10, 50, 50, 50];
    expect(
      planPageBreaks({ heights: h, titleRows: [1, 2], blocks: [{ firstRow: 3, rowCount: 3 }], page: 100 }),
    ).toEqual([3, 4, 5]);
  });
});

describe("the 名单 sheet's lists", () => {
  it("points each dropdown at its column from row 2 to the list's last item", () => {
    const columns = listColumns({ units: ["教务处", "人事处", "财务处"], times: ["2023年"] });
    expect(columns).toEqual([
      {
        name: "责任单位列表",
        title: "责任单位（部门）",
        items: ["教务处", "人事处", "财务处"],
        reference: "=名单!$A$2:$A$4",
      },
      { name: "完成时间列表", title: "完成时间", items: ["2023年"], reference: "=名单!$B$2:$B$2" },
    ]);
    // An empty list still names one cell (a name must refer to something).
    expect(listColumns({ units: [], times: [] }).map((c) => c.reference)).toEqual([
      "=名单!$A$2:$A$2",
      "=名单!$B$2:$B$2",
    ]);
  });

  it("says the generic unit list is only a starting point, and says nothing of the kind about a college's own", () => {
    const generic = listsNote({ units: [...GENERIC_UNITS], times: ["2023年"] });
    expect(generic[0]).toBe("说明");
    expect(generic.join("\n")).toContain("只是起点");
    expect(generic[generic.length - 1]).toContain("下拉列表取自这里");
    const own = [
      GENERIC_UNITS.slice(0, -1),
      [...GENERIC_UNITS, "图书馆"],
      [...GENERIC_UNITS.slice(0, -1), "图书馆"],
      [...GENERIC_UNITS].reverse(),
    ];
    for (const units of own) {
      const note = listsNote({ units, times: ["2023年"] });
      expect(note).toEqual(["说明", "“责任单位（部门）”和“完成时间”两列的下拉列表取自这里。"]);
    }
  });

  it("lets the standard file's names reach the last filled row, and twice as far as a long list", () => {
    expect(selfExtendingReference("名单", 0)).toBe(
      '=OFFSET(名单!$A$2,0,0,MAX(1,SUMPRODUCT(MAX((名单!$A$2:$A$1000<>"")*ROW(名单!$A$2:$A$1000)))-1),1)',
    );
    expect(selfExtendingReference("名单", 1, 14)).toContain("名单!$B$2:$B$1000<>");
    expect(selfExtendingReference("名单", 1, LIST_LAST_ROW / 2 - 1)).toContain("$B$2:$B$1000)");
    expect(selfExtendingReference("名单", 1, LIST_LAST_ROW / 2)).toContain("$B$2:$B$1002)");
    expect(selfExtendingReference("L", 2, 1500)).toContain("L!$C$2:$C$3002<>");
  });

  it("drops a task's trailing empty rows, keeping at least one", () => {
    const row = (measure: string): MeasureRow => ({ measure, target: "", unit: "", time: "" });
    expect(withoutTrailingEmpty([row("a"), row(""), row("")])).toEqual([row("a")]);
    expect(withoutTrailingEmpty([row(""), row("b"), row("")])).toEqual([row(""), row("b")]);
    expect(withoutTrailingEmpty([row(""), row("")])).toEqual([row("")]);
    expect(withoutTrailingEmpty([row("a"), { ...row(""), time: "2023年" }])).toHaveLength(2);
  });
});

// Imports of the tests added below, kept here so the tests above keep their places (the mutation run's
// incremental results are keyed by each test's position).
import { FUJIAN1, type FormDef } from "../src/form";
import { planLayout } from "../src/plan/layout";

describe("the header line's parts", () => {
  const withWidths = (widths: number[]): FormDef => ({
    ...FUJIAN1,
    columns: FUJIAN1.columns.map((c, i) => ({ ...c, width: widths[i] })),
  });
  const parts = (widths: number[]) =>
    planLayout(withWidths(widths), () => 1).headerFields.map((f) => [...f.labelCols, ...f.valueCols]);

  it("gives every field, whatever the column widths, a label as wide as its text and at least one fill-in cell", () => {
    // 100 sets of column widths from 1 to 40 (a fixed pseudo-random sequence).
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647) % 40;
    const wrong: string[] = [];
    for (let run = 0; run < 100; run++) {
      const widths = Array.from({ length: 8 }, () => 1 + next());
      const fields = planLayout(withWidths(widths), () => 1).headerFields;
      let col = 0;
      for (const f of fields) {
        const [l0, l1] = f.labelCols;
        const [v0, v1] = f.valueCols;
        const labelWidth = widths.slice(l0, l1 + 1).reduce((a, b) => a + b, 0);
        const need = f.field.label.length + 1;
        // The label begins where the part before ended and takes more columns only while its text (and the
        // colon) is wider than them; the value takes the rest of the part, at least one column.
        if (l0 !== col || l1 < l0 || v0 !== l1 + 1 || v1 < v0)
          wrong.push(`${widths}: ${f.field.key} at ${l0}-${l1}, ${v0}-${v1}`);
        if (l1 > l0 && labelWidth - widths[l1] >= need) wrong.push(`${widths}: ${f.field.key} label too wide`);
        if (labelWidth < need && l1 !== v1 - 1) wrong.push(`${widths}: ${f.field.key} label too narrow`);
        if (f.row !== 2) wrong.push(`${widths}: ${f.field.key} on row ${f.row}`);
        col = v1 + 1;
      }
      if (col !== 8) wrong.push(`${widths}: ends at ${col}`);
    }
    expect(wrong).toEqual([]);
  });

  it("ends the parts near a third and two thirds of the width", () => {
    // 附件1: 单位（公章） over 序号 and 主要任务, its value in 任务内容; 联系人 | 具体举措; 联系电话 | 责任单位 and 完成时间.
    expect(parts([4, 10, 24, 12, 18, 26, 11, 8])).toEqual([
      [0, 1, 2, 2],
      [3, 3, 4, 4],
      [5, 5, 6, 7],
    ]);
    // Equal columns: 3 + 2 + 3, the ends nearest a third and two thirds of the width (18.7 and 37.3 of 56).
    expect(parts([7, 7, 7, 7, 7, 7, 7, 7])).toEqual([
      [0, 0, 1, 2],
      [3, 3, 4, 4],
      [5, 5, 6, 7],
    ]);
    // A wide third column: the first part ends before it, the second just after it.
    expect(parts([7, 7, 40, 7, 7, 7, 7, 7])).toEqual([
      [0, 0, 1, 1],
      [2, 2, 3, 3],
      [4, 4, 5, 7],
    ]);
    // The nearest end would leave the second part one column: it ends a column later.
    expect(parts([1, 1, 40, 1, 1, 1, 1, 1])).toEqual([
      [0, 0, 1, 1],
      [2, 2, 3, 3],
      [4, 6, 7, 7],
    ]);
    // Narrow columns: each label spans what its text needs, leaving the last column of its part to fill in.
    expect(parts([1, 1, 1, 1, 1, 1, 1, 1])).toEqual([
      [0, 1, 2, 2],
      [3, 3, 4, 4],
      [5, 6, 7, 7],
    ]);
  });
});

describe("paper, at the edges", () => {
  it("narrows the columns until their rounded widths fit, and keeps them when they fill the width exactly", () => {
    // Half a character is 11.5 points, which Excel rounds to 12: three of them do not fit 35 points.
    expect(paperWidths([1, 1, 1], 35)).toEqual([0.4, 0.4, 0.4]);
    expect(paperWidths([1, 1, 1, 1], 46)).toEqual([0.4, 0.4, 0.4, 0.4]);
    // 0.6 and 1.2 characters are 13 and 19 points: exactly 32.
    expect(paperWidths([1, 2], 32)).toEqual([0.6, 1.2]);
    expect(paperWidths([1, 1, 1], 36)).toEqual([0.5, 0.5, 0.5]);
  });

  it("drops the space at a break before a （", () => {
    expect(breakForPrint("责任单位 （部门）", 64, 11)).toBe("责任单位\n（部门）");
  });

  it("adds no page holding only the titles when the rows above the first task are the titles", () => {
    // Rows 0–1 are the titles (40); the one task (150) is taller than a page (100).
    const heights = [20, 20, 50, 50, 50];
    const plan = (splittable?: (r: number) => boolean) =>
      planPageBreaks({ heights, titleRows: [0, 1], blocks: [{ firstRow: 2, rowCount: 3 }], page: 100, splittable });
    expect(plan()).toEqual([3, 4]);
    expect(plan(() => false)).toEqual([3, 4]);
    // Row 3 may not begin a page: the page still breaks there rather than before the task.
    expect(plan((r) => r !== 3)).toEqual([3, 4]);
  });

  it("gives a row taller than a page its own page, once", () => {
    const heights = [20, 10, 10, 30, 200, 30];
    const blocks = [
      { firstRow: 3, rowCount: 1 },
      { firstRow: 4, rowCount: 2 },
    ];
    expect(planPageBreaks({ heights, titleRows: [1, 2], blocks, page: 100 })).toEqual([4, 5]);
  });

  it("never breaks twice at a page's first row when no row after it may begin a page", () => {
    // Only row 6 may begin a page inside the tall task: page 2 begins at 4, page 3 at 6; page 4 must begin
    // where page 3 is full (row 10), not again at 6.
    const heights = [20, 10, 10, 30, 30, 30, 30, 0, 30, 30, 30];
    const blocks = [
      { firstRow: 3, rowCount: 1 },
      { firstRow: 4, rowCount: 7 },
    ];
    expect(planPageBreaks({ heights, titleRows: [1, 2], blocks, page: 110, splittable: (r) => r === 6 })).toEqual([
      4, 6, 10,
    ]);
  });

  it("counts a task after a tall one from where the tall one ended", () => {
    // The tall task (rows 4–7) ends on page 3 with 50 points used: the next task (40) fits under it.
    const heights = [20, 10, 10, 30, 30, 30, 30, 30, 40];
    const blocks = [
      { firstRow: 3, rowCount: 1 },
      { firstRow: 4, rowCount: 4 },
      { firstRow: 8, rowCount: 1 },
    ];
    expect(planPageBreaks({ heights, titleRows: [1, 2], blocks, page: 110 })).toEqual([4, 7]);
  });

  it("breaks at the last row that may begin a page, even on a sheet without header rows", () => {
    const heights = [0, 50, 50, 50];
    expect(
      planPageBreaks({
        heights,
        titleRows: [0, 0],
        blocks: [{ firstRow: 0, rowCount: 4 }],
        page: 100,
        splittable: (r) => r === 1,
      }),
    ).toEqual([1]);
  });
});

import { SAMPLE_DRAFT } from "../src/form";
import { planSheet } from "../src/plan/sheet-plan";

describe("long Latin runs", () => {
  it("wraps a run of letters, digits and dots longer than a line by characters, as the engines do", () => {
    // 34 points at 10 pt hold 3 ems: five characters of 0.55.
    expect(wrapText("abcdefghijkl", 34, 10)).toEqual(["abcde", "fghij", "kl"]);
    // 9.9 ems: on a line of 10 it moves whole to the next line; on a line of 9 it breaks where the line is full.
    expect(wrapText("网址www.example.edu.cn", 104, 10)).toEqual(["网址", "www.example.edu.cn"]);
    expect(wrapText("网址www.example.edu.cn", 94, 10)).toEqual(["网址www.example.", "edu.cn"]);
    // A run that fits a line still moves whole to the next one.
    expect(wrapText("一二abcd", 34, 10)).toEqual(["一二", "abcd"]);
  });

  it("gives a 具体举措 with a web address longer than its cell's line the rows it wraps to", () => {
    const measure = `见www.${"liaoningprovincevocationalcollegeofeducationandtechnology".repeat(2)}.edu.cn`;
    const plan = planSheet(FUJIAN1, { ...SAMPLE_DRAFT, rows: { "1": [{ measure, target: "", unit: "", time: "" }] } });
    // 70 ems of text in a cell whose line holds about 9: at least eight lines.
    const ems = (plan.columnWidths[plan.layout.col.measure] - 4) / 10.5;
    expect(textWidth(measure) / ems).toBeGreaterThan(7);
    const height = plan.rowHeights.find((h) => h.rows.split(":")[0] === "6")?.height ?? 0;
    expect(height).toBeGreaterThanOrEqual(linesHeight(8, 10.5));
  });
});

describe("where each part of a form sits", () => {
  it("gives every task at least one row, in the form's order, and each group the rows of its tasks", () => {
    const layout = planLayout(FUJIAN1, () => 0);
    expect(layout.tasks).toHaveLength(54);
    expect(layout.tasks.every((t, i) => t.rowCount === 1 && t.firstRow === 5 + i)).toBe(true);
    expect(layout.lastRow).toBe(58);
    const rows: Record<string, number> = { "1": 2, "2": 3, "4": 4 };
    const tall = planLayout(FUJIAN1, (seq) => rows[seq] ?? 1);
    expect(tall.tasks.slice(0, 5)).toEqual([
      { seq: "1", firstRow: 5, rowCount: 2 },
      { seq: "2", firstRow: 7, rowCount: 3 },
      { seq: "3", firstRow: 10, rowCount: 1 },
      { seq: "4", firstRow: 11, rowCount: 4 },
      { seq: "5", firstRow: 15, rowCount: 1 },
    ]);
    expect(tall.lastRow).toBe(58 + 1 + 2 + 3);
    expect(tall.groups).toHaveLength(12);
    expect(tall.groups[0]).toEqual({ group: 0, firstRow: 5, lastRow: 9 + 1 });
    tall.groups.forEach((g, i) => {
      if (i > 0) expect(g.firstRow).toBe(tall.groups[i - 1].lastRow + 1);
    });
    expect(tall.groups[11].lastRow).toBe(tall.lastRow);
  });

  it("places the form's own columns, then the 不涉及 mark and the hidden key", () => {
    const layout = planLayout(FUJIAN1, () => 1);
    expect([layout.columnCount, layout.markCol, layout.keyCol]).toEqual([8, 8, 9]);
    expect(layout.fillCols).toEqual([4, 5, 6, 7]);
    expect(layout.col).toEqual({
      seq: 0,
      mainTask: 1,
      content: 2,
      department: 3,
      measure: 4,
      target: 5,
      unit: 6,
      time: 7,
    });
    expect([layout.labelRow, layout.titleRow, layout.headerFieldRow, layout.groupHeaderRow]).toEqual([0, 1, 2, 3]);
    expect([layout.columnHeaderRow, layout.firstTaskRow]).toEqual([4, 5]);
  });
});

describe("the header line's parts, where the nearest end is not the first allowed", () => {
  const parts = (widths: number[]) =>
    planLayout(
      { ...FUJIAN1, columns: FUJIAN1.columns.map((c, i) => ({ ...c, width: widths[i] })) },
      () => 1,
    ).headerFields.map((f) => [...f.labelCols, ...f.valueCols]);

  it("ends each part at the column nearest its third of the width, the earlier one on a tie", () => {
    // Two thirds of 20 is 13.3: the second part ends at column 4 (13), not 3 (12).
    expect(parts([5, 5, 1, 1, 1, 1, 1, 5])).toEqual([
      [0, 0, 1, 1],
      [2, 3, 4, 4],
      [5, 6, 7, 7],
    ]);
    // A third of 27 is 9, beyond the first four columns (4): the first part ends at column 3, leaving
    // the other two parts two columns each.
    expect(parts([1, 1, 1, 1, 1, 1, 1, 20])).toEqual([
      [0, 2, 3, 3],
      [4, 4, 5, 5],
      [6, 6, 7, 7],
    ]);
    // A third of 18 is 6, as far from column 1 (4) as from column 2 (8): the earlier.
    expect(parts([2, 2, 4, 2, 2, 2, 2, 2])).toEqual([
      [0, 0, 1, 1],
      [2, 2, 3, 4],
      [5, 6, 7, 7],
    ]);
  });
});
