// @ts-check
/**
 * Mutation testing of the pure core (`npm run mutate`; not part of `npm test`, too slow for CI).
 * Stryker changes one operator or value at a time in the files below and runs the fast tests that cover it:
 * a mutant no test notices ("survived") is a verdict the tests would let go wrong.
 * Narrow while working: `npm run mutate -- --mutate src/reading/check.ts`. Results are incremental
 * (.cache/stryker-incremental.json): a re-run tests only mutants whose code or covering tests changed.
 */

/** The slow suites (browser, LibreOffice, command-line processes): the fast tests must catch these mutants. */
const SLOW_TESTS = [
  "<rootDir>/tests/e2e/",
  "<rootDir>/tests/libreoffice/",
  "<rootDir>/tests/cli/",
  "<rootDir>/tests/cli-build.test.ts",
  "<rootDir>/tests/word/e2e-pane.test.ts",
  // The pane's component tests run in jsdom by a docblock, which overrides the environment Stryker needs to
  // measure coverage per test; they are excluded, which can only lower the score (none of them asserts a
  // verdict that tests of the pure core do not).
  "<rootDir>/tests/taskpane/",
  // ESLint over snippets and the licence walk cover none of the mutated code.
  "<rootDir>/tests/lint-rules.test.ts",
  "<rootDir>/tests/licenses.test.ts",
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
    config: { testPathIgnorePatterns: ["/node_modules/", ...SLOW_TESTS], reporters: ["default"] },
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
