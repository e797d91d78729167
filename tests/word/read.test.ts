/** Word drafts as colleges make them, read back to entries and findings (plain OOXML built in the test). */
import { FUJIAN1 } from "../../src/form";
import { checkWordReading } from "../../src/word/check-docx";
import { readDocx, type WordReading } from "../../src/word/read-docx";
import type { WordProblem } from "../../src/word/problems";
import { above, docx, headerRows, p, tbl, tc, tr } from "./draft";

const T = (seq: string) => FUJIAN1.tasks.find((t) => t.seq === seq)!;
const group = (seq: string) => FUJIAN1.groups[T(seq).group].title;

async function read(body: string): Promise<WordReading> {
  const r = await readDocx(await docx(body), FUJIAN1);
  if (!("grid" in r)) throw new Error(r.message);
  return r;
}

async function problem(body: string | Uint8Array): Promise<WordProblem> {
  const r = await readDocx(typeof body === "string" ? await docx(body) : body, FUJIAN1);
  if ("grid" in r) throw new Error("read, but a problem was expected");
  return r;
}

/** One row per task: the official cells, then the fill cells as given. */
function taskRow(seq: string, fill: Array<string | string[]>, mainTask = ""): string {
  const t = T(seq);
  return tr(tc(seq), tc(mainTask), tc(t.content), tc(t.department), ...fill.map((f) => tc(f)));
}

describe("reading a Word draft", () => {
  it("one row per task, several paragraphs in a cell; title and header line above; bookmarks and empty paragraphs", async () => {
    const r = await read(
      above(FUJIAN1) +
        p("") +
        tbl(8, [
          ...headerRows(FUJIAN1),
          taskRow(
            "1",
            [
              ["完善兼职导师制度", "", "建立聘任机制"],
              `<w:p><w:bookmarkStart w:id="0" w:name="_Toc1"/><w:r><w:t>聘请 5 名导师</w:t></w:r><w:bookmarkEnd w:id="0"/></w:p>`,
              ["教务处", "人事处"],
              "2023年",
            ],
            group("1"),
          ),
          taskRow("2", ["举措二", "目标二", "思政部", "2024年"]),
        ]),
    );
    expect(r.entries.header).toEqual({ unit: "某某职业技术学院", contact: "李四", phone: "024-12345678" });
    expect(r.entries.rows).toEqual({
      "1": [
        {
          measure: "完善兼职导师制度\n\n建立聘任机制",
          target: "聘请 5 名导师",
          unit: "教务处\n人事处",
          time: "2023年",
        },
      ],
      "2": [{ measure: "举措二", target: "目标二", unit: "思政部", time: "2024年" }],
    });
    expect(r.reading.strays).toEqual([]);
    // The same check as a sheet: units on two lines (one target) are one finding that asks, joined as its choice.
    const found = checkWordReading(FUJIAN1, r).findings.find((f) => f.seq === "1" && f.kind === "unit-lines");
    expect(found).toMatchObject({ address: "表格第 3 行", detail: { joined: "教务处、人事处", lines: "2" } });
  });

  it("one row per measure: 序号…责任部门 and a shared 具体举措 merged down, 主要任务 merged down its group", async () => {
    const t3 = T("3");
    const r = await read(
      above(FUJIAN1) +
        tbl(8, [
          ...headerRows(FUJIAN1),
          tr(
            tc("1"),
            tc(group("1"), { vMerge: "restart" }),
            tc(T("1").content),
            tc(T("1").department),
            tc("m1"),
            tc("t1"),
            tc("教务处"),
            tc("2023年"),
          ),
          tr(
            tc("2"),
            tc("", { vMerge: "continue" }),
            tc(T("2").content),
            tc(T("2").department),
            tc(""),
            tc(""),
            tc(""),
            tc(""),
          ),
          tr(
            tc("3", { vMerge: "restart" }),
            tc("", { vMerge: "continue" }),
            tc(t3.content, { vMerge: "restart" }),
            tc(t3.department, { vMerge: "restart" }),
            tc("推动思政课程与课程思政有机结合", { vMerge: "restart" }),
            tc("目标甲"),
            tc("教务处"),
            tc("2023年"),
          ),
          tr(
            tc("", { vMerge: "continue" }),
            tc("", { vMerge: "continue" }),
            tc("", { vMerge: "continue" }),
            tc("", { vMerge: "continue" }),
            tc("", { vMerge: "continue" }),
            tc("目标乙"),
            tc("人事处"),
            tc("2024年"),
          ),
          tr(
            tc("", { vMerge: "continue" }),
            tc("", { vMerge: "continue" }),
            tc("", { vMerge: "continue" }),
            tc("", { vMerge: "continue" }),
            tc("另一举措"),
            tc("目标丙"),
            tc("思政部"),
            tc("2025年"),
          ),
        ]),
    );
    expect(r.entries.rows["3"]).toEqual([
      { measure: "推动思政课程与课程思政有机结合", target: "目标甲", unit: "教务处", time: "2023年" },
      { measure: "", target: "目标乙", unit: "人事处", time: "2024年", sameMeasure: true },
      { measure: "另一举措", target: "目标丙", unit: "思政部", time: "2025年" },
    ]);
    expect(r.entries.rows["2"]).toBeUndefined();
    // Grid rows 7–9 are task 3's (after task 1 and 2 in rows 5 and 6): the shared measure merges E8:E9.
    expect(r.merges).toEqual(["E8:E9"]);
    const kinds = checkWordReading(FUJIAN1, r).findings.filter((f) => f.kind === "official-changed");
    expect(kinds).toEqual([]);
  });

  it("reads 单位（公章）/联系人/联系电话 from the page header when the draft put them there", async () => {
    const body = tbl(8, [...headerRows(FUJIAN1), taskRow("1", ["m", "t", "教务处", "2023年"], group("1"))]);
    const r = await readDocx(
      await docx(body, { pageHeader: p("单位（公章）：页眉学院    联系人：赵六    联系电话：13700000000") }),
      FUJIAN1,
    );
    if (!("grid" in r)) throw new Error(r.message);
    expect(r.entries.header).toEqual({ unit: "页眉学院", contact: "赵六", phone: "13700000000" });
  });

  it("two header rows with 序号 merged down over both and the titles split across them", async () => {
    const r = await read(
      tbl(8, [
        tr(tc("序号", { vMerge: "restart" }), tc("部省共建任务", { span: 3 }), tc("落实具体措施", { span: 4 })),
        tr(tc("", { vMerge: "continue" }), ...FUJIAN1.columns.slice(1).map((c) => tc(c.title))),
        taskRow("1", ["m", "t", "教务处", "2023年"], group("1")),
      ]),
    );
    expect(r.entries.rows["1"]).toEqual([{ measure: "m", target: "t", unit: "教务处", time: "2023年" }]);
  });

  it("repeats of 序号 and official text on every measure row (nothing merged) are one task", async () => {
    const r = await read(
      tbl(8, [
        ...headerRows(FUJIAN1),
        taskRow("5", ["a", "x", "教务处", "2023年"]),
        taskRow("5", ["b", "y", "人事处", "2024年"]),
      ]),
    );
    expect(r.entries.rows["5"].map((m) => m.measure)).toEqual(["a", "b"]);
    expect(checkWordReading(FUJIAN1, r).findings.filter((f) => f.kind === "task-duplicate")).toEqual([]);
  });

  it("matches a row without 序号 (automatic numbering) by its official text, and says so", async () => {
    const t = T("7");
    const r = await read(
      tbl(8, [
        ...headerRows(FUJIAN1),
        tr(tc(""), tc(""), tc(t.content), tc(t.department), tc("m"), tc("t"), tc("教务处"), tc("2023年")),
      ]),
    );
    expect(Object.keys(r.entries.rows)).toEqual(["7"]);
    expect(r.notes).toEqual([{ kind: "matched-by-text", row: 3, seq: "7" }]);
  });

  it("gives one finding per task whose official text differs from the province's", async () => {
    const r = await read(
      tbl(8, [
        ...headerRows(FUJIAN1),
        tr(
          tc("1"),
          tc(group("1")),
          tc(T("1").content + "（已修改）"),
          tc(T("1").department),
          tc("m"),
          tc("t"),
          tc("教务处"),
          tc("2023年"),
        ),
        tr(tc("2"), tc(""), tc(T("2").content), tc("省教育厅"), tc("m"), tc("t"), tc("教务处"), tc("2023年")),
        taskRow("3", ["m", "t", "教务处", "2023年"]),
      ]),
    );
    const changed = checkWordReading(FUJIAN1, r).findings.filter((f) => f.kind === "official-changed");
    expect(changed.map((f) => [f.seq, f.address])).toEqual([
      ["1", "表格第 3 行"],
      ["2", "表格第 4 行"],
    ]);
  });

  it("reads 不涉及 over the fill columns, or typed in 具体举措 (with a note)", async () => {
    const r = await read(
      tbl(8, [
        ...headerRows(FUJIAN1),
        tr(tc("6"), tc(""), tc(T("6").content), tc(T("6").department), tc("不涉及：本校无涉农专业", { span: 4 })),
        taskRow("7", ["不涉及（本校无此类专业）", "", "", ""]),
      ]),
    );
    expect(r.entries.marks).toEqual({ "6": "本校无涉农专业", "7": "不涉及（本校无此类专业）" });
    expect(r.entries.rows).toEqual({});
    expect(r.notes).toEqual([{ kind: "mark-from-text", row: 4, seq: "7" }]);
  });

  it("ignores deleted revisions and field codes, keeps inserted text, tabs and soft line breaks", async () => {
    const measure =
      `<w:p><w:ins w:id="1" w:author="a"><w:r><w:t>新增</w:t></w:r></w:ins><w:del w:id="2" w:author="a"><w:r><w:delText>删掉的</w:delText></w:r></w:del>` +
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>` +
      `<w:r><w:t>举措</w:t><w:tab/><w:t>甲</w:t><w:br/><w:t>乙</w:t></w:r></w:p>`;
    const r = await read(tbl(8, [...headerRows(FUJIAN1), taskRow("8", [measure, "t", "教务处", "2023年"])]));
    expect(r.entries.rows["8"][0].measure).toBe("新增举措\t甲\n乙");
  });

  it("goes on into a second table of the same grid (a draft split at a page), skipping its repeated header", async () => {
    const r = await read(
      tbl(8, [...headerRows(FUJIAN1), taskRow("1", ["a", "x", "教务处", "2023年"])]) +
        p("") +
        tbl(8, [...headerRows(FUJIAN1), taskRow("2", ["b", "y", "教务处", "2023年"])]),
    );
    expect(Object.keys(r.entries.rows)).toEqual(["1", "2"]);
  });

  it("keeps a row of no task as a stray (never dropped)", async () => {
    const r = await read(
      tbl(8, [
        ...headerRows(FUJIAN1),
        taskRow("1", ["a", "x", "教务处", "2023年"]),
        tr(tc("99"), tc(""), tc(""), tc(""), tc("多出来的举措"), tc(""), tc(""), tc("")),
      ]),
    );
    expect(r.reading.strays.map((s) => s.values.measure)).toEqual(["多出来的举措"]);
    expect(r.wordRows[r.reading.strays[0].row]).toBe(4);
  });

  it("explains a document without the table, a nested table, a text box, an old .doc, a non-Word file", async () => {
    expect((await problem(above(FUJIAN1) + p("正文"))).message).toContain("找不到附件1的表格");
    expect((await problem(tbl(2, [tr(tc("姓名"), tc("电话"))]))).message).toContain("1 张表格中没有哪张有");
    const nested = tbl(8, [
      ...headerRows(FUJIAN1),
      taskRow("1", [tbl(1, [tr(tc("内表"))]) + p(""), "x", "教务处", "2023年"]),
    ]);
    expect(await problem(nested)).toMatchObject({ kind: "nested-table", params: { row: "3" } });
    const box = `<w:p><w:r><w:drawing><wp:inline xmlns:wp="x"><w:txbxContent><w:p><w:r><w:t>框里的字</w:t></w:r></w:p></w:txbxContent></wp:inline></w:drawing></w:r></w:p>`;
    expect(await problem(tbl(8, [...headerRows(FUJIAN1), taskRow("1", [box, "x", "教务处", "2023年"])]))).toMatchObject(
      {
        kind: "text-box",
      },
    );
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect((await problem(ole)).kind).toBe("legacy-doc");
    expect((await problem(new TextEncoder().encode("序号,主要任务"))).kind).toBe("not-docx");
    expect((await problem(new Uint8Array())).kind).toBe("empty");
  });
});
