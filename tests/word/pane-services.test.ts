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
    expect(await word.exportWord()).toEqual({ ok: true, value: { name: "附件1-锦州师范高等专科学校.docx" } });
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
    expect(await word.filledTasks()).toEqual({ ok: true, value: 0 });
    const out = await word.importDraft(read.value);
    expect(out.ok).toBe(true);
    expect(out.message).toContain("已从“草稿.docx”读出 1 项任务的 1 行举措和 1 项不涉及");
    expect(sheetEntries(model)).toEqual(draft);
  });

  it("into a sheet with entries: counts them first, then keeps them and fills only empty tasks", async () => {
    const { run, model } = await loaded(SAMPLE_DRAFT);
    const { word } = services(run);
    const filled = await word.filledTasks();
    expect(filled.ok && filled.value).toBe(Object.keys(compactEntries(SAMPLE_DRAFT).rows).length);
    const other: Entries = {
      ...draft,
      rows: { ...draft.rows, "2": [{ measure: "会被保留的是原有内容", target: "x", unit: "教务处", time: "2023年" }] },
    };
    const read = await word.readDraft(asFile("草稿.docx", await writeDocx(FUJIAN1, other)));
    if (!read.ok) throw new Error(read.message);
    const out = await word.importDraft(read.value);
    expect(out.ok).toBe(true);
    expect(out.message).toMatch(/导入工作表：草稿只填入了原来空着的 \d+ 项任务/);
    const after = sheetEntries(model);
    // Task 1 had nothing in the sample: the draft fills it; task 2 keeps the sheet's own rows.
    expect(after.rows["1"]).toEqual(draft.rows["1"]);
    expect(after.rows["2"]).toEqual(compactEntries(SAMPLE_DRAFT).rows["2"]);
    expect(after.header).toEqual(SAMPLE_DRAFT.header);
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
