/**
 * The preview's formula evaluator (src/preview/formula) against HyperFormula, an independent spreadsheet
 * engine, on the same formulas and the same cells: (a) every highlight rule of 附件1 at every cell of its
 * range, on the form filled with a row for every kind of highlight; (b) formulas over each function and
 * operator the evaluator implements. HyperFormula is a test-only dependency (GPL-3.0): it never ships.
 */
import { HyperFormula, type RawCellContent } from "hyperformula";
import { FUJIAN1 } from "../src/form";
import { columnLetter } from "../src/plan/a1";
import { planSheet } from "../src/plan/sheet-plan";
import { LISTS_SHEET } from "../src/plan/rules";
import { compiled, evaluate, evaluateFormula, isTruthy, type EvalContext } from "../src/preview/formula/evaluate";
import { FormulaError, type Scalar, type Value } from "../src/preview/formula/values";
import { workbookContext } from "../src/preview/highlights";
import { parseAddress } from "../src/fake-excel";
import { absoluteAt } from "./libreoffice/formulas";
import { fillScenario } from "./libreoffice/scenario";
import { gridOf, loaded } from "./helpers/workbook";

jest.setTimeout(30_000);

type Grid = Scalar[][];

/** What both engines agree a result is: a boolean, a number, a text, or an error (any kind). */
function normalised(v: unknown): string {
  if (v instanceof FormulaError || (typeof v === "object" && v !== null && "type" in v)) return "error";
  if (typeof v === "number") return `number:${Number(v.toFixed(9))}`;
  if (v === null || v === undefined) return "number:0"; // an empty cell as a formula's result
  return `${typeof v}:${String(v)}`;
}

interface DefinedName {
  name: string;
  reference: string;
}

/**
 * HyperFormula accepts only Latin names, so each defined name (责任单位列表, ...) is written out as its
 * reference in the formula given to it (outside string literals).
 */
function inlineNames(formula: string, names: DefinedName[]): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2
        ? part
        : names.reduce((text, n) => text.split(n.name).join(n.reference.replace(/^=?([^!']+)!/, "'$1'!")), part),
    )
    .join("");
}

/** A grid value as HyperFormula's input: text marked as text, blanks empty (no error values in our grids). */
function rawCell(v: Scalar): RawCellContent {
  if (v instanceof FormulaError) throw new Error(`unexpected error value ${String(v)} in the grid`);
  return v === "" ? null : typeof v === "string" ? `'${v}` : v;
}

/** HyperFormula holding the sheets as plain values (no formulas). */
function hyperFormula(sheets: Record<string, Grid>) {
  const content = Object.fromEntries(
    Object.entries(sheets).map(([name, grid]) => [name, grid.map((row) => row.map(rawCell))]),
  );
  return HyperFormula.buildFromSheets(content, { licenseKey: "gpl-v3", useArrayArithmetic: true });
}

describe("highlight rules of 附件1: preview evaluator = HyperFormula at every cell", () => {
  let checked = 0;

  it("agrees on every rule and cell of the filled form", async () => {
    const s = await loaded();
    const sheetName = FUJIAN1.sheetName;
    const scenario = fillScenario(planSheet(FUJIAN1));
    for (const [address, value] of Object.entries(scenario.cells)) {
      expect(s.fake.user.paste(sheetName, address, [[value]])).toEqual({ ok: true });
    }
    const rows = 80;
    const main = gridOf(s.model, sheetName, rows, 12) as Grid;
    const lists = gridOf(s.model, LISTS_SHEET, 60, 4) as Grid;
    const names = s.model.names().map((n) => ({ name: n.name, reference: n.reference }));
    const hf = hyperFormula({ [sheetName]: main, [LISTS_SHEET]: lists });
    const sheetId = hf.getSheetId(sheetName)!;
    const base = workbookContext(s.model, sheetName);
    const rules = s.model.sheet(sheetName).conditionalFormats();
    expect(rules.length).toBeGreaterThan(3);

    const mismatches: string[] = [];
    const truths = { true: 0, false: 0 };
    for (const rule of rules) {
      const tree = compiled(rule.formula);
      expect(tree).not.toBeNull();
      for (const area of rule.range.split(/\s+/).filter(Boolean)) {
        const origin = parseAddress(rule.range.split(/\s+/)[0]);
        const r = parseAddress(area);
        for (let row = r.row; row < r.row + r.rows && row < rows; row++) {
          for (let col = r.col; col < r.col + r.cols; col++) {
            const offset = { rows: row - origin.row, cols: col - origin.col };
            const preview = isTruthy(evaluate(tree!, { ...base, offset }));
            const formula = inlineNames(`=${absoluteAt(rule.formula, offset.rows, offset.cols)}`, names);
            const other = hf.calculateFormula(formula, sheetId);
            const hfTruth = typeof other === "boolean" ? other : typeof other === "number" ? other !== 0 : null;
            truths[preview ? "true" : "false"]++;
            checked++;
            if (hfTruth !== preview) {
              mismatches.push(
                `${columnLetter(col)}${row + 1} ${rule.formula}: preview ${preview}, HyperFormula ${String(other)}`,
              );
            }
          }
        }
      }
    }
    hf.destroy();
    expect(mismatches).toEqual([]);
    // The scenario makes rules fire and not fire: the comparison covers both outcomes.
    expect(truths.true).toBeGreaterThan(10);
    expect(truths.false).toBeGreaterThan(100);
    expect(checked).toBe(truths.true + truths.false);
  });
});

describe("functions and operators: preview evaluator = HyperFormula", () => {
  const grid: Grid = [
    ["教务处", 3, "", "教务处、人事处", true],
    ["人事处", "3", "  a b  ", "2024年", false],
    ["ABC", 0, "教务处", "abc", 2.5],
    ["", -1, "x", "2023", ""],
  ];
  const names: DefinedName[] = [{ name: "单位表", reference: "Sheet1!$A$1:$A$3" }];
  const ctx: EvalContext = {
    cell: (_sheet, r, c) => grid[r]?.[c] ?? "",
    name: (n) => (n === "单位表" ? { sheet: null, row: 0, col: 0, rows: 3, cols: 1 } : null),
    offset: { rows: 0, cols: 0 },
  };

  const FORMULAS = [
    "=1+2*3^2",
    "=-2^2",
    "=1+2=3",
    '="a"&1+1',
    '=A1=""',
    '=A4=""',
    '="ABC"="abc"',
    '=1="1"',
    "=B1=B2",
    "=B2+1",
    "=B1<>B3",
    '=EXACT("ABC","abc")',
    "=EXACT(A3,D3)",
    "=AND(B1>0,E1)",
    "=OR(B3,E2)",
    "=NOT(E1)",
    '=IF(B1>2,"big","small")',
    "=IF(E2,1)",
    "=COUNTIF(A1:A4,A1)",
    '=COUNTIF(A1:A4,"")',
    '=COUNTIF(C1:C4,"教务处")',
    '=COUNTIFS(A1:A4,"教务处",B1:B4,3)',
    "=COUNTIF(单位表,C3)",
    "=COUNTIF(单位表,D1)",
    "=COUNTA(A1:E4)",
    "=SUMPRODUCT((A1:A3=C3)*1)",
    "=SUMPRODUCT(--(B1:B4>0))",
    "=--(1=1)",
    "=(B1=3)+1",
    "=SUM(B1:B4,E3)",
    "=ISNUMBER(B1)",
    "=ISNUMBER(B2)",
    "=ISTEXT(B2)",
    "=ISTEXT(A4)",
    "=ISBLANK(A4)",
    "=ISBLANK(C1)",
    "=ISERROR(1/0)",
    "=ISERROR(B1)",
    "=LEN(D1)",
    "=LEN(C2)",
    "=TRIM(C2)",
    "=UPPER(D3)",
    "=LOWER(A3)",
    '=FIND("处",D1)',
    '=FIND("处",D1,4)',
    '=ISERROR(FIND("z",D1))',
    '=SEARCH("B",D3)',
    "=LEFT(D2,4)",
    "=RIGHT(D2,1)",
    "=LEFT(D2)",
    '=ISNUMBER(SEARCH("年",D2))',
    '=AND(LEN(D4)=4,ISERROR(FIND("年",D4)))',
    "=1/0",
  ];

  /**
   * Where HyperFormula cannot take Excel's formula, the evaluator is checked against Excel's answer instead:
   * HyperFormula reads TRUE and FALSE only as the functions TRUE() and FALSE(), while Excel (and the
   * highlight rules) write them as constants.
   */
  const EXCEL_NOT_HYPERFORMULA: Array<[string, Scalar]> = [
    ["=--TRUE", 1],
    ["=FALSE+1", 1],
  ];

  it("follows Excel where HyperFormula does not", () => {
    const hf = hyperFormula({ Sheet1: grid });
    const sheetId = hf.getSheetId("Sheet1")!;
    for (const [f, excel] of EXCEL_NOT_HYPERFORMULA) {
      expect(evaluateFormula(f, ctx)).toBe(excel);
      // Still a difference: if HyperFormula comes to agree, the formula moves to the list above.
      expect(normalised(hf.calculateFormula(f, sheetId))).not.toBe(normalised(excel));
    }
    hf.destroy();
  });

  it(`agrees on ${FORMULAS.length} formulas over one grid`, () => {
    const hf = hyperFormula({ Sheet1: grid });
    const sheetId = hf.getSheetId("Sheet1")!;
    const rows = FORMULAS.map((f) => {
      const preview: Value = evaluateFormula(f, ctx);
      return { f, preview: normalised(preview), hf: normalised(hf.calculateFormula(inlineNames(f, names), sheetId)) };
    });
    hf.destroy();
    expect(rows.filter((r) => r.preview !== r.hf)).toEqual([]);
    // Not a comparison of two empties: results of every kind came out.
    const kinds = new Set(rows.map((r) => r.preview.split(":")[0]));
    expect([...kinds].sort()).toEqual(["boolean", "error", "number", "string"]);
  });
});
