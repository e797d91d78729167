/**
 * The relay's identity, kept in a hidden sheet of plain cells (分发信息) so that it survives a save by Excel,
 * WPS and LibreOffice alike (every engine keeps hidden sheets and their text; custom properties and custom XML
 * parts are not kept by all). A unit's file carries which master, which hand-out and which unit it is, and the
 * fingerprint of every task as handed out; the master carries its own id, the current hand-out, and what each
 * gather took (so a newer file of the same unit replaces its earlier contribution without a false conflict).
 */
import type { Cell } from "../reading/read-grid";
import { cellText } from "../reading/read-grid";
import type { Role } from "./units";
import { describeRefusal, type RelayLang } from "./describe";
import type { RefusalReason } from "./refusal";

import { GATHER_LOG_SHEET, RELAY_SHEET } from "./names";

export { GATHER_LOG_SHEET, RELAY_SHEET };
export const RELAY_FORMAT = "1";

const TITLE = "附件1 分发信息";
const NOTE = "本表由附件1 填报助手写入，收回各单位的文件时用来核对，请勿修改或删除。";
const ROLE_TEXT: Record<Role, string> = { lead: "牵头", co: "协办" };

/** What a unit's file says about itself. */
export interface HandOutIdentity {
  masterId: string;
  handOutId: string;
  unit: string;
  /** Who handed it out (the coordinating office, or the college's name). */
  by: string;
  /** When, as ISO 8601 text. */
  at: string;
  /** Every task of the form: the unit's role in it ("" none) and the fingerprint of its entry as handed out. */
  tasks: Array<{ seq: string; role: Role | ""; base: string }>;
}

/** One file taken in by a gather, as the 收回记录 sheet lists it. */
export interface GatherLogLine {
  unit: string;
  file: string;
  /** ISO 8601. */
  at: string;
  taken: string[];
  refused: string[];
  /** Why the file was refused as a whole: the refusal's code ("" when it was not). */
  note: string;
  /** The refusal's detail (the reader's message, the hand-out's time, the file's save time), when it had one. */
  detail?: string;
  /** For a file older than one gathered before: that newer file. */
  newer?: { file: string; savedAt: string };
  /** When the file was saved, when known: a unit's file older than one already taken is refused. */
  savedAt?: string;
}

/** What the master remembers of the relay. */
export interface MasterRecord {
  masterId: string;
  handOutId: string;
  handOutAt: string;
  by: string;
  /** Per unit and task, the fingerprint of the entry last taken from that unit. */
  taken: Array<{ unit: string; seq: string; fingerprint: string }>;
  log: GatherLogLine[];
}

export type RelayRecord = { kind: "unit"; identity: HandOutIdentity } | { kind: "master"; record: MasterRecord };

const KEYS = {
  format: "格式",
  kind: "类型",
  masterId: "汇总表编号",
  handOutId: "分发编号",
  at: "分发时间",
  by: "分发人",
  unit: "单位",
} as const;
const KIND_UNIT = "单位文件";
const KIND_MASTER = "汇总表";
const TASKS_HEADER = ["序号", "本单位", "分发时的内容指纹"];
const TAKEN_HEADER = ["已收回", "单位", "序号", "内容指纹"];
const LOG_HEADER = [
  "收回",
  "单位",
  "文件",
  "时间",
  "收取的任务",
  "未收取的任务",
  "说明",
  "文件保存时间",
  "说明详情",
  "较新的文件",
  "较新文件保存时间",
];

const list = (seqs: string[]) => seqs.join("、");
const unlist = (text: string) => (text ? text.split("、").filter(Boolean) : []);

/** The hidden sheet's cells for a unit's file. */
export function encodeIdentity(id: HandOutIdentity): string[][] {
  return [
    [TITLE, NOTE],
    [KEYS.format, RELAY_FORMAT],
    [KEYS.kind, KIND_UNIT],
    [KEYS.masterId, id.masterId],
    [KEYS.handOutId, id.handOutId],
    [KEYS.at, id.at],
    [KEYS.by, id.by],
    [KEYS.unit, id.unit],
    [],
    TASKS_HEADER,
    ...id.tasks.map((t) => [t.seq, t.role ? ROLE_TEXT[t.role] : "", t.base]),
  ];
}

/** The hidden sheet's cells for the master. */
export function encodeMaster(r: MasterRecord): string[][] {
  return [
    [TITLE, NOTE],
    [KEYS.format, RELAY_FORMAT],
    [KEYS.kind, KIND_MASTER],
    [KEYS.masterId, r.masterId],
    [KEYS.handOutId, r.handOutId],
    [KEYS.at, r.handOutAt],
    [KEYS.by, r.by],
    [],
    TAKEN_HEADER,
    ...r.taken.map((t) => ["", t.unit, t.seq, t.fingerprint]),
    [],
    LOG_HEADER,
    ...r.log.map((l) => [
      "",
      l.unit,
      l.file,
      l.at,
      list(l.taken),
      list(l.refused),
      l.note,
      l.savedAt ?? "",
      l.detail ?? "",
      l.newer?.file ?? "",
      l.newer?.savedAt ?? "",
    ]),
  ];
}

const REASONS: readonly string[] = [
  "damaged",
  "not-unit-file",
  "master-file",
  "not-handed-out",
  "other-master",
  "other-hand-out",
  "older-than-gathered",
] satisfies RefusalReason[];

/** Why a file was refused, in words (those `fujian1 gather` prints); a code this version does not know, as it is. */
function noteText(l: GatherLogLine, lang: RelayLang): string {
  if (!REASONS.includes(l.note)) return l.note;
  const reason = l.note as RefusalReason;
  return describeRefusal({ reason, detail: l.detail ?? "", ...(l.newer ? { newer: l.newer } : {}) }, "", lang);
}

/**
 * The visible 收回记录 sheet: a title row, then one line per file; 说明 says in words (in `lang`, the language the
 * add-in writes into the sheet; the standard file's is Chinese) why a file was refused. The codes stay in the
 * hidden 分发信息, which is what gathers and progress read back.
 */
export function gatherLogRows(log: GatherLogLine[], lang: RelayLang = "zh"): string[][] {
  return [
    ["单位", "文件", "收回时间", "收取的任务", "未收取的任务", "说明", "文件保存时间"],
    ...log.map((l) => [l.unit, l.file, l.at, list(l.taken), list(l.refused), noteText(l, lang), l.savedAt ?? ""]),
  ];
}

/**
 * Reads the hidden sheet back: a unit's identity, the master's record, or null when the grid is not one
 * (missing, another format, damaged: a key it needs is empty).
 */
export function decodeRelay(grid: Cell[][] | undefined): RelayRecord | null {
  if (!grid?.length) return null;
  const text = (r: number, c: number) => cellText(grid[r]?.[c]);
  const keys = new Map<string, string>();
  let tasksAt = -1;
  let takenAt = -1;
  let logAt = -1;
  grid.forEach((_, r) => {
    const a = text(r, 0);
    if (a === TASKS_HEADER[0] && text(r, 1) === TASKS_HEADER[1]) tasksAt = r;
    else if (a === TAKEN_HEADER[0] && text(r, 1) === TAKEN_HEADER[1]) takenAt = r;
    else if (a === LOG_HEADER[0] && text(r, 1) === LOG_HEADER[1]) logAt = r;
    else if (a && !keys.has(a)) keys.set(a, text(r, 1));
  });
  if (text(0, 0) !== TITLE || keys.get(KEYS.format) !== RELAY_FORMAT) return null;
  const masterId = keys.get(KEYS.masterId) ?? "";
  const handOutId = keys.get(KEYS.handOutId) ?? "";
  if (!masterId || !handOutId) return null;
  const at = keys.get(KEYS.at) ?? "";
  const by = keys.get(KEYS.by) ?? "";
  const rowsFrom = (start: number) => {
    const out: number[] = [];
    for (let r = start + 1; r < grid.length; r++) {
      if (![0, 1, 2, 3].some((c) => text(r, c))) break;
      out.push(r);
    }
    return start < 0 ? [] : out;
  };
  if (keys.get(KEYS.kind) === KIND_UNIT) {
    const unit = keys.get(KEYS.unit) ?? "";
    if (!unit || tasksAt < 0) return null;
    const tasks = rowsFrom(tasksAt).map((r) => {
      const role = text(r, 1);
      return {
        seq: text(r, 0),
        role: (role === "牵头" ? "lead" : role === "协办" ? "co" : "") as Role | "",
        base: text(r, 2),
      };
    });
    return { kind: "unit", identity: { masterId, handOutId, unit, by, at, tasks } };
  }
  if (keys.get(KEYS.kind) === KIND_MASTER) {
    const taken = rowsFrom(takenAt).map((r) => ({ unit: text(r, 1), seq: text(r, 2), fingerprint: text(r, 3) }));
    const log = rowsFrom(logAt).map((r): GatherLogLine => {
      const line = {
        unit: text(r, 1),
        file: text(r, 2),
        at: text(r, 3),
        taken: unlist(text(r, 4)),
        refused: unlist(text(r, 5)),
        note: text(r, 6),
      };
      // Records written before a column existed have no save time, detail or newer file.
      return {
        ...line,
        ...(text(r, 7) ? { savedAt: text(r, 7) } : {}),
        ...(text(r, 8) ? { detail: text(r, 8) } : {}),
        ...(text(r, 9) ? { newer: { file: text(r, 9), savedAt: text(r, 10) } } : {}),
      };
    });
    return { kind: "master", record: { masterId, handOutId, handOutAt: at, by, taken, log } };
  }
  return null;
}

/** The rows padded with "" to one width, as a range's values must be (Office.js writes rectangles). */
export function rectangular(rows: string[][]): string[][] {
  const width = Math.max(1, ...rows.map((r) => r.length));
  return rows.map((r) => [...r, ...Array<string>(width - r.length).fill("")]);
}
