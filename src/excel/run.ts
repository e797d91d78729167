/** The one door to Excel.run, so tests and the preview can pass their own. */
export type ExcelBatch<T> = (context: Excel.RequestContext) => Promise<T>;
export type ExcelRunner = <T>(batch: ExcelBatch<T>) => Promise<T>;

/** Runs a batch, waiting for the user to finish editing a cell rather than failing. */
export const runInExcel: ExcelRunner = (batch) => Excel.run({ delayForCellEdit: true }, batch);
