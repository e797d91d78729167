/**
 * Another workbook takes the focus while an action runs (InactiveWorkbook), and a sheet too large to
 * read at once (ResponsePayloadSizeLimitExceeded): clear messages, nothing half-written.
 */
import { FUJIAN1, SAMPLE_DRAFT } from "../src/form";
import { ALL_CAPABILITIES } from "../src/excel/capabilities";
import { describeError } from "../src/excel/errors";
import { loadForm } from "../src/excel/load-form";
import { addMeasureRow } from "../src/excel/measure-rows";
import type { ExcelRunner } from "../src/excel/run";
import { applyFixes } from "../src/excel/sheet-actions";
import { loaded, readBack, setup, type Setup } from "./helpers/workbook";

const caps = ALL_CAPABILITIES;

/** A runner whose n-th sync happens after the user clicked into another workbook. */
function losingFocusAt(fake: Setup["fake"], n: number): ExcelRunner {
  const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
    fake.Excel.run((context) => {
      const sync = context.sync.bind(context);
      let k = 0;
      context.sync = () => {
        if (++k === n) fake.user.focusOtherWorkbook();
        return sync();
      };
      return batch(context as unknown as Excel.RequestContext);
    }) as Promise<T>;
  return run;
}

async function failure(p: Promise<unknown>): Promise<{ zh: string; en: string }> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).not.toBeNull();
  return { zh: describeError(e, "zh"), en: describeError(e, "en") };
}

describe("another workbook takes the focus", () => {
  it("添加举措行 between its read and its write: nothing changed, protected, told to click back and retry", async () => {
    const { fake, model, run } = await loaded(SAMPLE_DRAFT);
    const before = readBack(model);
    model.user.select("附件1", "E6");
    const msg = await failure(addMeasureRow(losingFocusAt(fake, 2), FUJIAN1, caps));
    expect(msg.zh).toContain("表格内容没有改动");
    expect(msg.zh).toContain("请先点一下本工作簿中的任意单元格，再点一次按钮");
    expect(msg.en).toContain("nothing in the table was changed");
    expect(msg.en).toContain("click any cell in this workbook");
    expect(readBack(model)).toEqual(before);
    expect(model.sheet("附件1").protection.protected).toBe(true);
    fake.user.focusThisWorkbook();
    await expect(addMeasureRow(run, FUJIAN1, caps)).resolves.toMatchObject({ seq: "1" });
  });

  it("载入附件1 while another workbook has the focus: no half-built sheet, the same advice", async () => {
    const { fake, model, run } = setup();
    fake.user.focusOtherWorkbook();
    const msg = await failure(loadForm(run, FUJIAN1, caps, { sample: SAMPLE_DRAFT }));
    expect(msg.zh).toContain("本工作簿");
    expect(msg.en).toContain("this workbook");
    expect(model.sheetNames()).toEqual(["Sheet1"]);
  });

  it("重新载入 losing the focus after building the new sheet: old sheet intact, leftover named, click back first", async () => {
    const { fake, model, run } = setup();
    await loadForm(run, FUJIAN1, caps, { sample: SAMPLE_DRAFT });
    const before = readBack(model);
    const msg = await failure(loadForm(losingFocusAt(fake, 3), FUJIAN1, caps, { sample: SAMPLE_DRAFT }));
    expect(model.sheetNames()).toEqual(["Sheet1", "名单", "附件1", "附件1~1"]); // Excel refuses the delete too
    expect(msg.zh).toContain("另一个工作簿成了活动窗口");
    expect(msg.zh).toContain("请先点一下本工作簿中的任意单元格，右键点“附件1~1”的标签 → 删除");
    expect(msg.en).toContain("click any cell in this workbook, right-click the tab “附件1~1” → Delete");
    expect(readBack(model)).toEqual(before);
    expect(model.sheet("附件1").protection.protected).toBe(true);
  });
});

describe("a sheet too large to read at once", () => {
  it("says what to delete and that nothing changed (ResponsePayloadSizeLimitExceeded)", async () => {
    const { model, run } = await loaded(SAMPLE_DRAFT);
    model.setValues("附件1", "Z200000", [["粘贴到远处的内容"]]);
    const msg = await failure(applyFixes(run, FUJIAN1, [{ address: "G6", value: "教务处" }]));
    expect(msg.zh).toContain("5 MB");
    expect(msg.zh).toContain("表格没有被改动");
    expect(msg.en).toContain("delete the rows below the last task");
    expect(model.sheet("附件1").cell("G6").value).not.toBe("教务处");
  });
});
