/** What the page and its checking worker say to each other. */
import type { Checked } from "../merge/check-bytes";

export interface CheckRequest {
  id: number;
  /** The file's bytes (transferred, not copied). */
  bytes: ArrayBuffer;
  /** The name's extension (".et"), for the messages that depend on it. */
  ext: string;
}

export type CheckReply =
  | {
      id: number;
      /** Identifies the same file given twice (a hash of its bytes); absent when the bytes were not read. */
      identity?: string;
      checked: Checked;
      /** For a Word draft: each finding's place in English (the Chinese ones are in `checked`). */
      placesEn?: string[];
    }
  | { id: number; error: string };

/** User Timing marks around each run of checks (what `npm run bench` times in the page: bench/collect-page.ts). */
export const MARKS = { start: "fujian1-collect:check-start", done: "fujian1-collect:check-done" } as const;
