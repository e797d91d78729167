/** Reads the parts of an .xlsx package that tests assert on, straight from its XML. */
import JSZip from "jszip";

export function decodeXml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, "&");
}

export function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:]+)="([^"]*)"/g)) out[m[1]] = decodeXml(m[2]);
  return out;
}

export interface XlsxPackage {
  zip: JSZip;
  workbook: string;
  /** Sheets in workbook order, with their state and XML. */
  sheets: Array<{ name: string; state: string; xml: string }>;
  sheet(name: string): string;
  /** Defined names: name (with localSheetId when local) → reference. */
  names: Record<string, string>;
}

export async function openPackage(bytes: Uint8Array): Promise<XlsxPackage> {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (name: string) => {
    const f = zip.file(name);
    if (!f) throw new Error(`missing part ${name}`);
    return f.async("string");
  };
  const workbook = await text("xl/workbook.xml");
  const rels = await text("xl/_rels/workbook.xml.rels");
  const targets: Record<string, string> = {};
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const a = attrs(m[0]);
    targets[a.Id] = a.Target.replace(/^\/?(xl\/)?/, "xl/");
  }
  const sheets: XlsxPackage["sheets"] = [];
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const a = attrs(m[0]);
    sheets.push({ name: a.name, state: a.state ?? "visible", xml: await text(targets[a["r:id"]]) });
  }
  const names: Record<string, string> = {};
  for (const m of workbook.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)) {
    const a = attrs(m[1]);
    names[a.localSheetId !== undefined ? `${a.name}@${a.localSheetId}` : a.name] = decodeXml(m[2]);
  }
  const sheet = (name: string) => {
    const s = sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s.xml;
  };
  return { zip, workbook, sheets, sheet, names };
}

export interface XmlValidation {
  sqref: string;
  type: string;
  formula1: string;
  attrs: Record<string, string>;
}

export function validationsOf(sheetXml: string): XmlValidation[] {
  return [...sheetXml.matchAll(/<dataValidation\b([^>]*)>([\s\S]*?)<\/dataValidation>/g)].map((m) => {
    const a = attrs(m[1]);
    const f = /<formula1>([\s\S]*?)<\/formula1>/.exec(m[2]);
    return { sqref: a.sqref, type: a.type, formula1: f ? decodeXml(f[1]) : "", attrs: a };
  });
}

export interface XmlRule {
  sqref: string;
  formula: string;
  attrs: Record<string, string>;
}

/** Conditional-format rules in document order. */
export function conditionalFormatsOf(sheetXml: string): XmlRule[] {
  const out: XmlRule[] = [];
  for (const cf of sheetXml.matchAll(/<conditionalFormatting\b([^>]*)>([\s\S]*?)<\/conditionalFormatting>/g)) {
    const sqref = attrs(cf[1]).sqref;
    for (const rule of cf[2].matchAll(/<cfRule\b([^>]*)>([\s\S]*?)<\/cfRule>/g)) {
      const f = /<formula>([\s\S]*?)<\/formula>/.exec(rule[2]);
      out.push({ sqref, formula: f ? decodeXml(f[1]) : "", attrs: attrs(rule[1]) });
    }
  }
  return out;
}

export function protectionOf(sheetXml: string): Record<string, string> | null {
  const m = /<sheetProtection\b[^>]*>/.exec(sheetXml);
  return m ? attrs(m[0]) : null;
}

/** True for "1" and "true" (Excel writes the first, LibreOffice the second). */
export function xmlTrue(v: string | undefined): boolean {
  return v === "1" || v === "true";
}

/** 1-based numbers of the rows a sheet hides (`hidden="1"`, or "true" as LibreOffice writes it). */
export function hiddenRowsOf(sheetXml: string): number[] {
  return [...sheetXml.matchAll(/<row\b[^>]*>/g)]
    .filter((m) => /\bhidden="(1|true)"/.test(m[0]))
    .map((m) => Number(/\br="(\d+)"/.exec(m[0])?.[1]));
}
