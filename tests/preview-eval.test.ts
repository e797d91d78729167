import { FUJIAN1, SAMPLE_DRAFT } from "../src/form";
import { checkSheet } from "../src/excel/check-sheet";
import { setNotApplicable } from "../src/excel/sheet-actions";
import { HIGHLIGHT_STYLE } from "../src/plan/rules";
import { evaluateFormula, type EvalContext } from "../src/preview/formula/evaluate";
import { parseFormula } from "../src/preview/formula/parse";
import { FormulaError, type Scalar } from "../src/preview/formula/values";
import { evaluateHighlights, highlightKey, highlightsOf } from "../src/preview/highlights";
import { parseClipboard } from "../src/preview/actions";
import { relativeAxes } from "../src/preview/formula/evaluate";
import { step } from "../src/preview/navigation";
import { sheetData } from "../src/preview/sheet-data";
import { loaded } from "./helpers/workbook";

/** A grid given as rows of values from A1, with optional names. */
function ctxOf(rows: Scalar[][], names: Record<string, string> = {}, offset = { rows: 0, cols: 0 }): EvalContext {
  return {
    cell: (_sheet, r, c) => rows[r]?.[c] ?? "",
    name: (n) => {
      const m = /^([A-Z])(\d+):([A-Z])(\d+)$/.exec(names[n] ?? "");
      if (!m) return null;
      const col = m[1].charCodeAt(0) - 65;
      const row = Number(m[2]) - 1;
      return { sheet: null, row, col, rows: Number(m[4]) - row, cols: m[3].charCodeAt(0) - 65 - col + 1 };
    },
    offset,
  };
}

const ev = (
  f: string,
  rows: Scalar[][] = [],
  names?: Record<string, string>,
  offset?: { rows: number; cols: number },
) => evaluateFormula(f, ctxOf(rows, names, offset));

describe("preview formula interpreter", () => {
  it("parses references, names, strings with quotes and operator precedence", () => {
    expect(parseFormula('=A1&"x""y"')).toMatchObject({ k: "bin", op: "&", right: { k: "str", v: 'x"y' } });
    expect(parseFormula("=$J$6:$J$63")).toMatchObject({
      k: "ref",
      from: { row: 5, col: 9, rowAbs: true, colAbs: true },
      to: { row: 62 },
    });
    expect(parseFormula("=名单!$A$2")).toMatchObject({ k: "ref", sheet: "名单" });
    expect(parseFormula("=责任单位列表")).toEqual({ k: "name", name: "责任单位列表" });
    expect(ev("=1+2*3^2")).toBe(19);
    expect(ev("=1+2=3")).toBe(true);
    expect(ev('="a"&1+1')).toBe("a2");
    expect(ev("=--TRUE")).toBe(1);
    expect(ev("=-2^2")).toBe(4);
  });

  it("compares like Excel: text ignores case, blanks equal empty text, types never equal", () => {
    expect(ev('=A1=""')).toBe(true);
    expect(ev('=A1<>""', [[1]])).toBe(true);
    expect(ev('="ABC"="abc"')).toBe(true);
    expect(ev('=1="1"')).toBe(false);
    expect(ev('=EXACT("ABC","abc")')).toBe(false);
  });

  it("shifts relative references by the cell's offset, keeps absolute ones", () => {
    const rows = [
      ["a", "b"],
      ["c", "d"],
    ];
    expect(ev("=B1", rows, {}, { rows: 1, cols: -1 })).toBe("c");
    expect(ev("=$B$1", rows, {}, { rows: 1, cols: -1 })).toBe("b");
    expect(ev("=$B1", rows, {}, { rows: 1, cols: -1 })).toBe("d");
  });

  it("counts with COUNTIF/COUNTIFS criteria, wildcards included", () => {
    const rows: Scalar[][] = [
      [1, "x"],
      [1, ""],
      [2, "yy"],
      [1, 5],
    ];
    expect(ev('=COUNTIF(B1:B4,"?*")', rows)).toBe(2);
    expect(ev('=COUNTIFS(A1:A4,1,B1:B4,"?*")', rows)).toBe(1);
    expect(ev('=COUNTIF(A1:A4,">1")', rows)).toBe(1);
    expect(ev('=COUNTIF(B1:B4,"")', rows)).toBe(1);
    expect(ev('=COUNTIF(B1:B4,"<>")', rows)).toBe(3);
    expect(ev('=COUNTIF(B1:B4,"Y*")', rows)).toBe(1);
    expect(ev("=COUNTIFS(A1:A4,1,B1:B2,1)", rows)).toBeInstanceOf(FormulaError);
  });

  it("works element-wise over arrays: the unit and time rules", () => {
    const rows: Scalar[][] = [["教务处"], ["人事处"], ["学校"], ["2023年"], ["2024年"]];
    const names = { 单位: "A1:A3", 时间: "A4:A5" };
    const unitRule = (v: string) =>
      ev(
        `=AND("${v}"<>"",SUMPRODUCT(ISNUMBER(FIND("、"&单位&"、","、"&"${v}"&"、"))*(LEN(单位)+1))<>LEN("${v}")+1)`,
        rows,
        names,
      );
    expect(unitRule("教务处")).toBe(false);
    expect(unitRule("教务处、人事处")).toBe(false);
    expect(unitRule("教务处、后勤处")).toBe(true);
    expect(unitRule("教务")).toBe(true);
    expect(unitRule("")).toBe(false);
    expect(ev('=SUMPRODUCT(--EXACT(时间,"2023年"))', rows, names)).toBe(1);
    expect(ev('=SUMPRODUCT(--EXACT(时间,"2023"))', rows, names)).toBe(0);
  });

  it("gives errors for unknown functions, names and syntax, which are never truthy", () => {
    expect(ev("=VLOOKUP(1,A1:B2,2)")).toBeInstanceOf(FormulaError);
    expect(ev("=没有这个名字")).toBeInstanceOf(FormulaError);
    expect(ev("=AND(1,")).toBeInstanceOf(FormulaError);
    expect(ev('=ISNUMBER(FIND("z","abc"))')).toBe(false);
    expect(ev("=1/0")).toBeInstanceOf(FormulaError);
  });
});

describe("preview highlights of the loaded 附件1", () => {
  const fill = (h: Map<string, { fill?: string }>, address: string) => {
    const m = /^([A-Z])(\d+)$/.exec(address) as RegExpExecArray;
    return h.get(highlightKey(Number(m[2]) - 1, m[1].charCodeAt(0) - 65))?.fill ?? null;
  };

  it("agrees with 检查完整性 on which tasks have no measure", async () => {
    const { run, model } = await loaded(SAMPLE_DRAFT);
    const h = evaluateHighlights(model, "附件1");
    const result = await checkSheet(run, FUJIAN1);
    const missing = result.findings.filter((f) => f.kind === "no-measure");
    expect(missing).toHaveLength(27);
    for (const f of missing)
      expect([f.address, fill(h, f.address as string)]).toEqual([f.address, HIGHLIGHT_STYLE["no-measure"].fill]);
    expect(fill(h, "E7")).toBeNull(); // task 2 has measures in the sample
  });

  it("shows 不涉及, unknown units and times, and missing parts of a started row", async () => {
    const { run, model } = await loaded(SAMPLE_DRAFT);
    model.user.select("附件1", "E51");
    await setNotApplicable(run, FUJIAN1, "属省级职责");
    model.user.paste("附件1", "G7", [["教务部"]]);
    model.user.paste("附件1", "H7", [["2030年"]]);
    model.user.type("附件1", "F7", "");
    const h = evaluateHighlights(model, "附件1");
    expect(fill(h, "E51")).toBe(HIGHLIGHT_STYLE["not-applicable"].fill);
    expect(fill(h, "A51")).toBe(HIGHLIGHT_STYLE["not-applicable"].fill);
    expect(fill(h, "G7")).toBe(HIGHLIGHT_STYLE["unknown-unit"].fill);
    expect(fill(h, "H7")).toBe(HIGHLIGHT_STYLE["unknown-time"].fill);
    expect(fill(h, "F7")).toBe(HIGHLIGHT_STYLE.missing.fill);
    expect(fill(h, "I7")).toBeNull(); // outside every rule
  });
});

describe("preview grid helpers", () => {
  it("knows which formulas vary by row or column", () => {
    expect(relativeAxes(parseFormula('=AND($J6<>"",COUNTIF($J$6:$J$9,$J6)>0)'))).toEqual({ rows: true, cols: false });
    expect(relativeAxes(parseFormula('=G6=""'))).toEqual({ rows: true, cols: true });
    expect(relativeAxes(parseFormula("=SUM(名单!$A$2:$A$3)"))).toEqual({ rows: false, cols: false });
  });

  it("reuses highlights across a selection change and recomputes after an edit", async () => {
    const { model } = await loaded(SAMPLE_DRAFT);
    const first = highlightsOf(model, "附件1");
    model.user.select("附件1", "G7");
    expect(highlightsOf(model, "附件1")).toBe(first);
    model.user.type("附件1", "E6", "新举措");
    expect(highlightsOf(model, "附件1")).not.toBe(first);
  });

  it("reads clipboard text as rows of tab-separated cells", () => {
    expect(parseClipboard("a\tb\r\nc\n")).toEqual([
      ["a", "b"],
      ["c", ""],
    ]);
    expect(parseClipboard("")).toEqual([]);
  });

  it("moves over merged areas as one stop and skips the hidden key column", async () => {
    const { model } = await loaded(SAMPLE_DRAFT);
    const data = sheetData(model, "附件1");
    expect(data.colWidths[9]).toBe(0); // J: 任务序号, hidden by the add-in
    expect(data.cells[5][1]?.area).toBe("B6:B10");
    const at = (row: number, col: number) => ({ row, col, rows: 1, cols: 1 });
    expect(step(data, at(5, 0), 0, 1)?.area).toBe("B6:B10");
    expect(step(data, { row: 5, col: 1, rows: 5, cols: 1 }, 0, 1)?.address).toBe("C6");
    expect(step(data, { row: 5, col: 1, rows: 5, cols: 1 }, 1, 0)?.address).toBe("B11");
    expect(step(data, at(5, 8), 0, 1)?.address).toBe("K6");
  });

  it("lets unwrapped text run on over empty cells to its right, as Excel shows the label 附件1", async () => {
    const { model } = await loaded(SAMPLE_DRAFT);
    const data = sheetData(model, "附件1");
    expect(data.cells[0][0]).toMatchObject({ text: "附件1", spills: true, style: { overflow: "visible" } });
    // Wrapped text and merged areas stay inside their box.
    expect(data.cells[5][2]?.spills).toBeUndefined();
    expect(data.cells[1][0]?.spills).toBeUndefined();
  });
});
