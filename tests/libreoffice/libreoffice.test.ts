/**
 * The standard file against a real spreadsheet engine (LibreOffice Calc,
 * headless): (a) a LibreOffice re-save keeps the lists, rules, names and
 * protection; (b) a file LibreOffice filled and saved as a user without the
 * add-in would (a joint unit, a second measure in an unhidden spare row, a unit
 * typed under the list and used) is read by `check`; (c) LibreOffice evaluates
 * every highlight rule at every cell of its range, and the self-extending list
 * names, to what checkGrid says about the same cells.
 */
import { STANDALONE_TEXT } from "../../src/plan/standalone-text";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { FUJIAN1, SAMPLE_DRAFT, SAMPLE_LISTS } from "../../src/form";
import { cellAddress, rangeAddress } from "../../src/plan/a1";
import { planSheet } from "../../src/plan/sheet-plan";
import { SPARE_ROWS } from "../../src/plan/standalone";
import type { SheetPlan } from "../../src/plan/types";
import { checkGrid, type CheckResult } from "../../src/reading/check";
import { compactEntries, readGrid } from "../../src/reading/read-grid";
import { bounds } from "../../src/xlsx/cell-style";
import { readWorkbookFile } from "../../src/xlsx/read-file";
import { writeWorkbook } from "../../src/xlsx/write-plan";
import { main } from "../../src/cli/main";
import {
  conditionalFormatsOf,
  hiddenRowsOf,
  openPackage,
  protectionOf,
  validationsOf,
  xmlTrue,
} from "../xlsx/package-xml";
import { absoluteAt, apiSyntax } from "./formulas";
import { convert, ensureLibreOffice, hasLibreOfficeUno, killStarted, privateProfile, runDriver } from "./soffice";
import { fillScenario } from "./scenario";
import { engineGate } from "../helpers/engines";

// Without LibreOffice on a developer's machine these suites are skipped (one line says how to install it).
const { describe } = engineGate("libreoffice", hasLibreOfficeUno());

const dir = mkdtempSync(path.join(tmpdir(), "fujian1-lo-"));
// The standard file (下载标准表格, `fujian1 template`): spare rows, visible self-extending 名单.
const blankPlan = planSheet(FUJIAN1, undefined, FUJIAN1.sheetName, FUJIAN1.lists, { standalone: STANDALONE_TEXT });
const samplePlan = planSheet(FUJIAN1, SAMPLE_DRAFT, FUJIAN1.sheetName, SAMPLE_LISTS, { standalone: STANDALONE_TEXT });
const scenario = fillScenario(blankPlan);
/** Raw LibreOffice results per rule: [row][col] of the rule's range. */
let evaluated: Array<Array<Array<boolean | null>>> = [];
/** How LibreOffice's Show Rows and Hide Rows commands fared (see lo_driver.py). */
let rowCommands: { unhide: string[]; hide: string[] } = { unhide: [], hide: [] };
/** LibreOffice's values of LIST_PROBES. */
let probed: Array<number | null> = [];
const LIST_PROBES = [
  "=ROWS(责任单位列表)",
  `=COUNTIF(责任单位列表;"${scenario.newUnit}")`,
  "=ROWS(完成时间列表)",
  // The list as a dropdown sees it: its last item is the unit typed under the list.
  `=IF(INDEX(责任单位列表;ROWS(责任单位列表))="${scenario.newUnit}";1;0)`,
];
const timings: Record<string, number> = {};

function scratchBlocks(plan: SheetPlan): Array<{ range: string; formulas: string[][] }> {
  const base = plan.layout.keyCol + 10;
  return plan.conditionalFormats.map((spec, i) => {
    const b = bounds(spec.range);
    const c0 = base + i * 9;
    const formulas = Array.from({ length: b.r1 - b.r0 + 1 }, (_, dr) =>
      Array.from({ length: b.c1 - b.c0 + 1 }, (_, dc) => apiSyntax(absoluteAt(spec.formula, dr, dc))),
    );
    return { range: rangeAddress(b.r0, c0, b.r1, c0 + b.c1 - b.c0), formulas };
  });
}

/** Scratch cells for the list probes, right of the rule blocks. */
function probeRange(): string {
  const c = blankPlan.layout.keyCol + 10 + blankPlan.conditionalFormats.length * 9 + 2;
  return rangeAddress(0, c, LIST_PROBES.length - 1, c);
}

async function timed<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const t = Date.now();
  try {
    return await fn();
  } finally {
    timings[name] = Date.now() - t;
  }
}

beforeAll(async () => {
  await timed("install", async () => ensureLibreOffice());
  writeFileSync(path.join(dir, "blank.xlsx"), await writeWorkbook(blankPlan));
  writeFileSync(path.join(dir, "sample.xlsx"), await writeWorkbook(samplePlan));
  mkdirSync(path.join(dir, "resaved"));
  await timed("convert", () =>
    convert([path.join(dir, "blank.xlsx"), path.join(dir, "sample.xlsx")], "xlsx", path.join(dir, "resaved")),
  );
  const profile = privateProfile();
  const job = {
    profile: profile.url,
    output: path.join(dir, "results.json"),
    jobs: [
      {
        id: "fill",
        op: "fill",
        input: path.join(dir, "blank.xlsx"),
        output: path.join(dir, "filled.xlsx"),
        sheet: blankPlan.sheetName,
        cells: scenario.cells,
        unhide: scenario.unhide,
        hide: scenario.hide,
        others: scenario.others,
      },
      {
        id: "evaluate",
        op: "evaluate",
        input: path.join(dir, "filled.xlsx"),
        sheet: blankPlan.sheetName,
        blocks: scratchBlocks(blankPlan),
        numbers: [{ range: probeRange(), formulas: LIST_PROBES.map((f) => [f]) }],
      },
    ],
  };
  writeFileSync(path.join(dir, "job.json"), JSON.stringify(job));
  try {
    await timed("uno", () => runDriver(path.join(dir, "job.json")));
  } finally {
    profile.dispose();
  }
  const all = JSON.parse(readFileSync(path.join(dir, "results.json"), "utf8"));
  rowCommands = { unhide: all.fill.unhide, hide: all.fill.hide };
  const results = all.evaluate;
  evaluated = results.blocks;
  probed = results.numbers[0].map((row: Array<number | null>) => row[0]);
}, 20 * 60_000);

afterAll(() => {
  killStarted();
  rmSync(dir, { recursive: true, force: true });
  process.stdout.write(`LibreOffice timings (ms): ${JSON.stringify(timings)}\n`);
});

const unquote = (ref: string) => ref.replace(/^'([^']+)'!/, "$1!");

describe.each([
  ["blank", blankPlan],
  ["sample", samplePlan],
])("(a) a LibreOffice re-save of the %s file", (name, plan) => {
  let pkg: Awaited<ReturnType<typeof openPackage>>;
  beforeAll(async () => {
    pkg = await openPackage(readFileSync(path.join(dir, "resaved", `${name}.xlsx`)));
  });

  it("keeps one list validation per planned range, referring to the list's name", () => {
    const found = validationsOf(pkg.sheet(plan.sheetName)).map((v) => ({
      sqref: v.sqref,
      type: v.type,
      formula1: v.formula1,
      error: v.attrs.error,
      prompt: v.attrs.prompt,
    }));
    expect(found).toEqual(
      expect.arrayContaining([
        ...plan.validations.map((v) => ({
          sqref: v.range,
          type: "list",
          formula1: v.listName,
          error: v.errorAlert.message,
          prompt: v.prompt.message,
        })),
        // The prompt on 具体举措 (how to add a second measure), with a rule that accepts anything.
        ...(plan.standalone?.prompts ?? []).map((p) => ({
          sqref: p.range,
          type: "custom",
          // LibreOffice writes TRUE back as 1.
          formula1: expect.stringMatching(/^(TRUE|1)$/),
          error: undefined,
          prompt: p.message,
        })),
      ]),
    );
    expect(found).toHaveLength(plan.validations.length + (plan.standalone?.prompts.length ?? 0));
  });

  it("keeps the spare rows hidden", () => {
    const hidden = hiddenRowsOf(pkg.sheet(plan.sheetName));
    expect(hidden).toHaveLength(SPARE_ROWS * FUJIAN1.tasks.length);
  });

  it("keeps the highlight rules: same ranges, same formulas, same order", () => {
    const rules = conditionalFormatsOf(pkg.sheet(plan.sheetName));
    expect(rules.map((r) => [r.sqref, r.formula])).toEqual(
      plan.conditionalFormats.map((c) => [c.range, c.formula.replace(/^=/, "")]),
    );
    const priorities = rules.map((r) => Number(r.attrs.priority));
    expect([...priorities].sort((a, b) => a - b)).toEqual(priorities);
  });

  it("keeps the self-extending names of the lists, the visible lists sheet and sheet protection", () => {
    for (const c of plan.lists.columns) expect(unquote(pkg.names[c.name])).toBe(c.reference.replace(/^=/, ""));
    expect(pkg.sheets.map((s) => [s.name, s.state])).toEqual([
      [plan.sheetName, "visible"],
      [plan.lists.sheetName, "visible"],
    ]);
    const protection = protectionOf(pkg.sheet(plan.sheetName));
    expect(xmlTrue(protection?.sheet)).toBe(true);
    expect(protection?.password ?? protection?.hashValue).toBeUndefined();
  });

  it("is still read and checked as before", async () => {
    const reading = await readWorkbookFile(readFileSync(path.join(dir, "resaved", `${name}.xlsx`)), FUJIAN1);
    if ("kind" in reading) throw new Error(reading.message);
    // Both sides against the workbook's own lists (the sample carries the college's units).
    const [units, times] = plan.lists.columns.map((c) => [...c.items]);
    const before = checkGrid(
      FUJIAN1,
      plan.values.map((r) => r.map((v) => v ?? "")),
      { units, times },
    );
    expect(checkGrid(FUJIAN1, reading.grid, reading.lists ?? undefined).findings).toEqual(before.findings);
  });
});

describe("(b) a file LibreOffice filled and saved", () => {
  let json: {
    files: Array<{
      status: string;
      summary: CheckResult["summary"];
      findings: Array<{ kind: string; seq: string | null; address: string | null }>;
    }>;
  };
  let code = -1;
  beforeAll(async () => {
    let out = "";
    code = await main(["check", path.join(dir, "filled.xlsx"), "--json"], {
      out: (t) => (out += t),
      err: () => undefined,
      errIsTTY: false,
    });
    json = JSON.parse(out);
  });

  it("is checked by the command line: the filled rows count, the mistakes are found", () => {
    const [file] = json.files;
    expect(code).toBe(1);
    expect(file.status).toBe("blocked");
    expect(file.summary.withMeasures).toBe(scenario.withMeasures.length);
    expect(file.summary.notApplicable).toBe(1);
    const problems = file.findings.filter((f) => f.kind !== "no-measure").map((f) => [f.kind, f.seq, f.address]);
    expect(problems).toEqual(scenario.expected);
    const noMeasure = file.findings.filter((f) => f.kind === "no-measure").map((f) => f.seq);
    const untouched = FUJIAN1.tasks.map((t) => t.seq).filter((s) => !scenario.touched.includes(s));
    expect(noMeasure).toEqual(untouched);
  });
});

describe("(b) what a user without the add-in did, read back", () => {
  let reading: ReturnType<typeof readGrid>;
  let lists: { units: string[]; times: string[] } | null;
  let findings: CheckResult["findings"];
  let xml: string;
  beforeAll(async () => {
    const bytes = readFileSync(path.join(dir, "filled.xlsx"));
    const file = await readWorkbookFile(bytes, FUJIAN1);
    if ("kind" in file) throw new Error(file.message);
    reading = readGrid(FUJIAN1, file.grid, file.merges);
    lists = file.lists;
    findings = checkGrid(FUJIAN1, file.grid, file.lists ?? undefined, file.merges).findings;
    xml = (await openPackage(bytes)).sheet(blankPlan.sheetName);
  });

  it("spare rows are shown and hidden with the menu commands (LibreOffice: only after unprotecting, no password)", () => {
    // Excel and WPS show and hide rows on a sheet that allows formatting rows; LibreOffice's protection has no
    // such option, so its users unprotect first (no password) and the sheet is protected again.
    expect(rowCommands).toEqual({ unhide: ["done after unprotecting"], hide: ["done after unprotecting"] });
    const protection = protectionOf(xml);
    expect(xmlTrue(protection?.sheet)).toBe(true);
  });

  it("the unhidden spare row is the task's second measure; the other spares stay hidden", () => {
    const rows = compactEntries(reading.entries).rows[scenario.secondMeasure];
    expect(rows.map((r) => [r.measure, r.unit])).toEqual([
      ["建设产业学院", "教务处"],
      ["共建实训中心", "人事处"],
    ]);
    const hidden = hiddenRowsOf(xml);
    expect(hidden).toHaveLength(SPARE_ROWS * FUJIAN1.tasks.length - 1);
  });

  it("the unit typed under the list is on the file's list, and check accepts it", () => {
    expect(lists?.units).toEqual([...FUJIAN1.lists.units, scenario.newUnit]);
    expect(findings.filter((f) => f.address === scenario.addresses.newUnit)).toEqual([]);
    expect(findings.filter((f) => f.seq === scenario.secondMeasure)).toEqual([]);
  });
});

describe("(c) the highlight formulas evaluated by LibreOffice", () => {
  let check: CheckResult;
  let seqOfRow: Map<number, string>;
  beforeAll(async () => {
    const reading = await readWorkbookFile(readFileSync(path.join(dir, "filled.xlsx")), FUJIAN1);
    if ("kind" in reading) throw new Error(reading.message);
    check = checkGrid(FUJIAN1, reading.grid, reading.lists ?? undefined);
    seqOfRow = new Map(readGrid(FUJIAN1, reading.grid).owners.map((o) => [o.row, o.seq]));
  });

  const cellKinds: Record<string, string[]> = {
    "unknown-unit": ["unknown-unit"],
    "unknown-time": ["unknown-time"],
    missing: ["missing-target", "missing-unit", "missing-time"],
  };
  const rowKinds: Record<string, string[]> = {
    "not-applicable": ["not-applicable"],
    "no-measure": ["no-measure", "assigned"],
  };

  function expected(kind: string, r: number, c: number): boolean {
    if (rowKinds[kind]) return check.findings.some((f) => rowKinds[kind].includes(f.kind) && f.seq === seqOfRow.get(r));
    return check.findings.some((f) => cellKinds[kind].includes(f.kind) && f.address === cellAddress(r, c));
  }

  it("gives a true or false for every cell of every rule (no errors)", () => {
    expect(evaluated).toHaveLength(blankPlan.conditionalFormats.length);
    for (const block of evaluated) for (const row of block) for (const v of row) expect(typeof v).toBe("boolean");
  });

  it("highlights exactly the cells checkGrid reports, rule by rule (stopIfTrue applied in priority order)", () => {
    const rules = blankPlan.conditionalFormats;
    const mismatches: string[] = [];
    const shown: Record<string, number> = {};
    rules.forEach((spec, i) => {
      const b = bounds(spec.range);
      for (let r = b.r0; r <= b.r1; r++)
        for (let c = b.c0; c <= b.c1; c++) {
          const raw = evaluated[i][r - b.r0][c - b.c0] === true;
          const stopped = rules.slice(0, i).some((s, j) => {
            const a = bounds(s.range);
            return (
              s.stopIfTrue &&
              r >= a.r0 &&
              r <= a.r1 &&
              c >= a.c0 &&
              c <= a.c1 &&
              evaluated[j][r - a.r0][c - a.c0] === true
            );
          });
          const effective = raw && !stopped;
          if (effective) shown[spec.kind] = (shown[spec.kind] ?? 0) + 1;
          if (effective !== expected(spec.kind, r, c))
            mismatches.push(`${spec.kind} ${cellAddress(r, c)}: LibreOffice ${effective}, check ${!effective}`);
        }
    });
    expect(mismatches).toEqual([]);
    // Every kind is exercised by the scenario.
    for (const spec of rules) expect(shown[spec.kind] ?? 0).toBeGreaterThan(0);
  });

  it("extends the list names to the unit typed under the list (the dropdown and the highlight see it)", () => {
    const units = FUJIAN1.lists.units.length;
    expect(probed).toEqual([units + 1, 1, FUJIAN1.lists.times.length, 1]);
    const unitRule = blankPlan.conditionalFormats.findIndex((s) => s.kind === "unknown-unit");
    const b = bounds(blankPlan.conditionalFormats[unitRule].range);
    const p = bounds(scenario.addresses.newUnit);
    expect(evaluated[unitRule][p.r0 - b.r0][p.c0 - b.c0]).toBe(false);
  });

  it("does not flag the joint unit 教务处、人事处, and flags 教务部 and the year 2023", () => {
    const unitRule = blankPlan.conditionalFormats.findIndex((s) => s.kind === "unknown-unit");
    const timeRule = blankPlan.conditionalFormats.findIndex((s) => s.kind === "unknown-time");
    const at = (rule: number, address: string) => {
      const b = bounds(blankPlan.conditionalFormats[rule].range);
      const p = bounds(address);
      return evaluated[rule][p.r0 - b.r0][p.c0 - b.c0];
    };
    expect(at(unitRule, scenario.addresses.jointUnit)).toBe(false);
    expect(at(unitRule, scenario.addresses.unknownUnit)).toBe(true);
    expect(at(timeRule, scenario.addresses.unknownTime)).toBe(true);
  });
});
