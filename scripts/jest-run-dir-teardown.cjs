// @ts-check
/** Jest's globalTeardown: removes the run's folder made by jest-run-dir-setup.cjs. */
const { rmSync } = require("node:fs");

module.exports = function teardown() {
  const dir = process.env.FUJIAN1_JEST_RUN_DIR;
  if (dir) rmSync(dir, { recursive: true, force: true });
  delete process.env.FUJIAN1_JEST_RUN_DIR;
};
