/** What a gather says of a file it refuses and of each task it reviews (the gather, its record and its words). */
export type RefusalReason =
  | "damaged"
  | "not-unit-file"
  | "master-file"
  | "not-handed-out"
  | "other-master"
  | "other-hand-out"
  | "older-than-gathered";

/** Why a file was refused as a whole. */
export interface Refusal {
  reason: RefusalReason;
  /** The reader's message (damaged), the hand-out's time (other-hand-out), the file's save time (older). */
  detail?: string;
  /** For older-than-gathered: the unit's newer file that an earlier gather took. */
  newer?: { file: string; savedAt: string };
}

export type TaskStatus = "new" | "changed" | "unchanged" | "conflict";
