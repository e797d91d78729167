/**
 * A unit or time cell of several lines that do not line up with the row's targets (a draft's paragraphs kept
 * in one row): the check asks — one joint unit, split by lines, or edit — and never joins blindly. Pure.
 */
import fc from "fast-check";
import { FUJIAN1, type Entries, type MeasureRow } from "../src/form";
import { checkGrid, type Finding } from "../src/reading/check";
import { describeFinding } from "../src/reading/describe-finding";
import { splitByLines } from "../src/reading/line-split";
import { unitNames } from "../src/reading/normalise-values";
import { gridFor } from "./helpers/grid";

/** Every task with one complete row; task 3 (sheet row 8) is the one each test writes into. */
function entries(row3: MeasureRow): Entries {
  const done = { measure: "举措", target: "目标", unit: "教务处", time: "2023年" };
  return {
    header: { unit: "某学院", contact: "齐心", phone: "18904960016" },
    rows: Object.fromEntries(FUJIAN1.tasks.map((t) => [t.seq, [t.seq === "3" ? row3 : done]])),
  };
}

const findingAt = (row3: MeasureRow, address: string): Finding | undefined =>
  checkGrid(FUJIAN1, gridFor(FUJIAN1, entries(row3))).findings.find((f) => f.address === address);

const choiceIds = (f: Finding | undefined) => f?.choices?.map((c) => c.id);

describe("a unit cell of several lines over fewer targets (G8 = 教务处 / 人事处 / 思政部 over 2 targets)", () => {
  const row3 = {
    measure: "建设课程思政示范课",
    target: "目标一\n目标二",
    unit: "教务处\n人事处\n思政部",
    time: "2025年",
  };

  it("offers one joint unit, a split by lines, or an edit; no fix is applied in bulk", () => {
    const f = findingAt(row3, "G8");
    expect(f).toMatchObject({ kind: "unit-lines", severity: "error", seq: "3" });
    expect(f?.fix).toBeUndefined();
    expect(choiceIds(f)).toEqual(["join-units", "split-lines", "edit"]);
    expect(f?.choices?.[0].fixes).toEqual([{ address: "G8", value: "教务处、人事处、思政部" }]);
    expect(f?.choices?.[2].fixes).toEqual([]);
  });

  it("splits into one row per line: each unit its own row, the targets in order, the year for every row", () => {
    const split = findingAt(row3, "G8")?.choices?.[1].split;
    expect(split).toMatchObject({ seq: "3", index: 0, from: row3 });
    expect(split?.rows).toEqual([
      { measure: "建设课程思政示范课", target: "目标一", unit: "教务处", time: "2025年" },
      { measure: "", target: "目标二", unit: "人事处", time: "2025年", sameMeasure: true },
      // No target is invented or copied: the check will ask for this one.
      { measure: "", target: "", unit: "思政部", time: "2025年", sameMeasure: true },
    ]);
  });

  it("says what each choice does, in Chinese and English", () => {
    const f = findingAt(row3, "G8") as Finding;
    expect(describeFinding(f, "zh")).toBe(
      "责任单位写了 3 行（“教务处 / 人事处 / 思政部”），与 2 个完成目标对不上。请选择：几个单位共同负责，就合并为“教务处、人事处、思政部”；" +
        "各行各有分工，就按行拆成 3 行（每行一个单位，内容都保留）；或自己修改。",
    );
    expect(describeFinding(f, "en")).toMatch(
      /^3 lines of units .* join them as “教务处、人事处、思政部”; if each line .* 3 rows/,
    );
  });
});

describe("a time cell of several lines (H8 = 2023年 / 2025年)", () => {
  const row3 = { measure: "举措", target: "目标", unit: "教务处", time: "2023年\n2025年" };

  it("gets a finding with choices too: split by lines, or edit", () => {
    const f = findingAt(row3, "H8");
    expect(f).toMatchObject({ kind: "time-lines" });
    expect(f?.detail).toEqual({
      value: "2023年\n2025年",
      lines: "2",
      shown: "2023年 / 2025年",
      targets: "1",
      rows: "2",
    });
    expect(choiceIds(f)).toEqual(["split-lines", "edit"]);
    expect(f?.choices?.[0].split?.rows).toEqual([
      { measure: "举措", target: "目标", unit: "教务处", time: "2023年" },
      { measure: "", target: "", unit: "教务处", time: "2025年", sameMeasure: true },
    ]);
    expect(describeFinding(f as Finding, "zh")).toContain("按行拆成 2 行");
  });
});

describe("split by lines", () => {
  it("makes aligned lines target rows, each with its own unit and year (what the import does)", () => {
    expect(
      splitByLines({
        measure: "举措",
        target: "甲\n乙\n丙",
        unit: "教务处\n人事处\n1.思政部",
        time: "2023年\n2024年\n2025年",
      }),
    ).toEqual([
      { measure: "举措", target: "甲", unit: "教务处", time: "2023年" },
      { measure: "", target: "乙", unit: "人事处", time: "2024年", sameMeasure: true },
      { measure: "", target: "丙", unit: "思政部", time: "2025年", sameMeasure: true },
    ]);
  });

  it("keeps a row that already continues a shared 具体举措 inside it, and finds the row's index", () => {
    const rows = [
      { measure: "举措", target: "甲", unit: "教务处", time: "2023年" },
      { measure: "", target: "乙", unit: "人事处\n思政部", time: "2024年", sameMeasure: true },
    ];
    const grid = gridFor(FUJIAN1, { ...entries(rows[0]), rows: { ...entries(rows[0]).rows, "3": rows } });
    const f = checkGrid(FUJIAN1, grid, FUJIAN1.lists, ["E8:E9"]).findings.find((x) => x.kind === "unit-lines");
    const split = f?.choices?.find((c) => c.id === "split-lines")?.split;
    expect([f?.address, split?.index]).toEqual(["G9", 1]);
    expect(split?.rows.every((r) => r.sameMeasure)).toBe(true);
  });

  it("is not offered where no cell holds two lines: the finding then asks only to join or edit", () => {
    const row3 = { measure: "举措", target: "甲", unit: "教务处\n、", time: "2023年" };
    expect(splitByLines(row3)).toBeNull();
    const f = findingAt(row3, "G8") as Finding;
    expect(choiceIds(f)).toEqual(["join-units", "edit"]);
    expect(f.detail).toEqual({ value: "教务处\n、", lines: "2", shown: "教务处 / 、", targets: "1", joined: "教务处" });
    expect(describeFinding(f, "zh")).toBe(
      "责任单位写了 2 行（“教务处 / 、”），与 1 个完成目标对不上。请选择：几个单位共同负责，就合并为“教务处”；或自己修改。",
    );
    expect(describeFinding(f, "en")).not.toContain("split");
  });

  // Any cell contents: nothing is lost, nothing joined, every listed unit the split touches stays intact.
  const line = fc.constantFrom("甲", "乙", "目标三", "  ");
  const unitLine = fc.oneof(fc.constantFrom(...FUJIAN1.lists.units), fc.constant("教务处、人事处"));
  const year = fc.constantFrom(...FUJIAN1.lists.times);
  const cell = (of: fc.Arbitrary<string>) => fc.array(of, { minLength: 0, maxLength: 5 }).map((l) => l.join("\n"));

  it("keeps every line of every cell, in order, each unit line whole in its own row", () => {
    fc.assert(
      fc.property(cell(line), cell(unitLine), cell(year), fc.boolean(), (target, unit, time, same) => {
        const row: MeasureRow = { measure: "举措", target, unit, time, ...(same ? { sameMeasure: true } : {}) };
        const rows = splitByLines(row);
        const lines = (v: string) =>
          v
            .split("\n")
            .map((l) => l.trim())
            .filter(Boolean);
        const counts = [lines(target), lines(unit), lines(time)].map((l) => l.length);
        if (Math.max(...counts) < 2) return void expect(rows).toBeNull();
        const out = rows as MeasureRow[];
        expect(out).toHaveLength(Math.max(...counts));
        expect(out[0].measure).toBe("举措");
        out.slice(1).forEach((r) => expect([r.measure, r.sameMeasure]).toEqual(["", true]));
        expect(!!out[0].sameMeasure).toBe(same);
        // Targets in order, never copied.
        expect(out.map((r) => r.target).filter(Boolean)).toEqual(lines(target));
        // A unit or time written once stands for every row; several lines go one to a row, in order.
        for (const [key, got] of [
          ["unit", lines(unit)],
          ["time", lines(time)],
        ] as const) {
          const values = out.map((r) => r[key]);
          if (got.length === 1) expect(new Set(values)).toEqual(new Set(got));
          else expect(values.filter(Boolean)).toEqual(got);
        }
        // Each listed unit keeps its whole name: never cut, never joined with another row's.
        for (const r of out) for (const n of unitNames(r.unit)) expect(FUJIAN1.lists.units).toContain(n);
        const names = out.flatMap((r) => unitNames(r.unit));
        expect(new Set(names)).toEqual(new Set(unitNames(unit)));
      }),
      { numRuns: 100 },
    );
  });
});
