/**
 * How a draft's table is laid out, read as the person importing it expects: headers broken over rows, cells spanning
 * columns, repeated headers, tables continued or not, which task a row starts. Pure calls on XML strings.
 */
import { FUJIAN1 } from "../../src/form";
import { readDocumentXml } from "../../src/word/docx-xml";
import { isWordProblem } from "../../src/word/problems";
import { readDocxBlocks, type WordReading } from "../../src/word/read-docx";
import { headerRows, p, tbl, tc, tr } from "./draft";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const T = (seq: string) => FUJIAN1.tasks.find((t) => t.seq === seq)!;
const group = (seq: string) => FUJIAN1.groups[T(seq).group].title;

function read(body: string): WordReading {
  const r = readDocxBlocks(FUJIAN1, readDocumentXml(`<w:document ${W}><w:body>${body}</w:body></w:document>`));
  if (isWordProblem(r)) throw new Error(r.message);
  return r;
}

const fill = ["举措", "目标", "教务处", "2023年"];
const row = { measure: "举措", target: "目标", unit: "教务处", time: "2023年" };
const taskRow = (seq: string, cells = fill, content = T(seq).content, seqText = seq) =>
  tr(tc(seqText), tc(""), tc(content), tc(T(seq).department), ...cells.map((f) => tc(f)));
const starts = (r: WordReading) => r.reading.starts.map((s) => s.seq);

describe("the header row", () => {
  it("is found with its titles broken over two rows and an empty row between", () => {
    const top = ["序", "主要", "任务", "责任", "具体", "完成", "责任单位", "完成"];
    const bottom = ["号", "任务", "内容", "部门", "举措", "目标", "（部门）", "时间"];
    const r = read(
      tbl(8, [
        tr(...top.map((t) => tc(t))),
        tr(...top.map(() => tc(""))),
        tr(...bottom.map((t) => tc(t))),
        taskRow("1"),
      ]),
    );
    expect(r.entries.rows).toEqual({ "1": [row] });
    expect(r.wordRows.slice(5)).toEqual([4]);
  });

  it("is not completed by a row of other words", () => {
    const top = ["序", "主要", "任务", "责任", "具体", "完成", "责任单位", "完成"];
    const r = readDocxBlocks(
      FUJIAN1,
      readDocumentXml(
        `<w:document ${W}><w:body>${tbl(8, [tr(...top.map((t) => tc(t))), tr(...top.map(() => tc("x"))), taskRow("1")])}</w:body></w:document>`,
      ),
    );
    expect(isWordProblem(r) && r.kind).toBe("no-table");
  });

  it("takes an extra column's title from the row of titles under the merged groups", () => {
    const rows = headerRows(FUJIAN1);
    const header = [rows[0].replace("</w:tr>", `${tc("")}</w:tr>`), rows[1].replace("</w:tr>", `${tc("备注")}</w:tr>`)];
    const r = read(
      tbl(9, [
        ...header,
        tr(tc("1"), tc(""), tc(T("1").content), tc(T("1").department), ...fill.map((f) => tc(f)), tc("说明")),
      ]),
    );
    expect(r.notes).toEqual([{ kind: "extra-column", title: "备注" }]);
  });

  it("reads the header line from cells above the titles, a cell's paragraphs joined", () => {
    const line = tr(
      tc(["单位（公章）：", "甲学院"], { span: 2 }),
      tc("联系人："),
      tc("李四"),
      tc("联系电话：13800000000", { span: 4 }),
    );
    const r = read(tbl(8, [line, ...headerRows(FUJIAN1), taskRow("1")]));
    expect(r.entries.header).toEqual({ unit: "甲学院", contact: "李四", phone: "13800000000" });
  });
});

describe("cells spanning columns", () => {
  it("a 具体举措 spanning 完成目标 leaves the target empty, the unit and time read in their columns", () => {
    const r = read(
      tbl(8, [
        ...headerRows(FUJIAN1),
        tr(
          tc("1"),
          tc(""),
          tc(T("1").content),
          tc(T("1").department),
          tc("举措与目标", { span: 2 }),
          tc("教务处"),
          tc("2023年"),
        ),
      ]),
    );
    expect(r.entries.rows["1"]).toEqual([{ measure: "举措与目标", target: "", unit: "教务处", time: "2023年" }]);
  });

  it("a 不涉及 typed in 具体举措 is a mark only when the rest of the row is empty", () => {
    const r = read(
      tbl(8, [
        ...headerRows(FUJIAN1),
        taskRow("1", ["不涉及：说明", "目标", "", ""]),
        taskRow("2", ["不涉及：说明", "", "", "2024年"]),
      ]),
    );
    expect(r.entries.marks).toBeUndefined();
    expect(r.entries.rows["1"]).toEqual([{ measure: "不涉及：说明", target: "目标", unit: "", time: "" }]);
  });

  it("a task marked 不涉及 over the fill columns keeps the measures below its mark apart from the mark", () => {
    const cont = tc("", { vMerge: "continue" });
    const r = read(
      tbl(8, [
        ...headerRows(FUJIAN1),
        tr(
          tc("1", { vMerge: "restart" }),
          tc(""),
          tc(T("1").content, { vMerge: "restart" }),
          tc(T("1").department, { vMerge: "restart" }),
          tc("不涉及：省级任务", { span: 4 }),
        ),
        tr(cont, tc(""), cont, cont, ...fill.map((f) => tc(f))),
      ]),
    );
    expect(r.entries.marks).toEqual({ "1": "省级任务" });
    expect(r.entries.rows).toEqual({ "1": [row] });
  });

  it("a 具体举措 merged down over three rows is one shared measure, merged E6:E8 on the sheet", () => {
    const cont = tc("", { vMerge: "continue" });
    const r = read(
      tbl(8, [
        ...headerRows(FUJIAN1),
        tr(
          tc("1"),
          tc(""),
          tc(T("1").content),
          tc(T("1").department),
          tc("共同举措", { vMerge: "restart" }),
          tc("甲"),
          tc("教务处"),
          tc("2023年"),
        ),
        tr(tc(""), tc(""), tc(""), tc(""), cont, tc("乙"), tc("人事处"), tc("2024年")),
        tr(tc(""), tc(""), tc(""), tc(""), cont, tc("丙"), tc("财务处"), tc("2025年")),
        taskRow("2"),
      ]),
    );
    expect(r.merges).toEqual(["E6:E8"]);
    expect(r.entries.rows["1"].map((m) => [m.target, m.sameMeasure ?? false])).toEqual([
      ["甲", false],
      ["乙", true],
      ["丙", true],
    ]);
  });
});

describe("what a cell's text is", () => {
  it("official text wrapped over paragraphs is one text, not a change to restore", () => {
    const content = T("1").content;
    const half = Math.floor([...content].length / 2);
    const wrapped = [[...content].slice(0, half).join(""), [...content].slice(half).join("")];
    const r = read(
      tbl(8, [
        ...headerRows(FUJIAN1),
        tr(tc("1"), tc(""), tc(wrapped), tc(T("1").department), ...fill.map((f) => tc(f))),
      ]),
    );
    expect(r.grid[5][2]).toBe(content);
    expect(r.restored).toBe(0);
  });

  it("an empty column the form does not have is no extra column", () => {
    const header = tr(...FUJIAN1.columns.map((c) => tc(c.title)), tc(""));
    const r = read(
      tbl(9, [
        header,
        tr(tc("1"), tc(""), tc(T("1").content), tc(T("1").department), ...fill.map((f) => tc(f)), tc("")),
      ]),
    );
    expect(r.notes).toEqual([]);
    expect(r.entries.rows).toEqual({ "1": [row] });
  });

  it("a 不涉及 over three of the four fill columns is read from the text, and says so", () => {
    const r = read(
      tbl(8, [
        ...headerRows(FUJIAN1),
        tr(tc("1"), tc(""), tc(T("1").content), tc(T("1").department), tc("不涉及：省级任务", { span: 3 }), tc("")),
      ]),
    );
    expect(r.entries.marks).toEqual({ "1": "省级任务" });
    expect(r.notes).toEqual([{ kind: "mark-from-text", row: 3, seq: "1" }]);
  });

  it("keeps blanks inside a header value, drops them and underlines around it", () => {
    const r = read(
      p("单位（公章）：__某某 职业学院__　联系人：李　四") + tbl(8, [...headerRows(FUJIAN1), taskRow("1")]),
    );
    expect(r.entries.header).toMatchObject({ unit: "某某 职业学院", contact: "李　四" });
  });
});

describe("which task a row starts", () => {
  it("a typed 序号 wins over another task's text (the check then says the text differs)", () => {
    const r = read(tbl(8, [...headerRows(FUJIAN1), taskRow("3", fill, T("4").content)]));
    expect(starts(r)).toEqual(["3"]);
    expect(r.notes).toEqual([]);
  });

  it("the same 序号 again with another task's text starts it again (a duplicate the check reports)", () => {
    const r = read(tbl(8, [...headerRows(FUJIAN1), taskRow("8"), taskRow("8", fill, T("9").content)]));
    expect(starts(r)).toEqual(["8", "8"]);
  });

  it("a row without 序号 repeating the previous row's text goes on with its task", () => {
    const r = read(
      tbl(8, [
        ...headerRows(FUJIAN1),
        taskRow("5"),
        taskRow("5", ["举措二", "目标二", "人事处", "2024年"], T("5").content, ""),
      ]),
    );
    expect(starts(r)).toEqual(["5"]);
    expect(r.entries.rows["5"].map((m) => m.measure)).toEqual(["举措", "举措二"]);
    expect(r.notes).toEqual([]);
  });

  it("restores 主要任务 and 责任部门 differing only by blanks, on a task's first row and on the rows after it", () => {
    const spaced = (t: string) => [...t].join(" ");
    const r = read(
      tbl(8, [
        ...headerRows(FUJIAN1),
        tr(
          tc("1"),
          tc(spaced(group("1"))),
          tc(T("1").content),
          tc(spaced(T("1").department)),
          ...fill.map((f) => tc(f)),
        ),
        tr(tc(""), tc(spaced(group("1"))), tc(""), tc(""), ...fill.map((f) => tc(f))),
      ]),
    );
    expect(r.grid[5].slice(1, 4)).toEqual([group("1"), T("1").content, T("1").department]);
    expect(r.grid[6][1]).toBe(group("1"));
    expect(r.restored).toBe(3);
  });
});

describe("repeated headers and following tables", () => {
  it("a row of four or more titles is a repeated header; a row with a group's title and other text is kept", () => {
    const titles = FUJIAN1.columns.slice(0, 4).map((c) => tc(c.title));
    const r = read(
      tbl(8, [
        ...headerRows(FUJIAN1),
        taskRow("1"),
        tr(...titles, tc(""), tc(""), tc(""), tc("")),
        tr(tc("99"), tc(""), tc(FUJIAN1.columnGroups[0]), tc(""), tc("多出的举措"), tc(""), tc(""), tc("")),
      ]),
    );
    expect(r.reading.strays.map((s) => s.values.measure)).toEqual(["多出的举措"]);
  });

  it("numbers the rows of continuation tables after the tables before them", () => {
    const stray = tr(tc("99"), tc(""), tc(""), tc(""), tc("多出"), tc(""), tc(""), tc(""));
    const r = read(
      tbl(8, [...headerRows(FUJIAN1), taskRow("1")]) +
        p("") +
        tbl(8, [taskRow("2")]) +
        p("") +
        tbl(8, [taskRow("3"), stray]),
    );
    // Word rows: the first table's 3, the second's 1, then the third's second row.
    expect(r.wordRows[r.reading.strays[0].row]).toBe(6);
    expect(Object.keys(r.entries.rows)).toEqual(["1", "2", "3"]);
  });

  it("does not read a following table of another grid, even one with the form's columns and more", () => {
    const other = tbl(9, [
      tr(tc("2"), tc(""), tc(T("2").content), tc(T("2").department), ...fill.map((f) => tc(f)), tc("")),
    ]);
    const r = read(tbl(8, [...headerRows(FUJIAN1), taskRow("1")]) + p("") + other);
    expect(Object.keys(r.entries.rows)).toEqual(["1"]);
  });
});
