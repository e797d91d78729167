import { FUJIAN1 } from "../src/form";
import { ALL_CAPABILITIES } from "../src/excel/capabilities";
import { createServices } from "../src/taskpane/services";
import { setup } from "./helpers/workbook";

describe("the pane's services", () => {
  it("load in Chinese, then reload keeping entries", async () => {
    const { run, model } = setup();
    const s = createServices("zh", run, ALL_CAPABILITIES);
    expect(await s.load("blank")).toEqual({ ok: true, message: "已载入附件1：54 项任务，12 类主要任务。", notes: [] });
    model.user.type("附件1", "E6", "举措");
    const again = await s.load("sample");
    expect(again.ok).toBe(true);
    expect(again.message).toBe("已重新载入附件1，保留了原有的 1 项任务的举措和表头信息。");
    expect(again.notes[0]).toContain("示例内容只填入了原来空着的 27 项任务");
  });

  it("speaks English when Office does, in the sheet's dropdown prompts and refusal alerts too", async () => {
    const { run, model } = setup();
    const s = createServices("en", run, ALL_CAPABILITIES);
    try {
      expect((await s.load("blank")).message).toBe("Annex 1 loaded: 54 tasks in 12 groups.");
      const r = await s.addRow();
      expect(r).toEqual({ ok: false, message: "Select a cell of a task in the Annex 1 sheet first." });
      const texts = model
        .sheet("附件1")
        .validations()
        .map((v) => [v.prompt.title, v.prompt.message, v.errorAlert.title, v.errorAlert.message]);
      expect(texts.map((t) => [t[0], t[2]])).toEqual([
        ["Responsible unit", "Not on the dropdown"],
        ["Completion time", "Not on the list"],
      ]);
      // Chinese only in the form's own words and examples: 、, 名单, unit names, years.
      for (const text of texts.flat())
        expect(text.replace(/教务处|人事处|名单|、|\d{4}年/g, "")).not.toMatch(
          /[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]/,
        );
    } finally {
      createServices("zh", run, ALL_CAPABILITIES); // the sheet's language is the pane's: back to Chinese
    }
  });

  it("tells plainly what an older Excel cannot do, and does the rest", async () => {
    const { run, model } = setup({ apiVersion: "1.7" });
    const s = createServices("zh", run, {
      ...ALL_CAPABILITIES,
      dataValidation: false,
      pageLayout: false,
      mergedAreas: false,
    });
    expect(s.limitations()).toBe(
      "此 Excel 版本不支持：下拉列表（需要 ExcelApi 1.8）、打印设置（A4 横向、每页重复表头、页码）、识别跨几行合并的具体举措（需要 ExcelApi 1.13；这些行会各自读取，增删举措行时合并会拆开，文字不丢）。其余功能可用；需要这些功能时，请下载标准表格文件使用。",
    );
    const out = await s.load("blank");
    expect(out.ok).toBe(true);
    expect(out.notes.join("")).toContain("未能设置");
    expect(model.sheet("附件1").protection.protected).toBe(true);
  });

  it("turns Excel's errors into messages that say what to do, never a code alone", async () => {
    const { run, fake } = setup();
    const s = createServices("zh", run, ALL_CAPABILITIES);
    fake.user.startCellEdit();
    // This runner does not ask Excel to wait for the edit (the add-in's own one does).
    const editing = createServices("zh", run, ALL_CAPABILITIES);
    expect(await editing.load("blank")).toMatchObject({
      ok: false,
      message: expect.stringContaining("按 Enter 或 Esc"),
    });
    fake.user.endCellEdit();
    expect((await s.load("blank")).ok).toBe(true);
  });

  it("produces the standalone workbook with the sheet's entries", async () => {
    const { run, model } = setup();
    const s = createServices("zh", run, ALL_CAPABILITIES, FUJIAN1);
    await s.load("sample");
    model.user.type("附件1", "E6", "新举措");
    const r = await s.standaloneFile();
    expect(r.ok && r.value.name).toBe("附件1-锦州师范高等专科学校.xlsx");
    expect(r.ok && r.value.bytes.length).toBeGreaterThan(10000);
  });
});
