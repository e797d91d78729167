/**
 * The relay's identity in its hidden 分发信息 sheet, as pure calls: whatever its fields say it reads back as
 * written (a unit's file and the master's record), a damaged, foreign or trimmed sheet is told apart, and the
 * visible 收回记录 lists one line per file gathered.
 */
import fc from "fast-check";
import {
  decodeRelay,
  encodeIdentity,
  encodeMaster,
  gatherLogRows,
  rectangular,
  type HandOutIdentity,
  type MasterRecord,
} from "../../src/relay";

const ID: HandOutIdentity = {
  masterId: "M-1",
  handOutId: "H-2",
  unit: "人事处",
  by: "发展规划处",
  at: "2026-12-07T08:00:00Z",
  tasks: [
    { seq: "1", role: "lead", base: "0" },
    { seq: "2", role: "co", base: "ca3db1459953c5ab" },
    { seq: "3", role: "", base: "81cf6f09c4c0bf6f" },
  ],
};
const RECORD: MasterRecord = {
  masterId: "M-1",
  handOutId: "H-2",
  handOutAt: "2026-12-07T08:00:00Z",
  by: "发展规划处",
  taken: [
    { unit: "人事处", seq: "1", fingerprint: "ca3db1459953c5ab" },
    { unit: "教务处", seq: "3", fingerprint: "81cf6f09c4c0bf6f" },
  ],
  log: [
    {
      unit: "人事处",
      file: "附件1-人事处.xlsx",
      at: "2026-12-08T09:00:00Z",
      taken: ["1", "4"],
      refused: [],
      note: "",
      savedAt: "2026-12-08T08:30:00Z",
    },
    { unit: "教务处", file: "附件1-教务处.xlsx", at: "2026-12-08T09:00:00Z", taken: [], refused: ["3"], note: "" },
    { unit: "", file: "旧表.xlsx", at: "2026-12-08T09:00:00Z", taken: [], refused: [], note: "master-file" },
    {
      unit: "人事处",
      file: "人事处-旧.xlsx",
      at: "2026-12-08T09:00:00Z",
      taken: [],
      refused: [],
      note: "older-than-gathered",
      savedAt: "2026-12-08T07:00:00Z",
      detail: "2026-12-08T07:00:00Z",
      newer: { file: "附件1-人事处.xlsx", savedAt: "2026-12-08T08:30:00Z" },
    },
  ],
};

/** The rows of a grid without those whose first cell is `key`. */
const without = (grid: string[][], key: string) => grid.filter((r) => r[0] !== key);
/** The grid with the value of `key` replaced. */
const withValue = (grid: string[][], key: string, value: string) => grid.map((r) => (r[0] === key ? [key, value] : r));

describe("reading back the identity", () => {
  it("a unit's file and the master's record read back as written, lists and empty lists alike", () => {
    expect(decodeRelay(encodeIdentity(ID))).toEqual({ kind: "unit", identity: ID });
    expect(decodeRelay(encodeMaster(RECORD))).toEqual({ kind: "master", record: RECORD });
    const fresh = { ...RECORD, taken: [], log: [] };
    expect(decodeRelay(encodeMaster(fresh))).toEqual({ kind: "master", record: fresh });
    // As a range of Office.js values: padded to one width.
    expect(decodeRelay(rectangular(encodeMaster(RECORD)))).toEqual({ kind: "master", record: RECORD });
    expect(decodeRelay(rectangular(encodeIdentity(ID)))).toEqual({ kind: "unit", identity: ID });
  });

  it("whatever its fields say, even a header's own words, they read back as written (property)", () => {
    const HEADER_WORDS = ["本单位", "单位", "序号", "已收回", "收回", "格式", "类型", "牵头", "协办", "汇总表"];
    const text = fc.oneof(
      fc.constantFrom(...HEADER_WORDS),
      fc
        .string({ minLength: 1, maxLength: 8 })
        .map((s) => s.trim())
        .filter((s) => s !== ""),
    );
    const optional = fc.oneof(fc.constant(""), text);
    fc.assert(
      fc.property(text, text, text, optional, optional, (masterId, handOutId, unit, by, at) => {
        const id = { ...ID, masterId, handOutId, unit, by, at };
        expect(decodeRelay(encodeIdentity(id))).toEqual({ kind: "unit", identity: id });
        const record = { ...RECORD, masterId, handOutId, by, handOutAt: at };
        expect(decodeRelay(encodeMaster(record))).toEqual({ kind: "master", record });
      }),
      { numRuns: 60 },
    );
  });

  it("is not an identity when missing, of another format or title, or when a key it needs is empty or gone", () => {
    const unit = encodeIdentity(ID);
    const master = encodeMaster(RECORD);
    expect(decodeRelay(undefined)).toBeNull();
    expect(decodeRelay([])).toBeNull();
    expect(decodeRelay([["附件1"]])).toBeNull();
    expect(decodeRelay(withValue(unit, "格式", "2"))).toBeNull();
    expect(decodeRelay(without(unit, "格式"))).toBeNull();
    expect(decodeRelay([["某表", unit[0][1]], ...unit.slice(1)])).toBeNull();
    expect(decodeRelay([["某表", master[0][1]], ...master.slice(1)])).toBeNull();
    for (const key of ["汇总表编号", "分发编号"]) {
      expect(decodeRelay(withValue(unit, key, ""))).toBeNull();
      expect(decodeRelay(without(unit, key))).toBeNull();
      expect(decodeRelay(without(master, key))).toBeNull();
    }
    // A unit's file must say whose it is and list its tasks.
    expect(decodeRelay(withValue(unit, "单位", ""))).toBeNull();
    expect(decodeRelay(without(unit, "单位"))).toBeNull();
    expect(decodeRelay(without(unit, "序号"))).toBeNull();
    // Neither a unit's file nor a master.
    expect(decodeRelay(withValue(unit, "类型", "其他"))).toBeNull();
    expect(decodeRelay(without(master, "类型"))).toBeNull();
  });

  it("reads what it can of a sheet cut short or written by hand", () => {
    // Without who and when, they read as empty.
    const bare = without(without(encodeIdentity(ID), "分发人"), "分发时间");
    expect(decodeRelay(bare)).toEqual({ kind: "unit", identity: { ...ID, by: "", at: "" } });
    // A master's record cut after its keys: nothing taken, no log.
    const keysOnly = encodeMaster(RECORD).slice(0, 7);
    expect(decodeRelay(keysOnly)).toEqual({ kind: "master", record: { ...RECORD, taken: [], log: [] } });
    // A unit's tasks end at the first empty row; lists typed by hand with stray 、 read as their items.
    const unit = encodeIdentity(ID);
    expect(decodeRelay([...unit.slice(0, -1), [], unit[unit.length - 1]])).toEqual({
      kind: "unit",
      identity: { ...ID, tasks: ID.tasks.slice(0, 2) },
    });
    const master = encodeMaster({ ...RECORD, log: [] });
    const typed = [...master, ["", "人事处", "a.xlsx", "t", "1、、3、", "、5", ""]];
    expect(decodeRelay(typed)).toMatchObject({
      record: { log: [{ unit: "人事处", file: "a.xlsx", at: "t", taken: ["1", "3"], refused: ["5"], note: "" }] },
    });
    // A key given twice: the first counts (a row added below cannot redirect the file).
    expect(decodeRelay([...unit.slice(0, 4), ["汇总表编号", "别的"], ...unit.slice(4)])).toEqual({
      kind: "unit",
      identity: ID,
    });
  });
});

describe("the hidden sheet's layout (the file format units' files and masters carry)", () => {
  it("a unit's file: title and note, keys, a blank row, then one row per task with its role and fingerprint", () => {
    expect(encodeIdentity(ID)).toEqual([
      ["附件1 分发信息", "本表由附件1 填报助手写入，收回各单位的文件时用来核对，请勿修改或删除。"],
      ["格式", "1"],
      ["类型", "单位文件"],
      ["汇总表编号", "M-1"],
      ["分发编号", "H-2"],
      ["分发时间", "2026-12-07T08:00:00Z"],
      ["分发人", "发展规划处"],
      ["单位", "人事处"],
      [],
      ["序号", "本单位", "分发时的内容指纹"],
      ["1", "牵头", "0"],
      ["2", "协办", "ca3db1459953c5ab"],
      ["3", "", "81cf6f09c4c0bf6f"],
    ]);
  });

  it("the master: keys, then what was taken, then the log, each after a blank row", () => {
    const record: MasterRecord = { ...RECORD, log: RECORD.log.slice(0, 1) };
    expect(encodeMaster(record)).toEqual([
      ["附件1 分发信息", "本表由附件1 填报助手写入，收回各单位的文件时用来核对，请勿修改或删除。"],
      ["格式", "1"],
      ["类型", "汇总表"],
      ["汇总表编号", "M-1"],
      ["分发编号", "H-2"],
      ["分发时间", "2026-12-07T08:00:00Z"],
      ["分发人", "发展规划处"],
      [],
      ["已收回", "单位", "序号", "内容指纹"],
      ["", "人事处", "1", "ca3db1459953c5ab"],
      ["", "教务处", "3", "81cf6f09c4c0bf6f"],
      [],
      [
        "收回",
        "单位",
        "文件",
        "时间",
        "收取的任务",
        "未收取的任务",
        "说明",
        "文件保存时间",
        "说明详情",
        "较新的文件",
        "较新文件保存时间",
      ],
      ["", "人事处", "附件1-人事处.xlsx", "2026-12-08T09:00:00Z", "1、4", "", "", "2026-12-08T08:30:00Z", "", "", ""],
    ]);
  });
});

describe("收回记录 (the visible log)", () => {
  it("has a title row, then one line per file: unit, file, time, tasks taken and left, why refused in words", () => {
    const older =
      "这是该单位较早的文件（保存于 2026-12-08 07:00）：之前已经收回了它较新的文件“附件1-人事处.xlsx”（保存于 2026-12-08 08:30），" +
      "再收取会用旧内容覆盖新内容，所以没有收取。如需其中的内容，请该单位在最新的文件中修改后交回。";
    expect(gatherLogRows(RECORD.log)).toEqual([
      ["单位", "文件", "收回时间", "收取的任务", "未收取的任务", "说明", "文件保存时间"],
      ["人事处", "附件1-人事处.xlsx", "2026-12-08T09:00:00Z", "1、4", "", "", "2026-12-08T08:30:00Z"],
      ["教务处", "附件1-教务处.xlsx", "2026-12-08T09:00:00Z", "", "3", "", ""],
      ["", "旧表.xlsx", "2026-12-08T09:00:00Z", "", "", "这是汇总表（或上次收回后的汇总表），不是单位的文件。", ""],
      ["人事处", "人事处-旧.xlsx", "2026-12-08T09:00:00Z", "", "", older, "2026-12-08T07:00:00Z"],
    ]);
    // In English when the add-in writes the sheet in English; a code this version does not know shows as it is.
    const en = gatherLogRows([...RECORD.log.slice(2), { ...RECORD.log[2], note: "from-the-future" }], "en");
    expect(en.slice(1).map((r) => r[5])).toEqual([
      "This is the master (or a master after an earlier gather), not a unit's file.",
      expect.stringMatching(
        /^This is an older file of its unit \(saved 2026-12-08 07:00\): its newer file "附件1-人事处.xlsx"/,
      ),
      "from-the-future",
    ]);
    expect(gatherLogRows([])).toEqual([
      ["单位", "文件", "收回时间", "收取的任务", "未收取的任务", "说明", "文件保存时间"],
    ]);
  });

  it("rectangular pads every row with empty text to the widest", () => {
    expect(rectangular([["a", "b", "c"], [], ["d"]])).toEqual([
      ["a", "b", "c"],
      ["", "", ""],
      ["d", "", ""],
    ]);
    expect(rectangular([[]])).toEqual([[""]]);
  });
});
