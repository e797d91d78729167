// @ts-check
/**
 * Jest's globalSetup: one temp folder per Jest run, named in FUJIAN1_JEST_RUN_DIR (the workers inherit it), for
 * what several test files share within a run — the browser preview build (sharedPreview() in tests/e2e/support.ts).
 * It starts empty; jest-run-dir-teardown.cjs removes it when the run ends, so nothing in it outlives the run.
 */
const { mkdtempSync } = require("node:fs");
const { tmpdir } = require("node:os");
const { join } = require("node:path");

module.exports = function setup() {
  process.env.FUJIAN1_JEST_RUN_DIR = mkdtempSync(join(tmpdir(), "fujian1-jest-run-"));
};
