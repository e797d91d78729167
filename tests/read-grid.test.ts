import fc from "fast-check";
import { FUJIAN1, SAMPLE_DRAFT, type Entries, type FormDef, type MeasureRow } from "../src/form";
import { planSheet } from "../src/plan/sheet-plan";
import { cellValue, compactEntries, readGrid, type Cell } from "../src/reading/read-grid";
import otherForm from "./fixtures/other-form.json";

/** What Excel returns for a planned sheet: merged non-anchors read as "", 序号 (General format) as numbers. */
function asExcelReads(values: (string | null)[][]): Cell[][] {
  return values.map((row) => row.map((v, c) => (v === null ? "" : c === 0 && /^\d+$/.test(v) ? Number(v) : v)));
}

function rowsOf(entries: Entries, form: FormDef): Record<string, MeasureRow[]> {
  const empty = { measure: "", target: "", unit: "", time: "" };
  return Object.fromEntries(
    form.tasks.map((t) => [t.seq, entries.rows[t.seq]?.length ? entries.rows[t.seq] : [empty]]),
  );
}

describe("reading a grid back", () => {
  it("reads the sample draft from its planned sheet, every row mapped to its task", () => {
    const plan = planSheet(FUJIAN1, SAMPLE_DRAFT);
    const reading = readGrid(FUJIAN1, asExcelReads(plan.values), plan.merges);
    expect(reading.recognised).toBe(true);
    expect(reading.headerRow).toBe(4);
    expect(reading.entries.header).toEqual(SAMPLE_DRAFT.header);
    expect(reading.entries.rows).toEqual(rowsOf(SAMPLE_DRAFT, FUJIAN1));
    expect(reading.owners.filter((o) => o.seq === "3").map((o) => [o.row, o.index])).toEqual([
      [7, 0],
      [8, 1],
      [9, 2],
    ]);
    expect(reading.owners).toHaveLength(54 + 2 + 1 + 1);
    expect(reading.strays).toEqual([]);
  });

  it("reads a 具体举措 merged over several rows as shared by them, and only with the merges", () => {
    const plan = planSheet(FUJIAN1, SAMPLE_DRAFT);
    // Task 3 (sheet rows 8–10): one measure cell over three targets, as in the Word table.
    expect(plan.merges).toContain("E8:E10");
    expect(plan.merges.filter((m) => /^E\d+:E\d+$/.test(m))).toEqual(["E8:E10", "E22:E23", "E39:E40"]);
    const shared = (merges: string[]) =>
      readGrid(FUJIAN1, asExcelReads(plan.values), merges).entries.rows["3"].map((r) => !!r.sameMeasure);
    expect(shared(plan.merges)).toEqual([false, true, true]);
    // Without merge information (values only) nothing is guessed: each row stands alone.
    expect(shared([])).toEqual([false, false, false]);
    // A merge elsewhere (the official columns) shares nothing.
    expect(shared(plan.merges.filter((m) => !m.startsWith("E")))).toEqual([false, false, false]);
  });

  it("recognises nothing on a sheet that is not the form", () => {
    const reading = readGrid(FUJIAN1, [
      ["姓名", "电话"],
      ["张三", 138],
    ]);
    expect(reading.recognised).toBe(false);
  });

  it("reports rows that belong to no task instead of dropping them", () => {
    const grid = asExcelReads(planSheet(FUJIAN1).values);
    grid.push(["", "", "", "", "表外补充的举措", "", "", ""]);
    grid.splice(6, 0, [99, "", "", "", "编号不存在", "", "", ""]);
    const reading = readGrid(FUJIAN1, grid);
    expect(reading.strays.map((s) => [s.row, s.seq, s.values.measure])).toEqual([[6, "99", "编号不存在"]]);
    // The row after the last task belongs to task 54 (merged A:D read as empty).
    expect(reading.entries.rows["54"][1].measure).toBe("表外补充的举措");
  });

  it("reads the 不涉及 mark under its former title (files written before it printed)", () => {
    const grid = asExcelReads(planSheet(FUJIAN1, { ...SAMPLE_DRAFT, marks: { "6": "本校无涉农专业" } }).values);
    // Printed over two lines, broken before （.
    expect(grid[3][8]).toBe("不涉及\n（注明原因）");
    grid[3][8] = "不涉及（注明原因，不打印）";
    const reading = readGrid(FUJIAN1, grid);
    expect(reading.markCol).toBe(8);
    expect(reading.entries.marks).toEqual({ "6": "本校无涉农专业" });
  });

  it("reads a header written in one cell, as other tools write it", () => {
    const grid: Cell[][] = [
      ["单位（公章）：某学院", "", "联系人：李四", "联系电话：024-12345678"],
      ...asExcelReads(planSheet(FUJIAN1).values).slice(3),
    ];
    expect(readGrid(FUJIAN1, grid).entries.header).toEqual({ unit: "某学院", contact: "李四", phone: "024-12345678" });
  });

  it("round-trips any entries through plan and grid (property)", () => {
    const text = fc.oneof(
      fc.constant(""),
      fc.string({ maxLength: 30 }),
      fc.constantFrom("2023年", "教务处、人事处", "2023-12", "=1+1", "  两端空格  "),
    );
    const row = fc.record({ measure: text, target: text, unit: text, time: text });
    const seqs = FUJIAN1.tasks.map((t) => t.seq);
    const entries = fc.record({
      header: fc.record({
        unit: fc.string({ maxLength: 20 }).map((s) => s.trim()),
        contact: fc.constantFrom("", "齐心"),
        phone: fc.constantFrom("", "18904960016"),
      }),
      rows: fc.dictionary(fc.constantFrom(...seqs), fc.array(row, { minLength: 1, maxLength: 4 })),
    });
    fc.assert(
      fc.property(entries, (e) => {
        const back = readGrid(FUJIAN1, asExcelReads(planSheet(FUJIAN1, e).values)).entries;
        expect(back.rows).toEqual(rowsOf(e, FUJIAN1));
        if (!/^(单位|联系)/.test(e.header.unit)) expect(back.header.unit).toBe(e.header.unit);
      }),
      { numRuns: 60 },
    );
  });

  it("reads the second form definition through the same code", () => {
    const form = otherForm as FormDef;
    const e: Entries = {
      header: { unit: "某职业学院", contact: "王五", phone: "13800000000" },
      rows: { C1: [{ measure: "a", target: "b", unit: "财务科", time: "长期" }] },
    };
    const reading = readGrid(form, asExcelReads(planSheet(form, e).values));
    expect(reading.entries.header).toEqual(e.header);
    expect(reading.entries.rows).toEqual(rowsOf(e, form));
  });
});

describe("a cell's value as the text a user typed", () => {
  it("empty for nothing or a number Excel cannot show; TRUE/FALSE for booleans; numbers as General shows them", () => {
    expect([null, undefined, NaN, Infinity].map((v) => cellValue(v))).toEqual(["", "", "", ""]);
    expect([true, false, 2023, 0, 45261.5, " 教务处 "].map((v) => cellValue(v))).toEqual([
      "TRUE",
      "FALSE",
      "2023",
      "0",
      "45261.5",
      " 教务处 ",
    ]);
  });
});

describe("entries without what is empty (compactEntries)", () => {
  it("drops trailing empty rows and tasks left with none; keeps the rows between and marks only when there are some", () => {
    const empty = { measure: "", target: "", unit: "", time: "" };
    const filled = { measure: "举措", target: "", unit: "", time: "" };
    const entries: Entries = {
      header: { unit: "某学院", contact: "", phone: "" },
      rows: { "1": [filled, empty, filled, empty, empty], "2": [empty], "3": [] },
      marks: {},
    };
    expect(compactEntries(entries)).toEqual({
      header: { unit: "某学院", contact: "", phone: "" },
      rows: { "1": [filled, empty, filled] },
    });
    expect(compactEntries({ ...entries, marks: { "4": "属省级任务" } }).marks).toEqual({ "4": "属省级任务" });
    // The entries given are left as they were.
    expect(entries.rows["1"]).toHaveLength(5);
  });
});

describe("reading a grid back: page continuations, trailing blanks, rows outside every task", () => {
  const sample = () => {
    const plan = planSheet(FUJIAN1, SAMPLE_DRAFT);
    return { plan, grid: asExcelReads(plan.values) };
  };

  it("a task continued on the next page as “3（续）” (or typed 3(续)) stays one task", () => {
    for (const label of ["3（续）", "3(续)"]) {
      const { plan, grid } = sample();
      grid[8][0] = label; // task 3's second row, as a page break writes it
      const reading = readGrid(FUJIAN1, grid, plan.merges);
      expect(reading.entries.rows["3"]).toEqual(SAMPLE_DRAFT.rows["3"]);
      expect(reading.strays).toEqual([]);
      expect(reading.starts.filter((s) => s.seq === "3")).toEqual([{ row: 7, seq: "3" }]);
    }
  });

  it("a continuation label under another task is no continuation: outside every task", () => {
    const { plan, grid } = sample();
    const firstOf4 = readGrid(FUJIAN1, grid, plan.merges).starts.find((s) => s.seq === "4")!.row;
    grid[firstOf4 + 1] = grid[firstOf4 + 1].map((v, c) => (c === 0 ? "3（续）" : v));
    const reading = readGrid(FUJIAN1, grid, plan.merges);
    expect(reading.strays.map((s) => [s.row, s.seq])).toEqual([[firstOf4 + 1, "3(续)"]]); // 序号 read as NFKC
  });

  it("empty rows after the last task are no rows of it; an unknown 序号 starts no task", () => {
    const { plan, grid } = sample();
    const plain = readGrid(FUJIAN1, grid, plan.merges);
    const width = grid[0].length;
    const padded = [...grid, ...Array.from({ length: 5 }, () => Array<Cell>(width).fill(""))];
    const reading = readGrid(FUJIAN1, padded, plan.merges);
    expect(reading.entries.rows["54"]).toEqual(plain.entries.rows["54"]);
    expect(reading.owners).toEqual(plain.owners);
    expect(reading.strays).toEqual([]);
    expect("marks" in reading.entries).toBe(false);

    const unknown = [...grid, grid[grid.length - 1].map((_, c) => (c === 0 ? "99" : c === 4 ? "多出的举措" : ""))];
    const withUnknown = readGrid(FUJIAN1, unknown, plan.merges);
    expect(withUnknown.starts.some((s) => s.seq === "99")).toBe(false);
    expect(withUnknown.strays.map((s) => s.seq)).toEqual(["99"]);
  });

  it("a 具体举措 merge reaching into the next task shares nothing with it", () => {
    const { plan, grid } = sample();
    const plain = readGrid(FUJIAN1, grid, plan.merges);
    const firstOf4 = plain.starts.find((s) => s.seq === "4")!.row;
    // A merge from task 3's last row over task 4's first (sheet rows are 1-based in A1 addresses).
    const reading = readGrid(FUJIAN1, grid, [...plan.merges, `E${firstOf4}:E${firstOf4 + 1}`]);
    expect(reading.entries.rows["4"][0].sameMeasure).toBeUndefined();
  });
});

describe("reading a grid back: merges as files write them, header lines as typed", () => {
  it("a 具体举措 merge written with its sheet's name and $ signs, or wider than the column, is shared alike", () => {
    const plan = planSheet(FUJIAN1, SAMPLE_DRAFT);
    const grid = asExcelReads(plan.values);
    const others = plan.merges.filter((m) => m !== "E8:E10");
    for (const merge of ["'附件1'!$E$8:$E$10", "附件1!E8:E10", "D8:F10", "F10:D8"]) {
      const reading = readGrid(FUJIAN1, grid, [...others, merge]);
      expect(reading.entries.rows["3"].map((r) => r.sameMeasure ?? false)).toEqual([false, true, true]);
    }
    // A merge beside the 具体举措 column (完成目标 only) shares no 具体举措.
    const beside = readGrid(FUJIAN1, grid, [...others, "F8:F10"]);
    expect(beside.entries.rows["3"].map((r) => r.sameMeasure ?? false)).toEqual([false, false, false]);
  });

  it("a header value keeps a colon of its own; a grid without header lines gives empty values", () => {
    const body = asExcelReads(planSheet(FUJIAN1).values).slice(3);
    const typed: Cell[][] = [["单位（公章）某学院:东校区", "", "联系人：李四", "联系电话：024-12345678"], ...body];
    expect(readGrid(FUJIAN1, typed).entries.header.unit).toBe("某学院:东校区");
    const none: Cell[][] = [[""], [""], [""], ...body];
    expect(readGrid(FUJIAN1, none).entries.header).toEqual({ unit: "", contact: "", phone: "" });
  });
});

describe("reading a grid back: where the header may be", () => {
  it("finds the form's header in the first 40 rows and not below; an empty row above the first task is nothing", () => {
    const values = asExcelReads(planSheet(FUJIAN1, SAMPLE_DRAFT).values);
    const header = 4; // the planned header row (0-based)
    const pushedTo = (row: number) => [...Array.from({ length: row - header }, () => [""] as Cell[]), ...values];
    expect(readGrid(FUJIAN1, pushedTo(39)).headerRow).toBe(39);
    expect(readGrid(FUJIAN1, pushedTo(40)).recognised).toBe(false);

    const gap = [...values.slice(0, header + 1), [""] as Cell[], ...values.slice(header + 1)];
    const reading = readGrid(FUJIAN1, gap);
    expect(reading.strays).toEqual([]);
    expect(reading.entries.rows["1"]).toEqual(readGrid(FUJIAN1, values).entries.rows["1"]);
  });
});
