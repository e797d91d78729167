/** The shape of every action on the form's sheet: read in one sync, write in one more. */
import type { FormDef } from "../form/types";
import { errorCode, UserFacingError } from "./errors";
import type { ExcelRunner } from "./run";
import { readSheetState, unprotected, type SheetState } from "./sheet-state";

/** What the write step decided: the result to return, and whether anything was queued. */
export interface Step<T> {
  result: T;
  write?: (state: SheetState, context: Excel.RequestContext) => void;
}

function location(e: unknown): string {
  const info = (e as { debugInfo?: { errorLocation?: string } } | null)?.debugInfo;
  return info?.errorLocation ?? "";
}

/**
 * Reads the sheet, lets `decide` look at it, then runs the queued writes with
 * protection lifted and restored, in a second sync. A password someone else
 * set becomes a message that says what to do.
 */
export async function onSheet<T>(run: ExcelRunner, form: FormDef, decide: (state: SheetState) => Step<T>): Promise<T> {
  return run(async (context) => {
    const state = await readSheetState(context, form);
    const step = decide(state);
    if (!step.write) return step.result;
    const write = step.write;
    unprotected(state, () => write(state, context));
    try {
      await context.sync();
    } catch (e) {
      if (state.wasProtected && (location(e).includes("unprotect") || errorCode(e) === "AccessDenied"))
        throw new UserFacingError("error.accessDenied");
      throw e;
    }
    return step.result;
  });
}
