/**
 * The highlight formulas, evaluated by a real formula engine (HyperFormula) for
 * every cell of every rule's range, must agree with the pure check on the same
 * grid: a wrong relative reference fails here.
 */
import { HyperFormula } from "hyperformula";
import { FUJIAN1, SAMPLE_DRAFT, type Entries } from "../src/form";
import { columnIndex, columnLetter } from "../src/plan/a1";
import type { HighlightKind } from "../src/plan/rules";
import { planSheet } from "../src/plan/sheet-plan";
import { checkGrid, type FindingKind } from "../src/reading/check";
import type { Cell } from "../src/reading/read-grid";

/** Shifts the relative parts of A1 references, outside string literals. */
function shift(formula: string, dr: number, dc: number): string {
  return formula
    .split('"')
    .map((part, i) =>
      i % 2
        ? part
        : part.replace(
            /(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\w(])/g,
            (_, ca: string, col: string, ra: string, row: string) => {
              const c = ca ? col : columnLetter(columnIndex(col) + dc);
              const r = ra ? row : String(Number(row) + dr);
              return `${ca}${c}${ra}${r}`;
            },
          ),
    )
    .join('"');
}

function rangeCells(range: string): Array<{ r: number; c: number }> {
  const [a, b] = range.split(":");
  const p = /([A-Z]+)(\d+)/.exec(a) as RegExpExecArray;
  const q = /([A-Z]+)(\d+)/.exec(b) as RegExpExecArray;
  const out: Array<{ r: number; c: number }> = [];
  for (let r = Number(p[2]) - 1; r <= Number(q[2]) - 1; r++)
    for (let c = columnIndex(p[1]); c <= columnIndex(q[1]); c++) out.push({ r, c });
  return out;
}

/** Entries covering every highlight kind. */
function sampleRows(): Entries {
  const e: Entries = JSON.parse(JSON.stringify(SAMPLE_DRAFT)) as Entries;
  e.rows["2"][0].time = ""; // missing time
  e.rows["4"][0].unit = "教务部"; // unknown unit
  e.rows["5"][0].unit = "教务处、人事处"; // joint, fine
  e.rows["7"][0].unit = "招生就业处；教务处"; // other separator
  e.rows["8"][0].time = "2023"; // year not on the list
  e.rows["9"] = [{ measure: "只写了举措", target: "", unit: "", time: "" }]; // missing target, unit, time
  e.rows["16"] = [{ measure: "", target: "", unit: "教务处", time: "2024年" }]; // assigned, no measure yet
  e.rows["19"] = [{ measure: "", target: "", unit: "人事处", time: "" }]; // assigned by 写入选中的行
  e.marks = { "42": "属省级任务" };
  return e;
}

describe("highlight formulas in a formula engine", () => {
  const entries = sampleRows();
  const plan = planSheet(FUJIAN1, entries);
  // What Excel stores: 序号 and the key column as numbers (General format), text elsewhere.
  const grid: Cell[][] = plan.values.map((row) =>
    row.map((v, c) => (v === null ? "" : (c === 0 || c === plan.layout.keyCol) && /^\d+$/.test(v) ? Number(v) : v)),
  );
  const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3", useArrayArithmetic: true });
  hf.addSheet("Form");
  hf.addSheet("Lists");
  const form = hf.getSheetId("Form") as number;
  const lists = hf.getSheetId("Lists") as number;
  hf.setSheetContent(
    form,
    grid.map((row) => row.map((v) => (v === "" ? null : typeof v === "string" && /^[=+\-@]/.test(v) ? `'${v}` : v))),
  );
  const listRows = Math.max(...plan.lists.columns.map((c) => c.items.length));
  hf.setSheetContent(
    lists,
    Array.from({ length: listRows }, (_, r) => plan.lists.columns.map((c) => c.items[r] ?? null)),
  );
  /** The defined names, as the ranges they point at on the lists sheet. */
  const withNames = (f: string) =>
    plan.lists.columns.reduce(
      (acc, c, i) => acc.split(c.name).join(`Lists!$${columnLetter(i)}$1:$${columnLetter(i)}$${c.items.length}`),
      f,
    );
  // The check runs in each test (beforeEach), not while jest collects the file, so coverage is per test.
  let result: ReturnType<typeof checkGrid>;
  beforeEach(() => {
    result = checkGrid(FUJIAN1, grid);
  });
  const at = (kinds: FindingKind[]) =>
    new Set(result.findings.filter((f) => kinds.includes(f.kind) && f.address).map((f) => f.address as string));
  const rowsOf = (kinds: FindingKind[]) => {
    const seqs = new Set(result.findings.filter((f) => kinds.includes(f.kind)).map((f) => f.seq));
    return new Set(
      plan.layout.tasks
        .filter((t) => seqs.has(t.seq))
        .flatMap((t) => Array.from({ length: t.rowCount }, (_, k) => t.firstRow + k)),
    );
  };
  const expected: Record<HighlightKind, (r: number, c: number) => boolean> = {
    "not-applicable": (r) => rowsOf(["not-applicable"]).has(r),
    "no-measure": (r) => rowsOf(["no-measure", "assigned"]).has(r),
    missing: (r, c) => at(["missing-target", "missing-unit", "missing-time"]).has(`${columnLetter(c)}${r + 1}`),
    "unknown-unit": (r, c) => at(["unknown-unit", "unit-separator"]).has(`${columnLetter(c)}${r + 1}`),
    "unknown-time": (r, c) => at(["unknown-time"]).has(`${columnLetter(c)}${r + 1}`),
  };

  it.each(plan.conditionalFormats.map((cf) => [cf.kind, cf]))(
    "%s agrees with the check on every cell of its range",
    (_kind, cf) => {
      const cells = rangeCells(cf.range);
      const top = cells[0];
      let hits = 0;
      for (const { r, c } of cells) {
        const value = hf.calculateFormula(withNames(shift(cf.formula, r - top.r, c - top.c)), form);
        expect({ cell: `${columnLetter(c)}${r + 1}`, value }).toEqual({
          cell: `${columnLetter(c)}${r + 1}`,
          value: expected[cf.kind](r, c),
        });
        if (value === true) hits++;
      }
      expect(hits).toBeGreaterThan(0);
    },
  );

  it("gives a task assigned with a unit alone the to-do colour, not the yellow of a missing target or time", () => {
    const rule = (kind: HighlightKind) =>
      plan.conditionalFormats.find((cf) => cf.kind === kind) as (typeof plan.conditionalFormats)[number];
    const row = (plan.layout.tasks.find((t) => t.seq === "19") as { firstRow: number }).firstRow;
    const at = (kind: HighlightKind, c: number) => {
      const cf = rule(kind);
      const top = rangeCells(cf.range)[0];
      return hf.calculateFormula(withNames(shift(cf.formula, row - top.r, c - top.c)), form);
    };
    const { col } = plan.layout;
    expect([col.target, col.time].map((c) => at("missing", c))).toEqual([false, false]);
    expect([col.measure, col.unit].map((c) => at("no-measure", c))).toEqual([true, true]);
  });

  it("shifts only relative references", () => {
    expect(shift('=AND($J6<>"",COUNTIFS($J$6:$J$59,$J6,$E$6:$E$59,"?*")=0,F6="A1")', 2, 1)).toBe(
      '=AND($J8<>"",COUNTIFS($J$6:$J$59,$J8,$E$6:$E$59,"?*")=0,G8="A1")',
    );
  });
});
