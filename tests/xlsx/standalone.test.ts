/**
 * The standard file without the add-in (issue 12): spare measure rows, a visible self-extending
 * 名单 sheet, prompts, and rules that use only functions Excel 2010 (and WPS) have.
 */
import { STANDALONE_TEXT } from "../../src/plan/standalone-text";
import { FUJIAN1, SAMPLE_DRAFT, SAMPLE_LISTS, type Entries } from "../../src/form";
import { cellAddress } from "../../src/plan/a1";
import { planSheet } from "../../src/plan/sheet-plan";
import { SPARE_ROWS } from "../../src/plan/standalone";
import type { SheetPlan } from "../../src/plan/types";
import { checkGrid } from "../../src/reading/check";
import { compactEntries, readGrid } from "../../src/reading/read-grid";
import { readWorkbookFile } from "../../src/xlsx/read-file";
import { writeWorkbook } from "../../src/xlsx/write-plan";
import { conditionalFormatsOf, hiddenRowsOf, openPackage, validationsOf } from "./package-xml";
import { functionsIn, NEWER_THAN_EXCEL_2010 } from "./excel-2010";
import { editSheetXml } from "./fixtures";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { cli } from "../cli/run";

const standalone = (entries?: Entries, lists = FUJIAN1.lists) =>
  planSheet(FUJIAN1, entries, FUJIAN1.sheetName, lists, { standalone: STANDALONE_TEXT });

const grid = (plan: SheetPlan) => plan.values.map((r) => r.map((v) => v ?? ""));

/** 1-based rows the plan hides. */
function hiddenRows(plan: SheetPlan): Set<number> {
  const out = new Set<number>();
  for (const run of plan.standalone?.hiddenRows ?? []) {
    const [a, b] = run.split(":").map(Number);
    for (let r = a; r <= b; r++) out.add(r);
  }
  return out;
}

describe("spare measure rows", () => {
  const plan = standalone(SAMPLE_DRAFT, SAMPLE_LISTS);

  it("puts three hidden rows under every task, inside its merged official cells, each keyed to the task", () => {
    const hidden = hiddenRows(plan);
    expect(hidden.size).toBe(SPARE_ROWS * FUJIAN1.tasks.length);
    for (const place of plan.layout.tasks) {
      const rows = SAMPLE_DRAFT.rows[place.seq]?.length || 1;
      expect(place.rowCount).toBe(rows + SPARE_ROWS);
      const end = place.firstRow + place.rowCount - 1;
      for (let r = place.firstRow; r <= end; r++) {
        // Visible measure rows first, then the spares.
        expect(hidden.has(r + 1)).toBe(r >= place.firstRow + rows);
        expect(plan.values[r][plan.layout.keyCol]).toBe(place.seq);
      }
      expect(plan.merges).toContain(`A${place.firstRow + 1}:A${end + 1}`);
      expect(plan.merges).toContain(`C${place.firstRow + 1}:C${end + 1}`);
    }
  });

  it("leaves the pane's plan without spares", () => {
    expect(planSheet(FUJIAN1, SAMPLE_DRAFT).standalone).toBeUndefined();
    expect(planSheet(FUJIAN1).layout.lastRow).toBe(4 + FUJIAN1.tasks.length);
  });

  it("gives the visible rows the height the official text needs (hidden rows take no share)", () => {
    const heightsOf = (p: SheetPlan) => {
      const out = new Map<number, number>();
      for (const h of p.rowHeights) {
        const [a, b] = h.rows.split(":").map(Number);
        for (let r = a; r <= b; r++) out.set(r, h.height);
      }
      return out;
    };
    const plain = planSheet(FUJIAN1, SAMPLE_DRAFT, FUJIAN1.sheetName, SAMPLE_LISTS);
    const heights = heightsOf(plan);
    const plainHeights = heightsOf(plain);
    // Task by task, the visible rows are as tall as in the pane's sheet, which has no spares.
    plan.layout.tasks.forEach((place, i) => {
      const other = plain.layout.tasks[i];
      const visible = place.rowCount - SPARE_ROWS;
      let a = 0;
      let b = 0;
      for (let k = 0; k < visible; k++) {
        a += heights.get(place.firstRow + k + 1) ?? 0;
        b += plainHeights.get(other.firstRow + k + 1) ?? 0;
      }
      expect(a).toBeGreaterThanOrEqual(b);
    });
  });

  it("are quiet while empty: the check reports nothing on them (LibreOffice evaluates the highlights: tests/libreoffice)", () => {
    const result = checkGrid(FUJIAN1, grid(standalone()), FUJIAN1.lists, standalone().merges);
    const hidden = hiddenRows(standalone());
    expect(result.findings.filter((f) => f.address && hidden.has(Number(f.address.replace(/^[A-Z]+/, ""))))).toEqual(
      [],
    );
    expect(result.findings.filter((f) => f.kind === "no-measure")).toHaveLength(FUJIAN1.tasks.length);
  });

  it("a filled spare row is the task's next measure for the check and for a rewrite", () => {
    const blank = standalone();
    const place = blank.layout.tasks[1];
    const { col } = blank.layout;
    const cells = grid(blank);
    const first = place.firstRow;
    const spare = place.firstRow + 1;
    cells[first][col.measure] = "第一条举措";
    cells[first][col.target] = "目标一";
    cells[first][col.unit] = "教务处";
    cells[first][col.time] = "2023年";
    cells[spare][col.measure] = "第二条举措";
    cells[spare][col.target] = "目标二";
    cells[spare][col.unit] = "教务处、人事处";
    cells[spare][col.time] = "2024年";
    const result = checkGrid(FUJIAN1, cells, FUJIAN1.lists, blank.merges);
    expect(result.findings.filter((f) => f.seq === place.seq)).toEqual([]);
    const entries = compactEntries(readGrid(FUJIAN1, cells, blank.merges).entries);
    expect(entries.rows[place.seq].map((r) => r.measure)).toEqual(["第一条举措", "第二条举措"]);
    // Written again (下载标准表格 of that workbook): both rows visible, three fresh spares below.
    const again = standalone(entries);
    const next = again.layout.tasks[1];
    expect(next.rowCount).toBe(2 + SPARE_ROWS);
    const hidden = hiddenRows(again);
    expect([0, 1, 2, 3, 4].map((k) => hidden.has(next.firstRow + k + 1))).toEqual([false, false, true, true, true]);
  });

  it("do not pile up when a file is read and written again", async () => {
    const bytes = await writeWorkbook(plan);
    const reading = await readWorkbookFile(bytes, FUJIAN1);
    if ("kind" in reading) throw new Error(reading.message);
    const entries = readGrid(FUJIAN1, reading.grid, reading.merges).entries;
    const again = standalone(entries, SAMPLE_LISTS);
    expect(again.area).toBe(plan.area);
    expect(again.values).toEqual(plan.values);
  });
});

describe("the written standard file", () => {
  let pkg: Awaited<ReturnType<typeof openPackage>>;
  const plan = standalone();
  beforeAll(async () => {
    pkg = await openPackage(await writeWorkbook(plan));
  });

  it("hides the spare rows in the sheet itself and lets protection allow unhiding them", () => {
    const sheet = pkg.sheet(plan.sheetName);
    expect(new Set(hiddenRowsOf(sheet))).toEqual(hiddenRows(plan));
    const protection = /<sheetProtection\b[^>]*>/.exec(sheet)?.[0] ?? "";
    // In the file, formatRows="0" means allowed; absent means forbidden.
    expect(protection).toMatch(/formatRows="0"/);
  });

  it("shows the 名单 sheet, with the how-to note, and names that reach down to its last filled row", () => {
    expect(pkg.sheets.map((s) => [s.name, s.state])).toEqual([
      [plan.sheetName, "visible"],
      ["名单", "visible"],
    ]);
    expect(pkg.names["责任单位列表"]).toBe(
      'OFFSET(名单!$A$2,0,0,MAX(1,SUMPRODUCT(MAX((名单!$A$2:$A$1000<>"")*ROW(名单!$A$2:$A$1000)))-1),1)',
    );
    expect(pkg.names["完成时间列表"]).toContain("名单!$B$2:$B$1000");
    const lists = pkg.sheet("名单");
    expect(lists).not.toMatch(/<sheetProtection/);
    expect(plan.lists.note.join("\n")).toMatch(/取消隐藏[\s\S]*名称管理器|名称管理器[\s\S]*取消隐藏/);
  });

  it("prompts how to add a second measure on the 具体举措 cells, with a rule that accepts anything", () => {
    const measure = validationsOf(pkg.sheet(plan.sheetName)).find((v) => v.sqref.startsWith("E"));
    expect(measure).toMatchObject({ type: "custom", formula1: "TRUE" });
    expect(measure?.attrs.prompt).toContain("取消隐藏");
    expect(measure?.attrs.allowBlank).toBe("1");
    expect(measure?.sqref).toBe(`E${plan.layout.firstTaskRow + 1}:E${plan.layout.lastRow + 1}`);
  });

  it("uses only functions Excel 2010 has, in every rule and name (no _xlfn., no dynamic arrays)", () => {
    const sheet = pkg.sheet(plan.sheetName);
    const formulas = [
      ...Object.values(pkg.names),
      ...validationsOf(sheet).map((v) => v.formula1),
      ...conditionalFormatsOf(sheet).map((r) => r.formula),
    ];
    expect(formulas.length).toBeGreaterThan(8);
    const used = new Set(formulas.flatMap(functionsIn));
    expect([...used].sort()).toEqual(
      ["AND", "COUNTIF", "COUNTIFS", "EXACT", "FIND", "ISNUMBER", "LEN", "MAX", "OFFSET", "ROW", "SUMPRODUCT"].sort(),
    );
    for (const f of formulas) expect(f).not.toMatch(/_xlfn\.|_xlws\.|#|@/);
    for (const name of used) expect(NEWER_THAN_EXCEL_2010).not.toContain(name);
  });

  it("the function scan finds newer functions (so the check above can fail)", () => {
    expect(functionsIn('TEXTJOIN("、",TRUE,名单!A2:A9)&_xlfn.XLOOKUP(A1,B:B,C:C)')).toEqual(["TEXTJOIN", "XLOOKUP"]);
    expect(functionsIn('LEN("SUM(")+ROW(A1)')).toEqual(["LEN", "ROW"]);
  });

  it("still reads back: blank cells, the generic list from the visible 名单", async () => {
    const reading = await readWorkbookFile(await writeWorkbook(plan), FUJIAN1);
    if ("kind" in reading) throw new Error(reading.message);
    expect(reading.lists).toEqual(FUJIAN1.lists);
    expect(cellAddress(plan.layout.lastRow, 0)).toBe(`A${reading.grid.length}`);
  });
});

describe("a long list", () => {
  it("keeps room to add under it: the names look twice as far down as a list longer than 999 items", () => {
    const units = Array.from({ length: 1500 }, (_, i) => `单位${i + 1}`);
    const plan = standalone(undefined, { units, times: FUJIAN1.lists.times });
    expect(plan.lists.columns[0].reference).toContain("名单!$A$2:$A$3002");
    expect(plan.lists.columns[1].reference).toContain("名单!$B$2:$B$1000");
  });
});

describe("messages Excel can hold", () => {
  // Excel's data validation dialog takes a title of at most 32 characters and a message of at most 255
  // (input message and error alert alike); longer text in a file is cut or makes Excel repair the file.
  const plan = standalone();
  const texts = [
    ...plan.validations.flatMap((v) => [
      [v.prompt.title, v.prompt.message],
      [v.errorAlert.title, v.errorAlert.message],
    ]),
    ...(plan.standalone?.prompts ?? []).map((p) => [p.title, p.message]),
  ];
  it.each(texts)("%s: title ≤ 32, message ≤ 255 characters", (title, message) => {
    expect([...title].length).toBeLessThanOrEqual(32);
    expect([...message].length).toBeLessThanOrEqual(255);
  });
});

describe("spare rows shown and left empty", () => {
  // The user showed task 1's spares (取消隐藏 shows all three), filled one, and did not hide the other two.
  const plan = standalone();
  const place = plan.layout.tasks[0];
  const { col } = plan.layout;
  const shown = [place.firstRow + 1, place.firstRow + 2, place.firstRow + 3];
  async function file(show: number[]): Promise<Uint8Array> {
    const bytes = await writeWorkbook(plan);
    return editSheetXml(bytes, (xml) =>
      xml.replace(/<row\b([^>]*)\br="(\d+)"([^>]*)>/g, (tag: string, _a, r: string) =>
        show.includes(Number(r) - 1) ? tag.replace(/\shidden="1"/, "") : tag,
      ),
    );
  }
  const filled = (grid: (string | number | boolean | null | undefined)[][]) => {
    const put = (r: number, values: string[]) =>
      [col.measure, col.target, col.unit, col.time].forEach((c, i) => ((grid[r] ??= [])[c] = values[i]));
    put(place.firstRow, ["第一条", "目标一", "教务处", "2023年"]);
    put(shown[0], ["第二条", "目标二", "人事处", "2024年"]);
    return grid;
  };

  it("reads which rows the file hides", async () => {
    const reading = await readWorkbookFile(await file(shown), FUJIAN1);
    if ("kind" in reading) throw new Error(reading.message);
    expect(reading.hiddenRows).toHaveLength(SPARE_ROWS * FUJIAN1.tasks.length - 3);
    expect(reading.hiddenRows).not.toContain(shown[0]);
    expect(reading.hiddenRows).toContain(plan.layout.tasks[1].firstRow + 1);
  });

  it("gets a blank-row reminder for each visible empty row, none for hidden ones", async () => {
    const reading = await readWorkbookFile(await file(shown), FUJIAN1);
    if ("kind" in reading) throw new Error(reading.message);
    const result = checkGrid(FUJIAN1, filled(reading.grid), reading.lists ?? undefined, reading.merges, {
      hiddenRows: reading.hiddenRows,
    });
    const blank = result.findings.filter((f) => f.kind === "blank-row");
    expect(blank.map((f) => [f.seq, f.address, f.severity])).toEqual([
      [place.seq, `E${shown[1] + 1}`, "warning"],
      [place.seq, `E${shown[2] + 1}`, "warning"],
    ]);
    // Hidden again (what the prompt says): quiet.
    const hiddenAgain = [...reading.hiddenRows, shown[1], shown[2]];
    expect(
      checkGrid(FUJIAN1, reading.grid, reading.lists ?? undefined, reading.merges, {
        hiddenRows: hiddenAgain,
      }).findings.filter((f) => f.kind === "blank-row"),
    ).toEqual([]);
    // A first row left empty above a filled spare prints blank too.
    const grid = reading.grid.map((r) => [...(r ?? [])]);
    const put = (r: number, values: string[]) =>
      [col.measure, col.target, col.unit, col.time].forEach((c, i) => ((grid[r] ??= [])[c] = values[i]));
    put(place.firstRow, ["", "", "", ""]);
    put(shown[0], ["第二条", "目标二", "人事处", "2024年"]);
    expect(
      checkGrid(FUJIAN1, grid, reading.lists ?? undefined, reading.merges, { hiddenRows: hiddenAgain })
        .findings.filter((f) => f.kind === "blank-row")
        .map((f) => f.address),
    ).toEqual([`E${place.firstRow + 1}`]);
    // Without knowing hidden rows (the pane), nothing is said.
    expect(checkGrid(FUJIAN1, reading.grid).findings.filter((f) => f.kind === "blank-row")).toEqual([]);
  });

  it("the command line says so, in Chinese, on a file whose spares were shown", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "fujian1-spares-"));
    try {
      const name = path.join(dir, "附件1.xlsx");
      writeFileSync(name, await file(shown));
      const r = await cli(["check", name]);
      const lines = r.out.split("\n").filter((l) => l.includes("打印成空白行"));
      expect(lines).toHaveLength(3);
      expect(lines[0]).toContain(`E${shown[0] + 1}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
