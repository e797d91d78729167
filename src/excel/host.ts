/**
 * The Office host around the task pane: the ready signal, the display language and the requirement sets.
 * The pane asks through these and never touches the Office.js globals itself (lint enforces it).
 */
import { detectCapabilities, type Capabilities } from "./capabilities";

/** Calls `start` once Office.js is ready (the pane's entry point). */
export function whenOfficeReady(start: () => void): Promise<void> {
  return Office.onReady(() => start()).then(() => undefined);
}

/** The language Office displays (e.g. "zh-CN", "en-US"); undefined before Office is ready. */
export function officeDisplayLanguage(): string | undefined {
  return Office.context?.displayLanguage;
}

/** The Excel API sets this Excel supports. */
export function hostCapabilities(): Capabilities {
  return detectCapabilities((name, version) => Office.context.requirements.isSetSupported(name, version));
}
