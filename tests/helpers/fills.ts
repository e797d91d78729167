/** Fills of 附件1 used by the paper and Word tests: a complete one (with a 不涉及 task, joint units, a shared measure). */
import type { Entries, FormDef, MeasureRow } from "../../src/form";

export const NOT_APPLICABLE_SEQ = "6";
export const NOT_APPLICABLE_REASON = "本校未开设涉农专业";

/**
 * Every task answered: one or two measure rows from the lists, task 3 with one measure over two targets, task 6 不涉及.
 */
export function completeFill(form: FormDef): Entries {
  const units = form.lists.units;
  const times = form.lists.times;
  const rows: Record<string, MeasureRow[]> = {};
  form.tasks.forEach((t, i) => {
    if (t.seq === NOT_APPLICABLE_SEQ) return;
    const row = (k: number): MeasureRow => ({
      measure: `第${t.seq}项举措${k + 1}：完善制度，建立工作机制`,
      target: `第${t.seq}项目标${k + 1}：形成年度报告并通过验收`,
      unit: i % 5 === 0 ? `${units[i % units.length]}、${units[(i + 1) % units.length]}` : units[i % units.length],
      time: times[(i + k) % times.length],
    });
    rows[t.seq] = i % 4 === 1 ? [row(0), row(1)] : [row(0)];
  });
  rows["3"] = [rows["3"][0], { ...rows["3"][0], measure: "", target: "第3项目标2：另一目标", sameMeasure: true }];
  return {
    header: { unit: "测试职业技术学院", contact: "张三", phone: "13800138000" },
    rows,
    marks: { [NOT_APPLICABLE_SEQ]: NOT_APPLICABLE_REASON },
  };
}
