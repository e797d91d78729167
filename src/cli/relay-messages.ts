/** Messages of split, gather and check --by-unit (the relay). */
export const RELAY_MSG = {
  defaultBy: "汇总单位",
  splitUnitFile: (file: string, unit: string) =>
    `“${file}”是发给“${unit}”的单位文件，不是汇总表。请对汇总表（分工后的附件1）使用 split。`,
  splitNobody: (file: string) =>
    `“${file}”中还没有任务分配给单位，没有生成文件。请先在“责任单位（部门）”列为任务填上牵头单位（几个单位用“、”隔开，牵头在前）。`,
  splitExists: (file: string) => `“${file}”已经存在，没有生成任何文件。请换一个文件夹，或确认要替换时加 --force。`,
  splitFailed: (reason: string) => `分发没有完成（${reason}）：已删去这次写出的单位文件，汇总表没有改动。`,
  splitDone: (n: number, dir: string) => `已为 ${n} 个单位生成文件，在 ${dir}：`,
  splitCounts: (lead: number, co: number) => `牵头 ${lead} 项${co ? `，协办 ${co} 项` : ""}`,
  splitUnassigned: (seqs: string[]) =>
    `还有 ${seqs.length} 项任务没有牵头单位，留在汇总表中（序号 ${seqs.join("、")}）。`,
  splitMasterNoted: (file: string, first: boolean) =>
    `已在“${file}”中记下这次分发（隐藏的“分发信息”表${first ? "，汇总表编号也记在那里" : ""}），收回时用它核对；表中其他内容没有改动。` +
    "同一汇总表再次分发后，较早分发的文件不再收回。",
};

export const GATHER_MSG = {
  unitScope: (unit: string, n: number) => `本单位（${unit}）${n} 项任务`,
  byUnitHead: ["单位", "牵头任务", "文件收回", "已填", "可提交"],
  byUnitNever: "未收回",
  byUnitNone: "（还没有任务分配给单位）",
  outDirRequired: "请用 --out 指定放单位文件的文件夹，例如 --out 分发。",
  badTake: (v: string) => `--take 只能是 file（采用单位的版本）或 master（保留汇总表的版本），不能是“${v}”。`,
  gatherNoFiles: "请在汇总表后面列出要收回的单位文件。",
  gatherRefused: "未收取",
  gatherNothing: "没有新的内容",
  gatherMasterIsUnit: (file: string, unit: string) =>
    `“${file}”是发给“${unit}”的单位文件，不是汇总表。gather 的第一个文件应是分发时用的汇总表。`,
  gatherNotHandedOut: (file: string) =>
    `“${file}”还没有分发过（没有“分发信息”），无法核对各单位的文件。请先用 fujian1 split 分发。`,
  gatherWritten: (file: string, tasks: number, files: number) =>
    `已写入 ${file}：从 ${files} 个单位文件收取了 ${tasks} 项任务的内容；“收回记录”表逐个文件记下了收取和未收取的任务。汇总表原文件没有改动。`,
  gatherOpenConflicts: (n: number) =>
    `还有 ${n} 处冲突（汇总表和单位都改了同一项任务），暂保留汇总表的版本。用 --take file 采用单位的版本，或 --take master 确认保留汇总表的版本。`,
  gatherOpenForeign: (n: number) =>
    `有 ${n} 处写在了不属于该单位的任务中，没有收取。请与相关单位核实，需要时在汇总表中手工修改。`,
  gatherRefusedCount: (n: number) => `有 ${n} 个文件未收取（原因见上），它们没有改变任何内容。`,
};
