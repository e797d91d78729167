/**
 * A unit's file as a plan: the standard file's plan (src/plan/standalone.ts) with only the unit's lead tasks
 * open for input; its 协办 tasks read-only and marked so; every other task locked and greyed out (a highlight
 * rule of the highest priority, so the to-do colours of other units' tasks stay out of its way); a column
 * beside the form saying, per row, 牵头 or 协办; and a note in the first row naming the unit and who handed
 * the file out, when. The 名单, dropdowns, highlights, spare rows and prompts are the master's, unchanged.
 */
import { columnLetter, rangeAddress } from "../plan/a1";
import { BODY_FONT, HEADING_FONT, heightFor, lineCount, widthInPoints } from "../plan/metrics";
import type { ConditionalFormatSpec } from "../plan/rules";
import type { SheetPlan } from "../plan/types";
import type { HandOutIdentity } from "./identity";
import type { SplitPlan } from "./units";
import { UNIT_COLUMN_TITLE, UNIT_ROLE_LEAD } from "./names";

export const ROLE_TITLE = "本单位";
export const ROLE_LEAD = UNIT_ROLE_LEAD;
export const ROLE_CO = "协办";
/** The out-of-the-way look of other units' tasks. */
export const LOCKED_STYLE = { fill: "#EDEDED", fontColor: "#8C8C8C" };

const ROLE_WIDTH = 8;
const NOTE_CHARS = 70;

/** "2026-12-07T08:05:00Z" → "2026-12-07 08:05" (as written, no time zone arithmetic). */
export function shortTime(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return m ? `${m[1]} ${m[2]}` : iso;
}

/** The note in the unit file's first row. */
export function handOutNote(split: SplitPlan, id: HandOutIdentity): string {
  return (
    `本文件发给：${split.unit}。本单位牵头的 ${split.lead.length} 项任务可以填写；` +
    (split.co.length ? `协办的 ${split.co.length} 项只读（“${ROLE_TITLE}”列标“${ROLE_CO}”）；` : "") +
    `其余任务已锁定（灰色）。由 ${id.by} 于 ${shortTime(id.at)} 分发，填好后把本文件交回。`
  );
}

/** Where a unit's file puts what differs from unit to unit: the role column, the note and its title cell. */
export function unitCells(layout: SheetPlan["layout"]) {
  return {
    roleCol: layout.keyCol + 1,
    note: { row: layout.labelRow, col: 2 },
    roleTitle: { row: layout.groupHeaderRow, col: layout.keyCol + 1 },
  };
}

/** The role column's text in each row (0-based) of a unit's file. */
export function roleRows(layout: SheetPlan["layout"], split: SplitPlan): Map<number, string> {
  const lead = new Set(split.lead);
  const co = new Set(split.co);
  const out = new Map<number, string>();
  for (const place of layout.tasks) {
    const role = lead.has(place.seq) ? ROLE_LEAD : co.has(place.seq) ? ROLE_CO : "";
    if (role) for (let r = place.firstRow; r < place.firstRow + place.rowCount; r++) out.set(r, role);
  }
  return out;
}

export const roleTitle = (unit: string): string => `${UNIT_COLUMN_TITLE}${unit}）`;

export function unitPlan(plan: SheetPlan, split: SplitPlan, id: HandOutIdentity): SheetPlan {
  const { layout } = plan;
  const lead = new Set(split.lead);
  const co = new Set(split.co);
  const { roleCol, note: noteAt } = unitCells(layout);
  const values = plan.values.map((row) => [...row, ""]);
  const merges = [...plan.merges];
  const unlocked: string[] = [];
  for (const place of layout.tasks) {
    const last = place.firstRow + place.rowCount - 1;
    const role = lead.has(place.seq) ? ROLE_LEAD : co.has(place.seq) ? ROLE_CO : "";
    for (let r = place.firstRow; r <= last; r++) values[r][roleCol] = role;
    if (role === ROLE_LEAD) {
      const fills = layout.fillCols;
      unlocked.push(rangeAddress(place.firstRow, fills[0], last, fills[fills.length - 1]));
      unlocked.push(rangeAddress(place.firstRow, layout.markCol, last, layout.markCol));
    }
  }
  const title = roleTitle(split.unit);
  values[layout.groupHeaderRow][roleCol] = title;
  for (let r = layout.groupHeaderRow + 1; r <= layout.columnHeaderRow; r++) values[r][roleCol] = null;
  merges.push(rangeAddress(layout.groupHeaderRow, roleCol, layout.columnHeaderRow, roleCol));
  const note = handOutNote(split, id);
  const noteCol = noteAt.col;
  values[layout.labelRow][noteCol] = note;
  for (let c = noteCol + 1; c <= layout.markCol; c++) values[layout.labelRow][c] = null;
  merges.push(rangeAddress(layout.labelRow, noteCol, layout.labelRow, layout.markCol));

  const L = columnLetter;
  const first = layout.firstTaskRow + 1;
  const greyed: ConditionalFormatSpec = {
    kind: "not-applicable",
    range: rangeAddress(layout.firstTaskRow, 0, layout.lastRow, layout.markCol),
    formula: `=AND($${L(layout.keyCol)}${first}<>"",$${L(roleCol)}${first}="")`,
    stopIfTrue: true,
    ...LOCKED_STYLE,
  };
  const roleRange = rangeAddress(layout.firstTaskRow, roleCol, layout.lastRow, roleCol);
  // Room for two lines whatever the unit's name, so every unit's file has the same rows.
  const noteHeight = heightFor(Math.max(2, lineCount(note, NOTE_CHARS)), BODY_FONT.size + 1);
  return {
    ...plan,
    area: rangeAddress(0, 0, layout.lastRow, roleCol),
    values,
    merges,
    columnWidths: [...plan.columnWidths, widthInPoints(ROLE_WIDTH)],
    rowHeights: [
      ...plan.rowHeights,
      { rows: `${layout.labelRow + 1}:${layout.labelRow + 1}`, height: Math.max(noteHeight, 20) },
    ],
    formats: [
      ...plan.formats,
      {
        range: rangeAddress(layout.labelRow, noteCol, layout.labelRow, layout.markCol),
        font: { ...BODY_FONT, size: BODY_FONT.size + 1, bold: true },
        wrap: true,
        hAlign: "Left",
      },
      {
        range: rangeAddress(layout.groupHeaderRow, roleCol, layout.columnHeaderRow, roleCol),
        font: { ...HEADING_FONT, bold: true },
        hAlign: "Center",
      },
      { range: roleRange, hAlign: "Center", font: { ...BODY_FONT, bold: true } },
      { range: rangeAddress(layout.groupHeaderRow, roleCol, layout.lastRow, roleCol), grid: true },
    ],
    unlocked,
    conditionalFormats: [greyed, ...plan.conditionalFormats],
  };
}
