/**
 * Each kind of cell as the reader gives it to the check, from workbooks written as XML by hand: the value
 * Excel shows (shared and inline strings, rich text without its phonetic guide, numbers, booleans, error codes,
 * dates by style and by type, 1904 dates), where it stands (rows and cells without r, the column limit),
 * merged areas, hidden rows, and the rows below the form. Fast: no ExcelJS.
 */
import { FUJIAN1 } from "../../src/form";
import { MAX_COLUMNS, MAX_ROWS } from "../../src/xlsx/limits";
import { readWorkbookFile, type WorkbookReading } from "../../src/xlsx/read-file";
import { dateText, serialDate } from "../../src/xlsx/sheet-grid";
import { bookBytes, bookParts, FIRST_FREE_ROW, formSheet, FORM_ROWS, type BookOptions } from "./book-xml";
import { zipParts } from "./hand-package";

async function reading(below: string, options: BookOptions & { after?: string } = {}): Promise<WorkbookReading> {
  const r = await readWorkbookFile(await bookBytes({ 附件1: formSheet(below, options.after) }, options), FUJIAN1);
  if ("kind" in r) throw new Error(`unreadable: ${r.kind} ${r.message}`);
  return r;
}

/** The grid's rows from FIRST_FREE_ROW on (what the test put below the form). */
async function below(xml: string, options: BookOptions & { after?: string } = {}): Promise<unknown[][]> {
  return (await reading(xml, options)).grid.slice(FIRST_FREE_ROW - 1);
}

const row = (cells: string, r = FIRST_FREE_ROW, attrs = "") => `<row r="${r}"${attrs}>${cells}</row>`;

describe("values as Excel shows them", () => {
  it("strings: shared, inline, rich text (phonetic guides left out), str formula results", async () => {
    const shared = [
      "<t>未用</t>",
      "<t>教务处</t>",
      '<r><t>人事</t></r><r><rPr><b/></rPr><t xml:space="preserve">处 </t></r>',
    ];
    shared.push("<r><t>东</t></r><rPh sb='0' eb='1'><t>とう</t></rPh><r><t>京</t></r>");
    const cells =
      '<c r="A62" t="s"><v>1</v></c><c r="B62" t="s"><v>2</v></c><c r="C62" t="s"><v>3</v></c>' +
      '<c r="D62" t="inlineStr"><is><r><t>甲</t></r><rPh><t>コウ</t></rPh><r><t>乙</t></r></is></c>' +
      '<c r="E62" t="str"><f>A1&amp;""</f><v>公式结果</v></c><c r="F62" t="s"><v>9</v></c>';
    // A reference to a string the workbook does not have reads as empty.
    expect(await below(row(cells), { shared })).toEqual([["教务处", "人事处 ", "东京", "甲乙", "公式结果", ""]]);
  });

  it("a shared string in a workbook without shared strings reads as empty", async () => {
    expect(await below(row('<c r="A62" t="s"><v>0</v></c><c r="B62"><v>1</v></c>'))).toEqual([["", 1]]);
  });

  it("numbers, booleans, error codes, text left in a number cell", async () => {
    const cells =
      '<c r="A62"><v>42</v></c><c r="B62" t="n"><v>-0.5</v></c><c r="C62" t="b"><v>1</v></c>' +
      '<c r="D62" t="b"><v> 1 </v></c><c r="E62" t="b"><v> true </v></c><c r="F62" t="e"><v>#REF!</v></c>' +
      '<c r="G62"><v>12ab</v></c><c r="H62"><v>  </v></c><c r="I62" t="e"><f>1/0</f><v>#DIV/0!</v></c>' +
      '<c r="J62" t="str"><f>"1"&amp;"2"</f><v>12</v></c><c r="K62" t="b"><v>0</v></c>';
    expect(await below(row(cells))).toEqual([
      [42, -0.5, true, true, true, "#REF!", "12ab", "  ", "#DIV/0!", "12", false],
    ]);
  });

  it("a date cell (t=d) as YYYY-MM-DD, with its time only when it has one", async () => {
    const cells =
      '<c r="A62" t="d"><v>2024-01-02T09:30:00Z</v></c><c r="B62" t="d"><v>2024-03-04T00:00:00Z</v></c>' +
      '<c r="C62" t="d"><v>2024-03-04T00:05:00Z</v></c><c r="D62" t="d"><v>不是日期</v></c><c r="E62"><v>1</v></c>';
    expect(await below(row(cells))).toEqual([["2024-01-02 09:30", "2024-03-04", "2024-03-04 00:05", "", 1]]);
  });

  it("dateText and serialDate: Excel's serials in both date systems", () => {
    expect(dateText(serialDate(45293, false))).toBe("2024-01-02");
    expect(dateText(serialDate(45293.396, false))).toBe("2024-01-02 09:30");
    expect(dateText(serialDate(45293 + 1 / 24, false))).toBe("2024-01-02 01:00");
    expect(dateText(serialDate(0, true))).toBe("1904-01-01");
    expect(dateText(serialDate(61, false))).toBe("1900-03-01");
    expect(dateText(new Date(Number.NaN))).toBe("");
  });
});

describe("numbers shown as dates, by their style", () => {
  // cellXfs: 0 general, 1 built-in date 14, 2 custom yyyy/m/d, 3 custom text with quotes, 4 [Red] colour only,
  // 5 built-in 58 (a CJK date), 6 built-in 59 (a number), 7 custom time h:mm, 8 built-in 22 (date and time),
  // 9 a custom format without its code.
  const styles =
    '<numFmts count="4"><numFmt numFmtId="164" formatCode="yyyy/m/d"/><numFmt numFmtId="165" formatCode="0&quot; days&quot;"/>' +
    '<numFmt numFmtId="166" formatCode="[Red]0.00"/><numFmt numFmtId="167" formatCode="h:mm"/><numFmt formatCode="yyyy"/><numFmt numFmtId="168"/></numFmts>' +
    '<cellStyleXfs count="2"><xf numFmtId="14"/><xf numFmtId="14"/></cellStyleXfs>' +
    '<cellXfs count="9"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/>' +
    '<xf numFmtId="58"/><xf numFmtId="59"/><xf numFmtId="167"/><xf numFmtId="22"/><xf numFmtId="168"/></cellXfs>' +
    '<cellStyles><xf numFmtId="14"/></cellStyles>';
  const cells = (serial: number) =>
    Array.from({ length: 11 }, (_, s) => `<c r="${String.fromCharCode(65 + s)}62" s="${s}"><v>${serial}</v></c>`).join(
      "",
    );

  it("built-in and custom date formats give dates; quoted text, colours and numbers stay numbers", async () => {
    expect(await below(row(cells(45293)), { styles })).toEqual([
      [45293, "2024-01-02", "2024-01-02", 45293, 45293, "2024-01-02", 45293, "2024-01-02", "2024-01-02", 45293, 45293],
    ]);
  });

  it("in the 1904 date system (date1904 as 1 or true)", async () => {
    for (const workbookPr of ['date1904="1"', 'date1904="true"']) {
      const [r] = await below(row(cells(43831)), { styles, workbookPr });
      expect(r.slice(0, 3)).toEqual([43831, "2024-01-02", "2024-01-02"]);
    }
    const [r] = await below(row(cells(45293)), { styles, workbookPr: 'date1904="0"' });
    expect(r[1]).toBe("2024-01-02");
  });

  it("a cell without a style, or a workbook without styles, keeps its number", async () => {
    expect(await below(row('<c r="A62"><v>45293</v></c>'), { styles })).toEqual([[45293]]);
    expect(await below(row('<c r="A62" s="1"><v>45293</v></c>'))).toEqual([[45293]]);
  });
});

describe("where each value stands", () => {
  it("rows and cells without r follow the one before; references in lower case are read", async () => {
    const xml =
      row('<c r="B62" t="inlineStr"><is><t>b</t></is></c><c t="inlineStr"><is><t>c</t></is></c>') +
      '<row><c t="inlineStr"><is><t>a</t></is></c><c r="d63"><v>4</v></c></row>';
    expect(await below(xml)).toEqual([[undefined, "b", "c"].map((v) => v ?? ""), ["a", "", "", 4]]);
  });

  it("a row whose r is not a row number takes the row of its cells' references", async () => {
    const xml = `<row r="x"><c r="C63"><v>3</v></c></row><row r="0"><c r="A62"><v>1</v></c></row>`;
    expect(await below(xml)).toEqual([[1], ["", "", 3]]);
  });

  it(`reads ${MAX_COLUMNS} columns of a row and ignores cells further right`, async () => {
    const last = `<c r="Z62"><v>26</v></c><c r="az62"><v>52</v></c><c r="BL62"><v>64</v></c><c r="BM62"><v>65</v></c>`;
    const [r] = await below(row(last));
    expect(r).toHaveLength(MAX_COLUMNS);
    expect([r[25], r[51], r[MAX_COLUMNS - 1]]).toEqual([26, 52, 64]);
  });

  it("a cell holding nothing (or an empty string) leaves its place empty; trailing empty rows are dropped", async () => {
    const xml =
      row('<c r="A62" t="s"/><c r="B62" t="inlineStr"><is><t></t></is></c><c r="C62"><v>1</v></c>') +
      row('<c r="A64" t="inlineStr"><is><t></t></is></c><c r="B64" t="str"><v></v></c>', 64) +
      row('<c r="A65" s="3"/>', 65);
    const grid = (await reading(xml)).grid;
    expect(grid.slice(FIRST_FREE_ROW - 1)).toEqual([["", "", 1]]);
  });
});

describe("merged areas and hidden rows", () => {
  it("blanks the stored cells a merge covers (not its top-left one) and lists the merges as written", async () => {
    const xml =
      row('<c r="A62"><v>1</v></c><c r="B62"><v>2</v></c><c r="D62"><v>4</v></c><c r="G62"><v>7</v></c>') +
      row('<c r="A63"><v>5</v></c>', 63);
    // A reference without a row ("bad") or a column ("12") is no merge; a merge past the last row or column is
    // read as far as it goes.
    const merges =
      '<mergeCells><mergeCell ref="A62:B63"/><mergeCell ref="D62:F62"/><mergeCell ref="H62"/><mergeCell ref="G62:G99"/>' +
      '<mergeCell ref="bad"/><mergeCell ref="12:13"/><mergeCell ref=""/><mergeCell/></mergeCells>';
    const r = await reading(xml, { after: merges });
    expect(r.grid.slice(FIRST_FREE_ROW - 1)).toEqual([[1, "", "", 4, "", "", 7]]);
    expect(r.merges).toEqual(["A62:B63", "D62:F62", "H62:H62", "G62:G99"]);
  });

  it("lists the hidden rows of the form's sheet (hidden as 1 or true), 0-based", async () => {
    const xml =
      row('<c r="A62"><v>1</v></c>', 62, ' hidden="1"') +
      row("", 63, ' hidden="true"') +
      row("", 64, ' hidden="0"') +
      row('<c r="A65"><v>1</v></c>', 65, ' hidden="false"');
    expect((await reading(xml)).hiddenRows).toEqual([61, 62]);
  });

  it(`hidden rows from row ${MAX_ROWS + 1} on are not read`, async () => {
    const xml = row("", MAX_ROWS, ' hidden="1"') + row("", MAX_ROWS + 1, ' hidden="1"');
    expect((await reading(xml)).hiddenRows).toEqual([MAX_ROWS - 1]);
  });
});

describe(`below row ${MAX_ROWS}`, () => {
  const far = (cells: string) => row(cells.replace(/ROW/g, String(MAX_ROWS + 1)), MAX_ROWS + 1);

  it("empty strings, and formulas without a result, are nothing: the file is read", async () => {
    const xml = far(
      '<c r="AROW" t="inlineStr"><is><t></t></is></c><c r="BROW" t="str"><v></v></c><c r="EROW"><f>1+1</f></c>',
    );
    expect((await reading(xml)).grid).toHaveLength(FORM_ROWS.length);
  });

  it("a value makes the file unreadable", async () => {
    const bytes = await bookBytes({ 附件1: formSheet(far('<c r="EROW" t="str"><f>1+1</f><v>2</v></c>')) });
    expect(await readWorkbookFile(bytes, FUJIAN1)).toMatchObject({ kind: "too-many-rows" });
  });
});

describe("shared strings", () => {
  it("those after the last one used are not read (a damaged tail does not matter)", async () => {
    const parts = bookParts(
      { 附件1: formSheet(row('<c r="A62" t="s"><v>1</v></c>')) },
      { shared: ["<t>甲</t>", "<t>乙</t>"] },
    );
    parts["xl/strings.xml"] = parts["xl/strings.xml"].replace("</sst>", "<si><t>丙</si></sst>");
    const r = await readWorkbookFile(await zipParts(parts), FUJIAN1);
    expect("grid" in r && r.grid.slice(FIRST_FREE_ROW - 1)).toEqual([["乙"]]);
  });
});

describe("the form's own rows", () => {
  it("read as written: the grid equals the plan's values", async () => {
    const trimmed = (r: unknown[]) => {
      let end = r.length;
      while (end > 0 && r[end - 1] === "") end--;
      return r.slice(0, end);
    };
    expect((await reading("")).grid.map(trimmed)).toEqual(FORM_ROWS.map(trimmed));
  });
});
