/**
 * The third writer: the official Word table of a form with a college's
 * entries, as the province sent it — landscape A4, the label and title, the
 * header line (单位（公章）/联系人/联系电话), the two header rows repeated on
 * every page, 主要任务 merged down its group, the measures under their task,
 * 不涉及 with its reason. Fonts as in official documents: 宋体 title, 黑体
 * headings, 仿宋 body at 五号 (10.5 pt). Browser-safe (the `docx` package).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
} from "docx";
import type { Entries, FormDef } from "../form/types";
import { wordTable, type WordCell } from "./layout";

export const WORD_CREATOR = "附件1 填报助手";

/** A4 in twentieths of a point, and the margins (2 cm left and right, as official attachments). */
const A4 = { short: 11906, long: 16838 };
const MARGIN = { top: 1247, bottom: 1247, left: 1134, right: 1134, header: 567, footer: 567 };
const TABLE_WIDTH = A4.long - MARGIN.left - MARGIN.right;

/** Sizes in half-points. */
const BODY = { font: "仿宋", size: 21 };
const HEADING = { font: "黑体", size: 21 };
const TITLE = { font: "宋体", size: 36 };
const LABEL = { font: "黑体", size: 32 };
const HEADER_LINE = { font: "仿宋", size: 24 };

const CENTRED = new Set(["seq", "mainTask", "unit", "time"]);
const THIN = { style: BorderStyle.SINGLE, size: 4, color: "000000" };

/**
 * The text as one paragraph, its lines parted by soft line breaks (w:br): a reader takes separate paragraphs
 * of 完成目标 as separate targets, and one target written on several lines must come back as one.
 */
function paragraphs(text: string, font: { font: string; size: number }, centred: boolean, bold = false): Paragraph[] {
  const run = (line: string, i: number) =>
    font === BODY
      ? // Body text takes the document's default run (仿宋 五号), so the file does not repeat it in every cell.
        new TextRun({ text: line, break: i ? 1 : undefined })
      : new TextRun({ text: line, font: font.font, size: font.size, bold, break: i ? 1 : undefined });
  return [
    new Paragraph({
      alignment: centred ? AlignmentType.CENTER : AlignmentType.LEFT,
      children: text ? text.split("\n").map(run) : [],
    }),
  ];
}

function twips(widths: number[]): number[] {
  const total = widths.reduce((a, b) => a + b, 0);
  const out = widths.map((w) => Math.floor((w / total) * TABLE_WIDTH));
  out[out.length - 1] += TABLE_WIDTH - out.reduce((a, b) => a + b, 0);
  return out;
}

function tableCell(c: WordCell, width: number, heading: boolean): TableCell {
  const merge =
    c.merge === "restart" ? VerticalMergeType.RESTART : c.merge === "continue" ? VerticalMergeType.CONTINUE : undefined;
  return new TableCell({
    children: paragraphs(c.text, heading ? HEADING : BODY, heading || CENTRED.has(c.key), heading),
    columnSpan: c.span > 1 ? c.span : undefined,
    verticalMerge: merge,
    verticalAlign: VerticalAlignTable.CENTER,
    width: { size: width, type: WidthType.DXA },
  });
}

function tableRow(cells: WordCell[], grid: number[], heading: boolean): TableRow {
  let col = 0;
  const children = cells.map((c) => {
    const width = grid.slice(col, col + c.span).reduce((a, b) => a + b, 0);
    col += c.span;
    return tableCell(c, width, heading);
  });
  // A row stays on one page (a task's measures may still run onto the next).
  return new TableRow({ children, tableHeader: heading, cantSplit: true });
}

function headerLine(form: FormDef, entries: Entries): Paragraph {
  const gap = "\u3000".repeat(6);
  const children: TextRun[] = [];
  form.headerFields.forEach((f, i) => {
    const value = entries.header[f.key] ?? "";
    children.push(new TextRun({ text: `${i ? gap : ""}${f.label}：`, font: HEADER_LINE.font, size: HEADER_LINE.size }));
    children.push(new TextRun({ text: value || "\u3000".repeat(8), font: HEADER_LINE.font, size: HEADER_LINE.size }));
  });
  return new Paragraph({ children, spacing: { before: 120, after: 120 } });
}

/** The Document for a form and its entries. */
export function buildDocument(form: FormDef, entries: Entries): Document {
  const layout = wordTable(form, entries);
  const grid = twips(layout.widths);
  const table = new Table({
    width: { size: TABLE_WIDTH, type: WidthType.DXA },
    columnWidths: grid,
    layout: TableLayoutType.FIXED,
    // Borders and cell margins once for the table, not per cell: the file stays small and quick to read.
    borders: { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN },
    margins: { left: 57, right: 57, top: 28, bottom: 28 },
    rows: [
      ...layout.header.map((cells) => tableRow(cells, grid, true)),
      ...layout.body.map((cells) => tableRow(cells, grid, false)),
    ],
  });
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: ["第 ", PageNumber.CURRENT, " 页，共 ", PageNumber.TOTAL_PAGES, " 页"],
            font: BODY.font,
            size: 18,
          }),
        ],
      }),
    ],
  });
  return new Document({
    creator: WORD_CREATOR,
    lastModifiedBy: WORD_CREATOR,
    title: form.title,
    styles: { default: { document: { run: { font: BODY.font, size: BODY.size } } } },
    sections: [
      {
        properties: {
          page: {
            // docx swaps width and height for a landscape page: give them as for portrait.
            size: { width: A4.short, height: A4.long, orientation: PageOrientation.LANDSCAPE },
            margin: MARGIN,
          },
        },
        footers: { default: footer },
        children: [
          new Paragraph({ children: [new TextRun({ text: form.label, font: LABEL.font, size: LABEL.size })] }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { before: 120, after: 120 },
            children: [new TextRun({ text: form.title, font: TITLE.font, size: TITLE.size, bold: true })],
          }),
          headerLine(form, entries),
          table,
        ],
      },
    ],
  });
}

/** The .docx bytes of a form and its entries. */
export async function writeDocx(form: FormDef, entries: Entries): Promise<Uint8Array> {
  return Packer.pack(buildDocument(form, entries), "uint8array");
}
