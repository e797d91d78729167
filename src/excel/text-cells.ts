/**
 * Every value the add-in writes into a cell lands as text: the cell is formatted "@" first, in the
 * same batch. A General cell (a paste of cells brings General along) would turn "2024.10" into the
 * number 2024.1, "2023-12" into a date and "1,234" into 1234 (Excel converts what it recognises).
 */
export function queueText(sheet: Excel.Worksheet, address: string, value: string): void {
  const range = sheet.getRange(address);
  range.numberFormat = [["@"]];
  range.values = [[value]];
}
