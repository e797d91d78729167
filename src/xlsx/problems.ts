/** Why a file could not be read: one kind, one message for the person who sent it. */
import { MAX_UNPACKED_BYTES } from "../ooxml/limits";
import { MAX_FILE_BYTES, MAX_ROWS } from "./limits";

export type FileProblemKind =
  | "not-found"
  | "io-error"
  | "folder"
  | "not-a-file"
  | "empty"
  | "too-large"
  | "legacy-xls"
  | "ods"
  | "xlsb"
  | "encrypted"
  | "pdf"
  | "text"
  | "not-zip"
  | "truncated"
  | "zip-bomb"
  | "word"
  | "not-xlsx"
  | "corrupt"
  | "no-form"
  | "missing-columns"
  | "too-many-rows"
  | "merge-output"
  | "uncalculated"
  | "merged-over-form"
  | "out-of-memory";

export interface FileProblem {
  kind: FileProblemKind;
  /** The message in Chinese. */
  message: string;
  params: Record<string, string>;
  /** The internal error behind it (English, for --debug only; never part of the message). */
  detail?: string;
}

export function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

type Params = Record<string, string>;

const ZH: Record<FileProblemKind, (p: Params) => string> = {
  "not-found": () => "找不到这个文件，请检查文件名和路径。",
  "io-error": (p) => `无法读取这个文件（${p.reason}）。`,
  folder: () => "这是一个文件夹，不是文件。请指定其中的 .xlsx 文件，例如 文件夹/*.xlsx。",
  "not-a-file": (p) => `这不是普通文件，而是${p.what}，不会去读它。请指定附件1的 .xlsx 文件。`,
  empty: () => "文件是空的（0 字节），可能保存或复制时出了问题。",
  "too-large": (p) =>
    `文件太大（${p.size}），超过 ${mb(MAX_FILE_BYTES)} 的上限。附件1 文件通常不到 1 MB，请确认选对了文件。`,
  "legacy-xls": (p) =>
    p.ext === ".et"
      ? "这是 WPS 表格（.et）格式。请在 WPS 中打开，点“文件 → 另存为”，文件类型选“Microsoft Excel 文件（*.xlsx）”后再提交。"
      : "这是旧版 Excel 97-2003（.xls）或 WPS（.et）格式。请在 Excel 或 WPS 中打开，另存为“Excel 工作簿（*.xlsx）”后再提交。",
  ods: () =>
    "这是 OpenDocument 表格（.ods，LibreOffice/WPS 等保存）。请打开后点“文件 → 另存为”，文件类型选“Excel 2007-365（.xlsx）”或“Excel 工作簿（*.xlsx）”后再提交。",
  xlsb: () =>
    "这是 Excel 二进制工作簿（.xlsb）。请在 Excel 中打开，点“文件 → 另存为”，保存类型选“Excel 工作簿（*.xlsx）”后再提交。",
  encrypted: () =>
    "文件设置了打开密码（已加密），无法读取。请在 Excel 中打开，去掉密码（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码；WPS：文件 → 文档加密）后重新保存。",
  pdf: () => "这是 PDF 文件（可能是盖章扫描件），不是 Excel 工作簿。请另外提交附件1的 .xlsx 文件。",
  text: () => "这是文本文件（如 CSV），不是 Excel 工作簿，表格格式已丢失。请提交附件1的 .xlsx 文件。",
  "not-zip": () => "无法识别的文件格式：不是 Excel 工作簿（.xlsx）。文件可能已损坏，或扩展名被改过。",
  truncated: () => "文件不完整（可能下载或复制时中断），无法打开。请重新获取这个文件。",
  "zip-bomb": (p) =>
    `文件解压后${p.reason === "entries" ? "包含的条目过多" : `超过 ${mb(MAX_UNPACKED_BYTES)}`}，不像正常的附件1文件，已拒绝读取。`,
  word: () => "这是 Word 文档（.docx），不是 Excel 工作簿。请使用附件1的 Excel 表格（.xlsx）填写后提交。",
  "not-xlsx": () => "这是一个压缩包（zip），但不是 Excel 工作簿（.xlsx）。",
  corrupt: (p) => `文件已损坏，无法打开${p.reason ? `（${p.reason}）` : ""}。请在 Excel 中打开后重新保存。`,
  "no-form": (p) =>
    `工作簿中找不到附件1：没有哪个工作表有“序号、主要任务……完成时间”表头。工作表有：${p.sheets || "（无）"}。`,
  "missing-columns": (p) =>
    `工作表“${p.sheet}”像是附件1，但缺少这些列的表头：${p.missing}。请恢复这些列（表头文字须与原表一致）。`,
  "out-of-memory": (p) =>
    `文件太复杂：读取时用掉的内存超过了 ${p.mb} MB 的上限，已跳过（其他文件照常检查）。请在 Excel 中删除多余的工作表和格式后重新保存。`,
  uncalculated: (p) =>
    `工作表“${p.sheet}”中有 ${p.count} 个公式从未计算过（${p.cells}）：文件里只有公式，没有保存计算结果，无法知道这些单元格显示的内容。这样的文件多由程序（如 Python 的 openpyxl）生成。请在 Excel 或 WPS 中打开它，保存一次（会计算全部公式）后再提交。`,
  "merged-over-form": (p) =>
    `工作表“${p.sheet}”的表格被一个合并单元格（${p.range}）盖住了：Excel 只显示合并区域左上角的内容，表头和各项任务都看不到。请在 Excel 或 WPS 中选中这片区域，取消合并（开始 → 合并后居中），确认内容还在后重新保存。`,
  "merge-output": () => "这是 fujian1 merge 生成的汇总文件，不是学校填报的附件1。",
  "too-many-rows": (p) =>
    `工作表“${p.sheet}”在第 ${MAX_ROWS} 行之后还有内容，不像正常的附件1（约 60 行），已拒绝读取。`,
};

export function fileProblem(kind: FileProblemKind, params: Params = {}, cause?: unknown): FileProblem {
  const problem: FileProblem = { kind, message: ZH[kind](params), params };
  if (cause !== undefined) problem.detail = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
  return problem;
}

export function isFileProblem(x: unknown): x is FileProblem {
  return typeof x === "object" && x !== null && "kind" in x && "message" in x && !("grid" in x);
}
