// @ts-check
/**
 * Jest reporter that ends the run with one plain line, "jest: N passed, N failed[, N skipped]",
 * which CI logs and other tools can read without knowing Jest's own summary format.
 * Tests skipped because a real engine is missing (tests/helpers/engines.ts marks their titles
 * "[<engine> missing]") get one loud line per engine above it, naming the engine and how to install it,
 * and are counted in the summary. Jest adds its own summary reporter after all configured ones, so the
 * lines are written when the process exits, below Jest's summary.
 */

/** @typedef {Pick<import("./engines"), "ENGINE_NAMES" | "missingLine">} Engines */

/** scripts/engines.ts, loaded through tsx (Jest loads reporters untransformed). @returns {Engines} */
const loadEngines = () => require("tsx/cjs/api").require("./engines.ts", __filename);

/**
 * The lines for a finished run.
 * @param {Pick<import("@jest/reporters").AggregatedResult, "numPassedTests" | "numFailedTests" | "numRuntimeErrorTestSuites" | "numPendingTests" | "numTodoTests" | "testResults">} results
 * @param {Engines} [engines]
 * @param {import("./engines").Host} [host]
 * @returns {string[]}
 */
function summaryLines(results, { ENGINE_NAMES, missingLine } = loadEngines(), host = undefined) {
  // A suite that fails to load (syntax error, missing module) counts as a failure too.
  const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
  const skipped = results.numPendingTests + results.numTodoTests;
  /** @type {Map<string, number>} engine id → skipped tests */
  const missing = new Map();
  for (const file of results.testResults) {
    for (const t of file.testResults) {
      if (t.status !== "pending") continue;
      for (const [id, name] of Object.entries(ENGINE_NAMES)) {
        if (t.fullName.includes(`[${name} missing]`)) missing.set(id, (missing.get(id) ?? 0) + 1);
      }
    }
  }
  const lines = [...missing].map(([id, n]) => `jest: ${missingLine(id, host, n)}`);
  const engineSkips = [...missing.values()].reduce((a, b) => a + b, 0);
  const detail = engineSkips ? ` (${engineSkips} for a missing engine)` : "";
  lines.push(
    `jest: ${results.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped${detail}` : ""}`,
  );
  return lines;
}

class PlainSummaryReporter {
  /** @param {Set<unknown>} _contexts @param {import("@jest/reporters").AggregatedResult} results */
  onRunComplete(_contexts, results) {
    const text = summaryLines(results).join("\n") + "\n";
    process.once("exit", () => process.stderr.write(text));
  }
}

module.exports = PlainSummaryReporter;
module.exports.summaryLines = summaryLines;
