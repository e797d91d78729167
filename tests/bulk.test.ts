import { FUJIAN1 } from "../src/form";
import { assignToSelection, fillTimeDown, rowsOfAreas } from "../src/excel/bulk";
import { ALL_CAPABILITIES } from "../src/excel/capabilities";
import { describeError } from "../src/excel/errors";
import { loaded, readBack } from "./helpers/workbook";

const caps = ALL_CAPABILITIES;

describe("bulk assignment of 责任单位 and 完成时间", () => {
  it("reads the rows of several areas", () => {
    expect(rowsOfAreas("附件1!E6:E8, 附件1!G12,'附件1'!$H$20", "附件1")).toEqual([5, 6, 7, 11, 19]);
    expect(rowsOfAreas("附件1!6:7", "附件1")).toEqual([5, 6]);
    expect(() => rowsOfAreas("附件1!G:G", "附件1")).toThrow();
  });

  it("writes one unit and one time into every selected task row (several areas), sparing filled cells", async () => {
    const { run, model } = await loaded();
    model.user.type("附件1", "G7", "人事处");
    model.user.select("附件1", "E6:E8,E12");
    const out = await assignToSelection(run, FUJIAN1, caps, { unit: "教务处", time: "2024年" });
    expect(out).toEqual({ tasks: 4, cells: 7, kept: 1, marked: 0 });
    const rows = readBack(model).rows;
    expect(rows["1"][0]).toMatchObject({ unit: "教务处", time: "2024年" });
    expect(rows["2"][0]).toMatchObject({ unit: "人事处", time: "2024年" });
    expect(rows["3"][0]).toMatchObject({ unit: "教务处", time: "2024年" });
    expect(rows["5"]?.[0]?.unit ?? "").toBe("");
    expect(model.sheet("附件1").cell("G12").value).toBe("教务处");
    expect(model.sheet("附件1").cell("H12").value).toBe("2024年");
    expect(model.sheet("附件1").cell("G11").value).toBe("");
    expect(model.sheet("附件1").protection.protected).toBe(true);
  });

  it("skips tasks marked 不涉及 rather than making a contradiction", async () => {
    const { run, model } = await loaded({
      header: { unit: "", contact: "", phone: "" },
      rows: {},
      marks: { "2": "属省级部门职责" },
    });
    model.user.select("附件1", "E6:E8");
    const out = await assignToSelection(run, FUJIAN1, caps, { unit: "教务处" });
    expect(out.marked).toBe(1);
    expect(readBack(model).rows["2"]?.[0]?.unit ?? "").toBe("");
  });

  it("falls back with a message on an Excel without RangeAreas when several areas are selected", async () => {
    const { run, model } = await loaded();
    model.user.select("附件1", "E6,E8");
    const old = { ...caps, pageLayout: false };
    const err = await assignToSelection(run, FUJIAN1, old, { unit: "教务处" }).catch((e: unknown) => e);
    expect(describeError(err, "zh")).toContain("多块选区需要 ExcelApi 1.9");
    expect(describeError(err, "en")).toContain("several areas need ExcelApi 1.9");
    expect(readBack(model).rows["1"]?.[0]?.unit ?? "").toBe("");
    model.user.select("附件1", "E6:E8");
    await expect(assignToSelection(run, FUJIAN1, old, { unit: "教务处" })).resolves.toMatchObject({ cells: 3 });
  });

  it("fills 完成时间 down from the selected row to the last task, empty cells only", async () => {
    const { run, model } = await loaded();
    model.user.type("附件1", "H6", "2023年");
    model.user.type("附件1", "H8", "2025年");
    model.user.select("附件1", "H6");
    const out = await fillTimeDown(run, FUJIAN1, caps);
    expect(out.cells).toBe(FUJIAN1.tasks.length - 2);
    const rows = readBack(model).rows;
    expect(rows["2"][0].time).toBe("2023年");
    expect(rows["3"][0].time).toBe("2025年");
    expect(rows["54"][0].time).toBe("2023年");
  });
});
