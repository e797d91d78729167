/**
 * A draft's body (paragraphs and tables) to entries, notes and problems: pure calls on document XML strings
 * (readDocumentXml, then readDocxBlocks), no zip. What the person importing a draft sees: the header line, which
 * task a row is, the notes, and why a draft cannot be read.
 */
import { FUJIAN1 } from "../../src/form";
import { readDocumentXml } from "../../src/word/docx-xml";
import { readNumbering } from "../../src/word/numbering";
import { isWordProblem, type WordProblem } from "../../src/word/problems";
import { bare, fold, headerValues, readDocxBlocks, type WordReading } from "../../src/word/read-docx";
import { above, headerRows, p, tbl, tc, tr } from "./draft";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const T = (seq: string) => FUJIAN1.tasks.find((t) => t.seq === seq)!;

const blocks = (body: string) => readDocumentXml(`<w:document ${W}><w:body>${body}</w:body></w:document>`);

function read(body: string, pageHeaders: string[] = []): WordReading {
  const r = readDocxBlocks(FUJIAN1, blocks(body), pageHeaders);
  if (isWordProblem(r)) throw new Error(r.message);
  return r;
}

function problem(body: string): WordProblem {
  const r = readDocxBlocks(FUJIAN1, blocks(body));
  if (!isWordProblem(r)) throw new Error("read, but a problem was expected");
  return r;
}

/** A task's row: 序号 as typed, its official cells, then the fill cells. */
const taskRow = (seqText: string, seq: string, fill: string[], mainTask = "") =>
  tr(tc(seqText), tc(mainTask), tc(T(seq).content), tc(T(seq).department), ...fill.map((f) => tc(f)));
const fill = ["举措", "目标", "教务处", "2023年"];
const row = { measure: "举措", target: "目标", unit: "教务处", time: "2023年" };

describe("folding text for comparison", () => {
  it("drops blanks and folds full-width forms; bare only drops blanks", () => {
    expect(fold(" 序　号\n")).toBe("序号");
    expect(fold("ＡＢ（１）")).toBe("AB(1)");
    expect(bare(" Ａ　B\tc\n")).toBe("ＡBc");
  });
});

describe("the header line", () => {
  it("takes each label's value up to the next label, without the colon, blanks or underlines", () => {
    expect(headerValues(FUJIAN1, ["单位（公章）：__某学院__  联系人: 李四   联系电话：＿0416-1234567＿"])).toEqual({
      unit: "某学院",
      contact: "李四",
      phone: "0416-1234567",
    });
  });

  it("reads labels in any order and over several lines; the first line with a label wins", () => {
    expect(
      headerValues(FUJIAN1, ["联系电话：13700000000 单位（公章）：甲学院", "联系人：王五", "联系人：赵六"]),
    ).toEqual({
      unit: "甲学院",
      contact: "王五",
      phone: "13700000000",
    });
    expect(headerValues(FUJIAN1, ["附件1", "标题"])).toEqual({ unit: "", contact: "", phone: "" });
  });

  it("comes from the paragraphs above the table, from rows above its header, or from the page header", () => {
    const body = tbl(8, [...headerRows(FUJIAN1), taskRow("1", "1", fill)]);
    expect(read(above(FUJIAN1) + body).entries.header).toEqual({
      unit: "某某职业技术学院",
      contact: "李四",
      phone: "024-12345678",
    });
    const inTable = tbl(8, [
      tr(tc("单位（公章）：表内学院 联系人：周七\n联系电话：13800000000", { span: 8 })),
      ...headerRows(FUJIAN1),
      taskRow("1", "1", fill),
    ]);
    expect(read(inTable).entries.header).toEqual({ unit: "表内学院", contact: "周七", phone: "13800000000" });
    expect(read(body, ["单位（公章）：页眉学院", "联系人：赵六"]).entries.header).toEqual({
      unit: "页眉学院",
      contact: "赵六",
      phone: "",
    });
  });
});

describe("which task a row is", () => {
  it("reads 序号 as typed: full-width, with a dot or 、, in brackets", () => {
    const r = read(
      tbl(8, [
        ...headerRows(FUJIAN1),
        taskRow("１", "1", fill),
        taskRow("2.", "2", fill),
        taskRow("3、", "3", fill),
        taskRow("(4)", "4", fill),
        taskRow("（5）", "5", fill),
        taskRow(" 6 ", "6", fill),
      ]),
    );
    expect(Object.keys(r.entries.rows)).toEqual(["1", "2", "3", "4", "5", "6"]);
    expect(r.notes).toEqual([]);
  });

  it("a 序号 of no task, with a task's official text, is that task (noted); without, the row is kept apart", () => {
    const r = read(
      tbl(8, [
        ...headerRows(FUJIAN1),
        taskRow("99", "7", fill),
        tr(tc("98"), tc(""), tc("不是官方文字"), tc(""), ...fill.map((f) => tc(f))),
      ]),
    );
    expect(r.entries.rows["7"]).toEqual([row]);
    expect(r.notes).toEqual([{ kind: "matched-by-text", row: 3, seq: "7" }]);
    expect(r.reading.strays).toHaveLength(1);
    expect(r.wordRows[r.reading.strays[0].row]).toBe(4);
  });

  it("a row without 序号 whose text is no task's is kept as a row of no task, named by its text", () => {
    const r = read(
      tbl(8, [
        ...headerRows(FUJIAN1),
        taskRow("1", "1", fill),
        tr(tc(""), tc(""), tc("自拟的一项工作内容很长很长"), tc(""), ...fill.map((f) => tc(f))),
      ]),
    );
    expect(r.grid[r.reading.strays[0].row][0]).toBe("?自拟的一项工作内容很长很");
    expect(r.notes).toEqual([]);
  });

  it("a row repeating the previous task's 序号 and text is that task's next measure row", () => {
    const r = read(
      tbl(8, [
        ...headerRows(FUJIAN1),
        taskRow("8", "8", fill),
        taskRow("8", "8", ["举措二", "目标二", "人事处", "2024年"]),
        tr(tc("8"), tc(""), tc(""), tc(""), ...fill.map((f) => tc(f))),
      ]),
    );
    expect(r.entries.rows["8"].map((m) => m.measure)).toEqual(["举措", "举措二", "举措"]);
    expect(r.reading.starts.map((s) => s.seq)).toEqual(["8"]);
  });

  it("a 序号 from automatic numbering that counted on wrongly yields to the official text (noted)", () => {
    // numbered cells: the 序号 column carries Word's numbering; the reader knows it from the cell's flag.
    const numbering = `<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>`;
    const xml = `<w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="4"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
    const seqCell = `<w:tc><w:p>${numbering}</w:p></w:tc>`;
    const body = tbl(8, [
      ...headerRows(FUJIAN1),
      `<w:tr>${seqCell}${tc("")}${tc(T("1").content)}${tc(T("1").department)}${fill.map((f) => tc(f)).join("")}</w:tr>`,
    ]);
    const r = readDocxBlocks(
      FUJIAN1,
      readDocumentXml(`<w:document ${W}><w:body>${body}</w:body></w:document>`, readNumbering(xml)),
    );
    if (isWordProblem(r)) throw new Error(r.message);
    expect(r.entries.rows).toEqual({ "1": [row] });
    expect(r.notes).toEqual([{ kind: "matched-by-text", row: 3, seq: "1" }]);
  });
});

describe("what the reader restores, skips and notes", () => {
  it("restores official text that differs only by blanks, and counts the cells restored", () => {
    const t = T("2");
    const spaced = [...t.content].join(" ");
    const r = read(
      tbl(8, [
        ...headerRows(FUJIAN1),
        tr(tc("2"), tc(""), tc(spaced), tc(`${t.department} `), ...fill.map((f) => tc(f))),
      ]),
    );
    expect(r.grid[5].slice(2, 4)).toEqual([t.content, t.department]);
    expect(r.restored).toBe(1);
  });

  it("skips header rows repeated on each page, and rows with nothing in them", () => {
    const groups = headerRows(FUJIAN1)[0];
    const r = read(
      tbl(8, [
        ...headerRows(FUJIAN1),
        taskRow("1", "1", fill),
        ...headerRows(FUJIAN1),
        tr(...Array(8).fill(tc(""))),
        groups,
        taskRow("2", "2", fill),
      ]),
    );
    expect(Object.keys(r.entries.rows)).toEqual(["1", "2"]);
    expect(r.reading.strays).toEqual([]);
    expect(r.wordRows.slice(5)).toEqual([3, 8]);
  });

  it("notes a column the form does not have, by its title or, without one, by its number; its text is kept", () => {
    const header = tr(...FUJIAN1.columns.map((c) => tc(c.title)), tc("备注"), tc(""));
    const withExtra = (seq: string, note: string, other: string) =>
      tr(tc(seq), tc(""), tc(T(seq).content), tc(T(seq).department), ...fill.map((f) => tc(f)), tc(note), tc(other));
    // The untitled column's first text is below the rows a header is looked for in (the first 8).
    const rows = ["1", "2", "3", "4", "5", "6", "7"].map((seq) => withExtra(seq, "", ""));
    const r = read(tbl(10, [header, ...rows, withExtra("8", "说明", "另一说明")]));
    expect(r.notes).toEqual([
      { kind: "extra-column", title: "备注" },
      { kind: "extra-column", title: "第 10 列" },
    ]);
    expect(r.entries.rows["8"]).toEqual([row]);
    expect(r.grid[12].slice(9)).toEqual(["说明", "另一说明"]);
  });

  it("a 不涉及 typed in 具体举措 with the rest empty is a mark (noted); one over the fill columns is not noted", () => {
    const r = read(
      tbl(8, [
        ...headerRows(FUJIAN1),
        taskRow("1", "1", ["不涉及：无此专业", "", "", ""]),
        tr(tc("2"), tc(""), tc(T("2").content), tc(T("2").department), tc("不涉及：省级任务", { span: 4 })),
        taskRow("3", "3", ["不涉及的举措", "目标", "教务处", "2023年"]),
      ]),
    );
    expect(r.entries.marks).toEqual({ "1": "无此专业", "2": "省级任务" });
    expect(r.notes).toEqual([{ kind: "mark-from-text", row: 3, seq: "1" }]);
    expect(r.entries.rows).toEqual({ "3": [{ ...row, measure: "不涉及的举措" }] });
  });

  it("a 不涉及 before any task belongs to none: kept apart as a row of no task, not a mark noted for no task", () => {
    const r = read(
      tbl(8, [
        ...headerRows(FUJIAN1),
        tr(tc(""), tc(""), tc(""), tc(""), tc("不涉及：无此专业"), tc(""), tc(""), tc("")),
        tr(tc(""), tc(""), tc(""), tc(""), tc("不涉及：省级任务", { span: 4 })),
        taskRow("1", "1", fill),
      ]),
    );
    expect(r.notes).toEqual([]);
    expect(r.entries.marks).toBeUndefined();
    expect(r.reading.strays.map((s) => [r.wordRows[s.row], s.values.measure])).toEqual([
      [3, "不涉及：无此专业"],
      [4, "不涉及：省级任务"],
    ]);
    expect(r.entries.rows).toEqual({ "1": [row] });
  });

  it("a table of another grid after the form's is not read as its continuation", () => {
    const r = read(
      tbl(8, [...headerRows(FUJIAN1), taskRow("1", "1", fill)]) + p("") + tbl(3, [tr(tc("2"), tc("x"), tc("y"))]),
    );
    expect(Object.keys(r.entries.rows)).toEqual(["1"]);
    expect(r.reading.strays).toEqual([]);
  });

  it("drops a task's trailing empty rows under a vertical merge, keeps the rows between", () => {
    const cont = tc("", { vMerge: "continue" });
    const r = read(
      tbl(8, [
        ...headerRows(FUJIAN1),
        tr(
          tc("1", { vMerge: "restart" }),
          tc(""),
          tc(T("1").content, { vMerge: "restart" }),
          tc(T("1").department, { vMerge: "restart" }),
          ...fill.map((f) => tc(f)),
        ),
        tr(cont, tc(""), cont, cont, tc(""), tc(""), tc(""), tc("")),
        tr(cont, tc(""), cont, cont, tc("举措二"), tc("目标二"), tc("人事处"), tc("2024年")),
        tr(cont, tc(""), cont, cont, tc(""), tc(""), tc(""), tc("")),
      ]),
    );
    expect(r.entries.rows["1"]).toEqual([
      row,
      { measure: "", target: "", unit: "", time: "" },
      { measure: "举措二", target: "目标二", unit: "人事处", time: "2024年" },
    ]);
  });
});

describe("why a draft cannot be read", () => {
  it("says how many tables it has when none is the form's", () => {
    expect(problem(p("正文"))).toMatchObject({ kind: "no-table", params: { tables: "0" } });
    expect(problem(tbl(2, [tr(tc("姓名"), tc("电话"))]) + tbl(1, [tr(tc("x"))]))).toMatchObject({
      kind: "no-table",
      params: { tables: "2" },
    });
  });

  it("names the Word row of a text box, in the continuation table too", () => {
    const box = `<w:p><w:r><w:pict><w:txbxContent><w:p><w:r><w:t>框</w:t></w:r></w:p></w:txbxContent></w:pict></w:r></w:p>`;
    const boxed = taskRow("2", "2", ["举措", "目标", "教务处", "2023年"]).replace("<w:p>", box + "<w:p>");
    expect(problem(tbl(8, [...headerRows(FUJIAN1), taskRow("1", "1", fill), boxed]))).toMatchObject({
      kind: "text-box",
      params: { row: "4" },
    });
    expect(problem(tbl(8, [...headerRows(FUJIAN1), taskRow("1", "1", fill)]) + tbl(8, [boxed]))).toMatchObject({
      kind: "text-box",
      params: { row: "1" },
    });
  });
});
