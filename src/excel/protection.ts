/**
 * Protecting a sheet that is already protected fails ("Fails if the worksheet has already been
 * protected", Excel's reference; AccessDenied on some builds, office-js #6784). For the add-in that is
 * success: the sheet is protected, which is all its final protect() wanted.
 */

/** Whether the sheet is protected now, read in a batch of its own; false when it cannot be read. */
export async function isProtected(context: Excel.RequestContext, sheetName: string): Promise<boolean> {
  try {
    const protection = context.workbook.worksheets.getItem(sheetName).protection;
    protection.load("protected");
    await context.sync();
    return protection.protected;
  } catch {
    return false;
  }
}

/** True when `e` came from protect() and the sheet is protected anyway (then nothing failed that matters). */
export async function protectedAnyway(context: Excel.RequestContext, sheetName: string, e: unknown): Promise<boolean> {
  const where = (e as { debugInfo?: { errorLocation?: string } } | null)?.debugInfo?.errorLocation ?? "";
  return where === "WorksheetProtection.protect" && isProtected(context, sheetName);
}
