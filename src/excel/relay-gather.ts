/**
 * 收回 in the workbook: the entries a gather chose go into the form sheet in one write (the reload path of
 * load-form.ts: the sheet is built anew beside the old one and swapped in only when complete, so a failure part
 * way leaves the master as it was, protected), then 分发信息 and 收回记录 get the gather's record (one batch, put
 * back as it was when it fails). First, a relay sheet protected with a password is refused with nothing written
 * (RelaySheetLocked). A failure says which of the two steps happened.
 */
import type { FormDef, MeasureRow } from "../form/types";
import type { Capabilities } from "./capabilities";
import { loadForm, type FailedFeature } from "./load-form";
import { GATHER_LOG_SHEET, RELAY_SHEET } from "../relay/names";
import {
  assertRelaySheetsUnlocked,
  RecordWriteFailure,
  RelaySheetLocked,
  writeGatherRecord,
  type GatherRecordRows,
} from "./relay-sheet";
import type { ExcelRunner } from "./run";

export interface GatherWrite {
  /** Per task to change, its entry as the gather chose it (no rows and no mark: emptied). */
  set: Record<string, { rows: MeasureRow[]; mark: string }>;
  record: GatherRecordRows;
}

/** A gather's write that failed: at the entries (nothing changed) or at the record (the entries are written). */
export class GatherWriteFailure extends Error {
  constructor(
    readonly stage: "entries" | "record",
    readonly cause: unknown,
    /** For a failure at the record: 分发信息 and 收回记录 hold what they held before. */
    readonly restored: boolean,
  ) {
    super("GatherWriteFailure");
    this.name = "GatherWriteFailure";
  }
}

/** Writes a gather; returns the optional features of the rebuilt sheet that this Excel could not set. */
export async function writeGather(
  run: ExcelRunner,
  form: FormDef,
  caps: Capabilities,
  w: GatherWrite,
  log: (e: unknown) => void = () => undefined,
): Promise<FailedFeature[]> {
  let failed: FailedFeature[] = [];
  try {
    // A relay sheet with a password is found before anything is written (RelaySheetLocked, as it is).
    await assertRelaySheetsUnlocked(run, [RELAY_SHEET, GATHER_LOG_SHEET], log);
  } catch (e) {
    if (e instanceof RelaySheetLocked) throw e;
    throw new GatherWriteFailure("entries", e, true);
  }
  if (Object.keys(w.set).length) {
    try {
      // The workbook's lists stay as they are (units: none added); the header stays the sheet's.
      failed = (await loadForm(run, form, caps, { set: w.set, units: [], log })).failed;
    } catch (e) {
      throw new GatherWriteFailure("entries", e, true);
    }
  }
  try {
    await writeGatherRecord(run, w.record, log);
  } catch (e) {
    if (e instanceof RecordWriteFailure) throw new GatherWriteFailure("record", e.cause, e.restored);
    throw new GatherWriteFailure("record", e, false);
  }
  return failed;
}
