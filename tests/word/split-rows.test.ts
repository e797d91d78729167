/**
 * A Word row whose 完成目标 holds several paragraphs: the rows it reads as. One target row per paragraph when
 * the 责任单位 and 完成时间 line up (one for all, or one each), the row whole otherwise (the check then asks
 * about the unit or time cell's lines). Pure: rows built as the reader builds them.
 */
import type { ColumnKey } from "../../src/form/types";
import { alignedCount, paragraphsOf, splitRow, type BodyCell, type BodyRow } from "../../src/word/split-rows";

const cell = (lines: string[], more: Partial<BodyCell> = {}): BodyCell => ({
  text: lines.join("\n"),
  lines,
  continued: false,
  spanned: false,
  ...more,
});

/** A row of task 3 with the fill cells as given (paragraphs); `over` replaces or removes cells. */
function row(
  fill: { measure?: string[]; target: string[]; unit: string[]; time: string[] },
  over: Partial<Record<ColumnKey, BodyCell | undefined>> = {},
  more: Partial<BodyRow> = {},
): BodyRow {
  const cells: BodyRow["cells"] = {
    seq: cell(["3"]),
    content: cell(["任务内容"]),
    measure: cell(fill.measure ?? ["举措"]),
    target: cell(fill.target),
    unit: cell(fill.unit),
    time: cell(fill.time),
    ...over,
  };
  for (const k of Object.keys(cells) as ColumnKey[]) if (!cells[k]) delete cells[k];
  return { wordRow: 7, cells, fillSpan: false, extra: [], ...more };
}

/** What a user reads in each resulting row: its target, unit and time. */
const fills = (rows: BodyRow[]) => rows.map((r) => [r.cells.target?.text, r.cells.unit?.text, r.cells.time?.text]);
/** A cell the reader made for a split row. */
const made = (text: string, continued = false): BodyCell => ({
  text,
  lines: text ? [text] : [],
  continued,
  spanned: false,
});

describe("a cell's paragraphs", () => {
  it("the paragraphs that hold text, trimmed; none for a missing cell", () => {
    expect(paragraphsOf(cell(["  目标一 ", "", "　", "目标二"]))).toEqual(["目标一", "目标二"]);
    expect(paragraphsOf(undefined)).toEqual([]);
  });
});

describe("paragraphs that line up become rows", () => {
  it("three targets with three units and one time: three rows, each target with its own unit, the time shared", () => {
    const r = row({ target: ["目标一", "目标二", " 目标三 "], unit: ["教务处", "人事处", "财务处"], time: ["2024年"] });
    expect(alignedCount(r)).toBe(3);
    const rows = splitRow(r);
    expect(fills(rows)).toEqual([
      ["目标一", "教务处", "2024年"],
      ["目标二", "人事处", "2024年"],
      ["目标三", "财务处", "2024年"],
    ]);
    // The first row keeps the task's cells (序号, 任务内容, the 具体举措) as they were, its fill cells made anew.
    expect(rows[0]).toEqual({
      wordRow: 7,
      fillSpan: false,
      extra: [],
      cells: {
        seq: r.cells.seq,
        content: r.cells.content,
        measure: r.cells.measure,
        target: made("目标一"),
        unit: made("教务处"),
        time: made("2024年"),
      },
    });
    // The rows after it continue the task and its one 具体举措, in the same Word row.
    expect(rows[2]).toEqual({
      wordRow: 7,
      fillSpan: false,
      extra: [],
      cells: {
        seq: made("", true),
        content: made("", true),
        measure: made("", true),
        target: made("目标三"),
        unit: made("财务处"),
        time: made("2024年"),
      },
    });
  });

  it("one unit for all, a time each; blank paragraphs are no target; targets without a unit stay one row", () => {
    const r = row({ target: ["目标一", "", "目标二"], unit: ["教务处"], time: ["2023年", "2024年"] });
    expect(fills(splitRow(r))).toEqual([
      ["目标一", "教务处", "2023年"],
      ["目标二", "教务处", "2024年"],
    ]);
    const noUnit = splitRow(row({ target: ["目标一", "目标二"], unit: [], time: ["2024年"] }));
    expect(noUnit).toHaveLength(1);
  });

  it("a row with an extra column keeps it on its first row only", () => {
    const extra = [{ col: 8, text: "备注" }];
    const rows = splitRow(row({ target: ["目标一", "目标二"], unit: ["教务处"], time: ["2024年"] }, {}, { extra }));
    expect(rows.map((r) => r.extra)).toEqual([extra, []]);
  });
});

describe("a row that stays whole", () => {
  const whole = (r: BodyRow) => {
    expect(alignedCount(r)).toBe(1);
    expect(splitRow(r)).toEqual([r]);
  };
  const two = { target: ["目标一", "目标二"], unit: ["教务处"], time: ["2024年"] };

  it("no target or one target, or units or times that do not line up with the targets", () => {
    // A row without its 完成目标 is kept (the check asks for it), not dropped.
    whole(row({ target: [], unit: ["教务处"], time: ["2024年"] }));
    whole(row({ target: ["目标一"], unit: ["教务处", "人事处"], time: ["2024年"] }));
    whole(row({ target: ["目标一", "目标二", "目标三"], unit: ["教务处", "人事处"], time: ["2024年"] }));
    whole(row({ target: ["目标一", "目标二", "目标三"], unit: ["教务处"], time: ["2023年", "2024年"] }));
    whole(row({ ...two, unit: [] }));
    whole(row({ ...two, time: [] }));
  });

  it("no unit or time cell at all, or no target cell", () => {
    whole(row(two, { unit: undefined }));
    whole(row(two, { time: undefined }));
    whole(row(two, { target: undefined }));
  });

  it("one cell over the fill columns, a target merged from above or spanned, a 具体举措 merged from above", () => {
    whole(row(two, {}, { fillSpan: true }));
    whole(row(two, { target: cell(two.target, { continued: true }) }));
    whole(row(two, { target: cell(two.target, { spanned: true }) }));
    whole(row(two, { measure: cell([], { continued: true }) }));
    whole(row(two, { unit: cell(["教务处"], { continued: true }) }));
    whole(row(two, { time: cell(["2024年"], { continued: true }) }));
  });

  it("without a 具体举措 cell, targets that line up still split", () => {
    expect(fills(splitRow(row(two, { measure: undefined })))).toEqual([
      ["目标一", "教务处", "2024年"],
      ["目标二", "教务处", "2024年"],
    ]);
  });
});
