/**
 * 收回: the units' files back into the master. For every file: whose it is; per task it leads, new / changed /
 * unchanged against the master; conflicts (the master's entry changed since the hand-out, or since this unit's
 * last contribution, and the unit changed it too); writes outside its tasks (taken only when chosen); files
 * refused as a whole. Files are taken in turn (a unit's older file before its newer one), so a newer file
 * replaces its earlier contribution, and the same file twice changes nothing; a unit's file older than one an
 * earlier gather took from it (the record's log keeps each file's save time) is refused. Pure: the master's entries and
 * record in, the new entries, record and log out; nothing of the master changes for other units' tasks.
 */
import type { Entries, FormDef } from "../form/types";
import { fingerprint, isFilled, sameTask, taskEntry, withTask, type TaskEntry } from "./compare-entries";
import type { GatherLogLine, HandOutIdentity, MasterRecord } from "./identity";
import type { Refusal, TaskStatus } from "./refusal";

export type { Refusal, RefusalReason, TaskStatus } from "./refusal";

/** One file as the caller read it. */
export interface GatherFile {
  /** The name shown to the user (and in 收回记录). */
  name: string;
  /** The file's identity, or null when it carries none. */
  identity: HandOutIdentity | null;
  /** It carries the master's own record (a master, or an earlier gather's output, was given as a unit file). */
  isMaster?: boolean;
  entries?: Entries;
  /** When the file was saved (ISO 8601), to take a unit's files oldest first. */
  savedAt?: string;
  /** Why the file could not be read (the reader's message). */
  problem?: string;
}

export interface TaskReview {
  seq: string;
  status: TaskStatus;
  /** The master's entry before this file, and the file's. */
  master: TaskEntry;
  theirs: TaskEntry;
  /** For a conflict: which version is kept (the master's until the user chooses). */
  take?: "file" | "master";
}

export interface ForeignWrite {
  seq: string;
  master: TaskEntry;
  theirs: TaskEntry;
  taken: boolean;
}

export interface FileReview {
  file: string;
  unit?: string;
  refused?: Refusal;
  tasks: TaskReview[];
  foreign: ForeignWrite[];
}

export interface GatherChoices {
  /** Per `file|seq`: which version a conflict keeps. Unsettled conflicts keep the master's. */
  conflicts?: Record<string, "file" | "master">;
  /** Every conflict settled one way (the command line's --take). */
  allConflicts?: "file" | "master";
  /** `file|seq` of writes outside a unit's tasks to take after all. */
  foreign?: string[];
}

export interface GatherResult {
  entries: Entries;
  record: MasterRecord;
  reviews: FileReview[];
  /** Conflicts still unsettled, and writes outside their tasks left out. */
  open: { conflicts: number; foreign: number };
}

export const choiceKey = (file: string, seq: string): string => `${file}|${seq}`;

/**
 * Whether save time a is after b (ISO 8601 text, with or without zone); false when either is unknown (an unknown
 * time parses to NaN, and NaN is after nothing and nothing is after it).
 */
function isLater(a: string | undefined, b: string | undefined): boolean {
  return Date.parse(a ?? "") > Date.parse(b ?? "");
}

/**
 * The newest file of this unit that an earlier gather took (the record's log), when it was saved after this
 * one: taking the older file now would overwrite newer entries with older ones. Within one gather a unit's
 * files are taken oldest first, so only earlier gathers are looked at.
 */
function newerTaken(f: GatherFile, record: MasterRecord): Refusal["newer"] {
  let newest: GatherLogLine | undefined;
  for (const l of record.log)
    if (l.unit === f.identity?.unit && l.note === "" && isLater(l.savedAt, newest?.savedAt ?? f.savedAt)) newest = l;
  return newest && { file: newest.file, savedAt: newest.savedAt ?? "" };
}

function refusal(f: GatherFile, record: MasterRecord | null): Refusal | undefined {
  if (f.problem !== undefined) return { reason: "damaged", detail: f.problem };
  if (f.isMaster) return { reason: "master-file" };
  if (!f.identity) return { reason: "not-unit-file" };
  if (!record) return { reason: "not-handed-out" };
  if (f.identity.masterId !== record.masterId) return { reason: "other-master" };
  if (f.identity.handOutId !== record.handOutId) return { reason: "other-hand-out", detail: f.identity.at };
  const newer = newerTaken(f, record);
  if (newer) return { reason: "older-than-gathered", detail: f.savedAt ?? "", newer };
  return undefined;
}

/** Files in the order they are taken: as given, except that a unit's files go oldest first. */
function ordered(files: GatherFile[]): GatherFile[] {
  const indexed = files.map((f, i) => ({ f, i }));
  return indexed
    .sort((a, b) => {
      const ua = a.f.identity?.unit;
      const ub = b.f.identity?.unit;
      if (ua && ua === ub) return (a.f.savedAt ?? "").localeCompare(b.f.savedAt ?? "") || a.i - b.i;
      return a.i - b.i;
    })
    .map((x) => x.f);
}

export function gather(
  form: FormDef,
  master: { entries: Entries; record: MasterRecord | null },
  files: GatherFile[],
  choices: GatherChoices = {},
  now = "",
): GatherResult {
  let entries = master.entries;
  const record: MasterRecord | null = master.record && {
    ...master.record,
    taken: [...master.record.taken],
    log: [...master.record.log],
  };
  const reviews: FileReview[] = [];
  const log: GatherLogLine[] = [];
  const open = { conflicts: 0, foreign: 0 };
  const foreignChosen = new Set(choices.foreign ?? []);
  const order = new Set(form.tasks.map((t) => t.seq));
  for (const f of ordered(files)) {
    const refused = refusal(f, record);
    if (refused || !f.identity || !record || !f.entries) {
      const review: FileReview = { file: f.name, tasks: [], foreign: [] };
      review.refused = refused ?? { reason: "damaged" };
      if (f.identity) review.unit = f.identity.unit;
      reviews.push(review);
      log.push({
        unit: f.identity?.unit ?? "",
        file: f.name,
        at: now,
        taken: [],
        refused: [],
        note: review.refused.reason,
        ...(review.refused.detail ? { detail: review.refused.detail } : {}),
        ...(review.refused.newer ? { newer: review.refused.newer } : {}),
        ...(f.savedAt ? { savedAt: f.savedAt } : {}),
      });
      continue;
    }
    const { unit } = f.identity;
    const review: FileReview = { file: f.name, unit, tasks: [], foreign: [] };
    const taken: string[] = [];
    const left: string[] = [];
    const take = (seq: string, e: TaskEntry) => {
      entries = withTask(entries, seq, e);
      const fp = fingerprint(e);
      const at = record.taken.findIndex((t) => t.unit === unit && t.seq === seq);
      if (at >= 0) record.taken[at] = { unit, seq, fingerprint: fp };
      else record.taken.push({ unit, seq, fingerprint: fp });
      taken.push(seq);
    };
    for (const t of f.identity.tasks) {
      if (!order.has(t.seq)) continue;
      const theirs = taskEntry(f.entries, t.seq);
      const mine = taskEntry(entries, t.seq);
      const edited = fingerprint(theirs) !== t.base;
      if (t.role !== "lead") {
        if (!edited || sameTask(theirs, mine)) continue;
        const chosen = foreignChosen.has(choiceKey(f.name, t.seq));
        review.foreign.push({ seq: t.seq, master: mine, theirs, taken: chosen });
        if (chosen) take(t.seq, theirs);
        else {
          open.foreign++;
          left.push(t.seq);
        }
        continue;
      }
      if (!edited || sameTask(theirs, mine)) {
        review.tasks.push({ seq: t.seq, status: "unchanged", master: mine, theirs });
        continue;
      }
      // The master's version this unit last saw: what it took from the unit before, else what it handed out.
      const reference = record.taken.find((x) => x.unit === unit && x.seq === t.seq)?.fingerprint ?? t.base;
      if (fingerprint(mine) !== reference) {
        const choice = choices.conflicts?.[choiceKey(f.name, t.seq)] ?? choices.allConflicts;
        review.tasks.push({ seq: t.seq, status: "conflict", master: mine, theirs, take: choice ?? "master" });
        if (choice === "file") take(t.seq, theirs);
        else if (choice === "master") left.push(t.seq);
        else {
          open.conflicts++;
          left.push(t.seq);
        }
        continue;
      }
      review.tasks.push({ seq: t.seq, status: isFilled(mine) ? "changed" : "new", master: mine, theirs });
      take(t.seq, theirs);
    }
    reviews.push(review);
    log.push({
      unit,
      file: f.name,
      at: now,
      taken,
      refused: left,
      note: "",
      ...(f.savedAt ? { savedAt: f.savedAt } : {}),
    });
  }
  const outRecord: MasterRecord = record
    ? { ...record, log: [...record.log, ...log] }
    : { masterId: "", handOutId: "", handOutAt: "", by: "", taken: [], log };
  return { entries, record: outRecord, reviews, open };
}
