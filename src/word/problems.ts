/** Why a Word file cannot be imported: one kind, one message (zh-CN) for the person who sent it. */

export type WordProblemKind =
  "empty" | "legacy-doc" | "encrypted" | "not-docx" | "zip-bomb" | "corrupt" | "no-table" | "nested-table" | "text-box";

export interface WordProblem {
  kind: WordProblemKind;
  message: string;
  params: Record<string, string>;
}

type Params = Record<string, string>;

const ZH: Record<WordProblemKind, (p: Params) => string> = {
  empty: () => "文件是空的（0 字节），可能保存或复制时出了问题。",
  "legacy-doc": () =>
    "这是旧版 Word 97-2003（.doc）或 WPS（.wps）文件。请在 Word 或 WPS 中打开，另存为“Word 文档（*.docx）”后再导入。",
  encrypted: () => "文件设置了打开密码（已加密），无法读取。请在 Word 或 WPS 中去掉密码后重新保存为 .docx。",
  "not-docx": () => "这不是 Word 文档（.docx）。请选择附件1的 Word 草稿。",
  "zip-bomb": () => "文件解压后过大或条目过多，不像正常的 Word 文档，已拒绝读取。",
  corrupt: (p) => `Word 文档已损坏，无法读取${p.reason ? `（${p.reason}）` : ""}。请在 Word 或 WPS 中打开后重新保存。`,
  "no-table": (p) =>
    `文档里找不到附件1的表格：没有哪张表格有“序号、主要任务、任务内容、责任部门、具体举措、完成目标、责任单位（部门）、完成时间”这一行表头${
      p.tables === "0" ? "（文档中没有表格）" : `（文档中有 ${p.tables} 张表格）`
    }。请确认选对了文件，表头文字须与原表一致。`,
  "nested-table": (p) =>
    `表格第 ${p.row} 行的单元格里又嵌了一张表格，无法可靠地读取其中的内容。请在 Word 中把嵌套表格改成普通文字（表格工具 → 转换为文本）后再导入。`,
  "text-box": (p) =>
    `表格第 ${p.row} 行的单元格里有文本框，其中的文字无法读取。请把文本框里的文字移到单元格中后再导入。`,
};

export function wordProblem(kind: WordProblemKind, params: Params = {}): WordProblem {
  return { kind, message: ZH[kind](params), params };
}

export function isWordProblem(x: unknown): x is WordProblem {
  return typeof x === "object" && x !== null && "kind" in x && "message" in x && !("grid" in x);
}
