/**
 * Word drafts as colleges make them, written as plain OOXML: a minimal
 * package around a document body built from paragraphs and tables.
 */
import JSZip from "jszip";
import type { FormDef } from "../../src/form";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A paragraph; "\n" in the text becomes a soft line break (w:br). */
export function p(text = "", extra = ""): string {
  const runs = text
    .split("\n")
    .map((line, i) => `<w:r>${i ? "<w:br/>" : ""}<w:t xml:space="preserve">${esc(line)}</w:t></w:r>`)
    .join("");
  return `<w:p>${extra}${text ? runs : ""}</w:p>`;
}

export interface CellOptions {
  span?: number;
  vMerge?: "restart" | "continue";
}

/** A cell holding paragraphs (strings are one paragraph each; raw XML passes through when it starts with "<"). */
export function tc(content: string | string[], o: CellOptions = {}): string {
  const paras = (Array.isArray(content) ? content : [content]).map((c) => (c.startsWith("<") ? c : p(c))).join("");
  const pr = [
    o.span ? `<w:gridSpan w:val="${o.span}"/>` : "",
    o.vMerge === "restart" ? `<w:vMerge w:val="restart"/>` : o.vMerge === "continue" ? `<w:vMerge/>` : "",
  ].join("");
  return `<w:tc>${pr ? `<w:tcPr>${pr}</w:tcPr>` : ""}${paras || "<w:p/>"}</w:tc>`;
}

export const tr = (...cells: string[]) => `<w:tr>${cells.join("")}</w:tr>`;

export function tbl(columns: number, rows: string[]): string {
  const grid = Array.from({ length: columns }, () => `<w:gridCol w:w="1000"/>`).join("");
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows.join("")}</w:tbl>`;
}

/** The two header rows of 附件1: column groups merged over their columns, then the titles. */
export function headerRows(form: FormDef): string[] {
  const groups: Array<{ title: string; span: number }> = [];
  for (const c of form.columns) {
    const last = groups[groups.length - 1];
    if (last && last.title === form.columnGroups[c.group]) last.span++;
    else groups.push({ title: form.columnGroups[c.group], span: 1 });
  }
  return [tr(...groups.map((g) => tc(g.title, { span: g.span }))), tr(...form.columns.map((c) => tc(c.title)))];
}

/** The lines above the table: label, title, header line. */
export function above(
  form: FormDef,
  header = "单位（公章）：某某职业技术学院　　联系人：李四　　联系电话：024-12345678",
): string {
  return [p(form.label), p(form.title), p(header)].join("");
}

export async function docx(body: string, options: { pageHeader?: string } = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  if (options.pageHeader)
    zip.file(
      "word/header1.xml",
      `<?xml version="1.0" encoding="UTF-8"?><w:hdr xmlns:w="${W}">${options.pageHeader}</w:hdr>`,
    );
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}<w:sectPr/></w:body></w:document>`,
  );
  return zip.generateAsync({ type: "uint8array" });
}
