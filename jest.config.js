// @ts-check
/** Jest: TypeScript tests under tests/, run in Node through ts-jest (transpile only). */

const os = require("node:os");

/** @type {import('jest').Config} */
module.exports = {
  // Jest's default is one worker fewer than the cores, and one worker means no parallelism at all: on a 2-core
  // machine every file ran in turn while the e2e files mostly wait for webpack and Chromium. Two workers there
  // halve the wall time; bigger machines keep Jest's default. (`--maxWorkers`/`-i` on the command line win.)
  maxWorkers: Math.max(2, os.availableParallelism() - 1),
  preset: "ts-jest",
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["<rootDir>/tests/**/*.test.ts", "<rootDir>/tests/**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.jest.json" }],
  },
  // Jest's 5 s default fails React/jsdom tests on a loaded 2-core machine while they are correct; speed
  // targets live in `npm run bench`, not in test timeouts. Slow suites still set their own.
  testTimeout: 20_000,
  moduleFileExtensions: ["ts", "tsx", "js", "mjs", "cjs", "json"],
  // One temp folder per run for what test files share (the preview build), removed when the run ends.
  globalSetup: "<rootDir>/scripts/jest-run-dir-setup.cjs",
  globalTeardown: "<rootDir>/scripts/jest-run-dir-teardown.cjs",
  // Jest's summary, then one plain "jest: N passed, N failed" line for CI logs.
  reporters: ["default", "<rootDir>/scripts/jest-summary-reporter.cjs"],
  // Caches and coverage stay inside the repo (git-ignored), not in /tmp or $HOME.
  cacheDirectory: "<rootDir>/node_modules/.cache/jest",
  coverageDirectory: "<rootDir>/coverage",
};
