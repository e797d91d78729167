/** A sheet named 名单 that the college made itself is never cleared or hidden. */
import { ALL_CAPABILITIES } from "../src/excel/capabilities";
import { createServices } from "../src/taskpane/services";
import { setup } from "./helpers/workbook";

function withRoster() {
  const s = setup();
  s.model.addSheet("名单");
  s.model.setValues("名单", "A1", [
    ["姓名", "部门"],
    ["张三", "教务处"],
    ["李四", "人事处"],
  ]);
  return s;
}

describe("the college's own 名单 sheet", () => {
  it("is left as it was; the lists go to 附件1名单", async () => {
    const { run, model } = withRoster();
    const services = createServices("zh", run, ALL_CAPABILITIES);
    expect((await services.load("sample")).ok).toBe(true);
    expect((await services.load("sample")).ok).toBe(true);
    const roster = model.sheet("名单");
    expect(roster.values("A1:B3")).toEqual([
      ["姓名", "部门"],
      ["张三", "教务处"],
      ["李四", "人事处"],
    ]);
    expect(roster.visibility).toBe("Visible");
    expect(model.sheet("附件1名单").visibility).toBe("Hidden");
    expect(model.names().map((n) => n.reference)).toEqual([
      expect.stringMatching(/^=附件1名单!\$A\$2:/),
      expect.stringMatching(/^=附件1名单!\$B\$2:/),
    ]);
    const lists = await services.lists();
    expect(lists.ok && model.listItemsFor("附件1", "G6")).toEqual(lists.ok && lists.value.units);
    expect(model.listItemsFor("附件1", "G6")).toContain("教务处");
  });

  it("stays untouched when the lists are edited", async () => {
    const { run, model } = withRoster();
    const services = createServices("zh", run, ALL_CAPABILITIES);
    await services.load("sample");
    const lists = await services.lists();
    if (!lists.ok) throw new Error(lists.message);
    const items = [...lists.value.units, "新单位"];
    expect(await services.editList({ kind: "units", items }, false)).toEqual({
      ok: true,
      value: { saved: true, rewritten: 0 },
    });
    expect(model.listItemsFor("附件1", "G6")).toContain("新单位");
    expect(model.sheet("名单").values("A1:B1")).toEqual([["姓名", "部门"]]);
    expect(model.sheet("名单").visibility).toBe("Visible");
  });
});
