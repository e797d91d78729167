/** The worksheet grid: column letters, row numbers, cells with their look, selection, editing and dropdowns. */
import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ClipboardEvent,
  type CSSProperties,
  type KeyboardEvent,
} from "react";
import { mergeClasses } from "@fluentui/react-components";
import { columnToLetters, parseAddress, rectToAddress, type FakeExcelHandle } from "../fake-excel";
import type { Lang } from "../i18n/strings";
import { describeRefusal, parseClipboard, selectArea, typeInto, type Refusal } from "./actions";
import { CellEditor, ListDropdown } from "./CellParts";
import { step } from "./navigation";
import type { GridCell, SheetData } from "./sheet-data";
import { pt } from "./strings";
import { useGridStyles } from "./styles";

export interface GridProps {
  handle: FakeExcelHandle;
  lang: Lang;
  data: SheetData;
  /** Shows a refusal (null clears the alert). */
  onRefuse: (refusal: Refusal | null) => void;
}

const MOVES: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};
const cellId = (sheet: string, address: string) => `cell-${encodeURIComponent(sheet)}-${address}`;

export function Grid({ handle, lang, data, onRefuse }: GridProps) {
  const styles = useGridStyles();
  const tableRef = useRef<HTMLTableElement>(null);
  const listRef = useRef<HTMLSelectElement>(null);
  const [editing, setEditing] = useState<{ address: string; text: string } | null>(null);
  const [tops, setTops] = useState<number[]>([]);
  const sel = data.selection;
  const anchor = sel ? (data.owners[sel.row]?.[sel.col] ?? null) : null;
  const items = anchor && !editing ? handle.workbook.listItemsFor(data.sheet, anchor.address) : null;

  useEffect(() => setEditing(null), [data.sheet]);
  // Frozen rows stick below the column letters; their offsets depend on the rendered heights.
  useLayoutEffect(() => {
    const table = tableRef.current;
    if (!table) return;
    const next: number[] = [];
    let y = table.tHead?.offsetHeight ?? 0;
    for (let r = 0; r < data.freezeRows; r++) {
      next.push(y);
      y += table.tBodies[0]?.rows[r]?.offsetHeight ?? 0;
    }
    next.push(y); // bottom of the frozen rows
    if (next.join() !== tops.join()) setTops(next);
  }, [data, tops]);
  const frozenCount = Math.max(0, tops.length - 1);
  /** Frozen rows stick (the last draws Excel's freeze line); other cells scroll into view below them. */
  const frozen = (r: number, z: number): CSSProperties =>
    r < frozenCount
      ? {
          position: "sticky",
          top: tops[r],
          zIndex: z,
          boxShadow: r === frozenCount - 1 ? "0 1px 0 #8a8a8a" : undefined,
        }
      : { scrollMarginTop: tops[frozenCount] ?? 0, scrollMarginLeft: 40 };
  const anchorAddress = anchor?.address;
  useEffect(() => {
    if (anchorAddress)
      document
        .getElementById(cellId(data.sheet, anchorAddress))
        ?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [data.sheet, anchorAddress]);

  const select = (cell: GridCell) => {
    const refusal = selectArea(handle, data.sheet, cell.area, lang);
    if (refusal) onRefuse(refusal);
  };
  /**
   * Shift+click extends the last area from its top-left cell to the clicked one; Ctrl+click adds
   * the clicked cell as another area (several areas, as in Excel).
   */
  const selectMore = (cell: GridCell, extend: boolean) => {
    const areas = data.areas.map((a) => rectToAddress(a));
    const last = data.areas[data.areas.length - 1];
    const to = parseAddress(cell.area);
    if (extend && last) {
      const row = Math.min(last.row, to.row);
      const col = Math.min(last.col, to.col);
      const rect = {
        row,
        col,
        rows: Math.max(last.row + 1, to.row + to.rows) - row,
        cols: Math.max(last.col + 1, to.col + to.cols) - col,
      };
      areas[areas.length - 1] = rectToAddress(rect);
    } else areas.push(cell.area);
    const refusal = selectArea(handle, data.sheet, areas.join(","), lang);
    if (refusal) onRefuse(refusal);
  };
  const inAreas = (cell: GridCell) => {
    const r = parseAddress(cell.area);
    return data.areas.some((a) => r.row >= a.row && r.row < a.row + a.rows && r.col >= a.col && r.col < a.col + a.cols);
  };
  const move = (dr: number, dc: number) => {
    const next = sel && step(data, sel, dr, dc);
    if (next) select(next);
  };
  /** Locked cells are refused at the first keystroke, as in Excel. */
  const startEdit = (cell: GridCell, text: string) => {
    if (cell.readOnly) onRefuse(typeInto(handle, data.sheet, cell.address, text, lang));
    else setEditing({ address: cell.address, text });
  };
  const commit = (text: string, then: [number, number] | null): boolean => {
    if (!editing) return true;
    const refusal = typeInto(handle, data.sheet, editing.address, text, lang);
    onRefuse(refusal);
    if (refusal) return false;
    setEditing(null);
    tableRef.current?.focus();
    if (then) move(...then);
    return true;
  };
  const cancel = () => {
    setEditing(null);
    onRefuse(null);
    tableRef.current?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    if (editing || !anchor || e.target !== tableRef.current) return;
    const arrow = MOVES[e.key];
    if (e.ctrlKey && e.key === "Home") {
      e.preventDefault();
      const home = data.owners[0]?.[data.colWidths.findIndex((w) => w > 0)];
      if (home) select(home);
    } else if (e.altKey && e.key === "ArrowDown" && listRef.current) {
      e.preventDefault();
      listRef.current.focus();
      listRef.current.showPicker?.();
    } else if (arrow) {
      e.preventDefault();
      move(...arrow);
    } else if (e.key === "Enter" || e.key === "F2") {
      e.preventDefault();
      startEdit(anchor, anchor.text);
    } else if (e.key === "Delete") {
      onRefuse(typeInto(handle, data.sheet, anchor.address, "", lang));
    } else if (e.key === "Backspace" || e.key === "Process") {
      startEdit(anchor, "");
    } else if (e.key === "Escape") {
      onRefuse(null);
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      startEdit(anchor, e.key);
    }
  };

  /** Ctrl+V pastes like Excel: not validated, and it removes the destination's dropdown rule. */
  const onPaste = (e: ClipboardEvent<HTMLTableElement>) => {
    if (editing || !anchor || e.target !== tableRef.current) return;
    e.preventDefault();
    const values = parseClipboard(e.clipboardData.getData("text/plain"));
    if (values.length)
      onRefuse(
        describeRefusal(
          handle,
          data.sheet,
          anchor.address,
          handle.user.paste(data.sheet, anchor.address, values),
          lang,
        ),
      );
  };

  const visibleCols = data.colWidths.map((w, c) => [w, c] as const).filter(([w]) => w > 0);
  const inSel = (r: number, c: number, rows: 1 | 0) =>
    !!sel && (rows ? r >= sel.row && r < sel.row + sel.rows : c >= sel.col && c < sel.col + sel.cols);
  const width = 40 + visibleCols.reduce((s, [w]) => s + w, 0);

  return (
    <div className={styles.scroller}>
      <table
        ref={tableRef}
        role="grid"
        aria-label={pt(lang, "grid", { sheet: data.sheet })}
        aria-activedescendant={anchor ? cellId(data.sheet, anchor.address) : undefined}
        tabIndex={0}
        className={styles.table}
        style={{ width }}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
      >
        <colgroup>
          <col style={{ width: 40 }} />
          {visibleCols.map(([w, c]) => (
            <col key={c} style={{ width: w }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <td className={styles.corner} aria-hidden="true" />
            {visibleCols.map(([, c]) => (
              <th key={c} scope="col" className={mergeClasses(styles.colHeader, inSel(0, c, 0) && styles.colActive)}>
                {columnToLetters(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.cells.map((line, r) => (
            <tr key={r} style={{ height: data.rowHeights[r] }}>
              <th
                scope="row"
                className={mergeClasses(styles.rowHeader, inSel(r, 0, 1) && styles.rowActive)}
                style={frozen(r, 3)}
              >
                {r + 1}
              </th>
              {line.map((cell) => {
                if (!cell || cell.colSpan === 0) return null;
                const selected = cell === anchor;
                return (
                  <td
                    key={cell.address}
                    id={cellId(data.sheet, cell.address)}
                    data-address={cell.address}
                    aria-selected={selected}
                    aria-readonly={cell.readOnly || undefined}
                    rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}
                    colSpan={cell.colSpan > 1 ? cell.colSpan : undefined}
                    className={mergeClasses(
                      styles.cell,
                      selected && styles.selected,
                      !selected && inAreas(cell) && styles.inArea,
                    )}
                    // A cell whose text runs on over its neighbours draws above them (frozen cells stack).
                    style={{ ...cell.style, ...frozen(r, cell.spills ? 3 : 2) }}
                    onMouseDown={(e) => {
                      if (e.target instanceof HTMLTextAreaElement || e.target instanceof HTMLSelectElement) return;
                      e.preventDefault();
                      tableRef.current?.focus();
                      if ((e.shiftKey || e.ctrlKey || e.metaKey) && anchor) selectMore(cell, e.shiftKey);
                      else if (!selected || data.areas.length > 1) select(cell);
                    }}
                    onDoubleClick={() => startEdit(cell, cell.text)}
                  >
                    {editing?.address === cell.address ? (
                      <CellEditor
                        lang={lang}
                        address={cell.address}
                        initial={editing.text}
                        className={styles.editor}
                        onCommit={commit}
                        onCancel={cancel}
                      />
                    ) : (
                      <span data-cell-text="" style={cell.spills ? { position: "relative", zIndex: 1 } : undefined}>
                        {cell.text}
                      </span>
                    )}
                    {selected && items && (
                      <ListDropdown
                        ref={listRef}
                        lang={lang}
                        address={cell.address}
                        items={items}
                        value={cell.text}
                        className={styles.dropdown}
                        onPick={(v) => {
                          onRefuse(typeInto(handle, data.sheet, cell.address, v, lang));
                          tableRef.current?.focus();
                        }}
                      />
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
