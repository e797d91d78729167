/**
 * The units file of `fujian1 template --units`: one unit a line, UTF-8 (with or without BOM). Lines are
 * trimmed, blank lines skipped. A line holding a separator (、；;) or repeating an earlier name is refused,
 * with its line number, so the dropdown never offers a joint value or the same unit twice.
 */
import { MSG } from "./messages";

/** Characters that join units in a cell; a list entry must not contain them. */
const SEPARATORS = ["、", "；", ";"];

export type UnitsParse = { units: string[] } | { problems: string[] };

export function parseUnitsFile(bytes: Uint8Array): UnitsParse {
  let text: string;
  try {
    // fatal: a file saved as GBK (Notepad's ANSI on Chinese Windows) is refused, not read as mojibake.
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { problems: [MSG.unitsNotUtf8] };
  }
  const units: string[] = [];
  const firstLine = new Map<string, number>();
  const problems: string[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const line = i + 1;
    const name = raw.trim();
    if (!name) return;
    const separator = SEPARATORS.find((s) => name.includes(s));
    if (separator) return void problems.push(MSG.unitsSeparator(line, name, separator));
    const earlier = firstLine.get(name);
    if (earlier !== undefined) return void problems.push(MSG.unitsDuplicate(line, name, earlier));
    firstLine.set(name, line);
    units.push(name);
  });
  if (problems.length) return { problems };
  if (!units.length) return { problems: [MSG.unitsEmpty] };
  return { units };
}
