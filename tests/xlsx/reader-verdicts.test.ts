/**
 * What the reader says about a file, from hand-written workbooks and bytes: each kind of wrong file refused with
 * its message (and the file size limit at exactly its bound), the form found among other sheets (or the
 * columns it lacks named), the workbook's lists and relay sheet read, uncalculated formulas and merges over the
 * header named. Fast: no ExcelJS, nothing written to disk.
 */
import { deflateRawSync } from "node:zlib";
import { FUJIAN1 } from "../../src/form";
import { MAX_UNPACKED_BYTES, MAX_ZIP_ENTRIES } from "../../src/ooxml/limits";
import { LISTS_SHEET } from "../../src/plan/rules";
import { RELAY_SHEET } from "../../src/relay/identity";
import { MAX_FILE_BYTES, MAX_ROWS } from "../../src/xlsx/limits";
import { fileProblem, isFileProblem, mb, type FileProblemKind } from "../../src/xlsx/problems";
import { MERGE_OUTPUT_SHEETS, readWorkbookFile, type WorkbookReading } from "../../src/xlsx/read-file";
import { bookBytes, bookParts, formSheet, FORM_ROWS, rowsXml } from "./book-xml";
import { ole2File, rawZip, zipParts } from "./hand-package";

const read = (bytes: Uint8Array) => readWorkbookFile(bytes, FUJIAN1);

async function readable(bytes: Uint8Array): Promise<WorkbookReading> {
  const r = await read(bytes);
  if ("kind" in r) throw new Error(`unreadable: ${r.kind} ${r.message}`);
  return r;
}

const text = (s: string) => new TextEncoder().encode(s);
const FORM = formSheet();
/** The header row (0-based) and the form's column titles as the plan writes them. */
const HEADER = FORM_ROWS.findIndex((r) => r[0] === "序号");
const TITLES = FUJIAN1.columns.map((c) => c.title);

describe("files that are no workbook: one message each", () => {
  it.each<[string, Uint8Array, FileProblemKind, RegExp]>([
    ["nothing", new Uint8Array(), "empty", /空的（0 字节）/],
    ["an .xls", ole2File(), "legacy-xls", /97-2003（\.xls）/],
    ["an encrypted workbook", ole2File(true), "encrypted", /打开密码/],
    ["a PDF", text("%PDF-1.7\n"), "pdf", /PDF 文件/],
    ["a CSV", text("序号,主要任务\n1,x\n"), "text", /文本文件（如 CSV）/],
    ["random bytes", new Uint8Array([0x8f, 0, 1, 2, 3]), "not-zip", /无法识别的文件格式/],
    ["a zip cut short", text("PK\u0003\u0004 and then nothing"), "truncated", /文件不完整/],
  ])("%s", async (_name, bytes, kind, message) => {
    expect(await read(bytes)).toEqual({ kind, message: expect.stringMatching(message), params: {} });
  });

  it("a zip whose directory is damaged", async () => {
    const bytes = Buffer.from(await zipParts({ "a.xml": "<a/>" }));
    bytes[bytes.indexOf(Buffer.from([0x50, 0x4b, 1, 2])) + 2] = 9;
    expect(await read(new Uint8Array(bytes))).toMatchObject({ kind: "corrupt", message: /文件已损坏，无法打开。/ });
  });

  it(`a zip of more than ${MAX_ZIP_ENTRIES} entries, or declaring more than ${mb(MAX_UNPACKED_BYTES)}`, async () => {
    const many = Object.fromEntries(Array.from({ length: MAX_ZIP_ENTRIES + 1 }, (_, i) => [`${i}`, ""]));
    expect(await read(await zipParts(many, Object.keys(many)))).toEqual({
      kind: "zip-bomb",
      message: "文件解压后包含的条目过多，不像正常的附件1文件，已拒绝读取。",
      params: { reason: "entries" },
    });
    const data = deflateRawSync(Buffer.from("<a/>"));
    const big = rawZip([{ name: "a.xml", data, method: 8, declared: MAX_UNPACKED_BYTES + 1 }]);
    expect(await read(big)).toEqual({
      kind: "zip-bomb",
      message: "文件解压后超过 200 MB，不像正常的附件1文件，已拒绝读取。",
      params: { reason: "size" },
    });
  });

  it("a part that unpacks to more than it declared is a zip bomb", async () => {
    const parts = bookParts({ 附件1: FORM });
    const sheet = Buffer.from(parts["xl/worksheets/s0.xml"]);
    const others = Object.entries(parts).filter(([n]) => n !== "xl/worksheets/s0.xml");
    const zip = rawZip([
      ...others.map(([name, t]) => ({
        name,
        data: deflateRawSync(Buffer.from(t)),
        method: 8 as const,
        declared: t.length,
      })),
      { name: "xl/worksheets/s0.xml", data: deflateRawSync(sheet), method: 8, declared: sheet.length - 1 },
    ]);
    expect(await read(zip)).toMatchObject({ kind: "zip-bomb", params: { reason: "size" } });
  });

  it("a part that cannot be unpacked, or damaged XML, makes the file damaged (the cause kept for --debug)", async () => {
    const parts = bookParts({ 附件1: FORM });
    const zip = rawZip(
      Object.entries(parts).map(([name, t]) => ({ name, data: Buffer.from(t), method: 9 as 8, declared: t.length })),
    );
    expect(await read(zip)).toEqual({
      kind: "corrupt",
      message: "文件已损坏，无法打开。请在 Excel 中打开后重新保存。",
      params: {},
      detail: "Error: compression method 9",
    });
    const bad = await zipParts({ ...parts, "xl/workbook.xml": "<workbook><sheets>" });
    expect(await read(bad)).toMatchObject({ kind: "corrupt", detail: expect.stringMatching(/^Error: /) });
  });

  it("other spreadsheet and office formats say what they are", async () => {
    const ods = await zipParts({ mimetype: " application/vnd.oasis.opendocument.spreadsheet\n" }, ["mimetype"]);
    expect(await read(ods)).toMatchObject({ kind: "ods" });
    const odt = await zipParts({ mimetype: "application/vnd.oasis.opendocument.text", "[Content_Types].xml": "" });
    expect(await read(odt)).toMatchObject({ kind: "not-xlsx" });
    expect(await read(await zipParts({ "[Content_Types].xml": "", "XL/workbook.bin": "" }))).toMatchObject({
      kind: "xlsb",
    });
    expect(await read(await zipParts({ "[Content_Types].xml": "", "word/document.xml": "<w/>" }))).toMatchObject({
      kind: "word",
      message: expect.stringContaining("Word 文档"),
    });
  });

  it("a zip without [Content_Types].xml: damaged when it has xl/ parts, otherwise no workbook", async () => {
    expect(await read(await zipParts({ "Xl/workbook.xml": "<workbook/>" }))).toEqual({
      kind: "corrupt",
      message: "文件已损坏，无法打开（缺少 [Content_Types].xml）。请在 Excel 中打开后重新保存。",
      params: { reason: "缺少 [Content_Types].xml" },
    });
    expect(await read(await zipParts({ "photo.jpg": "x", "xlfiles.txt": "x" }))).toEqual({
      kind: "not-xlsx",
      message: "这是一个压缩包（zip），但不是 Excel 工作簿（.xlsx）。",
      params: {},
    });
  });

  it(`a file of exactly ${mb(MAX_FILE_BYTES)} is looked into; one byte more is refused from its size`, async () => {
    // A stored padding part brings a zip that is no workbook to exactly the limit: what it is gets said.
    const padded = (padding: Uint8Array) =>
      rawZip([
        { name: "pad", data: padding, method: 0, declared: padding.length },
        { name: "a.b", data: new Uint8Array(), method: 0, declared: 0 },
      ]);
    const exact = padded(new Uint8Array(MAX_FILE_BYTES - padded(new Uint8Array()).length));
    expect(exact.length).toBe(MAX_FILE_BYTES);
    expect(await read(exact)).toMatchObject({ kind: "not-xlsx" });
    const over = new Uint8Array(MAX_FILE_BYTES + 1);
    over.set(exact);
    expect(await read(over)).toEqual({
      kind: "too-large",
      message: "文件太大（20 MB），超过 20 MB 的上限。附件1 文件通常不到 1 MB，请确认选对了文件。",
      params: { size: "20 MB" },
    });
  });
});

describe("finding the workbook and its sheets", () => {
  it("without package relationships, the workbook is xl/workbook.xml", async () => {
    const parts = bookParts({ 附件1: FORM });
    delete parts["_rels/.rels"];
    expect(await readable(await zipParts(parts))).toMatchObject({ sheetName: "附件1" });
  });

  it("a workbook the relationships point to but the package lacks: no workbook", async () => {
    const parts = bookParts({ 附件1: FORM });
    delete parts["xl/workbook.xml"];
    expect(await read(await zipParts(parts))).toMatchObject({ kind: "not-xlsx" });
    delete parts["_rels/.rels"];
    expect(await read(await zipParts(parts))).toMatchObject({ kind: "not-xlsx" });
  });

  it("sheets by their relationship id, whatever its prefix; a sheet without a part is skipped", async () => {
    const parts = bookParts({ 封面: "<sheetData/>", 附件1: FORM });
    parts["xl/workbook.xml"] = parts["xl/workbook.xml"]
      .replace('xmlns:r="', 'xmlns:rel="')
      .replace(/r:id=/g, "rel:id=")
      .replace("<sheets>", '<sheets><sheet name="丢失" sheetId="9" rel:id="none"/>');
    expect(await readable(await zipParts(parts))).toMatchObject({ sheetName: "附件1", otherFormSheets: [] });
  });

  it("a sheet whose part is missing is no sheet: not a form, not the lists", async () => {
    const parts = bookParts({ 附件1: FORM, [LISTS_SHEET]: "<sheetData/>", 缺: FORM });
    delete parts["xl/worksheets/s1.xml"];
    delete parts["xl/worksheets/s2.xml"];
    expect(await readable(await zipParts(parts))).toMatchObject({
      sheetName: "附件1",
      lists: null,
      otherFormSheets: [],
    });
    const lone = bookParts({ 附件1: FORM });
    delete lone["xl/worksheets/s0.xml"];
    expect(await read(await zipParts(lone))).toMatchObject({ kind: "no-form", params: { sheets: "“附件1”" } });
  });

  it("a sheet part of more than 2 MB is read whole too", async () => {
    const big = formSheet("", `<extLst><ext uri="x"><!--${"填充".repeat(400_000)}--></ext></extLst>`);
    const r = await readable(await bookBytes({ 附件1: big }));
    expect(r.grid).toHaveLength(FORM_ROWS.length);
  });

  it("fujian1 merge's output is named as such; a workbook that also holds 附件1 is read", async () => {
    const [sum, done] = MERGE_OUTPUT_SHEETS;
    expect(await read(await bookBytes({ [sum]: "<sheetData/>", [done]: "<sheetData/>" }))).toEqual({
      kind: "merge-output",
      message: "这是 fujian1 merge 生成的汇总文件，不是学校填报的附件1。",
      params: {},
    });
    expect(await read(await bookBytes({ [sum]: "<sheetData/>" }))).toMatchObject({ kind: "no-form" });
    const both = await readable(await bookBytes({ [sum]: "<sheetData/>", [done]: "<sheetData/>", 附件1: FORM }));
    expect(both.sheetName).toBe("附件1");
  });
});

describe("a workbook without the form", () => {
  const headerWithout = (drop: string[]) => {
    const grid = FORM_ROWS.slice(0, HEADER + 1).map((r) => [...r]);
    grid[HEADER] = grid[HEADER].map((v) => (drop.includes(String(v).replace(/\s/g, "")) ? "" : v));
    return `<sheetData>${rowsXml(grid)}</sheetData>`;
  };

  it("names the sheets it has, each quoted", async () => {
    expect(await read(await bookBytes({ "说明、封面": "<sheetData/>", Sheet2: "<sheetData/>" }))).toEqual({
      kind: "no-form",
      message:
        "工作簿中找不到附件1：没有哪个工作表有“序号、主要任务……完成时间”表头。工作表有：“说明、封面”、“Sheet2”。",
      params: { sheets: "“说明、封面”、“Sheet2”" },
    });
    expect(await read(await bookBytes({}))).toMatchObject({
      kind: "no-form",
      message: expect.stringContaining("工作表有：（无）。"),
    });
  });

  it("a sheet with 序号 and at least half the titles lacks the others, by name", async () => {
    const half = TITLES.slice(TITLES.length / 2);
    expect(await read(await bookBytes({ 其他: "<sheetData/>", 附件一: headerWithout(half) }))).toEqual({
      kind: "missing-columns",
      message: `工作表“附件一”像是附件1，但缺少这些列的表头：${half.join("、")}。请恢复这些列（表头文字须与原表一致）。`,
      params: { sheet: "附件一", missing: half.join("、") },
    });
  });

  it("the sheet with most titles is named; fewer than half, or no 序号, is no form", async () => {
    const most = await read(
      await bookBytes({ 甲: headerWithout(TITLES.slice(-3)), 乙: headerWithout(TITLES.slice(-1)) }),
    );
    expect(most).toMatchObject({ kind: "missing-columns", params: { sheet: "乙", missing: TITLES.at(-1) } });
    const tied = await read(
      await bookBytes({ 甲: headerWithout(TITLES.slice(-2)), 乙: headerWithout(TITLES.slice(1, 3)) }),
    );
    expect(tied).toMatchObject({ params: { sheet: "甲" } });
    const fewer = TITLES.slice(TITLES.length / 2 - 1);
    expect(await read(await bookBytes({ 附件一: headerWithout(fewer) }))).toMatchObject({ kind: "no-form" });
    expect(await read(await bookBytes({ 附件一: headerWithout(["序号"]) }))).toMatchObject({ kind: "no-form" });
  });

  it("titles below the rows searched for the header do not count", async () => {
    const low = FORM_ROWS.slice(HEADER, HEADER + 1);
    const sheet = `<sheetData>${rowsXml([low[0].map((v, c) => (c === 7 ? "" : v))], 40)}</sheetData>`;
    expect(await read(await bookBytes({ 附件一: sheet }))).toMatchObject({ kind: "no-form" });
    const higher = `<sheetData>${rowsXml([low[0].map((v, c) => (c === 7 ? "" : v))], 39)}</sheetData>`;
    expect(await read(await bookBytes({ 附件一: higher }))).toMatchObject({ kind: "missing-columns" });
  });
});

describe("several sheets holding the form", () => {
  const filled = (n: number) =>
    FORM_ROWS.map((r) => {
      const row = [...r];
      if (/^\d+$/.test(String(r[0])) && Number(r[0]) <= n) row[4] = `举措${r[0]}`;
      return row;
    });
  const sheet = (grid: unknown[][]) => `<sheetData>${rowsXml(grid as never)}</sheetData>`;

  it("the most filled is read; ties go to the one named 附件1, then to the first", async () => {
    expect(
      await readable(await bookBytes({ A: sheet(filled(1)), B: sheet(filled(2)), 附件1: sheet(filled(1)) })),
    ).toMatchObject({
      sheetName: "B",
      otherFormSheets: ["A", "附件1"],
    });
    expect(await readable(await bookBytes({ A: sheet(filled(2)), 附件1: sheet(filled(2)) }))).toMatchObject({
      sheetName: "附件1",
      otherFormSheets: ["A"],
    });
    expect(await readable(await bookBytes({ A: sheet(filled(2)), B: sheet(filled(2)) }))).toMatchObject({
      sheetName: "A",
      otherFormSheets: ["B"],
    });
  });

  it("the unit's name, a 不涉及 mark, a target, a 责任单位 and a 完成时间 count as filled", async () => {
    const unit = FORM_ROWS.map((r) => [...r]);
    unit[2][1] = "某某职业技术学院";
    const mark = FORM_ROWS.map((r) => [...r]);
    mark[HEADER + 1][8] = "本校无此项工作";
    const target = FORM_ROWS.map((r) => [...r]);
    target[HEADER + 1][5] = "目标";
    const owner = FORM_ROWS.map((r) => [...r]);
    owner[HEADER + 1][6] = "教务处";
    const time = FORM_ROWS.map((r) => [...r]);
    time[HEADER + 1][7] = "2025年12月";
    for (const grid of [unit, mark, target, owner, time])
      expect((await readable(await bookBytes({ A: sheet(FORM_ROWS), B: sheet(grid) }))).sheetName).toBe("B");
  });

  it("too many rows on any form sheet refuses the file, naming the sheet", async () => {
    const below = `<row r="${MAX_ROWS + 1}"><c r="A${MAX_ROWS + 1}"><v>1</v></c></row>`;
    expect(await read(await bookBytes({ 附件1: FORM, 副本: formSheet(below) }))).toEqual({
      kind: "too-many-rows",
      message: `工作表“副本”在第 ${MAX_ROWS} 行之后还有内容，不像正常的附件1（约 60 行），已拒绝读取。`,
      params: { sheet: "副本" },
    });
    const last = `<row r="${MAX_ROWS}"><c r="A${MAX_ROWS}"><v>1</v></c></row>`;
    expect((await readable(await bookBytes({ 附件1: formSheet(last) }))).grid).toHaveLength(MAX_ROWS);
  });
});

describe("the workbook's lists and relay sheet", () => {
  const lists = (rows: unknown[][]) => `<sheetData>${rowsXml(rows as never)}</sheetData>`;

  it("名单: units and times below the title row, each once, a unit typed as a joint one split", async () => {
    const r = await readable(
      await bookBytes({
        附件1: FORM,
        [LISTS_SHEET]: lists([
          ["单位", "时间"],
          ["教务处", "2025年12月"],
          ["教务处、人事处", "2025年12月"],
          ["", "长期"],
          ["1.财务处"],
        ]),
      }),
    );
    expect(r.lists).toEqual({ units: ["教务处", "人事处", "财务处"], times: ["2025年12月", "长期"] });
  });

  it("no 名单, or an empty one: no lists", async () => {
    expect((await readable(await bookBytes({ 附件1: FORM }))).lists).toBeNull();
    expect((await readable(await bookBytes({ 附件1: FORM, [LISTS_SHEET]: "<sheetData/>" }))).lists).toBeNull();
    expect((await readable(await bookBytes({ 附件1: FORM, [LISTS_SHEET]: lists([["单位"]]) }))).lists).toEqual({
      units: [],
      times: [],
    });
  });

  it("the relay's 分发信息 sheet, when there is one, as its cells", async () => {
    const plain = await readable(await bookBytes({ 附件1: FORM }));
    expect("relay" in plain).toBe(false);
    const r = await readable(
      await bookBytes({
        附件1: FORM,
        [RELAY_SHEET]: lists([
          ["编号", "abc"],
          ["单位", "教务处"],
        ]),
      }),
    );
    expect(r.relay).toEqual([
      ["编号", "abc"],
      ["单位", "教务处"],
    ]);
  });
});

describe("what keeps the form from being read as Excel shows it", () => {
  const formula = (ref: string, v = "") => `<c r="${ref}"><f>SUM(1,2)</f>${v}</c>`;
  const rowsWith = (cells: string[]) => {
    const grid = FORM_ROWS.map((r) => [...r]);
    const row = HEADER + 2;
    return `<sheetData>${rowsXml(grid.slice(0, row))}<row r="${row + 1}">${cells.join("")}</row>${rowsXml(grid.slice(row + 1), row + 1)}</sheetData>`;
  };
  const r = HEADER + 3;

  it("formulas never calculated in the form's columns are counted and named (five, then 等)", async () => {
    const cells = ["E", "F", "G", "H", "I", "C"].map((c) => formula(`${c}${r}`));
    expect(await read(await bookBytes({ 附件1: rowsWith(cells) }))).toEqual({
      kind: "uncalculated",
      message: expect.stringContaining(`有 6 个公式从未计算过（E${r}、F${r}、G${r}、H${r}、I${r} 等）`),
      params: { sheet: "附件1", count: "6", cells: `E${r}、F${r}、G${r}、H${r}、I${r} 等` },
    });
    const two = await read(await bookBytes({ 附件1: rowsWith([formula(`E${r}`), formula(`AA${r}`, "<v></v>")]) }));
    expect(two).toMatchObject({ params: { count: "1", cells: `E${r}` } });
  });

  it("a formula with a result, or with an empty text result, is calculated; one right of the form is ignored", async () => {
    const cells = [
      formula(`E${r}`, "<v>3</v>"),
      `<c r="F${r}" t="str"><f>""</f><v></v></c>`,
      `<c r="G${r}" t="inlineStr"><f>""</f><is><t></t></is></c>`,
      formula(`K${r}`),
    ];
    expect(await readable(await bookBytes({ 附件1: rowsWith(cells) }))).toMatchObject({ sheetName: "附件1" });
  });

  it("a formula cell whose row or column is unknown is not named", async () => {
    const unknown = `<row r="x"><c><f>1+1</f></c></row><row r="${r + 1}"><c r="${r + 1}"><f>1+1</f></c></row>`;
    const sheet = `<sheetData>${rowsXml(FORM_ROWS.slice(0, r - 1))}${unknown}</sheetData>`;
    expect(await readable(await bookBytes({ 附件1: sheet }))).toMatchObject({ sheetName: "附件1" });
  });

  it("an empty number result, or no result at all, is never calculated", async () => {
    const cells = [formula(`E${r}`, "<v></v>"), `<c r="F${r}" t="e"><f>1/0</f></c>`];
    expect(await read(await bookBytes({ 附件1: rowsWith(cells) }))).toMatchObject({
      params: { count: "2", cells: `E${r}、F${r}` },
    });
  });

  it("a thousand and more are said as 1000 多", async () => {
    const cells = Array.from({ length: 1001 }, (_, i) => `<row r="${70 + i}">${formula(`E${70 + i}`)}</row>`);
    const sheet = formSheet(cells.join(""));
    expect(await read(await bookBytes({ 附件1: sheet }))).toMatchObject({ params: { count: "1000 多" } });
  });

  it("one merged area over the header row is named with its range; a merge beside it is not", async () => {
    const covered = formSheet("", `<mergeCells><mergeCell ref="A1:AA${HEADER + 2}"/></mergeCells>`);
    expect(await read(await bookBytes({ 附件1: covered }))).toEqual({
      kind: "merged-over-form",
      message: expect.stringContaining(`合并单元格（A1:AA${HEADER + 2}）`),
      params: { sheet: "附件1", range: `A1:AA${HEADER + 2}` },
    });
    const above = formSheet("", `<mergeCells><mergeCell ref="A1:J${HEADER}"/></mergeCells>`);
    expect(await readable(await bookBytes({ 附件1: above }))).toMatchObject({ merges: [`A1:J${HEADER}`] });
    // The merge over the header is named, not one before it that ends above it.
    const at = formSheet(
      "",
      `<mergeCells><mergeCell ref="A1:J${HEADER}"/><mergeCell ref="B${HEADER + 1}:C${HEADER + 1}"/></mergeCells>`,
    );
    expect(await read(await bookBytes({ 附件1: at }))).toMatchObject({
      kind: "merged-over-form",
      params: { range: `B${HEADER + 1}:C${HEADER + 1}` },
    });
  });
});

describe("problems", () => {
  it("sizes in MB: one decimal under 10 MB, none from 10 MB", () => {
    expect(mb(1.25 * 1024 * 1024)).toBe("1.3 MB");
    expect(mb(10 * 1024 * 1024 - 1)).toBe("10.0 MB");
    expect(mb(10 * 1024 * 1024)).toBe("10 MB");
  });

  it("each kind's message in Chinese, with what it was given", () => {
    const cases: Array<[FileProblemKind, Record<string, string>, string]> = [
      ["not-found", {}, "找不到这个文件，请检查文件名和路径。"],
      ["io-error", { reason: "权限不足" }, "无法读取这个文件（权限不足）。"],
      ["folder", {}, "这是一个文件夹，不是文件。请指定其中的 .xlsx 文件，例如 文件夹/*.xlsx。"],
      ["not-a-file", { what: "管道" }, "这不是普通文件，而是管道，不会去读它。请指定附件1的 .xlsx 文件。"],
      ["legacy-xls", { ext: ".et" }, "这是 WPS 表格（.et）格式。"],
      ["legacy-xls", { ext: ".xls" }, "这是旧版 Excel 97-2003（.xls）或 WPS（.et）格式。"],
      ["ods", {}, "这是 OpenDocument 表格（.ods"],
      ["xlsb", {}, "这是 Excel 二进制工作簿（.xlsb）。"],
      ["out-of-memory", { mb: "768" }, "读取时用掉的内存超过了 768 MB 的上限"],
      ["corrupt", { reason: "原因" }, "文件已损坏，无法打开（原因）。"],
    ];
    for (const [kind, params, message] of cases) {
      const p = fileProblem(kind, params);
      expect(p.message.startsWith(message) || p.message.includes(message)).toBe(true);
      expect(p).toEqual({ kind, message: p.message, params });
    }
  });

  it("the cause is kept apart from the message: an error as its name and message, anything else as text", () => {
    expect(fileProblem("corrupt", {}, new RangeError("offset"))).toMatchObject({ detail: "RangeError: offset" });
    expect(fileProblem("corrupt", {}, "text")).toMatchObject({ detail: "text" });
    expect(fileProblem("corrupt", {}, null)).toMatchObject({ detail: "null" });
    expect("detail" in fileProblem("corrupt", {})).toBe(false);
  });

  it("isFileProblem tells a problem from a reading", async () => {
    expect(isFileProblem(fileProblem("empty"))).toBe(true);
    expect(isFileProblem(await readable(await bookBytes({ 附件1: FORM })))).toBe(false);
    expect(isFileProblem({ kind: "x", message: "m", grid: [] })).toBe(false);
    expect(isFileProblem({ kind: "x" })).toBe(false);
    expect(isFileProblem({ message: "m" })).toBe(false);
    expect(isFileProblem(null)).toBe(false);
    expect(isFileProblem("empty")).toBe(false);
  });
});
