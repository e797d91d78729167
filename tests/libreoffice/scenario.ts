/**
 * What LibreOffice types into the blank standard file, as a WPS user would: one row for every kind
 * of highlight, a joint unit, a second measure in a spare row it unhides, and a unit it adds under
 * the list on 名单 and then uses; and what `check` must then report. Addresses come from the plan.
 */
import { cellAddress } from "../../src/plan/a1";
import type { SheetPlan } from "../../src/plan/types";

export interface Scenario {
  cells: Record<string, string>;
  /** Findings other than no-measure, in checkGrid's order: [kind, seq, address]. */
  expected: Array<[string, string, string]>;
  withMeasures: string[];
  touched: string[];
  addresses: { jointUnit: string; unknownUnit: string; unknownTime: string; newUnit: string };
  /**
   * Blocks of 0-based rows to show (a task's spares) and to hide again (the spares left unused), and cells
   * typed on other sheets (the new unit on 名单).
   */
  unhide: Array<[number, number]>;
  hide: Array<[number, number]>;
  others: Record<string, Record<string, string>>;
  /** The task that gets a second measure in its first spare row, and the unit added to the list. */
  secondMeasure: string;
  newUnit: string;
}

export function fillScenario(plan: SheetPlan): Scenario {
  const { layout } = plan;
  const { col } = layout;
  const cells: Record<string, string> = {};
  const header: Record<string, string> = { unit: "测试职业技术学院", contact: "张三", phone: "13800138000" };
  for (const f of layout.headerFields) cells[cellAddress(f.row, f.valueCols[0])] = header[f.field.key];
  const task = (i: number) => layout.tasks[i];
  const at = (i: number, key: keyof typeof col) => cellAddress(task(i).firstRow, col[key]);
  const row = (i: number, measure: string, target: string, unit: string, time: string) => {
    const values = { measure, target, unit, time };
    for (const key of ["measure", "target", "unit", "time"] as const) if (values[key]) cells[at(i, key)] = values[key];
  };
  row(0, "完善兼职导师制度", "聘请行业企业人才担任导师", "教务处", "2023年");
  row(1, "修订人才培养方案", "覆盖全部专业", "人事处", "");
  row(2, "建设课程思政示范课", "建成 10 门", "教务部", "2024年");
  row(3, "共建实训基地", "建成 2 个", "教务处、人事处", "2025年");
  row(4, "开展教师培训", "培训 100 人次", "人事处", "2023");
  cells[cellAddress(task(5).firstRow, layout.markCol)] = "本校无涉农专业";
  row(6, "开展社会培训", "", "", "");
  // A second measure: task 8's spares shown (all three appear), the first filled, the other two hidden again.
  row(7, "建设产业学院", "建成 1 个", "教务处", "2024年");
  const spare = task(7).firstRow + 1;
  const lastSpare = task(7).firstRow + task(7).rowCount - 1;
  const second = { measure: "共建实训中心", target: "建成 1 个", unit: "人事处", time: "2025年" };
  for (const key of ["measure", "target", "unit", "time"] as const) cells[cellAddress(spare, col[key])] = second[key];
  // A unit typed under the list on 名单, then used (leading a joint value).
  const newUnit = "实训中心";
  const units = plan.lists.columns[0].items.length;
  row(8, "开展技能竞赛", "获奖 5 项", `${newUnit}、教务处`, "2023年");
  // Assigned by the coordinator: a unit and a time, no measure yet (one finding, the to-do colour).
  row(9, "", "", "教务处", "2024年");
  const seq = (i: number) => task(i).seq;
  return {
    cells,
    expected: [
      ["missing-time", seq(1), at(1, "time")],
      ["unknown-unit", seq(2), at(2, "unit")],
      ["unknown-time", seq(4), at(4, "time")],
      ["not-applicable", seq(5), cellAddress(task(5).firstRow, layout.markCol)],
      ["missing-target", seq(6), at(6, "target")],
      ["missing-unit", seq(6), at(6, "unit")],
      ["missing-time", seq(6), at(6, "time")],
      ["assigned", seq(9), at(9, "measure")],
    ],
    withMeasures: [0, 1, 2, 3, 4, 6, 7, 8].map(seq),
    touched: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map(seq),
    addresses: {
      jointUnit: at(3, "unit"),
      unknownUnit: at(2, "unit"),
      unknownTime: at(4, "time"),
      newUnit: at(8, "unit"),
    },
    unhide: [[spare, lastSpare]],
    hide: [[spare + 1, lastSpare]],
    others: { [plan.lists.sheetName]: { [cellAddress(units + 1, 0)]: newUnit } },
    secondMeasure: seq(7),
    newUnit,
  };
}
