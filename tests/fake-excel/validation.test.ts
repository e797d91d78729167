/* eslint-disable office-addins/load-object-before-read --
   The plugin mistakes navigation properties (range.dataValidation) and ClientResult.value for loadable scalars. */
import { codeOf, createFakeExcel } from "./helpers";

async function formWithList() {
  const fx = createFakeExcel();
  fx.workbook.addSheet("附件1");
  fx.workbook.addSheet("Lists");
  fx.workbook.setValues("Lists", "A1", [["教务处"], ["学生处"], [""], ["财务处"]]);
  await fx.Excel.run(async (context) => {
    const lists = context.workbook.worksheets.getItem("Lists");
    context.workbook.names.add("责任单位列表", lists.getRange("A1:A12"));
    lists.visibility = "Hidden";
    const dv = context.workbook.worksheets.getItem("附件1").getRange("G7:G60").dataValidation;
    dv.clear();
    dv.rule = { list: { inCellDropDown: true, source: "=责任单位列表" } };
    dv.errorAlert = { showAlert: true, style: "Stop", title: "无效", message: "请从列表中选择" };
    dv.prompt = { showPrompt: true, title: "责任单位", message: "从下拉列表选择" };
    await context.sync();
  });
  return fx;
}

describe("data validation", () => {
  it("stores one rule for the whole range and resolves a name on a hidden sheet", async () => {
    const fx = await formWithList();
    const sheet = fx.workbook.sheet("附件1");
    expect(sheet.validations()).toEqual([
      {
        range: "G7:G60",
        type: "List",
        rule: { list: { inCellDropDown: true, source: "=责任单位列表" } },
        prompt: { showPrompt: true, title: "责任单位", message: "从下拉列表选择" },
        errorAlert: { showAlert: true, style: "Stop", title: "无效", message: "请从列表中选择" },
        ignoreBlanks: true,
      },
    ]);
    expect(fx.workbook.names()).toEqual([
      { name: "责任单位列表", reference: "=Lists!$A$1:$A$12", invalid: false, comment: "", visible: true },
    ]);
    expect(fx.workbook.sheet("Lists").visibility).toBe("Hidden");
    expect(fx.workbook.listItemsFor("附件1", "G10")).toEqual(["教务处", "学生处", "财务处"]);
    expect(fx.workbook.listItemsFor("附件1", "F10")).toBeNull();
  });

  it("user.type refuses values outside the list (Stop) and accepts list items", async () => {
    const fx = await formWithList();
    expect(fx.user.type("附件1", "G7", "教务处、学生处")).toEqual({
      ok: false,
      reason: "validation",
      message: "请从列表中选择",
    });
    expect(fx.user.type("附件1", "G7", "学生处")).toEqual({ ok: true });
    expect(fx.user.type("附件1", "G8", "")).toEqual({ ok: true });
    expect(fx.workbook.sheet("附件1").cell("G7").value).toBe("学生处");
  });

  it("API writes are not validated, but dataValidation.valid reports them", async () => {
    const fx = await formWithList();
    await fx.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("附件1");
      sheet.getRange("G7:G8").values = [["教务处"], ["教务处、学生处"]];
      const good = sheet.getRange("G7").dataValidation;
      const bad = sheet.getRange("G8").dataValidation;
      const mixed = sheet.getRange("G7:G8").dataValidation;
      const partial = sheet.getRange("F7:G7").dataValidation;
      [good, bad, mixed].forEach((d) => d.load("valid,type"));
      partial.load("type");
      const invalid = sheet.getRange("G1:G100").dataValidation.getInvalidCellsOrNullObject();
      invalid.load("address");
      await context.sync();
      expect([good.valid, bad.valid, mixed.valid]).toEqual([true, false, null]);
      expect(good.type).toBe("List");
      expect(partial.type).toBe("Inconsistent");
      expect(invalid.address).toBe("附件1!G8");
    });
  });

  it("setting a rule over a partly validated range fails until clear()", async () => {
    const fx = await formWithList();
    await fx.Excel.run(async (context) => {
      const dv = context.workbook.worksheets.getItem("附件1").getRange("G50:G80").dataValidation;
      dv.rule = { custom: { formula: "=LEN(G50)<10" } };
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      dv.clear();
      dv.rule = { custom: { formula: "=LEN(G50)<10" } };
      await context.sync();
    });
    expect(
      fx.workbook
        .sheet("附件1")
        .validations()
        .map((v) => [v.range, v.type]),
    ).toEqual([
      ["G7:G49", "List"],
      ["G50:G80", "Custom"],
    ]);
  });

  it("rejects comma lists longer than 255 characters", async () => {
    const fx = createFakeExcel();
    fx.workbook.addSheet("S");
    const code = await codeOf(
      fx.Excel.run(async (context) => {
        const items = Array.from({ length: 60 }, (_, i) => `单位${i}`).join(",");
        context.workbook.worksheets.getItem("S").getRange("A1:A5").dataValidation.rule = {
          list: { inCellDropDown: true, source: items },
        };
        await context.sync();
      }),
    );
    expect(code).toBe("InvalidArgument");
  });

  it("a normal paste is not validated and strips validation from the destination", async () => {
    const fx = await formWithList();
    expect(fx.user.paste("附件1", "G10", [["不在列表"], ["x"]])).toEqual({ ok: true });
    const sheet = fx.workbook.sheet("附件1");
    expect(sheet.values("G10:G11")).toEqual([["不在列表"], ["x"]]);
    expect(sheet.validations().map((v) => v.range)).toEqual(["G7:G9 G12:G60"]);
    expect(fx.workbook.listItemsFor("附件1", "G10")).toBeNull();
    expect(fx.workbook.listItemsFor("附件1", "G12")).toEqual(["教务处", "学生处", "财务处"]);
  });

  it("user.type refuses locked cells on a protected sheet", async () => {
    const fx = await formWithList();
    await fx.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("附件1");
      sheet.getRange("G7:G60").format.protection.locked = false;
      sheet.protection.protect();
      await context.sync();
    });
    expect(fx.user.type("附件1", "A1", "x")).toMatchObject({ ok: false, reason: "locked" });
    expect(fx.user.type("附件1", "G7", "财务处")).toEqual({ ok: true });
  });

  it("deleting the list sheet makes the name invalid and the list unresolvable", async () => {
    const fx = await formWithList();
    await fx.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Lists").delete();
      await context.sync();
    });
    expect(fx.workbook.names()[0]).toMatchObject({ reference: "=#REF!$A$1:$A$12", invalid: true });
    expect(fx.workbook.listItemsFor("附件1", "G7")).toBeNull();
    expect(fx.user.type("附件1", "G7", "教务处")).toMatchObject({ ok: false, reason: "validation" });
  });
});

describe("conditional formats", () => {
  it("adds custom formats at the top priority and clearAll removes overlapping ones", async () => {
    const fx = createFakeExcel();
    fx.workbook.addSheet("S");
    await fx.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("A7:H400");
      const first = range.conditionalFormats.add(fx.Excel.ConditionalFormatType.custom);
      first.custom.rule.formula = '=AND($E7="",$F7="")';
      first.custom.format.fill.color = "#FFC7CE";
      const second = range.conditionalFormats.add("Custom");
      second.custom.rule.formula = '=$A7<>""';
      second.custom.format.font.color = "#9C0006";
      second.custom.format.font.bold = true;
      first.load("priority");
      const count = range.conditionalFormats.getCount();
      await context.sync();
      expect(first.priority).toBe(1);
      expect(count.value).toBe(2);
    });
    const s = fx.workbook.sheet("S");
    expect(s.conditionalFormats()).toEqual([
      {
        range: "A7:H400",
        type: "Custom",
        formula: '=$A7<>""',
        fill: null,
        fontColor: "#9C0006",
        bold: true,
        priority: 0,
        stopIfTrue: false,
      },
      {
        range: "A7:H400",
        type: "Custom",
        formula: '=AND($E7="",$F7="")',
        fill: "#FFC7CE",
        fontColor: null,
        bold: null,
        priority: 1,
        stopIfTrue: false,
      },
    ]);
    await fx.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("B10").conditionalFormats.clearAll();
      await context.sync();
    });
    expect(s.conditionalFormats()).toEqual([]);
  });
});
