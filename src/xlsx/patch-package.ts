/**
 * Small edits of the written package for what ExcelJS 4.4 cannot express:
 * stopIfTrue on highlight rules, and defined names that are formulas (ExcelJS
 * parses every name as a cell range). Browser-safe (JSZip, which ExcelJS uses too).
 */
import JSZip from "jszip";

export interface PackagePatch {
  /** Priorities of the conditional-format rules that stop lower rules when true. */
  stopIfTrue: number[];
  /** Defined names whose text becomes this formula (without "="); ExcelJS wrote them with a placeholder range. */
  nameFormulas?: Record<string, string>;
}

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Replaces the text of the named definedName elements of workbook.xml (each must be there). */
export function setNameFormulas(workbookXml: string, formulas: Record<string, string>): string {
  let out = workbookXml;
  for (const [name, formula] of Object.entries(formulas)) {
    const re = new RegExp(`(<definedName\\b[^>]*\\sname="${name}"[^>]*>)[^<]*(</definedName>)`);
    if (!re.test(out)) throw new Error(`defined name ${name} not written`);
    out = out.replace(re, (_, open: string, close: string) => `${open}${escapeXml(formula)}${close}`);
  }
  return out;
}

/** Adds stopIfTrue="1" to the cfRule elements of the given priorities. */
export function addStopIfTrue(sheetXml: string, priorities: number[]): string {
  const wanted = new Set(priorities);
  return sheetXml.replace(/<cfRule\b([^>]*?)\spriority="(\d+)"/g, (whole, _attrs: string, priority: string) =>
    wanted.has(Number(priority)) && !whole.includes("stopIfTrue") ? `${whole} stopIfTrue="1"` : whole,
  );
}

export async function patchPackage(bytes: Uint8Array, patch: PackagePatch): Promise<Uint8Array> {
  const names = patch.nameFormulas ?? {};
  if (!patch.stopIfTrue.length && !Object.keys(names).length) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  if (Object.keys(names).length) {
    const book = zip.file("xl/workbook.xml");
    if (!book) throw new Error("xl/workbook.xml not written");
    zip.file(book.name, setNameFormulas(await book.async("string"), names));
  }
  const sheets = zip.file(/^xl\/worksheets\/sheet\d+\.xml$/);
  for (const entry of sheets) {
    const xml = await entry.async("string");
    if (xml.includes("<cfRule")) zip.file(entry.name, addStopIfTrue(xml, patch.stopIfTrue));
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
