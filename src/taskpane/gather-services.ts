/**
 * 收回各单位的文件 and 进度 in the pane (loaded on first use). The units' files (several .xlsx, or a .zip of them)
 * are read in the browser by the command line's reader (src/xlsx/read-file.ts); the relay's pure gather
 * (src/relay/gather.ts) compares them with the sheet's entries and the workbook's 分发信息; the user reviews;
 * then the chosen entries go into the sheet in one write and the record into 分发信息 and 收回记录
 * (src/excel/relay-gather.ts). The progress table is the relay's progressByUnit over the sheet's check, the
 * figures of `fujian1 check --by-unit`.
 */
import type { Entries, FormDef } from "../form/types";
import { t, type Lang } from "../i18n/strings";
import type { Capabilities } from "../excel/capabilities";
import { describeError, errorCode } from "../excel/errors";
import { GatherWriteFailure, writeGather } from "../excel/relay-gather";
import { readGatherLogRows, readRelayRows, RelaySheetLocked } from "../excel/relay-sheet";
import type { ExcelRunner } from "../excel/run";
import { readForFile } from "../excel/standalone";
import { cellText, readGrid, type Cell } from "../reading/read-grid";
import {
  compareEntries,
  decodeRelay,
  describeRefusal,
  encodeMaster,
  gather,
  gatherLogRows,
  progressByUnit,
  rectangular,
  RELAY_SHEET,
  taskEntry,
  type GatherChoices,
  type GatherFile,
  type GatherResult,
  type MasterRecord,
  type Refusal,
  type UnitProgress,
} from "../relay";
import { fileProblemMessage } from "../collect/strings";
import { readWorkbookFile } from "../xlsx/read-file";
import type { Outcome, Result } from "./outcome";
import { gatherStrings } from "./gather-strings";

/** A file as the browser hands it over (File), or as a test does. */
export interface PickedFile {
  name: string;
  lastModified?: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** The files read and compared with the sheet, before anything is written. */
export interface GatherSession {
  files: GatherFile[];
  master: { entries: Entries; record: MasterRecord };
  /** The gather with no choice made yet (conflicts keep the master's version, no foreign write taken). */
  result: GatherResult;
}

export interface GatherServices {
  /** Reads the picked files (a .zip's .xlsx files each) and compares them with the sheet. */
  review(files: PickedFile[]): Promise<Result<GatherSession>>;
  /** The gather with the user's choices, as it would be written (pure; for the review to show). */
  preview(session: GatherSession, choices: GatherChoices): GatherResult;
  /** Writes the chosen entries, then 分发信息 and 收回记录. */
  apply(session: GatherSession, choices: GatherChoices): Promise<Outcome>;
  /** Per lead unit: tasks, when gathered, filled, ready. */
  progress(): Promise<Result<UnitProgress[]>>;
}

export interface GatherDeps {
  run: ExcelRunner;
  write?: ExcelRunner;
  capabilities: () => Capabilities;
  form: FormDef;
  record?: (where: string, e: unknown) => void;
  /** Now (tests); default the clock. */
  now?: () => Date;
}

const pad = (n: number) => String(n).padStart(2, "0");
/** Local time as the relay sheets store it ("2026-12-07T16:05:00"), as `fujian1 gather` writes it. */
export const stamp = (d: Date): string =>
  `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;

const isZip = (name: string) => /\.zip$/i.test(name);
const baseName = (path: string) => path.split("/").pop() ?? path;

/** A sheet's cells as text rows of one width (as they were written: text cells). */
function textRows(grid: Cell[][]): string[][] {
  return rectangular(grid.map((r) => r.map((c) => cellText(c))));
}

export function createGatherServices(lang: Lang, deps: GatherDeps): GatherServices {
  const { run, form } = deps;
  const write = deps.write ?? run;
  const now = deps.now ?? (() => new Date());
  const record = deps.record ?? (() => undefined);
  const s = gatherStrings(lang);

  async function readOne(name: string, bytes: Uint8Array, savedAt: string | undefined): Promise<GatherFile> {
    const reading = await readWorkbookFile(bytes, form);
    if ("kind" in reading) return { name, identity: null, problem: fileProblemMessage(reading, lang) };
    const relay = decodeRelay(reading.relay);
    return {
      name,
      identity: relay?.kind === "unit" ? relay.identity : null,
      isMaster: relay?.kind === "master",
      entries: readGrid(form, reading.grid, reading.merges).entries,
      ...(savedAt ? { savedAt } : {}),
    };
  }

  async function readFiles(picked: PickedFile[]): Promise<GatherFile[]> {
    const out: GatherFile[] = [];
    for (const p of picked) {
      const bytes = new Uint8Array(await p.arrayBuffer());
      const savedAt = p.lastModified ? stamp(new Date(p.lastModified)) : undefined;
      if (!isZip(p.name)) {
        out.push(await readOne(p.name, bytes, savedAt));
        continue;
      }
      const { default: JSZip } = await import(/* webpackChunkName: "xlsx-writer" */ "jszip");
      let zip: InstanceType<typeof JSZip>;
      try {
        zip = await JSZip.loadAsync(bytes);
      } catch (e) {
        record("team-gather", e);
        out.push({ name: p.name, identity: null, problem: s.zipDamaged });
        continue;
      }
      const inside = Object.values(zip.files).filter(
        (f) =>
          !f.dir && /\.xlsx$/i.test(f.name) && !f.name.startsWith("__MACOSX/") && !baseName(f.name).startsWith("~$"),
      );
      if (!inside.length) out.push({ name: p.name, identity: null, problem: s.zipEmpty });
      for (const f of inside)
        out.push(await readOne(baseName(f.name), await f.async("uint8array"), f.date ? stamp(f.date) : savedAt));
    }
    return out;
  }

  /** The sheet's entries and the workbook's record, or why a gather cannot start. */
  async function readMaster(): Promise<Result<{ entries: Entries; record: MasterRecord; rows: Cell[][] }>> {
    const current = await readForFile(run, form, deps.capabilities());
    if (!current) return { ok: false, message: s.noSheet };
    const rows = await readRelayRows(run);
    const relay = decodeRelay(rows ?? undefined);
    if (relay?.kind === "unit") return { ok: false, message: s.isUnitFile(relay.identity.unit) };
    if (relay?.kind !== "master" || !rows) return { ok: false, message: s.notHandedOut };
    return { ok: true, value: { entries: current.entries, record: relay.record, rows } };
  }

  return {
    async review(picked) {
      try {
        const master = await readMaster();
        if (!master.ok) return master;
        const files = await readFiles(picked);
        const m = { entries: master.value.entries, record: master.value.record };
        return { ok: true, value: { files, master: m, result: gather(form, m, files) } };
      } catch (e) {
        record("team-gather", e);
        return { ok: false, message: describeError(e, lang) };
      }
    },
    preview: (session, choices) => gather(form, session.master, session.files, choices),
    async apply(session, choices) {
      let tasks = 0;
      try {
        const master = await readMaster();
        if (!master.ok) return { ok: false, message: master.message, notes: [] };
        const { entries, record: held, rows } = master.value;
        const moved =
          Object.values(compareEntries(form, session.master.entries, entries)).includes("different") ||
          JSON.stringify(held) !== JSON.stringify(session.master.record);
        if (moved) return { ok: false, message: s.changedSince, notes: [] };
        const result = gather(form, { entries, record: held }, session.files, choices, stamp(now()));
        const changed = Object.entries(compareEntries(form, entries, result.entries))
          .filter(([, c]) => c === "different")
          .map(([seq]) => seq);
        tasks = changed.length;
        const logBefore = await readGatherLogRows(run);
        const failed = await writeGather(
          write,
          form,
          deps.capabilities(),
          {
            set: Object.fromEntries(changed.map((seq) => [seq, taskEntry(result.entries, seq)])),
            record: {
              relay: rectangular(encodeMaster(result.record)),
              log: rectangular(gatherLogRows(result.record.log, lang)),
              before: { relay: textRows(rows), log: logBefore && textRows(logBefore) },
            },
          },
          (e) => record("team-gather", e),
        );
        const refused = result.reviews.filter((r) => r.refused).length;
        const taken = result.reviews.length - refused;
        const notes = [
          ...(result.open.conflicts ? [s.openConflicts(result.open.conflicts)] : []),
          ...(result.open.foreign ? [s.openForeign(result.open.foreign)] : []),
          ...(refused ? [s.refusedCount(refused)] : []),
          ...failed.map((f) => t(lang, "load.skipped", { what: t(lang, f.feature), code: f.code })),
        ];
        return { ok: true, message: tasks ? s.done(taken, tasks) : s.doneNothing(result.reviews.length), notes };
      } catch (e) {
        record("team-gather", e);
        if (e instanceof RelaySheetLocked)
          return { ok: false, message: s.sheetLocked(e.sheet, e.sheet === RELAY_SHEET), notes: [] };
        if (e instanceof GatherWriteFailure) {
          if (e.stage === "entries")
            return { ok: false, message: s.entriesFailed(describeError(e.cause, lang)), notes: [] };
          const code = errorCode(e.cause);
          return {
            ok: false,
            message: e.restored ? s.recordFailed(tasks, code) : s.recordBroken(tasks, code),
            notes: [],
          };
        }
        return { ok: false, message: describeError(e, lang), notes: [] };
      }
    },
    async progress() {
      try {
        const current = await readForFile(run, form, deps.capabilities());
        if (!current) return { ok: false, message: s.noSheet };
        const relay = decodeRelay((await readRelayRows(run)) ?? undefined);
        const { checkSheet } = await import(/* webpackChunkName: "check" */ "../excel/check-sheet");
        const check = await checkSheet(run, form, deps.capabilities());
        return {
          ok: true,
          value: progressByUnit(form, current.entries, check, relay?.kind === "master" ? relay.record : null),
        };
      } catch (e) {
        record("team-progress", e);
        return { ok: false, message: describeError(e, lang) };
      }
    },
  };
}

/** A refused file's reason in the words of `fujian1 gather` (a file that cannot be read: those of `check`). */
export function refusalText(lang: Lang, refused: Refusal): string {
  return describeRefusal(refused, "", lang);
}
