/** en-US text written to General cells becomes numbers and dates, as in Excel; "@" cells keep it. */
import { createFakeExcel, dateToSerialForTest as serial } from "./helpers";

const INPUT = ["1/2/2024", "12/31/2023", "$1,234.50", "1,234", "50%", "2-Jan-2024", "Jan 2, 2024", "12/31/23", "-$5"];

async function written(format: "General" | "@") {
  const fx = createFakeExcel();
  fx.workbook.addSheet("S");
  const address = `A1:I1`;
  return fx.Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("S").getRange(address);
    if (format === "@") range.numberFormat = [INPUT.map(() => "@")];
    range.values = [INPUT];
    range.load("values,text,numberFormat,valueTypes");
    await context.sync();
    return { values: range.values[0], text: range.text[0], formats: range.numberFormat[0], types: range.valueTypes[0] };
  });
}

describe("en-US forms written to a General cell", () => {
  it("become numbers with an automatic number format, and display as typed", async () => {
    const r = await written("General");
    expect(r.values).toEqual([
      serial(2024, 1, 2),
      serial(2023, 12, 31),
      1234.5,
      1234,
      0.5,
      serial(2024, 1, 2),
      serial(2024, 1, 2),
      serial(2023, 12, 31),
      -5,
    ]);
    expect(r.types.every((t) => t === "Double")).toBe(true);
    expect(r.formats).toEqual([
      "m/d/yyyy",
      "m/d/yyyy",
      "$#,##0.00",
      "#,##0",
      "0%",
      "d-mmm-yy",
      "d-mmm-yy",
      "m/d/yyyy",
      "$#,##0",
    ]);
    expect(r.text).toEqual([
      "1/2/2024",
      "12/31/2023",
      "$1,234.50",
      "1,234",
      "50%",
      "2-Jan-24",
      "2-Jan-24",
      "12/31/2023",
      "-$5",
    ]);
  });

  it("stay text, exactly as written, in a cell formatted as text first", async () => {
    const r = await written("@");
    expect(r.values).toEqual(INPUT);
    expect(r.types.every((t) => t === "String")).toBe(true);
  });

  it("a month and day alone is this year's date; 2023.12 and a phone number are numbers", async () => {
    const fx = createFakeExcel();
    fx.workbook.addSheet("S");
    fx.workbook.setValues("S", "A1", [["3/15", "2023.10", "13812345678", "不是日期 1/2", "15-Feb"]]);
    const s = fx.workbook.sheet("S");
    expect(s.cell("A1").value).toBe(serial(new Date().getFullYear(), 3, 15));
    expect(s.cell("A1").numberFormat).toBe("d-mmm");
    expect(s.cell("B1").value).toBe(2023.1); // the trailing zero of "2023.10" is gone
    expect(s.cell("C1").value).toBe(13812345678);
    expect(s.cell("D1").value).toBe("不是日期 1/2");
    expect([s.cell("E1").value, s.cell("E1").numberFormat]).toEqual([serial(new Date().getFullYear(), 2, 15), "d-mmm"]);
  });

  it("an ISO date reads back as m/d/yyyy, as office-js #229 reports", async () => {
    const fx = createFakeExcel();
    fx.workbook.addSheet("S");
    fx.workbook.setValues("S", "A1", [["2018-12-31", "2023/12/1"]]);
    const s = fx.workbook.sheet("S");
    expect([s.cell("A1").value, s.cell("A1").numberFormat]).toEqual([serial(2018, 12, 31), "m/d/yyyy"]);
    expect([s.cell("B1").value, s.cell("B1").numberFormat]).toEqual([serial(2023, 12, 1), "m/d/yyyy"]);
  });

  it("not every slash or dollar is a date or an amount", async () => {
    const fx = createFakeExcel();
    fx.workbook.addSheet("S");
    fx.workbook.setValues("S", "A1", [["13/1/2024", "2/30/2024", "$", "$1,23", "Jan 32, 2024"]]);
    expect(fx.workbook.sheet("S").values("A1:E1")).toEqual([["13/1/2024", "2/30/2024", "$", "$1,23", "Jan 32, 2024"]]);
  });
});
