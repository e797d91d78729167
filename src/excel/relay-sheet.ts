/**
 * The relay's sheets in the live workbook: the hidden 分发信息 (the hand-out and what each gather took) and the
 * visible 收回记录 (a line per file gathered), both protected as the form's sheet is. Read their cells, or write
 * them (a sheet added when missing, its old contents cleared, text cells). One batch each; a gather's record is written
 * in one batch and, when that fails part way, put back as it was in a second.
 */
import { rangeAddress } from "../plan/a1";
import { SHEET_PROTECTION } from "../plan/protection";
import type { Cell } from "../reading/read-grid";
import { GATHER_LOG_SHEET, RELAY_SHEET } from "../relay/names";
import { errorCode, errorLocation, PASSWORD_CODES } from "./errors";
import type { ExcelRunner } from "./run";
import { gridFromUsedRange } from "./sheet-state";

async function readRows(run: ExcelRunner, name: string): Promise<Cell[][] | null> {
  return run(async (context) => {
    const used = context.workbook.worksheets.getItemOrNullObject(name).getUsedRangeOrNullObject(true);
    used.load("values,rowIndex,columnIndex");
    await context.sync();
    return used.isNullObject ? null : gridFromUsedRange(used.values as Cell[][], used.rowIndex, used.columnIndex);
  });
}

export const readRelayRows = (run: ExcelRunner): Promise<Cell[][] | null> => readRows(run, RELAY_SHEET);
export const readGatherLogRows = (run: ExcelRunner): Promise<Cell[][] | null> => readRows(run, GATHER_LOG_SHEET);

/** A relay sheet protected with a password the add-in does not know: nothing was written. */
export class RelaySheetLocked extends Error {
  constructor(
    readonly sheet: string,
    readonly cause: unknown,
  ) {
    super("RelaySheetLocked");
    this.name = "RelaySheetLocked";
  }
}

/**
 * Before anything of a hand-out or gather is written: each of the sheets that exists and is protected has its
 * protection lifted and laid again (as the add-in lays it; the write that follows does the same), one sheet a
 * batch. Office.js tells whether a sheet has a password only in Excel on the web
 * (WorksheetProtection.isPasswordProtected, ExcelApiOnline 1.1), so this is how a password shows up: the
 * unprotect, first of its batch, fails and nothing changed (RelaySheetLocked names the sheet). Another failure
 * part way protects the sheet again, then is thrown as it is.
 */
export async function assertRelaySheetsUnlocked(
  run: ExcelRunner,
  names: readonly string[],
  log: (e: unknown) => void = () => undefined,
): Promise<void> {
  await run(async (context) => {
    const found = names.map((name) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(name);
      return { name, sheet, protection: sheet.protection.load("protected") };
    });
    await context.sync();
    for (const { name, sheet, protection } of found) {
      if (sheet.isNullObject || !protection.protected) continue;
      sheet.protection.unprotect();
      sheet.protection.protect({ ...SHEET_PROTECTION });
      try {
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- a batch per sheet names the one refused
        await context.sync();
      } catch (e) {
        log(e);
        if (errorLocation(e).includes("unprotect")) {
          if (PASSWORD_CODES.has(errorCode(e))) throw new RelaySheetLocked(name, e);
          throw e;
        }
        await protectAgain(context, sheet, log);
        throw e;
      }
    }
  });
}

/** After a failure between unprotect and protect: the sheet protected again if it is not. */
async function protectAgain(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  log: (e: unknown) => void,
): Promise<void> {
  try {
    const now = sheet.protection.load("protected");
    await context.sync();
    if (now.protected) return;
    sheet.protection.protect({ ...SHEET_PROTECTION });
    await context.sync();
  } catch (e) {
    log(e);
  }
}

type Visibility = "Hidden" | "Visible";

/**
 * A sheet of text cells, queued: `rows` null deletes the sheet (it did not exist before). Hidden (分发信息) or
 * visible (收回记录), it is protected as the form's sheet is: its protection lifted for the write, laid again after.
 */
interface TextSheet {
  name: string;
  rows: string[][] | null;
  visibility: Visibility;
}

/** Queues the sheets' writes after one sync that finds them (their used ranges and protection). */
async function writeSheets(context: Excel.RequestContext, sheets: TextSheet[]): Promise<void> {
  const found = sheets.map((s) => {
    const existing = context.workbook.worksheets.getItemOrNullObject(s.name);
    const protection = existing.protection.load("protected");
    return { s, existing, protection, used: existing.getUsedRangeOrNullObject(true) };
  });
  await context.sync();
  for (const { s, existing, protection, used } of found) {
    if (!s.rows) {
      if (!existing.isNullObject) existing.delete();
      continue;
    }
    const sheet = existing.isNullObject ? context.workbook.worksheets.add(s.name) : existing;
    if (!existing.isNullObject && protection.protected) sheet.protection.unprotect();
    if (!existing.isNullObject && !used.isNullObject) used.clear("Contents");
    const rows = s.rows;
    const range = sheet.getRange(rangeAddress(0, 0, rows.length - 1, rows[0].length - 1));
    range.numberFormat = rows.map((r) => r.map(() => "@"));
    range.values = rows;
    if (s.visibility === "Visible" && existing.isNullObject) range.format.autofitColumns();
    sheet.visibility = s.visibility;
    sheet.protection.protect({ ...SHEET_PROTECTION });
  }
  await context.sync();
}

/** `rows` must be rectangular (src/relay/identity.ts rectangular). */
export function writeRelayRows(run: ExcelRunner, rows: string[][]): Promise<void> {
  return run((context) => writeSheets(context, [{ name: RELAY_SHEET, rows, visibility: "Hidden" }]));
}

/** The two relay sheets of a gather, as they are to be and as they were (null: the sheet did not exist). */
export interface GatherRecordRows {
  relay: string[][];
  log: string[][];
  before: { relay: string[][]; log: string[][] | null };
}

/** How writing a gather's record ended when it failed. */
export class RecordWriteFailure extends Error {
  constructor(
    readonly cause: unknown,
    /** The two sheets hold what they held before (put back after the failure, or never touched). */
    readonly restored: boolean,
  ) {
    super("RecordWriteFailure");
    this.name = "RecordWriteFailure";
  }
}

/**
 * 分发信息 and 收回记录 in one batch (all rows rectangular). When it fails part way, a second batch writes back
 * what they held; throws a RecordWriteFailure saying whether that worked.
 */
export async function writeGatherRecord(
  run: ExcelRunner,
  rows: GatherRecordRows,
  log: (e: unknown) => void = () => undefined,
): Promise<void> {
  await run(async (context) => {
    try {
      await writeSheets(context, [
        { name: RELAY_SHEET, rows: rows.relay, visibility: "Hidden" },
        { name: GATHER_LOG_SHEET, rows: rows.log, visibility: "Visible" },
      ]);
    } catch (cause) {
      log(cause);
      let restored = false;
      try {
        await writeSheets(context, [
          { name: RELAY_SHEET, rows: rows.before.relay, visibility: "Hidden" },
          { name: GATHER_LOG_SHEET, rows: rows.before.log, visibility: "Visible" },
        ]);
        restored = true;
      } catch (e) {
        log(e);
      }
      throw new RecordWriteFailure(cause, restored);
    }
  });
}
