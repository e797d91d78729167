/** What the grid draws for one sheet: sizes, merges, and each cell's text and look. */
import type { CSSProperties } from "react";
import { parseAddress, toAddress, type CellSnapshot, type FakeWorkbookModel, type Rect } from "../fake-excel";
import { KEY_TITLE } from "../plan/rules";
import { highlightKey, highlightsOf, type Highlight } from "./highlights";

export interface GridCell {
  row: number;
  col: number;
  /** Without the sheet name, e.g. "G12"; for a merged area its top-left cell. */
  address: string;
  /** The whole merged area ("B6:B10") or the address itself. */
  area: string;
  text: string;
  rowSpan: number;
  colSpan: number;
  /** Locked on a protected sheet: typing is refused. */
  readOnly: boolean;
  /**
   * Text that does not wrap runs on over the empty cells to its right, as in Excel (the label 附件1 in A1);
   * the cell then lets its text overflow and draws it above its neighbours.
   */
  spills?: boolean;
  style: CSSProperties;
}

export interface SheetData {
  sheet: string;
  rows: number;
  cols: number;
  /** Pixel widths; 0 for hidden columns. */
  colWidths: number[];
  rowHeights: number[];
  /** cells[r][c]: null where a merged area covers the cell. */
  cells: Array<Array<GridCell | null>>;
  /** owners[r][c]: the drawn cell covering r/c (the merge's top-left cell, or the cell itself). */
  owners: GridCell[][];
  selection: Rect | null;
  /** Every selected area (several after Ctrl+click), the last one being `selection`. */
  areas: Rect[];
  /** Rows kept in view while scrolling (Excel's freeze panes). */
  freezeRows: number;
}

const PX_PER_PT = 4 / 3;
const GRIDLINE = "1px solid #e1e1e1";
const H_ALIGN: Record<string, CSSProperties["textAlign"]> = {
  Left: "left",
  Center: "center",
  Right: "right",
  Justify: "justify",
  Distributed: "justify",
};
const V_ALIGN: Record<string, CSSProperties["verticalAlign"]> = {
  Top: "top",
  Center: "middle",
  Bottom: "bottom",
  Justify: "middle",
  Distributed: "middle",
};

function fontStack(name: string): string {
  const mapped: Record<string, string> = {
    宋体: "SimSun, 'Songti SC'",
    仿宋: "FangSong, 'STFangsong'",
    黑体: "SimHei, 'Heiti SC'",
  };
  return `${mapped[name] ?? `'${name}'`}, 'Microsoft YaHei', 'PingFang SC', 'WenQuanYi Micro Hei', sans-serif`;
}

interface Edges {
  /** Border styles of the drawn box's edges (a merged area's right and bottom come from its far cells). */
  right?: string;
  bottom?: string;
  /** Only the first row and the first visible column draw their top and left edges. */
  top?: string;
  left?: string;
}

/**
 * Borders are "separate" (each box draws its right and bottom edge) so that they move with the
 * frozen rows; the model's borders already include the neighbour's opposite side.
 */
function cellStyle(c: CellSnapshot, h: Highlight | undefined, gridlines: boolean, edges: Edges): CSSProperties {
  const side = (s: string | undefined) => (s && s !== "None" ? "1px solid #000" : gridlines ? GRIDLINE : "none");
  const numeric = typeof c.value === "number";
  return {
    background: h?.fill ?? c.fill ?? "#fff",
    color: h?.fontColor ?? c.font.color,
    fontWeight: (h?.bold ?? c.font.bold) ? 700 : 400,
    fontStyle: c.font.italic ? "italic" : undefined,
    textDecoration: c.font.underline !== "None" ? "underline" : undefined,
    fontSize: `${c.font.size}pt`,
    fontFamily: fontStack(c.font.name),
    textAlign: H_ALIGN[c.hAlign] ?? (numeric ? "right" : "left"),
    verticalAlign: V_ALIGN[c.vAlign] ?? "bottom",
    whiteSpace: c.wrapText ? "pre-wrap" : "pre",
    paddingLeft: c.indentLevel ? `${c.indentLevel * 9 + 2}px` : undefined,
    borderRight: side(edges.right),
    borderBottom: side(edges.bottom),
    borderTop: edges.top && edges.top !== "None" ? side(edges.top) : undefined,
    borderLeft: edges.left && edges.left !== "None" ? side(edges.left) : undefined,
  };
}

/**
 * The add-in hides its key column (任务序号). The in-memory Excel does not record
 * `columnHidden`, so the preview recognises that column by its header instead.
 */
function hiddenColumns(read: (r: number, c: number) => unknown, cols: number): Set<number> {
  const out = new Set<number>();
  for (let c = 0; c < cols; c++) for (let r = 0; r < 8; r++) if (read(r, c) === KEY_TITLE) out.add(c);
  return out;
}

export function sheetData(workbook: FakeWorkbookModel, sheet: string): SheetData {
  const view = workbook.sheet(sheet);
  const used = view.usedRange();
  const usedRect = used ? parseAddress(used) : null;
  const rows = Math.max(30, usedRect ? usedRect.row + usedRect.rows + 3 : 0);
  const cols = Math.max(10, usedRect ? usedRect.col + usedRect.cols + 2 : 0);
  const hidden = hiddenColumns((r, c) => view.model.value(r, c), cols);
  const colWidths = Array.from({ length: cols }, (_, c) =>
    hidden.has(c) ? 0 : Math.round(view.columnWidth(c) * PX_PER_PT),
  );
  const firstCol = colWidths.findIndex((w) => w > 0);
  const rowHeights = Array.from({ length: rows }, (_, r) => Math.round(view.rowHeight(r) * PX_PER_PT));
  const highlights = highlightsOf(workbook, sheet);
  const cells: SheetData["cells"] = Array.from({ length: rows }, () => Array<GridCell | null>(cols).fill(null));
  const covered = new Set<string>();
  const merges = new Map<string, Rect>();
  for (const m of view.merges()) {
    const rect = parseAddress(m);
    merges.set(highlightKey(rect.row, rect.col), rect);
    for (let r = rect.row; r < rect.row + rect.rows; r++)
      for (let c = rect.col; c < rect.col + rect.cols; c++) covered.add(highlightKey(r, c));
  }
  const prot = view.protection.protected;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const k = highlightKey(r, c);
      const merge = merges.get(k);
      if (covered.has(k) && !merge) continue;
      const address = toAddress(r, c);
      const snap = view.cell(address);
      const visibleCols = merge
        ? Array.from({ length: merge.cols }, (_, i) => c + i).filter((x) => !hidden.has(x)).length
        : hidden.has(c)
          ? 0
          : 1;
      const edges: Edges = {
        right: merge ? view.cell(toAddress(r, c + merge.cols - 1)).borders.right : snap.borders.right,
        bottom: merge ? view.cell(toAddress(r + merge.rows - 1, c)).borders.bottom : snap.borders.bottom,
        top: r === 0 ? snap.borders.top : undefined,
        left: c === firstCol ? snap.borders.left : undefined,
      };
      cells[r][c] = {
        row: r,
        col: c,
        address,
        area: merge ? toAddress(merge.row, merge.col, merge.rows, merge.cols) : address,
        text: snap.text,
        rowSpan: merge?.rows ?? 1,
        colSpan: visibleCols,
        readOnly: prot && snap.locked,
        style: cellStyle(snap, highlights.get(k), view.showGridlines, edges),
      };
    }
  }
  for (const line of cells)
    line.forEach((cell, c) => {
      const next = line[c + 1];
      if (!cell || !cell.text || cell.style.whiteSpace !== "pre" || cell.colSpan !== 1 || cell.rowSpan !== 1) return;
      if (!next || next.text || covered.has(highlightKey(cell.row, c + 1))) return;
      cell.spills = true;
      cell.style = { ...cell.style, overflow: "visible" };
    });
  const owners: GridCell[][] = cells.map((line) => [...line] as GridCell[]);
  for (const line of cells) {
    for (const cell of line) {
      if (!cell) continue;
      const rect = parseAddress(cell.area);
      for (let r = rect.row; r < rect.row + rect.rows; r++)
        for (let c = rect.col; c < rect.col + rect.cols; c++) owners[r][c] = cell;
    }
  }
  const sel = workbook.selection();
  return {
    sheet,
    rows,
    cols,
    colWidths,
    rowHeights,
    cells,
    owners,
    selection: sel && sel.sheet === sheet ? parseAddress(sel.address) : null,
    areas: sel && sel.sheet === sheet ? (sel.areas ?? [sel.address]).map((a) => parseAddress(a)) : [],
    freezeRows: Math.min(view.freezeRows, rows),
  };
}
