// @ts-check
/**
 * Mutation testing of the pure core (`npm run mutate`; not part of `npm test`, too slow for CI).
 * Stryker changes one operator or value at a time in the files below and runs the fast tests that cover it:
 * a mutant no test notices ("survived") is a verdict the tests would let go wrong.
 * Narrow while working: `npm run mutate -- --mutate src/reading/check.ts`. Results are incremental
 * (.cache/stryker-incremental.json): a re-run tests only mutants whose code or covering tests changed.
 */

/**
 * The tests the mutants run against: those of the pure core and its readers, where the verdicts are computed
 * (each mutant runs only the tests that reach it, but every covering file costs a jest start-up, and on 2
 * shared cores the whole fast set took 5 minutes for the initial run alone). Left out: the pane's adapters over
 * the in-memory Excel (tests/excel-*, tests/fake-excel), the component tests (jsdom), the browser,
 * LibreOffice and command-line suites (the in-process CLI ones write Word files per run). More tests can only
 * kill more mutants: the score over this set is a lower bound of the score over all fast tests.
 */
const CORE_TESTS = [
  "<rootDir>/tests/check*.test.ts",
  "<rootDir>/tests/read-grid.test.ts",
  "<rootDir>/tests/list-items.test.ts",
  "<rootDir>/tests/plan.test.ts",
  "<rootDir>/tests/form.test.ts",
  "<rootDir>/tests/highlight-formulas.test.ts",
  "<rootDir>/tests/xlsx/*.test.ts",
  "<rootDir>/tests/word/!(e2e-pane|cli).test.ts",
  "<rootDir>/tests/relay/!(cli-*).test.ts",
  "<rootDir>/tests/merge/*.test.ts",
];

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: [
    "src/reading/**/*.ts",
    "src/plan/**/*.ts",
    // The relay's pure logic (hand-out, gather, comparing entries).
    "src/relay/**/*.ts",
    // The Word and xlsx readers' pure parts: bytes or XML text in, blocks, grids and verdicts out.
    "src/word/docx-xml.ts",
    "src/word/read-docx.ts",
    "src/xlsx/sheet-grid.ts",
    "src/xlsx/sniff.ts",
    "src/xlsx/zip-guard.ts",
  ],
  testRunner: "jest",
  jest: {
    projectType: "custom",
    configFile: "jest.config.js",
    config: { testMatch: CORE_TESTS, reporters: ["default"] },
    enableFindRelatedTests: false,
  },
  coverageAnalysis: "perTest",
  // A mutant only reached while modules load (a table such as SEVERITY, a regular expression) would need every
  // test run once per mutant, hours on this machine: those are left out and counted apart (`static` in the
  // summary; tests/check-verdicts.test.ts pins the severities). Code that tests reach while jest collects the
  // file, outside any test, is static too: tests call the core inside \`it\` (or beforeEach).
  ignoreStatic: true,
  // Two cores shared with others: one runner (`--concurrency 2` on an idle machine).
  concurrency: 1,
  timeoutMS: 20_000,
  incremental: true,
  incrementalFile: ".cache/stryker-incremental.json",
  reporters: ["json", "clear-text", "progress"],
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  tempDirName: ".stryker-tmp",
  ignorePatterns: ["dist", "dist-preview", "coverage", "test-results", "reports", ".cache"],
  cleanTempDir: "always",
};
