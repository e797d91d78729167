/** The shape of every action on the form's sheet: read in one sync, write in one more. */
import type { FormDef } from "../form/types";
import type { Capabilities } from "./capabilities";
import { errorCode, errorLocation, PASSWORD_CODES, UserFacingError } from "./errors";
import { diagnostics } from "./diagnostics";
import { protectedAnyway } from "./protection";
import { failedBeforeWriting, recover } from "./recover";
import type { ExcelRunner } from "./run";
import { readSheetState, unprotected, type SheetState } from "./sheet-state";

/** What the write step decided: the result to return, and whether anything was queued. */
export interface Step<T> {
  result: T;
  write?: (state: SheetState, context: Excel.RequestContext) => void;
  /**
   * Writes that need what Excel reports after `write` (read with loads queued in it, e.g. the rows hidden after
   * an insert): queued after its sync, with protection lifted again, and synced as a second batch.
   */
  rewrite?: (state: SheetState, context: Excel.RequestContext) => void;
}

export interface SheetActionOptions {
  /** The action works on the selected task: read the selection too. */
  selection?: boolean;
  /**
   * What this Excel can set: given, a failure is followed by laying formats, rules and lists
   * again; without it (actions that write values only) by protection alone.
   */
  caps?: Capabilities;
  /** Read the hidden task rows too (ExcelApi 1.9), for actions that plan the pages again. */
  hiddenRows?: boolean;
  /** Receives every error caught on the way (the diagnostics log). */
  log?: (e: unknown) => void;
}

/**
 * Reads the sheet, lets `decide` look at it, then runs the queued writes with
 * protection lifted and restored, in a second sync. A password someone else
 * set becomes a message that says what to do. When the writes fail half-way,
 * a follow-up batch repairs and protects the sheet, and the error thrown
 * (ActionFailure) knows what changed.
 */
export async function onSheet<T>(
  run: ExcelRunner,
  form: FormDef,
  decide: (state: SheetState) => Step<T>,
  options: SheetActionOptions = {},
): Promise<T> {
  return run(async (context) => {
    const read = {
      selection: options.selection,
      mergedAreas: options.caps?.mergedAreas,
      hiddenRows: options.hiddenRows,
    };
    const log = options.log ?? diagnostics.at("action");
    const state = await readSheetState(context, form, read).catch((e: unknown) => {
      log(e);
      throw e instanceof UserFacingError ? e : failedBeforeWriting(e);
    });
    const step = decide(state);
    if (!step.write) return step.result;
    const write = step.write;
    unprotected(state, () => write(state, context));
    let first = true;
    try {
      await context.sync();
      if (step.rewrite) {
        first = false;
        const rewrite = step.rewrite;
        // The first batch protected the sheet again.
        unprotected({ ...state, wasProtected: true }, () => rewrite(state, context));
        await context.sync();
      }
    } catch (e) {
      // Unprotecting is the first command: when it fails nothing was changed.
      if (first && state.wasProtected && errorLocation(e).includes("unprotect")) {
        log(e);
        throw PASSWORD_CODES.has(errorCode(e)) ? new UserFacingError("error.accessDenied") : failedBeforeWriting(e);
      }
      log(e);
      // protect() is the last command: when only it failed and the sheet is protected, all was written.
      if (await protectedAnyway(context, form.sheetName, e)) return step.result;
      throw await recover(context, form, state, e, options.caps ?? null, diagnostics.at("recover"));
    }
    return step.result;
  });
}
