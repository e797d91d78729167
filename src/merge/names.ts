/** A file name's extension, lower case, with its dot ("" when none): "a/b.XLSX" → ".xlsx", ".hidden" → "". */
export function extOf(name: string): string {
  const base = name.replace(/^.*[\\/]/, "");
  const m = /(?<=.)\.[^.]*$/.exec(base);
  return m ? m[0].toLowerCase() : "";
}
