/**
 * The habits `npm run lint` enforces, each shown failing on a bad snippet (and passing where the code is
 * allowed): the layering of the README (Office.js only in src/excel; the in-memory Excel only in tests,
 * the preview and the bench; form, plan, reading and relay pure), the line length, and Prettier's formatting.
 * The snippets are linted as if they were at the given path, with the repository's own configuration, in
 * one child process (tests/helpers/lint-snippets.mjs).
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

jest.setTimeout(60_000);

const ROOT = join(__dirname, "..");

const OFFICE_CALL = "export const sheet = () => Excel.run(async (context) => context.sync());\n";
const OFFICE_READY = "export const ready = () => Office.onReady();\n";
const FAKE = (from: string) => `import { createFakeExcel } from "${from}";\nexport const fake = createFakeExcel();\n`;
const use = (what: string, from: string) => `import { ${what} } from "${from}";\nexport const x = ${what};\n`;

const SNIPPETS = {
  officeInPane: ["src/taskpane/Bad.ts", OFFICE_CALL],
  officeReadyInPane: ["src/taskpane/bad.tsx", OFFICE_READY],
  officeExtensionInReading: ["src/reading/bad.ts", "export const E = OfficeExtension.Error;\n"],
  officeInPlan: ["src/plan/bad.ts", OFFICE_CALL],
  officeInExcel: ["src/excel/good.ts", OFFICE_CALL],
  officeReadyInExcel: ["src/excel/good.ts", OFFICE_READY],

  nodeInPlan: ["src/plan/bad.ts", "export const home = process.env.HOME;\n"],
  nodeInPane: ["src/taskpane/bad.ts", 'export const b = Buffer.from("x");\n'],
  nodeInCli: ["src/cli/good.ts", "export const home = process.env.HOME;\n"],
  officeInCli: ["src/cli/bad.ts", OFFICE_READY],

  fakeInPane: ["src/taskpane/bad.ts", FAKE("../fake-excel")],
  fakeInExcel: ["src/excel/bad.ts", FAKE("../fake-excel/index")],
  fakeInScripts: ["scripts/bad.ts", FAKE("../src/fake-excel")],
  fakeInPreview: ["src/preview/good.ts", FAKE("../fake-excel")],
  fakeInTests: ["tests/good.test.ts", FAKE("../src/fake-excel")],
  fakeInBench: ["bench/good.ts", FAKE("../src/fake-excel")],

  planImportsExcel: ["src/plan/bad.ts", use("runInExcel", "../excel/run")],
  readingImportsXlsx: ["src/reading/bad.ts", use("writeWorkbook", "../xlsx/write-plan")],
  formImportsPane: ["src/form/bad.ts", use("App", "../taskpane/App")],
  planImportsReact: ["src/plan/bad.ts", use("useState", "react")],
  readingImportsExceljs: ["src/reading/bad.ts", use("Workbook", "exceljs")],
  readingImportsPlan: ["src/reading/good.ts", use("planSheet", "../plan/sheet-plan")],
  relayImportsXlsx: ["src/relay/bad.ts", use("readWorkbookFile", "../xlsx/read-file")],
  relayImportsJszip: ["src/relay/bad.ts", use("JSZip", "jszip")],
  relayImportsPane: ["src/relay/bad.ts", use("App", "../taskpane/App")],
  relayImportsReading: ["src/relay/good.ts", use("readGrid", "../reading/read-grid")],
  readingImportsOoxml: ["src/reading/bad.ts", use("sniff", "../ooxml/sniff")],

  ooxmlImportsXlsx: ["src/ooxml/bad.ts", use("MAX_ROWS", "../xlsx/limits")],
  ooxmlImportsReading: ["src/ooxml/bad.ts", use("readGrid", "../reading/read-grid")],
  ooxmlImportsNode: ["src/ooxml/bad.ts", use("inflateRawSync", "node:zlib")],
  ooxmlImportsExceljs: ["src/ooxml/bad.ts", use("Workbook", "exceljs")],
  ooxmlImportsJszip: ["src/ooxml/good.ts", use("JSZip", "jszip")],
  xlsxImportsOoxml: ["src/xlsx/good.ts", use("sniff", "../ooxml/sniff")],
  wordImportsOoxml: ["src/word/good.ts", use("readDirectory", "../ooxml/zip-guard")],
  cliImportsOoxml: ["src/cli/good.ts", use("readDirectory", "../ooxml/zip-guard")],
  mergeImportsOoxml: ["src/merge/good.ts", use("sniff", "../ooxml/sniff")],

  mergeImportsCli: ["src/merge/bad.ts", use("readInput", "../cli/files")],
  mergeImportsNode: ["src/merge/bad.ts", use("readFile", "node:fs/promises")],
  mergeImportsReact: ["src/merge/bad.ts", use("useState", "react")],
  mergeImportsReaders: ["src/merge/good.ts", use("readWorkbookFile", "../xlsx/read-file")],
  collectImportsCli: ["src/collect/bad.ts", use("runMerge", "../cli/merge")],
  collectImportsPane: ["src/collect/bad.tsx", use("App", "../taskpane/App")],
  collectImportsNode: ["src/collect/bad.ts", use("join", "path")],
  collectUsesNode: ["src/collect/bad.ts", 'export const b = Buffer.from("x");\n'],
  collectImportsMerge: ["src/collect/good.tsx", use("checkBytes", "../merge/check-bytes")],

  longComment: ["src/plan/bad.ts", `// ${"word ".repeat(25)}\nexport const a = 1;\n`],
  longString: ["src/plan/good.ts", `export const message =\n  "${"字".repeat(130)}";\n`],

  misformatted: ["src/plan/example.ts", "export function f( a:number,b:number ){return a+b}\n"],
  formatted: ["src/plan/example.ts", "export function f(a: number, b: number) {\n  return a + b;\n}\n"],
} satisfies Record<string, [string, string]>;

type Name = keyof typeof SNIPPETS;
let results: Record<Name, { errors: string[]; formatted: boolean }>;

beforeAll(() => {
  const names = Object.keys(SNIPPETS) as Name[];
  const input = JSON.stringify(names.map((n) => ({ filePath: SNIPPETS[n][0], code: SNIPPETS[n][1] })));
  const output = execFileSync(process.execPath, [join(__dirname, "helpers", "lint-snippets.mjs")], {
    input,
    encoding: "utf8",
    env: { ...process.env, NODE_OPTIONS: "" },
  });
  const list = JSON.parse(output) as Array<{ errors: string[]; formatted: boolean }>;
  results = Object.fromEntries(names.map((n, i) => [n, list[i]])) as typeof results;
});

const errors = (name: Name) => results[name].errors;

describe("lint: Office.js only in src/excel", () => {
  it("rejects Excel.run and Office.* in the task pane, the reader and the plan", () => {
    expect(errors("officeInPane")).toEqual([
      expect.stringMatching(/^no-restricted-globals: .*Excel.*only in src\/excel/),
    ]);
    expect(errors("officeReadyInPane")).toEqual([expect.stringMatching(/^no-restricted-globals: .*Office/)]);
    expect(errors("officeExtensionInReading")).toEqual([
      expect.stringMatching(/^no-restricted-globals: .*OfficeExtension/),
    ]);
    expect(errors("officeInPlan")).toEqual([expect.stringMatching(/^no-restricted-globals: /)]);
  });

  it("allows them in src/excel", () => {
    expect(errors("officeInExcel")).toEqual([]);
    expect(errors("officeReadyInExcel")).toEqual([]);
  });
});

describe("lint: Node's globals only in the command line", () => {
  it("rejects process and Buffer in shipped browser code, allows them in src/cli", () => {
    expect(errors("nodeInPlan")).toEqual([expect.stringMatching(/^no-restricted-globals: .*process is Node's/)]);
    expect(errors("nodeInPane")).toEqual([expect.stringMatching(/^no-restricted-globals: .*Buffer is Node's/)]);
    expect(errors("nodeInCli")).toEqual([]);
    expect(errors("officeInCli")).toEqual([expect.stringMatching(/^no-restricted-globals: .*Office/)]);
  });
});

describe("lint: src/fake-excel only for tests, the preview and the bench", () => {
  it("rejects it in the task pane, the adapters and the scripts", () => {
    for (const name of ["fakeInPane", "fakeInExcel", "fakeInScripts"] as const) {
      expect(errors(name)).toEqual([expect.stringMatching(/^no-restricted-imports: .*fake-excel/)]);
    }
  });

  it("allows it in the preview, the tests and the bench", () => {
    for (const name of ["fakeInPreview", "fakeInTests", "fakeInBench"] as const) expect(errors(name)).toEqual([]);
  });
});

describe("lint: src/form, src/plan, src/reading and src/relay stay pure", () => {
  it("rejects imports of adapters, UI and file-format packages", () => {
    const bad = [
      "planImportsExcel",
      "readingImportsXlsx",
      "formImportsPane",
      "planImportsReact",
      "readingImportsExceljs",
      "relayImportsXlsx",
      "relayImportsJszip",
      "relayImportsPane",
      "readingImportsOoxml",
    ] as const;
    for (const name of bad) expect(errors(name)).toEqual([expect.stringMatching(/^no-restricted-imports: .*pure/)]);
  });

  it("allows imports among themselves", () => {
    expect(errors("readingImportsPlan")).toEqual([]);
    expect(errors("relayImportsReading")).toEqual([]);
  });
});

describe("lint: src/merge is shared with browsers, src/collect is a web page", () => {
  it("keeps the command line, Node, Office.js code and the pane out of both", () => {
    expect(errors("mergeImportsCli")).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*src\/merge is shared/),
    ]);
    for (const name of ["mergeImportsNode", "mergeImportsReact"] as const)
      expect(errors(name)).toEqual([expect.stringMatching(/^no-restricted-imports: .*browsers too/)]);
    for (const name of ["collectImportsCli", "collectImportsPane"] as const)
      expect(errors(name)).toEqual([expect.stringMatching(/^no-restricted-imports: .*never src\/cli/)]);
    expect(errors("collectImportsNode")).toEqual([expect.stringMatching(/^no-restricted-imports: .*web page/)]);
    expect(errors("collectUsesNode")).toEqual([expect.stringMatching(/^no-restricted-globals: .*Buffer is Node's/)]);
  });

  it("lets both use the readers and the page use the shared check", () => {
    expect(errors("mergeImportsReaders")).toEqual([]);
    expect(errors("collectImportsMerge")).toEqual([]);
  });
});

describe("lint: src/ooxml, the package reader the xlsx and Word readers share", () => {
  it("imports none of the app's folders and no Node, UI or writer package", () => {
    for (const name of ["ooxmlImportsXlsx", "ooxmlImportsReading"] as const)
      expect(errors(name)).toEqual([expect.stringMatching(/^no-restricted-imports: .*imports none of the app's/)]);
    for (const name of ["ooxmlImportsNode", "ooxmlImportsExceljs"] as const)
      expect(errors(name)).toEqual([expect.stringMatching(/^no-restricted-imports: .*runs in browsers/)]);
  });

  it("uses jszip, and the readers, the command line and the shared check use it", () => {
    const good = ["ooxmlImportsJszip", "xlsxImportsOoxml", "wordImportsOoxml", "cliImportsOoxml", "mergeImportsOoxml"];
    for (const name of good as Name[]) expect(errors(name)).toEqual([]);
  });
});

describe("lint: line length", () => {
  it("rejects a comment past 120 characters, keeps long strings whole", () => {
    expect(errors("longComment")).toEqual([expect.stringMatching(/^max-len: /)]);
    expect(errors("longString")).toEqual([]);
  });
});

describe("format: prettier --check", () => {
  it("is part of npm run lint", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
    expect(pkg.scripts.lint).toMatch(/prettier --check \./);
  });

  it("fails on a misformatted file and passes on the formatted one", () => {
    expect(results.misformatted.formatted).toBe(false);
    expect(results.formatted.formatted).toBe(true);
  });
});
