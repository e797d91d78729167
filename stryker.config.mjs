// @ts-check
/**
 * Mutation testing of the pure core (`npm run mutate`; not part of `npm test`, too slow for CI).
 * Stryker changes one operator or value at a time in a folder's files and runs the tests that reach the change:
 * a mutant no test notices ("survived") is a verdict the tests would let go wrong.
 *
 * One folder at a time (scripts/mutate.ts sets MUTATE_FOLDER), each against its own tests: every file that
 * covers a mutant costs a jest start-up per mutant, and on 2 shared cores the whole fast set took 5 minutes for
 * the initial run alone. More tests can only kill more mutants: a folder's score over its own tests is a lower
 * bound of its score over all fast tests. Results are incremental (.cache/stryker/<folder>.json): a re-run tests
 * only the mutants whose code or covering tests changed.
 */

/** Each folder: the files mutated (the pure parts) and the tests they run against. */
const FOLDERS = {
  reading: {
    mutate: ["src/reading/**/*.ts"],
    tests: [
      "tests/check.test.ts",
      // Not check-exit-codes (the command line's exit code, in-process): it writes and reads an .xlsx per kind.
      "tests/check-!(exit-codes).test.ts",
      "tests/read-grid.test.ts",
      "tests/list-items.test.ts",
      "tests/list-usage.test.ts",
      "tests/describe-finding.test.ts",
    ],
  },
  plan: {
    mutate: ["src/plan/**/*.ts"],
    // Pure plans only. Not tests/xlsx/standalone.test.ts (it writes a workbook per test and runs the command
    // line; tests/plan-sheet.test.ts pins the standard file's plan) nor tests/highlight-formulas.test.ts (it
    // loads a formula engine per mutant; tests/plan.test.ts pins each rule's formula).
    tests: ["tests/plan.test.ts", "tests/plan-*.test.ts", "tests/paper.test.ts"],
  },
  // The relay's pure logic (hand-out, gather, comparing entries) against its pure tests: not the command line's,
  // the browser's, nor the pane adapter's (pane-*, unit-file-writes: the stand-in costs seconds per mutant).
  relay: { mutate: ["src/relay/**/*.ts"], tests: ["tests/relay/!(cli-*|e2e-*|pane-*|unit-file-writes).test.ts"] },
  // The Word and xlsx readers' pure parts: bytes or XML text in, blocks, grids and problems out; src/ooxml is the
  // package reading both share (the guarded unzip, the sniffer, the streaming XML reader).
  // Everything that reads a Word draft (not the writer: write-docx.ts, layout.ts; nor strings.ts, a table).
  word: {
    mutate: ["src/word/!(write-docx|layout|strings).ts"],
    tests: [
      "tests/word/docx-xml.test.ts",
      "tests/word/read-blocks.test.ts",
      "tests/word/read-bytes.test.ts",
      "tests/word/read-layout.test.ts",
      "tests/word/read.test.ts",
      "tests/word/constructs.test.ts",
      "tests/word/roundtrip.test.ts",
      "tests/word/units-property.test.ts",
      // Each reading module's own pure tests.
      "tests/word/numbering.test.ts",
      "tests/word/xml-tree.test.ts",
      "tests/word/check-docx.test.ts",
      "tests/word/draft-units.test.ts",
      "tests/word/split-rows.test.ts",
      "tests/word/problems.test.ts",
    ],
  },
  // Hand-made packages only: jest loads every test file for every mutant, and one that imports ExcelJS
  // (reader.test.ts, expanded-ranges, tests/xlsx/fixtures.ts) costs a second each time; the property test goes
  // through the command line.
  xlsx: {
    mutate: ["src/xlsx/sheet-grid.ts", "src/xlsx/read-file.ts", "src/xlsx/problems.ts"],
    tests: ["tests/xlsx/reader-!(property).test.ts"],
  },
  ooxml: { mutate: ["src/ooxml/**/*.ts"], tests: ["tests/ooxml/*.test.ts"] },
};

const folder = /** @type {keyof typeof FOLDERS} */ (process.env.MUTATE_FOLDER ?? "reading");
if (!FOLDERS[folder]) throw new Error(`MUTATE_FOLDER: one of ${Object.keys(FOLDERS).join(", ")}`);
// A lower bound in minutes while writing tests: MUTATE_TESTS=tests/a.test.ts,tests/b.test.ts runs the mutants
// against those files only (fewer tests can only kill fewer mutants); the folder's score is its own tests'.
if (process.env.MUTATE_TESTS) FOLDERS[folder].tests = process.env.MUTATE_TESTS.split(",");
// The check's fuzz test runs 200 cases in `npm test`; per mutant 10 (the targeted tests do the killing).
process.env.CHECK_PROPERTY_RUNS ??= "10";
// A run narrowed with --mutate (scripts/mutate.ts names it) reports apart; the summary takes each file's newest.
const part = process.env.MUTATE_PART ? `.${process.env.MUTATE_PART}` : "";

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: FOLDERS[folder].mutate,
  testRunner: "jest",
  jest: {
    projectType: "custom",
    configFile: "jest.config.js",
    config: { testMatch: FOLDERS[folder].tests.map((t) => `<rootDir>/${t}`), reporters: ["default"] },
    enableFindRelatedTests: false,
  },
  coverageAnalysis: "perTest",
  // The jest runner runs every covering test anyway: list every test that kills a mutant, not only the first.
  disableBail: true,
  // A mutant only reached while modules load (a table such as SEVERITY, a regular expression) would need every
  // test run once per mutant: those are left out and counted apart (`static` in the summary); the tests written
  // for them are checked by hand (tests/check-verdicts.test.ts pins the severities). Code that tests reach while
  // jest collects a file, outside any test, is static too: tests call the core inside `it` (or beforeEach).
  ignoreStatic: true,
  // Two cores shared with others: at most two runners.
  concurrency: 2,
  timeoutMS: 20_000,
  incremental: true,
  incrementalFile: `.cache/stryker/${folder}.json`,
  reporters: ["json", "clear-text", "progress"],
  jsonReporter: { fileName: `reports/mutation/${folder}${part}.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  tempDirName: ".stryker-tmp",
  ignorePatterns: ["dist", "dist-preview", "coverage", "test-results", "reports", ".cache"],
  cleanTempDir: "always",
};
