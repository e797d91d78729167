/** The pane's Word services against the in-memory workbook: export, read a draft, import through the reload path. */
import { FUJIAN1, SAMPLE_DRAFT, type Entries } from "../../src/form";
import { ALL_CAPABILITIES } from "../../src/excel/capabilities";
import { compactEntries, readGrid } from "../../src/reading/read-grid";
import { readDocx } from "../../src/word/read-docx";
import { writeDocx } from "../../src/word/write-docx";
import { createWordServices } from "../../src/taskpane/word-services";
import { gridOf, loaded, setup } from "../helpers/workbook";
import { docx, headerRows, tbl, tc, tr } from "./draft";

const asFile = (name: string, bytes: Uint8Array) => ({
  name,
  arrayBuffer: async () => bytes.slice().buffer as ArrayBuffer,
});

function services(run: Parameters<typeof createWordServices>[1], lang: "zh" | "en" = "zh") {
  const saved: Array<{ name: string; bytes: Uint8Array; type: string }> = [];
  const word = createWordServices(lang, run, () => ALL_CAPABILITIES, FUJIAN1, {
    save: (name, bytes, type) => void saved.push({ name, bytes, type }),
  });
  return { word, saved };
}

const sheetEntries = (model: ReturnType<typeof setup>["model"]) =>
  compactEntries(readGrid(FUJIAN1, gridOf(model, "附件1")).entries);

describe("导出Word", () => {
  it("hands the browser the Word table of the sheet's entries, named after the college", async () => {
    const { run } = await loaded(SAMPLE_DRAFT);
    const { word, saved } = services(run);
    // The sample still has open problems: the message will name their number, not promise 可以打印盖章.
    const exported = await word.exportWord();
    expect(exported).toEqual({
      ok: true,
      value: { name: "附件1-锦州师范高等专科学校.docx", blank: false, problems: expect.any(Number) },
    });
    expect(exported.ok && exported.value.problems).toBeGreaterThan(0);
    expect(saved[0].type).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    const back = await readDocx(saved[0].bytes, FUJIAN1);
    if (!("grid" in back)) throw new Error(back.message);
    expect(back.entries).toEqual(compactEntries(SAMPLE_DRAFT));
  });
});

describe("导入Word草稿", () => {
  const draft: Entries = {
    header: { unit: "某职业技术学院", contact: "王五", phone: "13900000000" },
    rows: { "1": [{ measure: "草稿举措", target: "草稿目标", unit: "教务处", time: "2023年" }] },
    marks: { "6": "本校无涉农专业" },
  };

  it("reads a draft and lays it into a workbook without the form", async () => {
    const { run, model } = setup();
    const { word } = services(run);
    const read = await word.readDraft(asFile("草稿.docx", await writeDocx(FUJIAN1, draft)));
    if (!read.ok) throw new Error(read.message);
    expect(read.value).toMatchObject({ name: "草稿.docx", tasks: 1, rows: 1, marks: 1, notes: [] });
    expect(await word.reviewDraft(read.value)).toEqual({
      ok: true,
      value: {
        newUnits: [],
        sheetHasEntries: false,
        changes: [
          { seq: "1", change: "new" },
          { seq: "6", change: "new" },
        ],
      },
    });
    const out = await word.importDraft(read.value);
    expect(out.ok).toBe(true);
    expect(out.message).toContain("已从草稿“草稿.docx”读出 1 项任务的 1 行举措和 1 项不涉及");
    expect(sheetEntries(model)).toEqual(draft);
  });

  it("into a sheet with entries: per task what would change; the draft's version only where chosen; new units proposed", async () => {
    const { run, model } = await loaded(SAMPLE_DRAFT);
    const { word } = services(run);
    const other: Entries = {
      ...draft,
      rows: {
        ...draft.rows,
        "2": [{ measure: "草稿中改过的举措", target: "x", unit: "组织部", time: "2023年" }],
        "3": [{ measure: "另一项改过的举措", target: "y", unit: "教务处", time: "2024年" }],
      },
    };
    const read = await word.readDraft(asFile("草稿.docx", await writeDocx(FUJIAN1, other)));
    if (!read.ok) throw new Error(read.message);
    const review = await word.reviewDraft(read.value);
    if (!review.ok) throw new Error(review.message);
    expect(review.value.sheetHasEntries).toBe(true);
    expect(review.value.newUnits.map((u) => u.name)).toEqual(["组织部"]);
    expect(review.value.changes.filter((c) => c.change !== "only-base")).toEqual([
      { seq: "1", change: "new" },
      { seq: "2", change: "different" },
      { seq: "3", change: "different" },
      { seq: "6", change: "new" },
    ]);
    // Take task 1 (new) and task 2 (different, its unit written as 教务处); task 3 keeps the sheet's version.
    const out = await word.importDraft(read.value, { add: [], map: { 组织部: "教务处" }, take: ["1", "2"] });
    expect(out.ok).toBe(true);
    expect(out.message).toContain("草稿填入了 2 项任务");
    expect(out.message).not.toContain("示例");
    const after = sheetEntries(model);
    expect(after.rows["1"]).toEqual(draft.rows["1"]);
    expect(after.rows["2"]).toEqual([{ ...other.rows["2"][0], unit: "教务处" }]);
    // (Read back here without the sheet's merges, so a shared measure reads as empty measure cells.)
    const targets = (rows: Entries["rows"][string] = []) => rows.map((r) => [r.target, r.unit, r.time]);
    expect(targets(after.rows["3"])).toEqual(targets(compactEntries(SAMPLE_DRAFT).rows["3"]));
    expect(after.marks?.["6"]).toBeUndefined();
    expect(after.header).toEqual(SAMPLE_DRAFT.header);
  });

  it("puts on the list only the units chosen; the college's list is never replaced by the draft's", async () => {
    const { run, model } = setup();
    const { word } = services(run);
    const withNew: Entries = {
      ...draft,
      rows: { "1": [{ measure: "m", target: "t", unit: "思政部/组织部", time: "2023年" }] },
    };
    const read = await word.readDraft(asFile("草稿.docx", await writeDocx(FUJIAN1, withNew)));
    if (!read.ok) throw new Error(read.message);
    expect(read.value.entries.rows["1"][0].unit).toBe("思政部、组织部");
    const out = await word.importDraft(read.value, { add: ["思政部"], map: {} });
    expect(out.notes).toContain("已把 1 个新单位加入名单：思政部。");
    const units = gridOf(model, "名单")
      .slice(1)
      .map((r) => String(r[0] ?? ""))
      .filter(Boolean);
    expect(units).toEqual([...FUJIAN1.lists.units, "思政部"]);
  });

  it("sums up rows matched without 序号 in one note; their list comes apart, for a toggle", async () => {
    const { run } = setup();
    const { word } = services(run);
    const noSeq = (seq: string) => {
      const t = FUJIAN1.tasks.find((x) => x.seq === seq)!;
      return tr(
        tc(""),
        tc(FUJIAN1.groups[t.group].title),
        tc(t.content),
        tc(t.department),
        tc("m"),
        tc("t"),
        tc("教务处"),
        tc("2023年"),
      );
    };
    const read = await word.readDraft(
      asFile("a.docx", await docx(tbl(8, [...headerRows(FUJIAN1), noSeq("1"), noSeq("2"), noSeq("7")]))),
    );
    if (!read.ok) throw new Error(read.message);
    expect(read.value.notes).toEqual(["3 行没有可用的序号，已按任务内容认定是哪一项任务。"]);
    expect(read.value.details).toEqual(["表格第 3 行 → 第 1 项", "表格第 4 行 → 第 2 项", "表格第 5 行 → 第 7 项"]);
    const done = await word.importDraft(read.value);
    expect(done).toMatchObject({ ok: true, notes: read.value.notes, details: read.value.details });
  });

  it("refuses a draft with rows of no task and explains a missing table, in the pane's language", async () => {
    const { run, model } = setup();
    const { word } = services(run, "en");
    const t1 = FUJIAN1.tasks[0];
    const stray = await docx(
      tbl(8, [
        ...headerRows(FUJIAN1),
        tr(tc("1"), tc(""), tc(t1.content), tc(t1.department), tc("m"), tc(""), tc(""), tc("")),
        tr(tc("99"), tc(""), tc(""), tc(""), tc("多出来的"), tc(""), tc(""), tc("")),
      ]),
    );
    const r = await word.readDraft(asFile("a.docx", stray));
    expect(r).toEqual({ ok: false, message: expect.stringContaining("table row 4") });
    const none = await word.readDraft(asFile("b.docx", await docx("<w:p/>")));
    expect(none).toEqual({
      ok: false,
      message: "No Annex 1 table in the document (it has no tables). Check that this is the right file.",
    });
    expect(model.sheetNames()).toEqual(["Sheet1"]);
  });
});
