/**
 * 分发给各单位 in the pane, on the in-memory Excel: one .zip with a file per lead unit (the same files as
 * `fujian1 split`), the hand-out noted in the workbook's hidden 分发信息 sheet (its master id kept on a second
 * hand-out), and the files match the workbook when gathered; without assignments or without the form, a message
 * and nothing written.
 */
import JSZip from "jszip";
import { FUJIAN1, SAMPLE_DRAFT } from "../../src/form";
import { ALL_CAPABILITIES } from "../../src/excel/capabilities";
import { readRelayRows } from "../../src/excel/relay-sheet";
import { readGrid } from "../../src/reading/read-grid";
import { decodeRelay, gather, RELAY_SHEET, type MasterRecord } from "../../src/relay";
import { createTeamServices } from "../../src/taskpane/team-services";
import { readWorkbookFile } from "../../src/xlsx/read-file";
import { gridOf, loaded, readBack, setup } from "../helpers/workbook";
import { openInStandIn } from "../helpers/xlsx-stand-in";
import { unhideAndType } from "../helpers/unhide-and-type";

jest.setTimeout(60_000);

function services(run: Parameters<typeof createTeamServices>[1]) {
  const saved: Array<{ name: string; bytes: Uint8Array; type: string }> = [];
  let n = 0;
  const team = createTeamServices("zh", run, () => ALL_CAPABILITIES, FUJIAN1, {
    download: (name, bytes, type) => saved.push({ name, bytes, type }),
    ids: () => `id-${++n}`,
    now: () => new Date(2026, 11, 7, 9, 30),
  });
  return { team, saved };
}

describe("分发给各单位 in the pane", () => {
  it("downloads one .zip of the units' files and notes the hand-out in the workbook", async () => {
    const { run, model } = await loaded(SAMPLE_DRAFT);
    const { team, saved } = services(run);
    const r = await team.handOut();
    if (!r.ok) throw new Error(r.message);
    expect(saved.map((s) => s.name)).toEqual(["附件1-分发-2026-12-07.zip"]);
    const zip = await JSZip.loadAsync(saved[0].bytes);
    const names = Object.keys(zip.files).sort();
    expect(names).toEqual(r.value.files.map((f) => f.name).sort());
    expect(names).toContain("附件1-人事处.xlsx");
    expect(r.value.message).toMatch(/^已为 6 个单位生成文件/);
    expect(model.sheet(RELAY_SHEET).visibility).toBe("Hidden");
    // Protected as well: a user who unhides it cannot type over the identity.
    expect(await unhideAndType({ run, model }, RELAY_SHEET)).toMatchObject({ wasHidden: true, reason: "locked" });
    const record = decodeRelay((await readRelayRows(run)) ?? undefined);
    expect(record).toMatchObject({ kind: "master", record: { masterId: "id-1", handOutId: "id-2" } });

    // A unit's file from the .zip comes back into this workbook: not refused, its edit taken.
    const bytes = await zip.file("附件1-人事处.xlsx")!.async("uint8array");
    // Its 分发信息, opened as Excel presents the file, is hidden and protected: the identity cannot be typed over.
    const opened = await openInStandIn(bytes);
    expect(await unhideAndType(opened, RELAY_SHEET)).toMatchObject({ wasHidden: true, reason: "locked" });
    const reading = await readWorkbookFile(bytes, FUJIAN1);
    if ("kind" in reading) throw new Error(reading.message);
    const id = decodeRelay(reading.relay);
    if (id?.kind !== "unit") throw new Error("no identity");
    const entries = readGrid(FUJIAN1, reading.grid, reading.merges).entries;
    const seq = id.identity.tasks.find((t) => t.role === "lead")!.seq;
    entries.rows[seq] = [{ ...entries.rows[seq][0], measure: "单位新写的举措" }];
    const master = { entries: readBack(model), record: (record as { record: MasterRecord }).record };
    const result = gather(FUJIAN1, master, [{ name: "附件1-人事处.xlsx", identity: id.identity, entries }]);
    expect(result.reviews[0].refused).toBeUndefined();
    expect(result.entries.rows[seq][0].measure).toBe("单位新写的举措");

    // A second hand-out keeps the master's id, with a new hand-out id.
    expect((await team.handOut()).ok).toBe(true);
    expect(decodeRelay((await readRelayRows(run)) ?? undefined)).toMatchObject({
      record: { masterId: "id-1", handOutId: "id-4" },
    });
    expect(await unhideAndType({ run, model }, RELAY_SHEET)).toMatchObject({ wasHidden: true, reason: "locked" });
  });

  it("says what to do, and writes nothing, without the form or without assignments", async () => {
    const blank = setup();
    const a = services(blank.run);
    expect(await a.team.handOut()).toEqual({ ok: false, message: expect.stringContaining("载入附件1") });
    const empty = await loaded();
    const b = services(empty.run);
    expect(await b.team.handOut()).toEqual({ ok: false, message: expect.stringContaining("还没有任务分配给单位") });
    expect(await readRelayRows(empty.run)).toBeNull();
    expect([...a.saved, ...b.saved]).toEqual([]);
  });
});

describe("分发信息 protected with a password of someone's own", () => {
  it("refuses the hand-out before making a file or writing anything, and says to remove the password", async () => {
    const { run, model } = await loaded(SAMPLE_DRAFT);
    expect((await services(run).team.handOut()).ok).toBe(true);
    await run(async (context) => {
      const p = context.workbook.worksheets.getItem(RELAY_SHEET).protection;
      p.unprotect();
      p.protect({}, "秘密");
      await context.sync();
    });
    const state = () => ({
      entries: readBack(model),
      relay: gridOf(model, RELAY_SHEET),
      protection: model.sheet(RELAY_SHEET).protection,
      visibility: model.sheet(RELAY_SHEET).visibility,
    });
    const before = state();
    const again = services(run);
    const r = await again.team.handOut();
    expect(r).toEqual({ ok: false, message: expect.stringContaining("隐藏的“分发信息”表设了密码保护") });
    expect(r.ok || r.message).toContain("审阅 → 撤消工作表保护");
    expect(again.saved).toEqual([]);
    expect(state()).toEqual(before);
  });
});
