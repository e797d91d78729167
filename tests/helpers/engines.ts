/**
 * Gates a test file on a real engine (scripts/engines.ts): when the engine is there (or will be installed
 * with apt-get as root on Linux) the file's suites run as written; when it is missing on a developer's
 * machine they are skipped, their titles marked "[<engine> missing]" so the summary reporter
 * (scripts/jest-summary-reporter.cjs) prints one loud line naming the engine and how to install it, and
 * counts them; with CI=true a missing engine fails the file instead.
 *
 *   const { describe } = engineGate("libreoffice", hasLibreOfficeUno());
 */
import { ENGINE_NAMES, engineAction, missingLine, type EngineId } from "../../scripts/engines";

/** The marker the summary reporter looks for in skipped tests' titles. */
export const missingMarker = (engine: EngineId) => `[${ENGINE_NAMES[engine]} missing]`;

export interface EngineGate {
  /** Whether the suites run (the engine is there or will be installed in beforeAll). */
  runs: boolean;
  describe: jest.Describe;
  it: jest.It;
}

type Body = (...args: never[]) => unknown;

export function engineGate(engine: EngineId, found: boolean): EngineGate {
  const action = engineAction(engine, found);
  if (action === "fail") throw new Error(missingLine(engine));
  if (action === "run" || action === "install") return { runs: true, describe, it };
  const mark = (title: string) => `${title} ${missingMarker(engine)}`;
  const skipDescribe = Object.assign((title: string, fn: () => void) => describe.skip(mark(title), fn), {
    each: (table: readonly unknown[]) => (title: string, fn: Body) =>
      describe.skip.each(table as unknown[][])(mark(title), fn as never),
    skip: describe.skip,
    only: describe.only,
  });
  const skipIt = Object.assign(
    (title: string, fn?: Body, timeout?: number) => it.skip(mark(title), fn as never, timeout),
    {
      skip: it.skip,
      only: it.only,
      todo: it.todo,
    },
  );
  return { runs: false, describe: skipDescribe as unknown as jest.Describe, it: skipIt as unknown as jest.It };
}
