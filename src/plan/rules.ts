/**
 * The rules a sheet carries natively, so they work without the add-in (Excel
 * 2016/2019, WPS): dropdown lists from a hidden sheet through defined names,
 * and highlight formulas relative to each range's top-left cell.
 */
import { GENERIC_UNITS } from "../form/lists";
import type { Lists } from "../form/types";
import { columnLetter, rangeAddress } from "./a1";
import type { SheetLayout } from "./layout";

export const LISTS_SHEET = "名单";
export const UNIT_LIST_NAME = "责任单位列表";
export const TIME_LIST_NAME = "完成时间列表";
export const MARK_TITLE = "不涉及（注明原因）";
/** Titles the mark column had in earlier versions; files written then are still read. */
export const FORMER_MARK_TITLES: readonly string[] = ["不涉及（注明原因，不打印）"];
export const KEY_TITLE = "任务序号";

export interface ListColumnSpec {
  /** Defined name the validation refers to. */
  name: string;
  title: string;
  items: string[];
  /** Absolute reference of the items, e.g. "=名单!$A$2:$A$13". */
  reference: string;
}

export interface ValidationSpec {
  range: string;
  listName: string;
  prompt: { title: string; message: string };
  /**
   * Stop refuses a value outside the list; Warning asks and keeps it on 是 (Yes). The unit column
   * warns, so a joint value (several listed units joined by 、) can be typed without the add-in;
   * the highlight then marks any part that is not on the list.
   */
  errorAlert: { style: "Stop" | "Warning"; title: string; message: string };
}

export type HighlightKind = "not-applicable" | "unknown-unit" | "unknown-time" | "missing" | "no-measure";

export interface ConditionalFormatSpec {
  kind: HighlightKind;
  range: string;
  /** Formula relative to the range's top-left cell. */
  formula: string;
  fill: string;
  fontColor?: string;
  bold?: boolean;
  stopIfTrue: boolean;
}

/** Highlight colours: distinct in lightness as well as hue, so they survive grey print and colour blindness. */
export const HIGHLIGHT_STYLE: Record<HighlightKind, { fill: string; fontColor?: string; bold?: boolean }> = {
  "not-applicable": { fill: "#D9D9D9", fontColor: "#595959" },
  "unknown-unit": { fill: "#CDB4DB", fontColor: "#7B0000", bold: true },
  "unknown-time": { fill: "#CDB4DB", fontColor: "#7B0000", bold: true },
  missing: { fill: "#FFE38A" },
  "no-measure": { fill: "#F6B7B0" },
};

export function listColumns(lists: Lists): ListColumnSpec[] {
  const column = (i: number, name: string, title: string, items: string[]): ListColumnSpec => {
    const l = columnLetter(i);
    return { name, title, items, reference: `=${LISTS_SHEET}!$${l}$2:$${l}$${Math.max(2, items.length + 1)}` };
  };
  return [
    column(0, UNIT_LIST_NAME, "责任单位（部门）", lists.units),
    column(1, TIME_LIST_NAME, "完成时间", lists.times),
  ];
}

/** Column of the 名单 sheet that holds the note (after the list columns and a gap). */
export const LISTS_NOTE_COL = 3;

/** The note beside the lists: what they are for and, for the generic list, that it is only a starting point. */
export function listsNote(lists: Lists): string[] {
  const generic = lists.units.length === GENERIC_UNITS.length && lists.units.every((u, i) => u === GENERIC_UNITS[i]);
  return [
    "说明",
    ...(generic
      ? ["左边的责任单位是多数职业院校都有的通用名单，只是起点：请改成本校的处室和学院（改名、删去或接着添加）。"]
      : []),
    "“责任单位（部门）”和“完成时间”两列的下拉列表取自这里。",
  ];
}

type ValidationTexts = Record<
  "unit" | "time",
  Pick<ValidationSpec, "prompt"> & { alert: { title: string; message: string } }
>;

/** The dropdowns' prompts and refusal alerts, in the language of the Office that writes them (Chinese by default). */
const VALIDATION_TEXTS: Record<"zh" | "en", ValidationTexts> = {
  zh: {
    unit: {
      prompt: {
        title: "责任单位（部门）",
        message: "从下拉列表选一个单位。几个单位共同负责时直接输入，用“、”隔开，牵头单位在前，如“教务处、人事处”。",
      },
      alert: {
        title: "不在下拉列表中",
        message:
          "几个单位共同负责（用“、”隔开，且都在名单中）请点“是”保留。单元格变成紫色说明有单位不在名单中：点“否”改正，或先把该单位加入名单（“名单”工作表或加载项的“名单”）。",
      },
    },
    time: {
      prompt: { title: "完成时间", message: "请从下拉列表选择完成时间，如“2023年”。" },
      alert: {
        title: "不在列表中",
        message:
          "请从下拉列表中选择完成时间。需要其他年份或“持续推进”等，请先把它加入名单（“名单”工作表或加载项的“名单”）。",
      },
    },
  },
  en: {
    unit: {
      prompt: {
        title: "Responsible unit",
        message:
          "Pick one unit from the dropdown. For units that share the task, type them joined by 、, lead unit first, e.g. 教务处、人事处.",
      },
      alert: {
        title: "Not on the dropdown",
        message:
          "Units sharing the task (joined by 、, each on the list): click Yes to keep. A purple cell means a unit is not on the list: click No to correct it, or add the unit to the list first (the add-in's 名单 tab).",
      },
    },
    time: {
      prompt: { title: "Completion time", message: "Pick the completion time from the dropdown, e.g. 2023年." },
      alert: {
        title: "Not on the list",
        message:
          "Pick a completion time from the dropdown. For another year or an ongoing task, add it to the list first (the add-in's 名单 tab).",
      },
    },
  },
};

export function validations(layout: SheetLayout, lang: "zh" | "en" = "zh"): ValidationSpec[] {
  const body = (c: number) => rangeAddress(layout.firstTaskRow, c, layout.lastRow, c);
  const text = VALIDATION_TEXTS[lang];
  return [
    {
      range: body(layout.col.unit),
      listName: UNIT_LIST_NAME,
      prompt: text.unit.prompt,
      errorAlert: { style: "Warning", ...text.unit.alert },
    },
    {
      range: body(layout.col.time),
      listName: TIME_LIST_NAME,
      prompt: text.time.prompt,
      errorAlert: { style: "Stop", ...text.time.alert },
    },
  ];
}

export function highlights(layout: SheetLayout): ConditionalFormatSpec[] {
  const first = layout.firstTaskRow + 1;
  const last = layout.lastRow + 1;
  const L = (c: number) => columnLetter(c);
  const col = (c: number) => `$${L(c)}$${first}:$${L(c)}$${last}`;
  const key = `$${L(layout.keyCol)}${first}`;
  const count = (c: number) => `COUNTIFS(${col(layout.keyCol)},${key},${col(c)},"?*")`;
  const { col: k } = layout;
  const rel = (c: number) => `${L(c)}${first}`;
  const fills = layout.fillCols;
  const rowText = `COUNTIF($${L(fills[0])}${first}:$${L(fills[fills.length - 1])}${first},"?*")>0`;
  const block = rangeAddress(layout.firstTaskRow, 0, layout.lastRow, layout.columnCount - 1);
  const spec = (kind: HighlightKind, range: string, formula: string, stopIfTrue = false): ConditionalFormatSpec => ({
    kind,
    range,
    formula,
    stopIfTrue,
    ...HIGHLIGHT_STYLE[kind],
  });
  const unit = rel(k.unit);
  const time = rel(k.time);
  const specs: ConditionalFormatSpec[] = [
    spec("not-applicable", block, `=AND(${key}<>"",${count(layout.markCol)}>0)`, true),
    spec(
      "unknown-unit",
      rangeAddress(layout.firstTaskRow, k.unit, layout.lastRow, k.unit),
      `=AND(${unit}<>"",SUMPRODUCT(ISNUMBER(FIND("、"&${UNIT_LIST_NAME}&"、","、"&${unit}&"、"))*(LEN(${UNIT_LIST_NAME})+1))<>LEN(${unit})+1)`,
    ),
    spec(
      "unknown-time",
      rangeAddress(layout.firstTaskRow, k.time, layout.lastRow, k.time),
      `=AND(${time}<>"",SUMPRODUCT(--EXACT(${TIME_LIST_NAME},${time}))=0)`,
    ),
    // Only in a task that has begun (a measure or a target): a task with a unit alone is assigned, not incomplete.
    ...runsOf([k.target, k.unit, k.time]).map(([a, b]) =>
      spec(
        "missing",
        rangeAddress(layout.firstTaskRow, a, layout.lastRow, b),
        `=AND(${rel(a)}="",${rowText},${count(k.measure)}+${count(k.target)}>0)`,
      ),
    ),
    // Excludes marked tasks itself, for engines that ignore stopIfTrue.
    spec("no-measure", block, `=AND(${key}<>"",${count(k.measure)}=0,${count(k.target)}=0,${count(layout.markCol)}=0)`),
  ];
  // A rule over the whole block leaves out the 主要任务 column: its merged cell spans several tasks and would
  // show the state of the group's first task only. The block's formulas fix their columns ($), so each part
  // keeps the formula.
  // (None on one side when 主要任务 is the first or the last column.)
  const beside = [
    [0, k.mainTask - 1],
    [k.mainTask + 1, layout.columnCount - 1],
  ]
    .filter(([a, b]) => a <= b)
    .map(([a, b]) => rangeAddress(layout.firstTaskRow, a, layout.lastRow, b));
  return specs.flatMap((s) => (s.range === block ? beside.map((range) => ({ ...s, range })) : [s]));
}

/** Contiguous runs of column indexes, e.g. [5,6,7] → [[5,7]]. */
function runsOf(cols: number[]): Array<[number, number]> {
  const sorted = [...cols].sort((a, b) => a - b);
  const out: Array<[number, number]> = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && last[1] === c - 1) last[1] = c;
    else out.push([c, c]);
  }
  return out;
}
