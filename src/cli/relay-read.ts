/** Reading a master or a unit's file for split and gather: bytes, entries, lists and the relay record. */
import type { Stats } from "fs";
import type { Entries, FormDef, Lists } from "../form/types";
import { readGrid } from "../reading/read-grid";
import { decodeRelay, type RelayRecord } from "../relay";
import type { FileProblem } from "../xlsx/problems";
import { readWorkbookFile } from "../xlsx/read-file";
import { readInput } from "./files";

export interface RelayFile {
  file: string;
  bytes: Uint8Array;
  stat: Stats;
  sheetName: string;
  entries: Entries;
  lists: Lists;
  relay: RelayRecord | null;
}

export async function readRelayFile(form: FormDef, file: string): Promise<RelayFile | FileProblem> {
  const input = await readInput(file);
  if ("kind" in input) return input;
  const reading = await readWorkbookFile(input.bytes, form);
  if ("kind" in reading) return reading;
  const own = reading.lists;
  return {
    file,
    bytes: input.bytes,
    stat: input.stat,
    sheetName: reading.sheetName,
    entries: readGrid(form, reading.grid, reading.merges).entries,
    lists: {
      units: own?.units.length ? own.units : form.lists.units,
      times: own?.times.length ? own.times : form.lists.times,
    },
    relay: decodeRelay(reading.relay),
  };
}

/** "2026-12-07T08:05:00.000Z" in local time as "2026-12-07 16:05". */
export function localTime(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Local time as ISO-like text without zone ("2026-12-07T16:05:00"), as the relay sheets store it. */
export function stamp(d: Date): string {
  return localTime(d).replace(" ", "T") + `:${String(d.getSeconds()).padStart(2, "0")}`;
}
