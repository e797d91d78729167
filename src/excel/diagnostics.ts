/**
 * Every error the add-in catches, kept for the user to copy and send to IT: nothing is
 * swallowed silently. One log per pane (module singleton); the oldest entries go first.
 */
import { errorCode } from "./errors";

export interface DiagnosticEntry {
  /** ISO time. */
  time: string;
  /** What the add-in was doing ("load", "recover", "normalise units", ...). */
  where: string;
  code: string;
  message: string;
  /** Excel's debugInfo.errorLocation (e.g. "Range.merge"), when it gave one. */
  location?: string;
}

const LIMIT = 200;

export class DiagnosticsLog {
  private readonly list: DiagnosticEntry[] = [];

  record(where: string, e: unknown): void {
    const info = (e as { debugInfo?: { errorLocation?: string } } | null)?.debugInfo;
    this.list.push({
      time: new Date().toISOString(),
      where,
      code: errorCode(e),
      message: e instanceof Error ? e.message : String(e),
      ...(info?.errorLocation ? { location: info.errorLocation } : {}),
    });
    if (this.list.length > LIMIT) this.list.splice(0, this.list.length - LIMIT);
  }

  /** A logger for one place, for the `log` options of the actions. */
  at(where: string): (e: unknown) => void {
    return (e) => this.record(where, e);
  }

  get entries(): readonly DiagnosticEntry[] {
    return this.list;
  }

  /** Plain text to paste into a message: one line per error. */
  text(): string {
    return this.list
      .map((d) => `${d.time} ${d.where}: ${d.code}${d.location ? ` at ${d.location}` : ""} — ${d.message}`)
      .join("\n");
  }

  clear(): void {
    this.list.length = 0;
  }
}

/** The pane's log. */
export const diagnostics = new DiagnosticsLog();
