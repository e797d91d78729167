/**
 * Excel batches are not transactions: a failing command leaves the ones before it applied.
 * Each pane action must leave the sheet protected, lose no entry, and say truthfully what
 * changed — checked here with a failure at command positions of every action.
 */
import fc from "fast-check";
import { FUJIAN1, SAMPLE_DRAFT, type Entries } from "../src/form";
import { ALL_CAPABILITIES } from "../src/excel/capabilities";
import { describeError } from "../src/excel/errors";
import { addMeasureRow } from "../src/excel/measure-rows";
import { createServices, type PaneServices } from "../src/taskpane/services";
import { readWorkbookFile, isFileProblem } from "../src/xlsx/read-file";
import { compactEntries, readGrid } from "../src/reading/read-grid";
import { planSheet } from "../src/plan/sheet-plan";
import type { LineSplit } from "../src/reading/line-split";
import { loaded, readBack, setup, type Setup } from "./helpers/workbook";

describe("下载标准表格 never comes out blank", () => {
  async function entriesOfFile(bytes: Uint8Array) {
    const file = await readWorkbookFile(bytes, FUJIAN1);
    if (isFileProblem(file)) throw new Error(file.kind);
    return readGrid(FUJIAN1, file.grid, file.merges).entries;
  }

  it("holds the user's entries while a chart is selected", async () => {
    const { run, model } = await loaded(SAMPLE_DRAFT);
    model.user.type("附件1", "E6", "新举措");
    model.user.selectObject("附件1", "图表 1");
    const r = await createServices("zh", run, ALL_CAPABILITIES).standaloneFile();
    if (!r.ok) throw new Error(r.message);
    // The file adds hidden spare rows under each task: the same entries once trailing empty rows are dropped.
    expect(compactEntries(await entriesOfFile(r.value.bytes))).toEqual(compactEntries(readBack(model)));
    expect(r.value.name).toBe("附件1-锦州师范高等专科学校.xlsx");
  });

  it("fails with a message, not a blank file, when Excel cannot be read", async () => {
    const { run, fake } = await loaded(SAMPLE_DRAFT);
    fake.failNext({ when: (c) => c.target === "Range.load" });
    const r = await createServices("zh", run, ALL_CAPABILITIES).standaloneFile();
    expect(r).toEqual({ ok: false, message: expect.stringContaining("Excel 内部出错") });
  });

  it("is the blank form when the workbook has no 附件1 yet", async () => {
    const { run } = setup();
    const r = await createServices("zh", run, ALL_CAPABILITIES).standaloneFile();
    if (!r.ok) throw new Error(r.message);
    expect(compactEntries(await entriesOfFile(r.value.bytes)).rows).toEqual({});
    expect(r.value.name).toBe("附件1.xlsx");
  });
});

describe("添加举措行 that fails half-way", () => {
  it("protects the sheet again, keeps every entry and says what changed", async () => {
    const { run, model, fake } = await loaded(SAMPLE_DRAFT);
    const before = readBack(model);
    model.user.select("附件1", "F7"); // task 2
    fake.failNext({ when: (c) => c.target === "Range.merge" });
    const err = await addMeasureRow(run, FUJIAN1, ALL_CAPABILITIES).catch((e: unknown) => e);
    expect(model.sheet("附件1").protection.protected).toBe(true);
    const after = readBack(model);
    expect(after.rows["2"]).toHaveLength(before.rows["2"].length + 1);
    expect({ ...after.rows, "2": before.rows["2"] }).toEqual(before.rows);
    expect(describeError(err, "zh")).toBe(
      "操作只完成了一部分（Excel 报告 GeneralException）。已经改动的：第 2 项的举措行由 1 行变为 2 行。请核对这些内容。" +
        "工作表保护已恢复。请保存工作簿、重启 Excel 后重试；如反复出现，请复制诊断信息发给信息中心。",
    );
    // The repair laid the merges of the new row: the sheet is whole again.
    expect(model.sheet("附件1").mergeAreaOf("A8")).toBe("A7:A8");
    expect(
      model
        .sheet("附件1")
        .validations()
        .map((v) => v.range),
    ).toEqual(planSheet(FUJIAN1, after).validations.map((v) => v.range));
  });

  it("says nothing changed when the failure came before any write", async () => {
    const { run, model, fake } = await loaded(SAMPLE_DRAFT);
    model.user.select("附件1", "F7");
    fake.failNext({ when: (c) => c.target === "Range.insert" });
    const err = await addMeasureRow(run, FUJIAN1, ALL_CAPABILITIES).catch((e: unknown) => e);
    expect(describeError(err, "en")).toMatch(
      /^The operation did not finish \(Excel reported GeneralException\); nothing/,
    );
    expect(model.sheet("附件1").protection.protected).toBe(true);
  });
});

// ---- the property: a failure at any command of any action -------------------------------

type Key = string;
/** Every non-empty value a user entered, by task/row/field, header field and mark. */
function cellsOf(e: Entries): Map<Key, string> {
  const out = new Map<Key, string>();
  for (const [seq, rows] of Object.entries(e.rows)) {
    out.set(`rows/${seq}`, String(rows.length));
    rows.forEach((r, i) => {
      for (const f of ["measure", "target", "unit", "time"] as const) if (r[f]) out.set(`${seq}/${i}/${f}`, r[f]);
    });
  }
  for (const [k, v] of Object.entries(e.header)) if (v) out.set(`header/${k}`, v);
  for (const [seq, v] of Object.entries(e.marks ?? {})) if (v) out.set(`mark/${seq}`, v);
  return out;
}

function same(a: Map<Key, string>, b: Map<Key, string>): boolean {
  return a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);
}

interface Action {
  name: string;
  /** Puts the workbook into the state the action starts from. */
  prepare(s: Setup, services: PaneServices): Promise<void>;
  act(services: PaneServices): Promise<{ ok: boolean; message: string }>;
}

const asResult = (r: { ok: boolean; message?: string; notes?: string[] }) => ({
  ok: r.ok,
  message: [r.message ?? "", ...(r.notes ?? [])].join(" "),
});

const ACTIONS: Action[] = [
  {
    name: "load into an empty workbook",
    prepare: async () => undefined,
    act: async (p) => asResult(await p.load("blank")),
  },
  {
    name: "reload over entries",
    prepare: async (_, p) => void (await p.load("sample")),
    act: async (p) => asResult(await p.load("sample")),
  },
  {
    name: "add a measure row",
    prepare: async (s, p) => {
      await p.load("sample");
      s.model.user.select("附件1", "F7");
    },
    act: async (p) => asResult(await p.addRow()),
  },
  {
    name: "remove an empty first measure row",
    prepare: async (s, p) => {
      await p.load("sample");
      s.model.user.select("附件1", "E8"); // task 3's first row, emptied below
      s.model.user.type("附件1", "E8", "");
      for (const c of ["F8", "G8", "H8"]) s.model.user.type("附件1", c, "");
    },
    act: async (p) => asResult(await p.removeRow()),
  },
  {
    name: "mark not applicable",
    prepare: async (s, p) => {
      await p.load("sample");
      s.model.user.select("附件1", "G7");
    },
    act: async (p) => asResult(await p.mark("属省级部门职责")),
  },
  {
    name: "write units",
    prepare: async (s, p) => {
      await p.load("sample");
      s.model.user.select("附件1", "G7");
    },
    act: async (p) => asResult(await p.writeUnits(["教务处", "人事处"])),
  },
  {
    name: "apply fixes",
    prepare: async (_, p) => void (await p.load("sample")),
    act: async (p) =>
      asResult(
        await p.fix([
          { address: "E6", value: "改写的举措" },
          { address: "G6", value: "教务处" },
          { address: "H6", value: "2023年" },
        ]),
      ),
  },
  (() => {
    // The check's 按行拆成几行: task 1's unit cell holds three lines over one target (rows inserted, then filled).
    let split: LineSplit | undefined;
    return {
      name: "split a row by lines",
      prepare: async (s: Setup, p: PaneServices) => {
        await p.load("sample");
        s.model.user.type("附件1", "G6", "教务处\n人事处\n思政部");
        const r = await p.check();
        if (!r.ok) throw new Error(r.message);
        split = r.value.findings.find((f) => f.address === "G6")?.choices?.find((c) => c.id === "split-lines")?.split;
      },
      act: async (p: PaneServices) => asResult(await p.splitLines(split as LineSplit)),
    };
  })(),
  {
    name: "rename a unit",
    prepare: async (_, p) => void (await p.load("sample")),
    act: async (p) =>
      asResult(
        await p.editList(
          {
            kind: "units",
            items: FUJIAN1.lists.units.map((u) => (u === "教务处" ? "教学工作处" : u)),
            renames: [{ from: "教务处", to: "教学工作处" }],
          },
          false,
        ),
      ),
  },
  {
    name: "re-apply rules",
    prepare: async (_, p) => void (await p.load("sample")),
    act: async (p) => asResult(await p.reapplyRules()),
  },
];

interface Prepared {
  s: Setup;
  services: PaneServices;
  restore: () => void;
  commands: number;
  before: Map<Key, string>;
  success: Map<Key, string>;
  listsBefore: string[] | null;
  listsSuccess: string[] | null;
  sheetsBefore: string[];
}

function state(s: Setup) {
  const has = s.model.hasSheet("附件1");
  return {
    cells: has ? cellsOf(readBack(s.model)) : new Map<Key, string>(),
    lists: has ? s.model.listItemsFor("附件1", "G6") : null,
    sheets: s.model.sheetNames(),
  };
}

async function prepare(a: Action): Promise<Prepared> {
  const s = setup();
  const services = createServices("zh", s.run, ALL_CAPABILITIES);
  await a.prepare(s, services);
  const restore = s.model.snapshot();
  const start = state(s);
  s.fake.stats.reset();
  const r = await a.act(services);
  if (!r.ok) throw new Error(`${a.name} fails without injection: ${r.message}`);
  const commands = s.fake.stats.commandCount;
  const end = state(s);
  restore();
  return {
    s,
    services,
    restore,
    commands,
    before: start.cells,
    success: end.cells,
    listsBefore: start.lists,
    listsSuccess: end.lists,
    sheetsBefore: start.sheets,
  };
}

describe("a failure at any command of any pane action", () => {
  const prepared = new Map<string, Prepared>();
  beforeAll(async () => {
    for (const a of ACTIONS) prepared.set(a.name, await prepare(a));
  });

  /** One action with a failure at one command position, and every invariant checked. */
  async function failAt(a: Action, position: number): Promise<void> {
    const p = prepared.get(a.name) as Prepared;
    p.restore();
    p.s.fake.failAfterCommands(position);
    const r = await a.act(p.services);
    p.s.fake.failAfterCommands(Number.MAX_SAFE_INTEGER); // disarm
    const now = state(p.s);
    const where = `${a.name}, failure at command ${position} of ${p.commands}: ${r.message}`;
    // A load goes on when only its optional last batch (frozen header, print setup) fails, and says so.
    // A load that reports no skipped step must have done all of it (a failed re-protect was retried).
    if (r.ok && !r.message.includes("已跳过")) {
      const sheet = p.s.model.sheet("附件1");
      expect([where, sheet.freezeRows, sheet.pageLayout.printArea]).toEqual([where, 5, expect.any(String)]);
    }
    if (!p.s.model.hasSheet("附件1")) {
      // Only a first load may fail without a form sheet, and then it leaves nothing behind.
      expect([where, now.sheets]).toEqual([where, p.sheetsBefore]);
      return;
    }
    expect([where, p.s.model.sheet("附件1").protection.protected]).toEqual([where, true]);
    for (const [k, v] of p.before) {
      const kept = now.cells.get(k) === v || now.cells.get(k) === p.success.get(k);
      expect([where, k, kept]).toEqual([where, k, true]);
    }
    const listsKept =
      JSON.stringify(now.lists) === JSON.stringify(p.listsBefore) ||
      JSON.stringify(now.lists) === JSON.stringify(p.listsSuccess);
    expect([where, "lists", listsKept]).toEqual([where, "lists", true]);
    if (r.ok) return;
    const changed = !same(now.cells, p.before) || JSON.stringify(now.lists) !== JSON.stringify(p.listsBefore);
    const saysPartial = r.message.includes("只完成了一部分");
    const saysNothing = r.message.includes("没有改动") || r.message.includes("没有被改动");
    expect([where, saysPartial, saysNothing]).toEqual([where, changed, !changed]);
    expect([where, r.message.includes("没有受保护")]).toEqual([where, false]);
  }

  it("leaves the sheet protected, loses no entry, and the message says what changed", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ACTIONS), fc.double({ min: 0, max: 1, maxExcluded: true }), (a, at) =>
        failAt(a, Math.floor(at * (prepared.get(a.name) as Prepared).commands)),
      ),
      { numRuns: Number(process.env.FAILURE_RUNS ?? 60) },
    );
  });

  // Every position of every action (about 1,300 runs, minutes): FAILURE_ALL=1 npx jest tests/excel-failures.test.ts
  (process.env.FAILURE_ALL ? it : it.skip)(
    "holds at every command position of every action",
    async () => {
      for (const a of ACTIONS) {
        const p = prepared.get(a.name) as Prepared;
        for (let position = 0; position < p.commands; position++) await failAt(a, position);
      }
    },
    1_800_000,
  );
});
