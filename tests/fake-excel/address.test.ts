import fc from "fast-check";
import {
  columnToLetters,
  lettersToColumn,
  MAX_COLS,
  MAX_ROWS,
  parseAddress,
  parseReference,
  qualifiedAddress,
  quoteSheetName,
  subtractRect,
  toAddress,
} from "../../src/fake-excel";
import { renameSheetInFormula, shiftRowsInFormula } from "../../src/fake-excel/refs";

describe("address utilities", () => {
  it("converts column letters both ways", () => {
    expect(columnToLetters(0)).toBe("A");
    expect(columnToLetters(25)).toBe("Z");
    expect(columnToLetters(26)).toBe("AA");
    expect(columnToLetters(MAX_COLS - 1)).toBe("XFD");
    expect(lettersToColumn("xfd")).toBe(16383);
    expect(() => lettersToColumn("XFE")).toThrow();
    fc.assert(fc.property(fc.integer({ min: 0, max: MAX_COLS - 1 }), (i) => lettersToColumn(columnToLetters(i)) === i));
  });

  it("parses cells, areas, whole columns and whole rows", () => {
    expect(parseAddress("A1")).toEqual({ row: 0, col: 0, rows: 1, cols: 1 });
    expect(parseAddress("$B$2:A1")).toEqual({ row: 0, col: 0, rows: 2, cols: 2 });
    expect(parseAddress("A:D")).toEqual({ row: 0, col: 0, rows: MAX_ROWS, cols: 4 });
    expect(parseAddress("3:5")).toEqual({ row: 2, col: 0, rows: 3, cols: MAX_COLS });
    expect(() => parseAddress("A0")).toThrow();
    expect(() => parseAddress("A1:C")).toThrow();
    expect(toAddress(6, 6, 54, 1)).toBe("G7:G60");
    expect(toAddress(0, 0, MAX_ROWS, 4)).toBe("A:D");
    expect(toAddress(2, 0, 3, MAX_COLS)).toBe("3:5");
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 1, max: 50 }),
        (row, col, rows, cols) => {
          const r = { row, col, rows, cols };
          expect(parseAddress(toAddress(row, col, rows, cols))).toEqual(r);
        },
      ),
    );
  });

  it("quotes sheet names when needed and parses references", () => {
    expect(quoteSheetName("附件1")).toBe("附件1");
    expect(quoteSheetName("附件1 新")).toBe("'附件1 新'");
    expect(quoteSheetName("2024")).toBe("'2024'");
    expect(quoteSheetName("A1")).toBe("'A1'");
    expect(quoteSheetName("O'Brien")).toBe("'O''Brien'");
    expect(qualifiedAddress("Lists", parseAddress("A1:A12"), true)).toBe("Lists!$A$1:$A$12");
    expect(parseReference("='附件1 新'!$A$1:$A$9")).toEqual({
      sheet: "附件1 新",
      rect: { row: 0, col: 0, rows: 9, cols: 1 },
    });
    expect(parseReference("=责任单位列表")).toBeNull();
  });

  it("subtracts rectangles into disjoint bands covering the rest", () => {
    fc.assert(
      fc.property(
        fc.record({
          row: fc.nat(20),
          col: fc.nat(20),
          rows: fc.integer({ min: 1, max: 10 }),
          cols: fc.integer({ min: 1, max: 10 }),
        }),
        fc.record({
          row: fc.nat(20),
          col: fc.nat(20),
          rows: fc.integer({ min: 1, max: 10 }),
          cols: fc.integer({ min: 1, max: 10 }),
        }),
        (a, b) => {
          const parts = subtractRect(a, b);
          const inside = (r: typeof a, y: number, x: number) =>
            y >= r.row && y < r.row + r.rows && x >= r.col && x < r.col + r.cols;
          for (let y = a.row; y < a.row + a.rows; y++) {
            for (let x = a.col; x < a.col + a.cols; x++) {
              const hits = parts.filter((p) => inside(p, y, x)).length;
              expect(hits).toBe(inside(b, y, x) ? 0 : 1);
            }
          }
        },
      ),
    );
  });

  it("rewrites references in formulas, leaving strings alone", () => {
    expect(renameSheetInFormula("=Lists!A1&\"Lists!A1\"&'Lists'!B2", "Lists", "新 表")).toBe(
      "='新 表'!A1&\"Lists!A1\"&'新 表'!B2",
    );
    expect(shiftRowsInFormula("=SUM($A$7:A10)+B5+LOG10(2)+C:C", "S", "S", 6, 2)).toBe("=SUM($A$9:A12)+B5+LOG10(2)+C:C");
    expect(shiftRowsInFormula("=Other!A9+A9", "S", "Other", 0, 1)).toBe("=Other!A10+A9");
    expect(shiftRowsInFormula("=A5+SUM(A4:A6)", null, "S", 4, -1)).toBe("=A5+SUM(A4:A6)");
    expect(shiftRowsInFormula("=A5+SUM(A4:A6)", "S", "S", 4, -1)).toBe("=#REF!+SUM(A4:A5)");
  });
});
