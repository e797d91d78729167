/** A generated form of any size, shaped like 附件1, for benchmarks and scale tests. */
import { FUJIAN1, type Entries, type FormDef } from "../src/form";

export function syntheticForm(taskCount: number, perGroup = 10): FormDef {
  const groups = Array.from({ length: Math.ceil(taskCount / perGroup) }, (_, g) => ({
    title: `第${g + 1}类主要任务：推进职业教育改革发展`,
  }));
  const tasks = Array.from({ length: taskCount }, (_, i) => ({
    seq: String(i + 1),
    group: Math.floor(i / perGroup),
    content: `任务内容${i + 1}：${"建设高水平专业群，深化产教融合，".repeat(1 + (i % 4))}`,
    department: i % 3 ? "省教育厅、各市" : "省人力资源社会保障厅、省教育厅、省财政厅、各市",
  }));
  return { ...FUJIAN1, id: `synthetic-${taskCount}`, groups, tasks };
}

/** Entries with `filled` of every `every` tasks filled, some with two measure rows. */
export function syntheticEntries(form: FormDef, every = 2): Entries {
  const rows: Entries["rows"] = {};
  form.tasks.forEach((t, i) => {
    if (i % every) return;
    const row = {
      measure: `举措${t.seq}`,
      target: `目标${t.seq}：完成建设任务`,
      unit: form.lists.units[i % form.lists.units.length],
      time: form.lists.times[i % form.lists.times.length],
    };
    rows[t.seq] = i % 10 === 0 ? [row, { ...row, measure: "", target: `第二个目标${t.seq}` }] : [row];
  });
  return { header: { unit: "某职业技术学院", contact: "张三", phone: "13800000000" }, rows };
}
