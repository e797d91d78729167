import type { FindingKind, Severity } from "../../src/reading/check";

/**
 * What each finding kind does to 可以提交, written out for the tests (not read from the code): an error blocks,
 * a warning is a reminder, info is a list. A kind whose severity the code changes must fail a test.
 */
export const EXPECTED_SEVERITY: Record<FindingKind, Severity> = {
  "not-form": "error",
  "no-measure": "error",
  assigned: "error",
  "missing-target": "error",
  "missing-unit": "error",
  "missing-time": "error",
  "measure-empty": "warning",
  "blank-row": "warning",
  "unit-separator": "error",
  "rule-missing": "warning",
  "unknown-unit": "error",
  "unknown-time": "error",
  "official-changed": "error",
  "task-missing": "error",
  "task-duplicate": "error",
  "task-order": "error",
  "stray-row": "error",
  "header-empty": "error",
  "header-malformed": "error",
  "not-applicable": "info",
  "marked-with-measures": "error",
  "mark-spilled": "error",
  "unit-lines": "error",
  "time-lines": "error",
  "no-unit-list": "info",
  "mark-no-reason": "error",
};
