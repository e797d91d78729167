/**
 * 检查完整性 for a Word draft, as `fujian1 check draft.docx` and the collecting page give it: the verdict, each
 * finding placed at its row of the Word table (or above the table) in zh-CN and en-US, no sheet fixes; units
 * looked up only against a college's list; and the reader's notes in words. Pure: drafts read from document
 * XML (readDocumentXml, readDocxBlocks), notes made directly.
 */
import { FUJIAN1 } from "../../src/form";
import type { Finding } from "../../src/reading/check";
import { checkWordReading, describeNote, describeNotes, matchedRows, wordPlace } from "../../src/word/check-docx";
import { readDocumentXml } from "../../src/word/docx-xml";
import { isWordProblem } from "../../src/word/problems";
import type { WordNote, WordReading } from "../../src/word/read-docx";
import { readDocxBlocks } from "../../src/word/read-docx";
import { above, headerRows, tbl, tc, tr } from "./draft";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const T = (seq: string) => FUJIAN1.tasks.find((t) => t.seq === seq)!;
const GROUP1 = FUJIAN1.groups[T("1").group].title;

/** Task 1–3's rows (Word rows 3–5, under the two header rows), with the 责任单位 and 完成时间 given. */
function read(units: [string, string, string], times = ["2024年", "2024年", "2024年"], contact = "李四"): WordReading {
  const row = (seq: string, k: number) =>
    tr(
      tc(seq),
      tc(seq === "1" ? GROUP1 : ""),
      tc(T(seq).content),
      tc(T(seq).department),
      ...[tc("举措"), tc("目标"), tc(units[k]), tc(times[k])],
    );
  const header = "单位（公章）：某某职业技术学院　　联系人：" + contact + "　　联系电话：024-12345678";
  const body = above(FUJIAN1, header) + tbl(8, [...headerRows(FUJIAN1), row("1", 0), row("2", 1), row("3", 2)]);
  const r = readDocxBlocks(FUJIAN1, readDocumentXml(`<w:document ${W}><w:body>${body}</w:body></w:document>`));
  if (isWordProblem(r)) throw new Error(r.message);
  return r;
}

/** The findings other than the tasks the draft lacks (4–54), as a user reads them: kind, task, place. */
const shown = (findings: Finding[]) =>
  findings.filter((f) => f.kind !== "task-missing").map((f) => [f.kind, f.seq ?? "", f.address ?? ""]);

describe("a Word draft checked as a sheet would be", () => {
  it("each finding at its row of the Word table, in Chinese by default; the header line is above the table", () => {
    const result = checkWordReading(FUJIAN1, read(["教务处/人事处", "", "组织部"], undefined, ""));
    expect(shown(result.findings)).toEqual([
      ["header-empty", "", "表格上方"],
      ["unit-separator", "1", "表格第 3 行"],
      ["missing-unit", "2", "表格第 4 行"],
      ["no-unit-list", "", ""],
    ]);
    expect(result.summary.ready).toBe(false);
    expect(result.summary.errors).toBe(3 + 51);
  });

  it("in English when asked", () => {
    const result = checkWordReading(FUJIAN1, read(["教务处/人事处", "", "教务处"], undefined, ""), null, "en");
    expect(shown(result.findings)).toEqual([
      ["header-empty", "", "above the table"],
      ["unit-separator", "1", "table row 3"],
      ["missing-unit", "2", "table row 4"],
      ["no-unit-list", "", ""],
    ]);
  });

  it("no sheet fix is offered (its cell addresses mean nothing in Word); tasks the draft lacks have no place", () => {
    const { findings } = checkWordReading(FUJIAN1, read(["教务处/人事处", "教务处", "教务处"]));
    const separator = findings.find((f) => f.kind === "unit-separator")!;
    expect(separator).toEqual({
      kind: "unit-separator",
      severity: "error",
      seq: "1",
      excerpt: expect.any(String),
      detail: { value: "教务处/人事处", suggestion: "教务处、人事处" },
      address: "表格第 3 行",
    });
    const missing = findings.filter((f) => f.kind === "task-missing");
    expect(missing.map((f) => f.seq)).toEqual(FUJIAN1.tasks.slice(3).map((t) => t.seq));
    for (const f of missing) expect(f.address).toBeUndefined();
  });

  it("without a unit list, units are not looked up and one note says so; times still are", () => {
    const result = checkWordReading(FUJIAN1, read(["组织部", "教务处", "教务处"], ["2024年", "明年", "2024年"]));
    expect(shown(result.findings)).toEqual([
      ["unknown-time", "2", "表格第 4 行"],
      ["no-unit-list", "", ""],
    ]);
    expect(result.findings.find((f) => f.kind === "no-unit-list")?.severity).toBe("info");
  });

  it("with a college's list (--units), an unlisted unit blocks and there is no note about a missing list", () => {
    const lists = { units: ["教务处", "组织部"], times: FUJIAN1.lists.times };
    const reading = read(["组织部", "人事处", "教务处"]);
    expect(shown(checkWordReading(FUJIAN1, reading, lists, "en").findings)).toEqual([
      ["unknown-unit", "2", "table row 4"],
    ]);
    const complete = { units: ["教务处", "组织部", "人事处"], times: FUJIAN1.lists.times };
    expect(shown(checkWordReading(FUJIAN1, reading, complete).findings)).toEqual([]);
  });

  it("a 不涉及 above every task belongs to none: it blocks at its row, as text outside every task", () => {
    const body =
      above(FUJIAN1) +
      tbl(8, [
        ...headerRows(FUJIAN1),
        tr(tc(""), tc(""), tc(""), tc(""), tc("不涉及：无此专业"), tc(""), tc(""), tc("")),
      ]);
    const r = readDocxBlocks(FUJIAN1, readDocumentXml(`<w:document ${W}><w:body>${body}</w:body></w:document>`));
    if (isWordProblem(r)) throw new Error(r.message);
    expect(describeNotes(r.notes)).toEqual([]);
    const stray = checkWordReading(FUJIAN1, r).findings.find((f) => f.kind === "stray-row");
    expect(stray).toMatchObject({ severity: "error", address: "表格第 3 行" });
  });

  it("a draft with every task filled and nothing wrong is ready to submit", () => {
    const rows = FUJIAN1.tasks.map((t) =>
      tr(
        tc(t.seq),
        tc(FUJIAN1.tasks.find((u) => u.group === t.group) === t ? FUJIAN1.groups[t.group].title : ""),
        tc(t.content),
        tc(t.department),
        tc("举措"),
        tc("目标"),
        tc("教务处"),
        tc("2024年"),
      ),
    );
    const body = above(FUJIAN1) + tbl(8, [...headerRows(FUJIAN1), ...rows]);
    const r = readDocxBlocks(FUJIAN1, readDocumentXml(`<w:document ${W}><w:body>${body}</w:body></w:document>`));
    if (isWordProblem(r)) throw new Error(r.message);
    const result = checkWordReading(FUJIAN1, r);
    expect(result.findings).toEqual([{ kind: "no-unit-list", severity: "info" }]);
    expect(result.summary).toMatchObject({ ready: true, errors: 0, warnings: 0, withMeasures: 54 });
  });
});

describe("a place in the Word table", () => {
  it("a row of the table, or above it (the lines before the table)", () => {
    expect(wordPlace(12)).toBe("表格第 12 行");
    expect(wordPlace(1, "en")).toBe("table row 1");
    expect(wordPlace(0)).toBe("表格上方");
    expect(wordPlace(0, "en")).toBe("above the table");
  });
});

describe("the reader's notes in words", () => {
  const mark: WordNote = { kind: "mark-from-text", row: 6, seq: "4" };
  const extra: WordNote = { kind: "extra-column", title: "备注" };
  const matched = (row: number, seq: string): WordNote => ({ kind: "matched-by-text", row, seq });

  it("each kind of note, in both languages", () => {
    expect(describeNote(mark)).toBe("表格第 6 行：第 4 项的“具体举措”写着“不涉及”，已记为不涉及。");
    expect(describeNote(mark, "en")).toBe(
      "table row 6: task 4 says “不涉及” in 具体举措; it is marked not applicable.",
    );
    expect(describeNote(matched(9, "7"))).toBe("表格第 9 行：没有可用的序号，按任务内容认定为第 7 项。");
    expect(describeNote(matched(9, "7"), "en")).toBe(
      "table row 9: no usable 序号; taken as task 7 from its official text.",
    );
    expect(describeNote(extra)).toBe("表格中的“备注”列不属于附件1，其中的文字没有导入。");
    expect(describeNote(extra, "en")).toBe("The column “备注” is not part of Annex 1; its text was not imported.");
  });

  it("one row matched without 序号 is told as it is, first; the other notes follow in order", () => {
    expect(describeNotes([mark, matched(9, "7"), extra])).toEqual([
      describeNote(matched(9, "7")),
      describeNote(mark),
      describeNote(extra),
    ]);
    expect(describeNotes([extra, mark], "en")).toEqual([describeNote(extra, "en"), describeNote(mark, "en")]);
    expect(describeNotes([])).toEqual([]);
    expect(matchedRows([mark, matched(9, "7")])).toEqual([]);
  });

  it("several rows matched without 序号: one line naming their tasks (the command line)", () => {
    const notes = [matched(3, "1"), mark, matched(4, "2"), matched(5, "3")];
    expect(describeNotes(notes)).toEqual([
      "3 行没有可用的序号，已按任务内容认定（第 1、2、3 项）。",
      describeNote(mark),
    ]);
    expect(describeNotes(notes, "en")).toEqual([
      "3 rows had no usable 序号 and were matched by their official text (tasks 1、2、3).",
      describeNote(mark, "en"),
    ]);
  });

  it("several rows matched without 序号, apart (the pane): a count, and the rows one a line behind a toggle", () => {
    const notes = [matched(3, "1"), matched(4, "2")];
    expect(describeNotes(notes, "zh", true)).toEqual(["2 行没有可用的序号，已按任务内容认定是哪一项任务。"]);
    expect(describeNotes(notes, "en", true)).toEqual([
      "2 rows had no usable 序号 and were matched to their tasks by the official text.",
    ]);
    expect(matchedRows([extra, ...notes])).toEqual(["表格第 3 行 → 第 1 项", "表格第 4 行 → 第 2 项"]);
    expect(matchedRows(notes, "en")).toEqual(["table row 3 → task 1", "table row 4 → task 2"]);
  });
});
