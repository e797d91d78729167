// Shared helpers for the fake Excel tests.
import { FakeOfficeError } from "../../src/fake-excel";

export { createFakeExcel } from "../../src/fake-excel";

/** Excel serial number of a date (1900 date system). */
export function dateToSerialForTest(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
}

/** Error code of a rejected promise ("no error" when it resolves). */
export async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return e instanceof FakeOfficeError ? e.code : `non-Office error: ${String(e)}`;
  }
  return "no error";
}

/** Error code thrown synchronously by fn ("no error" when it returns). */
export function syncCode(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return e instanceof FakeOfficeError ? e.code : `non-Office error: ${String(e)}`;
  }
  return "no error";
}
