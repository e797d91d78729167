/**
 * The units file of `fujian1 template --units` (and `check`, `import`): one unit a line, UTF-8 (with or without
 * BOM). Lines go through the rule for unit values (src/reading/normalise-values: unitNames): trimmed, leading
 * numbering ("1." "（2）") dropped, blank lines skipped. A line naming several units (a separator: 、；; / …)
 * or repeating an earlier name is refused, with its line number, so the dropdown never offers a joint value
 * or the same unit twice.
 */
import { separatorIn, separatorWords, unitNames } from "../reading/normalise-values";
import { displayName, readInput } from "./files";
import type { CliIo } from "./io";
import { MSG } from "./messages";
import { printable } from "./printable";

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
    const names = unitNames(raw);
    if (!names.length) return;
    const name = names[0];
    if (names.length > 1) {
      const separator = separatorWords(separatorIn(raw) ?? raw.trim(), "zh");
      return void problems.push(MSG.unitsSeparator(line, raw.trim(), separator));
    }
    const earlier = firstLine.get(name);
    if (earlier !== undefined) return void problems.push(MSG.unitsDuplicate(line, name, earlier));
    firstLine.set(name, line);
    units.push(name);
  });
  if (problems.length) return { problems };
  if (!units.length) return { problems: [MSG.unitsEmpty] };
  return { units };
}

/** The --units option's file read and parsed: its units, or the exit code after saying what is wrong. */
export async function loadUnitsFile(file: string, io: CliIo): Promise<string[] | number> {
  const name = printable(displayName(file));
  const input = await readInput(file);
  if ("kind" in input) {
    io.err(`${name}：${printable(input.message)}\n`);
    return 2;
  }
  const parsed = parseUnitsFile(input.bytes);
  if ("problems" in parsed) {
    io.err([MSG.unitsFileProblems(name), ...parsed.problems.map((p) => `  ${printable(p)}`)].join("\n") + "\n");
    return 2;
  }
  return parsed.units;
}
