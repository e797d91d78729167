/** What a pane service returns: the outcome of an action, or a value or a message. */
export interface Outcome {
  ok: boolean;
  message: string;
  /** Extra notes (features this Excel cannot set, what the sample changed). */
  notes: string[];
  /** A list behind a toggle under the notes (e.g. the rows a Word draft matched without 序号). */
  details?: string[];
}

/** A call that either gives its value or a message the user can act on. */
export type Result<T> = { ok: true; value: T } | { ok: false; message: string };
