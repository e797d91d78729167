// @ts-check
/**
 * Jest reporter that ends the run with one plain line, "jest: N passed, N failed[, N skipped]",
 * which CI logs and other tools can read without knowing Jest's own summary format.
 * Jest adds its own summary reporter after all configured ones, so the line is written when
 * the process exits, below Jest's summary.
 */
class PlainSummaryReporter {
  /** @param {Set<unknown>} _contexts @param {import("@jest/reporters").AggregatedResult} results */
  onRunComplete(_contexts, results) {
    // A suite that fails to load (syntax error, missing module) counts as a failure too.
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `jest: ${results.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}\n`;
    process.once("exit", () => process.stderr.write(line));
  }
}

module.exports = PlainSummaryReporter;
