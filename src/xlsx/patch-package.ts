/**
 * Small edits of the written package for what ExcelJS 4.4 cannot express:
 * stopIfTrue on highlight rules. Browser-safe (JSZip, which ExcelJS uses too).
 */
import JSZip from "jszip";

export interface PackagePatch {
  /** Priorities of the conditional-format rules that stop lower rules when true. */
  stopIfTrue: number[];
}

/** Adds stopIfTrue="1" to the cfRule elements of the given priorities. */
export function addStopIfTrue(sheetXml: string, priorities: number[]): string {
  const wanted = new Set(priorities);
  return sheetXml.replace(/<cfRule\b([^>]*?)\spriority="(\d+)"/g, (whole, _attrs: string, priority: string) =>
    wanted.has(Number(priority)) && !whole.includes("stopIfTrue") ? `${whole} stopIfTrue="1"` : whole,
  );
}

export async function patchPackage(bytes: Uint8Array, patch: PackagePatch): Promise<Uint8Array> {
  if (!patch.stopIfTrue.length) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  const sheets = zip.file(/^xl\/worksheets\/sheet\d+\.xml$/);
  for (const entry of sheets) {
    const xml = await entry.async("string");
    if (xml.includes("<cfRule")) zip.file(entry.name, addStopIfTrue(xml, patch.stopIfTrue));
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
