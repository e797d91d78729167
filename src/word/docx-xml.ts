/**
 * Plain OOXML: from word/document.xml to the body's paragraphs and tables,
 * each table as rows of cells placed on the table's grid (gridBefore,
 * gridSpan, vMerge, legacy hMerge resolved). Text is what Word shows: runs'
 * w:t, tabs, line breaks (w:br, w:cr) as "\n", paragraphs as lines; deleted
 * revisions, field codes, bookmarks, comments and drawings carry no text.
 * Namespaces are matched by local name, so Strict OOXML reads too.
 * Browser-safe (saxes, through ./xml-tree).
 */
import type { Numbering } from "./numbering";
import { parseXml, type XElement } from "./xml-tree";

type XNode = {
  nodeType: number;
  localName?: string | null;
  childNodes?: ArrayLike<XNode>;
  nodeValue?: string | null;
  attributes?: ArrayLike<{ localName?: string | null; value: string }>;
};

export interface DocxCell {
  /** First grid column the cell covers. */
  col: number;
  span: number;
  /** "continue": this cell continues the vertical merge of the cell above. */
  vMerge: "none" | "restart" | "continue";
  /** The cell's paragraphs, each as the text Word shows. */
  lines: string[];
  /** Constructs inside the cell that carry text this reader does not take (text boxes, nested tables). */
  unsupported: Array<"nested-table" | "text-box">;
  /** Some paragraph's text starts with a label from Word's automatic numbering. */
  numbered?: boolean;
}

export interface DocxTable {
  rows: DocxCell[][];
  /** Number of grid columns (w:tblGrid, or the widest row). */
  columns: number;
}

export type DocxBlock = { kind: "paragraph"; text: string } | { kind: "table"; table: DocxTable };

const children = (n: XNode): XNode[] => Array.from(n.childNodes ?? []).filter((c) => c.nodeType === 1);
const named = (n: XNode, name: string): XNode[] => children(n).filter((c) => c.localName === name);
const first = (n: XNode | undefined, name: string): XNode | undefined => (n ? named(n, name)[0] : undefined);

/** An attribute by local name (w:val, or val in another prefix). */
function attr(n: XNode | undefined, name: string): string | null {
  if (!n?.attributes) return null;
  for (const a of Array.from(n.attributes)) if (a.localName === name) return a.value;
  return null;
}

/** Subtrees that show no text of their own in the table. */
const SILENT = new Set([
  "pPr",
  "rPr",
  "tcPr",
  "trPr",
  "tblPr",
  "delText",
  "instrText",
  "delInstrText",
  "del",
  "moveFrom",
  "fldData",
  "footnoteReference",
  "endnoteReference",
  "commentReference",
  "annotationRef",
  "bookmarkStart",
  "bookmarkEnd",
  "proofErr",
  "lastRenderedPageBreak",
  "Fallback",
  "sdtPr",
  "sdtEndPr",
]);

/** What a paragraph reads: records text boxes and automatic numbering met on the way. */
interface Context {
  unsupported: Set<string>;
  numbering?: Numbering;
  numbered?: boolean;
}

/** The label of Word's automatic numbering of a paragraph (w:pPr/w:numPr), "" without one. */
function numberLabel(p: XNode, ctx: Context): string {
  const numPr = first(first(p, "pPr"), "numPr");
  const numId = attr(first(numPr, "numId"), "val");
  if (!ctx.numbering || !numId || numId === "0") return "";
  const label = ctx.numbering.next(numId, Number(attr(first(numPr, "ilvl"), "val") ?? 0) || 0);
  if (label) ctx.numbered = true;
  return label;
}

/** The text of a paragraph, its automatic number first. */
function paragraphText(p: XNode, ctx: Context): string {
  const unsupported = ctx.unsupported;
  let out = numberLabel(p, ctx);
  const walk = (n: XNode) => {
    for (const c of Array.from(n.childNodes ?? [])) {
      if (c.nodeType !== 1) continue;
      const name = c.localName ?? "";
      if (SILENT.has(name)) continue;
      if (name === "t") out += textOf(c);
      else if (name === "tab" || name === "ptab") out += "\t";
      else if (name === "br" || name === "cr") out += "\n";
      else if (name === "noBreakHyphen") out += "-";
      else if (name === "txbxContent") {
        if (textOf(c).trim()) unsupported.add("text-box");
      } else if (name === "drawing" || name === "pict" || name === "object") {
        if (hasText(c)) unsupported.add("text-box");
      } else walk(c);
    }
  };
  walk(p);
  return out;
}

function textOf(n: XNode): string {
  let s = "";
  for (const c of Array.from(n.childNodes ?? [])) {
    if (c.nodeType === 3 || c.nodeType === 4) s += c.nodeValue ?? "";
    else if (c.nodeType === 1) s += textOf(c);
  }
  return s;
}

function hasText(n: XNode): boolean {
  for (const c of Array.from(n.childNodes ?? [])) {
    if (c.nodeType !== 1) continue;
    if (c.localName === "t" && textOf(c).trim()) return true;
    if (hasText(c)) return true;
  }
  return false;
}

/** Paragraphs of a container (cell, content control, body), in order; nested tables reported. */
function containerLines(n: XNode, ctx: Context): string[] {
  const lines: string[] = [];
  for (const c of children(n)) {
    const name = c.localName;
    if (name === "p") lines.push(paragraphText(c, ctx));
    else if (name === "tbl") {
      ctx.unsupported.add("nested-table");
      for (const row of named(c, "tr")) for (const cell of named(row, "tc")) lines.push(...containerLines(cell, ctx));
    } else if (name === "sdt") lines.push(...containerLines(first(c, "sdtContent") ?? c, ctx));
    else if (name === "customXml" || name === "ins" || name === "moveTo") lines.push(...containerLines(c, ctx));
  }
  return lines;
}

/** Rows of a table (through content controls and custom XML around rows). */
function tableRows(tbl: XNode): XNode[] {
  const out: XNode[] = [];
  const walk = (n: XNode) => {
    for (const c of children(n)) {
      if (c.localName === "tr") out.push(c);
      else if (c.localName === "sdt") walk(first(c, "sdtContent") ?? c);
      else if (c.localName === "customXml") walk(c);
    }
  };
  walk(tbl);
  return out;
}

function rowCells(tr: XNode): XNode[] {
  const out: XNode[] = [];
  const walk = (n: XNode) => {
    for (const c of children(n)) {
      if (c.localName === "tc") out.push(c);
      else if (c.localName === "sdt") walk(first(c, "sdtContent") ?? c);
      else if (c.localName === "customXml") walk(c);
    }
  };
  walk(tr);
  return out;
}

function readTable(tbl: XNode, numbering?: Numbering): DocxTable {
  const gridCols = named(first(tbl, "tblGrid") ?? tbl, "gridCol").length;
  const rows: DocxCell[][] = [];
  let widest = 0;
  for (const tr of tableRows(tbl)) {
    const trPr = first(tr, "trPr");
    let col = Number(attr(first(trPr, "gridBefore"), "val") ?? 0) || 0;
    const cells: DocxCell[] = [];
    for (const tc of rowCells(tr)) {
      const tcPr = first(tc, "tcPr");
      const span = Math.max(1, Number(attr(first(tcPr, "gridSpan"), "val") ?? 1) || 1);
      const vm = first(tcPr, "vMerge");
      const vMerge = vm ? (attr(vm, "val") === "restart" ? "restart" : "continue") : "none";
      const hm = first(tcPr, "hMerge");
      const ctx: Context = { unsupported: new Set<string>(), numbering };
      const lines = containerLines(tc, ctx);
      const prev = cells[cells.length - 1];
      if (hm && attr(hm, "val") !== "restart" && prev) {
        // Legacy horizontal merge: this cell is part of the one before it.
        prev.span += span;
        prev.lines.push(...lines.filter((l) => l.trim()));
      } else
        cells.push({
          col,
          span,
          vMerge,
          lines,
          unsupported: [...ctx.unsupported] as DocxCell["unsupported"],
          ...(ctx.numbered ? { numbered: true } : {}),
        });
      col += span;
    }
    widest = Math.max(widest, col);
    rows.push(cells);
  }
  return { rows, columns: Math.max(gridCols, widest) };
}

/**
 * The body's paragraphs and top-level tables, in order (automatic numbers as text when `numbering` is given).
 * Throws on XML that does not parse.
 */
export function readDocumentXml(xml: string, numbering?: Numbering): DocxBlock[] {
  const doc: XElement = parseXml(xml);
  const root = children(doc).find((c) => c.localName === "document" || c.localName === "hdr");
  // A page header (w:hdr) holds its paragraphs and tables directly.
  const body = root && (root.localName === "hdr" ? root : first(root, "body"));
  // A document without a body holds no table (the caller says so).
  if (!body) return [];
  const blocks: DocxBlock[] = [];
  const walk = (n: XNode) => {
    for (const c of children(n)) {
      if (c.localName === "p")
        blocks.push({ kind: "paragraph", text: paragraphText(c, { unsupported: new Set(), numbering }) });
      else if (c.localName === "tbl") blocks.push({ kind: "table", table: readTable(c, numbering) });
      else if (c.localName === "sdt") walk(first(c, "sdtContent") ?? c);
      else if (c.localName === "customXml") walk(c);
    }
  };
  walk(body);
  return blocks;
}
