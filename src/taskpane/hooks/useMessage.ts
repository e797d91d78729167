import { useCallback, useEffect, useRef, useState } from "react";

/** A message for the user about the last action: what happened, and optional notes. */
export interface Message {
  ok: boolean;
  text: string;
  notes?: string[];
  /** A list the user opens with a toggle (its count is said in a note). */
  details?: string[];
}

/**
 * The message of the last action. It belongs to the place where it was shown (`place`: e.g. the
 * selected task and the tab the user last picked); once the user moves on to another place,
 * the old message is gone rather than describing something else.
 */
export function useMessage(place: string) {
  const [state, setState] = useState<{ message: Message; at: string } | null>(null);
  const here = useRef(place);
  here.current = place;
  const show = useCallback((message: Message | null) => setState(message && { message, at: here.current }), []);
  return { message: state && state.at === place ? state.message : null, show };
}

/**
 * Counts the user's moves from one task to another. A selection that leaves the tasks (or a sheet
 * an action rebuilt) is not a move; selecting a different task is.
 */
export function useTaskMoves(seq: string | null): number {
  const last = useRef<string | null>(null);
  const [moves, setMoves] = useState(0);
  useEffect(() => {
    if (!seq) return;
    if (last.current !== null && last.current !== seq) setMoves((m) => m + 1);
    last.current = seq;
  }, [seq]);
  return moves;
}
