/**
 * tests/helpers/xlsx-stand-in.ts: a unit's file opened in the stand-in as Excel presents it — the add-in's own
 * check recognises it, its locked cells refuse typing and API writes, its dropdowns offer the 名单 lists — and
 * saved back into a copy that keeps the identity, the names and what was typed.
 */
import { FUJIAN1, type Entries } from "../../src/form";
import { checkSheet } from "../../src/excel/check-sheet";
import { cellAddress } from "../../src/plan/a1";
import { planSheet } from "../../src/plan/sheet-plan";
import { STANDALONE_TEXT } from "../../src/plan/standalone-text";
import { readGrid } from "../../src/reading/read-grid";
import { decodeRelay, handOut } from "../../src/relay";
import { readWorkbookFile } from "../../src/xlsx/read-file";
import { writeUnitFiles } from "../../src/xlsx/write-relay";
import { openInStandIn } from "../helpers/xlsx-stand-in";

const blank: Entries = { header: { unit: "某学院", contact: "", phone: "" }, rows: {} };
const master: Entries = {
  ...blank,
  rows: {
    "1": [{ measure: "", target: "", unit: "教务处", time: "2025年" }],
    "2": [{ measure: "", target: "", unit: "人事处", time: "2025年" }],
  },
};

async function unitFile(): Promise<Uint8Array> {
  const out = handOut(FUJIAN1, master, { record: null, newMasterId: "M", handOutId: "H", by: "发展规划处", at: "t" });
  const plan = planSheet(FUJIAN1, master, FUJIAN1.sheetName, FUJIAN1.lists, { standalone: STANDALONE_TEXT });
  const files = await writeUnitFiles(plan, out.units);
  return files[out.units.findIndex((u) => u.unit === "教务处")];
}

async function read(bytes: Uint8Array) {
  const r = await readWorkbookFile(bytes, FUJIAN1);
  if ("kind" in r) throw new Error(r.message);
  return { ...r, reading: readGrid(FUJIAN1, r.grid, r.merges) };
}

describe("a unit's file in the stand-in", () => {
  it("is recognised by the add-in, strict where Excel is, and saves what was typed into a copy", async () => {
    const bytes = await unitFile();
    const { reading } = await read(bytes);
    const row = (seq: string) => reading.owners.find((o) => o.seq === seq && o.index === 0)!.row;
    const own = cellAddress(row("1"), reading.columns.measure!);
    const foreign = cellAddress(row("2"), reading.columns.measure!);
    const file = await openInStandIn(bytes);
    const sheet = FUJIAN1.sheetName;

    expect(file.model.sheetNames()).toEqual([sheet, "名单", "分发信息"]);
    expect(file.model.sheet("分发信息").visibility).toBe("Hidden");
    expect(file.model.sheet(sheet).protection.protected).toBe(true);
    expect((await checkSheet(file.run, FUJIAN1)).summary.scope).toEqual({ unit: "教务处", tasks: 1 });
    expect(file.model.listItemsFor(sheet, cellAddress(row("1"), reading.columns.unit!))).toEqual(FUJIAN1.lists.units);

    expect(file.model.user.type(sheet, foreign, "越权")).toMatchObject({ ok: false, reason: "locked" });
    await expect(
      file.run(async (context) => {
        context.workbook.worksheets.getItem(sheet).getRange(foreign).values = [["越权"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    expect(file.model.user.type(sheet, own, "教务处的举措")).toEqual({ ok: true });
    expect(file.changes()).toEqual([{ sheet, address: own, value: "教务处的举措" }]);

    const saved = await read(await file.save());
    expect(saved.reading.entries.rows["1"][0].measure).toBe("教务处的举措");
    expect(saved.reading.entries.rows["2"][0].measure).toBe("");
    expect(decodeRelay(saved.relay)).toMatchObject({ kind: "unit", identity: { unit: "教务处" } });
    const again = await openInStandIn(await file.save());
    expect(again.model.names().map((n) => n.name)).toEqual(["责任单位列表", "完成时间列表"]);
    expect(again.model.user.type(sheet, foreign, "越权")).toMatchObject({ ok: false, reason: "locked" });
  });
});
