/**
 * Properties of the pure rules under a Word import: paragraphs that line up always split into target rows
 * (and never otherwise), and the one rule for unit values never yields a list item holding a separator, a line
 * break or leading numbering, nor a name twice; a --units file follows the same rule.
 */
import fc from "fast-check";
import { parseUnitsFile } from "../../src/cli/units-file";
import { FUJIAN1 } from "../../src/form";
import { listProblem } from "../../src/reading/list-usage";
import { isUnitName, joinUnits, listItems, unitNames } from "../../src/reading/normalise-values";
import { newUnits, mapUnits } from "../../src/word/draft-units";
import { splitRow, type BodyCell, type BodyRow } from "../../src/word/split-rows";

const cell = (lines: string[], continued = false): BodyCell => ({
  text: lines.join("\n"),
  lines,
  continued,
  spanned: false,
});

const row = (measure: string[], target: string[], unit: string[], time: string[]): BodyRow => ({
  wordRow: 3,
  fillSpan: false,
  extra: [],
  cells: { seq: cell(["3"]), measure: cell(measure), target: cell(target), unit: cell(unit), time: cell(time) },
});

const names = fc.constantFrom(...FUJIAN1.lists.units, "组织部", "思政部", "教 务 处");
const paras = (n: number, of: fc.Arbitrary<string>) => fc.array(of, { minLength: n, maxLength: n });

describe("paragraphs become rows when they line up", () => {
  it("N targets with 1 or N units and 1 or N times always give N rows, each with its own unit and year", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }).chain((n) =>
          fc.tuple(
            fc.constant(n),
            paras(
              n,
              fc.string({ minLength: 1, maxLength: 6 }).map((s) => `目标${s.trim()}`),
            ),
            fc.boolean().chain((one) => paras(one ? 1 : n, names)),
            fc.boolean().chain((one) => paras(one ? 1 : n, fc.constantFrom(...FUJIAN1.lists.times))),
          ),
        ),
        ([n, targets, units, times]) => {
          const rows = splitRow(row(["举措"], targets, units, times));
          expect(rows).toHaveLength(n);
          rows.forEach((r, k) => {
            expect(r.cells.target?.text).toBe(targets[k].trim());
            expect(r.cells.unit?.text).toBe((units.length === n ? units[k] : units[0]).trim());
            expect(r.cells.time?.text).toBe(times.length === n ? times[k] : times[0]);
            // The rows after the first continue the task and its one 具体举措.
            if (k > 0) expect([r.cells.seq?.continued, r.cells.measure?.continued]).toEqual([true, true]);
          });
        },
      ),
    );
  });

  it("counts that do not line up keep the row whole", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 2, max: 5 }), (targets, units) => {
        fc.pre(targets !== units && !(targets >= 2 && units === 1));
        const r = row(["举措"], Array(targets).fill("目标"), Array(units).fill("教务处"), ["2023年"]);
        expect(splitRow(r)).toEqual([r]);
      }),
    );
  });
});

const SEPARATORS = "、；;，,/／|\n\r\t ";
const piece = fc.oneof(
  names,
  fc.constantFrom(...[...SEPARATORS], "1.", "2、", "（3）", "①", "一、", "\n"),
  fc.string({ maxLength: 3 }),
);
const value = fc.array(piece, { maxLength: 8 }).map((p) => p.join(""));

describe("the one rule for unit values", () => {
  it("never gives a name holding a separator, a line break or leading numbering, nor a name twice", () => {
    fc.assert(
      fc.property(value, (v) => {
        const got = unitNames(v);
        for (const n of got) {
          expect(isUnitName(n)).toBe(true);
          expect(n).not.toMatch(/[、；;，,/／|\n\r\t]/);
        }
        expect(new Set(got).size).toBe(got.length);
        // Normalising twice changes nothing: a fix never grows on the next check.
        expect(joinUnits(joinUnits(v))).toBe(joinUnits(v));
      }),
      { numRuns: 300 },
    );
  });

  it("list items from any source pass the list's own check; new names from a draft are never joint values", () => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 6 }), (values) => {
        const items = listItems(values);
        if (items.length) expect(listProblem(items)).toBeNull();
        const entries = {
          header: { unit: "", contact: "", phone: "" },
          rows: { "1": values.map((unit) => ({ measure: "m", target: "t", unit, time: "" })) },
        };
        for (const n of newUnits(entries, FUJIAN1.lists.units)) expect(isUnitName(n)).toBe(true);
        // Mapping a name onto one already in the value keeps it once.
        for (const r of mapUnits(entries, { 组织部: "教务处" }).rows["1"])
          expect(r.unit.split(/、|\n/).filter((u) => u === "教务处").length).toBeLessThanOrEqual(1);
      }),
      { numRuns: 200 },
    );
  });

  it("a --units file: numbering dropped, a line naming two units refused with its line number", () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(parseUnitsFile(enc("1.教务处\n（2）人事处\n① 财务处\n"))).toEqual({ units: ["教务处", "人事处", "财务处"] });
    const bad = parseUnitsFile(enc("教务处\n招生就业处/教务处\n"));
    expect(bad).toEqual({ problems: [expect.stringContaining("第 2 行")] });
  });
});
