import { FUJIAN1, SAMPLE_DRAFT, SAMPLE_LISTS, type FormDef } from "../src/form";
import { planSheet } from "../src/plan/sheet-plan";
import type { SheetPlan } from "../src/plan/types";
import otherForm from "./fixtures/other-form.json";

// Planned in each test (a few milliseconds), not while jest collects the file: the mutation run
// (npm run mutate -- plan) then knows which test reaches which line.
let blank: SheetPlan;
let draft: SheetPlan;

describe("sheet plan of the blank 附件1", () => {
  beforeEach(() => {
    blank = planSheet(FUJIAN1);
  });

  it("lays the label, the title, the header line and the two-row column header", () => {
    expect(blank.sheetName).toBe("附件1");
    expect(blank.values[0][0]).toBe("附件1");
    // The title breaks after the document's name (《…》), not before its last word.
    expect(blank.values[1][0]).toBe(FUJIAN1.title.replace("》", "》\n"));
    expect(blank.values[2]).toEqual(["单位（公章）：", null, "", "联系人：", "", "联系电话：", "", null, "", ""]);
    expect(blank.values[3]).toEqual([
      "部省共建任务",
      null,
      null,
      null,
      "落实具体措施",
      null,
      null,
      null,
      // Headers too wide for their column break where a person would: before the （.
      "不涉及\n（注明原因）",
      "任务序号",
    ]);
    expect(blank.values[4]).toEqual([
      "序号",
      "主要任务",
      "任务内容",
      "责任部门",
      "具体举措",
      "完成目标",
      "责任单位\n（部门）",
      "完成时间",
      null,
      null,
    ]);
    expect(blank.merges.slice(0, 8)).toEqual(["A2:I2", "A3:B3", "G3:H3", "A4:D4", "E4:H4", "I4:I5", "J4:J5", "B6:B8"]);
  });

  it("has one row per task, 主要任务 merged over each of the 12 groups", () => {
    expect(blank.area).toBe("A1:J59");
    // The 不涉及 mark prints beside the form's columns; the key column does not.
    expect(blank.printArea).toBe("A1:I59");
    expect(blank.hiddenColumns).toEqual(["J"]);
    expect(blank.values.slice(5).map((r) => r[9])).toEqual(FUJIAN1.tasks.map((t) => t.seq));
    expect(blank.values.slice(5).map((r) => r[0])).toEqual(FUJIAN1.tasks.map((t) => t.seq));
    // 主要任务 is merged down its group, cut where a page begins: each page shows the group's title.
    const expected: string[] = [];
    for (const g of blank.layout.groups) {
      const cuts = blank.pageBreaks.filter((r) => r > g.firstRow + 1 && r <= g.lastRow + 1);
      const starts = [g.firstRow + 1, ...cuts];
      starts.forEach((a, i) => {
        const b = i + 1 < starts.length ? starts[i + 1] - 1 : g.lastRow + 1;
        expect(blank.values[a - 1][1]).toBe(FUJIAN1.groups[g.group].title);
        if (b > a) expected.push(`B${a}:B${b}`);
      });
    }
    expect(blank.merges.filter((m) => m.startsWith("B"))).toEqual(expected);
    expect(expected.length).toBeGreaterThan(12);
    expect(blank.values[8][1]).toBe("深化考试招生改革，完善技术技能人才培养体系。");
  });

  it("locks everything but the fill-in cells and writes those as text", () => {
    expect(blank.unlocked).toEqual(["E6:H59", "I6:I59", "C3", "E3", "G3:H3"]);
    expect(blank.textRanges).toEqual(blank.unlocked);
    expect(blank.protection).toMatchObject({ allowFormatCells: false, allowInsertRows: false, allowDeleteRows: false });
  });

  it("sets widths, Chinese print fonts, borders, frozen header and A4 landscape print", () => {
    // The printed columns (A–I) fit landscape A4 between the margins at 100%, with the engines' reserve.
    const printed = blank.columnWidths.slice(0, 9);
    const page = 841.89 - blank.print.margins.left - blank.print.margins.right;
    const total = printed.reduce((a, b) => a + b, 0);
    expect(total).toBeLessThanOrEqual(page * 0.92);
    expect(total).toBeGreaterThan(page * 0.9);
    // In the form's proportions: 任务内容 and 完成目标 widest, 序号 narrowest.
    const form = FUJIAN1.columns.map((c) => c.width);
    printed.slice(0, 8).forEach((w, i) => expect(w / printed[2]).toBeCloseTo(form[i] / form[2], 1));
    expect(blank.columnWidths[9]).toBe(6 * 11 + 6);
    expect(blank.formats[0]).toMatchObject({ range: "A1:J59", font: { name: "仿宋" }, wrap: true });
    expect(blank.formats.find((f) => f.grid)?.range).toBe("A4:I59");
    expect(blank.formats.find((f) => f.range === "A2:I2")?.font).toEqual({ name: "宋体", size: 16, bold: true });
    expect(blank.freezeRows).toBe(5);
    expect(blank.print).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      titleRows: "$4:$5",
      scale: 100,
    });
    expect(blank.print.centerFooter).toContain("&P");
  });

  it("gives every row an explicit height that fits its wrapped text", () => {
    const heights = new Map<number, number>();
    for (const h of blank.rowHeights) {
      const [a, b] = h.rows.split(":").map(Number);
      for (let r = a; r <= b; r++) heights.set(r, h.height);
    }
    expect([...heights.keys()]).toEqual(Array.from({ length: 59 }, (_, i) => i + 1));
    // Task 42 (row 47) has the longest content; its row is several lines tall.
    expect(heights.get(47)!).toBeGreaterThan(3 * heights.get(1)!);
    expect(heights.get(47)!).toBeGreaterThan(heights.get(48)!);
  });
});

describe("sheet plan with entries", () => {
  beforeEach(() => {
    draft = planSheet(FUJIAN1, SAMPLE_DRAFT);
  });

  it("spreads a task over its measure rows with A, C and D merged", () => {
    // Task 3 has three measure rows: sheet rows 8-10.
    expect(draft.layout.tasks[2]).toEqual({ seq: "3", firstRow: 7, rowCount: 3 });
    expect(draft.merges).toEqual(expect.arrayContaining(["A8:A10", "C8:C10", "D8:D10", "B6:B10"]));
    expect(draft.values.slice(7, 10).map((r) => r.slice(0, 4))).toEqual([
      ["3", null, FUJIAN1.tasks[2].content, FUJIAN1.tasks[2].department],
      [null, null, null, null],
      [null, null, null, null],
    ]);
    expect(draft.values.slice(7, 10).map((r) => r[6])).toEqual(["教务处", "人事处", "思政部"]);
    expect(draft.values[2][2]).toBe("锦州师范高等专科学校");
    expect(draft.area).toBe(`A1:J${59 + 2 + 1 + 1}`);
  });

  it("puts only the top-left cell's value in every merged area", () => {
    for (const m of draft.merges) {
      const [a, b] = m.split(":");
      const pos = (s: string) => ({ r: Number(s.slice(1)) - 1, c: s.charCodeAt(0) - 65 });
      const p = pos(a);
      const q = pos(b);
      for (let r = p.r; r <= q.r; r++)
        for (let c = p.c; c <= q.c; c++) {
          if (r === p.r && c === p.c) expect(draft.values[r][c]).not.toBeNull();
          else expect(draft.values[r][c]).toBeNull();
        }
    }
  });
});

describe("a second form definition", () => {
  const form = otherForm as FormDef;
  let plan: SheetPlan;
  beforeEach(() => {
    plan = planSheet(form, {
      header: { unit: "某职业学院", contact: "", phone: "" },
      rows: {
        B2: [
          { measure: "m", target: "t", unit: "办公室", time: "长期" },
          { measure: "", target: "t2", unit: "", time: "" },
        ],
      },
    });
  });

  it("lays its own columns, groups and tasks with no code change", () => {
    expect(plan.sheetName).toBe("附表2");
    expect(plan.values[4].slice(0, 8)).toEqual([
      "编号",
      "牵头部门",
      "任务类别",
      "任务描述",
      "承办部门",
      "工作举措",
      "预期成果",
      "时限",
    ]);
    expect(plan.values[3].slice(0, 8)).toEqual(["市级任务", null, null, null, "单位落实", null, null, "备用"]);
    expect(plan.values.slice(5).map((r) => r[0])).toEqual(["A1", "A2", "B1", "B2", null, "B3", "C1", "C2"]);
    expect(plan.merges).toEqual(expect.arrayContaining(["C6:C7", "C8:C11", "C12:C13", "A9:A10", "B9:B10", "D9:D10"]));
    expect(plan.values[8].slice(4)).toEqual(["办公室", "m", "t", "长期", "", "B2"]);
    expect(plan.unlocked[0]).toBe("E6:H13");
    expect(plan.validations.map((v) => v.range)).toEqual(["E6:E13", "H6:H13"]);
    expect(plan.conditionalFormats.filter((c) => c.kind === "missing").map((c) => [c.range, c.formula])).toEqual([
      [
        "E6:E6".replace("E6:E6", "E6:E13"),
        '=AND(E6="",COUNTIF($E6:$H6,"?*")>0,COUNTIFS($J$6:$J$13,$J6,$F$6:$F$13,"?*")+COUNTIFS($J$6:$J$13,$J6,$G$6:$G$13,"?*")>0)',
      ],
      [
        "G6:H13",
        '=AND(G6="",COUNTIF($E6:$H6,"?*")>0,COUNTIFS($J$6:$J$13,$J6,$F$6:$F$13,"?*")+COUNTIFS($J$6:$J$13,$J6,$G$6:$G$13,"?*")>0)',
      ],
    ]);
  });
});

describe("rules that travel with the workbook", () => {
  beforeEach(() => {
    blank = planSheet(FUJIAN1);
  });

  it("puts the lists on a hidden sheet behind defined names", () => {
    expect(blank.lists.sheetName).toBe("名单");
    expect(blank.lists.columns.map((c) => [c.name, c.reference, c.items.length])).toEqual([
      ["责任单位列表", "=名单!$A$2:$A$15", 14],
      ["完成时间列表", "=名单!$B$2:$B$6", 5],
    ]);
  });

  it("marks the generic unit list as a starting point, and not a college's own list", () => {
    expect(blank.lists.note.join("\n")).toContain("通用名单，只是起点");
    const own = planSheet(FUJIAN1, SAMPLE_DRAFT, FUJIAN1.sheetName, SAMPLE_LISTS);
    expect(own.lists.columns[0].items).toEqual(SAMPLE_LISTS.units);
    expect(own.lists.note.join("\n")).not.toContain("通用名单");
  });

  it("has one list rule per column range: units warn (a joint value is kept on 是), times refuse", () => {
    expect(blank.validations).toEqual([
      {
        range: "G6:G59",
        listName: "责任单位列表",
        prompt: { title: "责任单位（部门）", message: expect.stringContaining("用“、”隔开，牵头单位在前") },
        errorAlert: {
          style: "Warning",
          title: "不在下拉列表中",
          message: expect.stringContaining("请点“是”保留"),
        },
      },
      {
        range: "H6:H59",
        listName: "完成时间列表",
        prompt: { title: "完成时间", message: expect.stringContaining("2023年") },
        errorAlert: {
          style: "Stop",
          title: "不在列表中",
          message: expect.stringContaining("请从下拉列表中选择完成时间"),
        },
      },
    ]);
    // Without the add-in the texts must make sense: they never send the user to a task pane,
    // and they fit Excel's limits (title 32, message 255 characters).
    for (const v of blank.validations) {
      for (const text of [v.prompt.message, v.errorAlert.message]) {
        expect(text).not.toContain("任务窗格");
        expect(text.length).toBeLessThanOrEqual(255);
      }
      expect(Math.max(v.prompt.title.length, v.errorAlert.title.length)).toBeLessThanOrEqual(32);
    }
  });

  it("has few highlight rules, each over a whole range, relative to its top-left", () => {
    expect(blank.conditionalFormats.map((c) => [c.kind, c.range, c.formula, c.stopIfTrue])).toEqual([
      ["not-applicable", "A6:A59", '=AND($J6<>"",COUNTIFS($J$6:$J$59,$J6,$I$6:$I$59,"?*")>0)', true],
      ["not-applicable", "C6:H59", '=AND($J6<>"",COUNTIFS($J$6:$J$59,$J6,$I$6:$I$59,"?*")>0)', true],
      [
        "unknown-unit",
        "G6:G59",
        '=AND(G6<>"",SUMPRODUCT(ISNUMBER(FIND("、"&责任单位列表&"、","、"&G6&"、"))*(LEN(责任单位列表)+1))<>LEN(G6)+1)',
        false,
      ],
      ["unknown-time", "H6:H59", '=AND(H6<>"",SUMPRODUCT(--EXACT(完成时间列表,H6))=0)', false],
      [
        "missing",
        "F6:H59",
        '=AND(F6="",COUNTIF($E6:$H6,"?*")>0,COUNTIFS($J$6:$J$59,$J6,$E$6:$E$59,"?*")+COUNTIFS($J$6:$J$59,$J6,$F$6:$F$59,"?*")>0)',
        false,
      ],
      ...["A6:A59", "C6:H59"].map((range) => [
        "no-measure",
        range,
        '=AND($J6<>"",COUNTIFS($J$6:$J$59,$J6,$E$6:$E$59,"?*")=0,COUNTIFS($J$6:$J$59,$J6,$F$6:$F$59,"?*")=0,COUNTIFS($J$6:$J$59,$J6,$I$6:$I$59,"?*")=0)',
        false,
      ]),
    ]);
    const fills = new Set(blank.conditionalFormats.map((c) => c.fill));
    expect(fills.size).toBe(4);
  });
});
