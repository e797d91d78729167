/**
 * 分发给各单位 in the pane: the sheet's entries and lists (as 下载标准表格 reads them), the workbook's relay
 * record, one file per lead unit (the same writer as `fujian1 split`), one .zip of them all (JSZip); the
 * workbook then notes the hand-out in its hidden 分发信息 sheet (refused up front when someone protected it with a
 * password). Files are built before anything is written;
 * when noting the hand-out fails, nothing is downloaded. Loaded on first use with the writer and the relay.
 */
import type { FormDef } from "../form/types";
import type { Lang } from "../i18n/strings";
import type { Capabilities } from "../excel/capabilities";
import { describeError } from "../excel/errors";
import { assertRelaySheetsUnlocked, readRelayRows, RelaySheetLocked, writeRelayRows } from "../excel/relay-sheet";
import type { ExcelRunner } from "../excel/run";
import { readForFile } from "../excel/standalone";
import { planSheet } from "../plan/sheet-plan";
import { decodeRelay, encodeMaster, fileSafe, handOut, rectangular, RELAY_SHEET } from "../relay";
import type { Result } from "./outcome";
import { teamStrings } from "./team-strings";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const ZIP_TYPE = "application/zip";

export interface UnitFile {
  unit: string;
  name: string;
  bytes: Uint8Array;
  lead: number;
  co: number;
}

export interface HandOutResult {
  files: UnitFile[];
  zipName: string;
  message: string;
}

export interface TeamServices {
  /** Builds every unit's file, notes the hand-out in the workbook, downloads the .zip. */
  handOut(): Promise<Result<HandOutResult>>;
  /** One unit's file again, singly. */
  save(file: UnitFile): void;
}

/** What the pane's services hand to 分发给各单位 (src/taskpane/services.ts). */
export interface TeamDeps {
  run: ExcelRunner;
  write: ExcelRunner;
  capabilities: () => Capabilities;
  form: FormDef;
  record: (where: string, e: unknown) => void;
}

export interface TeamServiceOptions {
  write?: ExcelRunner;
  record?: (where: string, e: unknown) => void;
  save?: (name: string, bytes: Uint8Array, type: string) => void;
  /** Ids and time (tests); default random ids and now. */
  ids?: () => string;
  now?: () => Date;
}

/** A random id: randomUUID where the browser has it (secure contexts), else 128 random bits in hex. */
function randomId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
}

const pad = (n: number) => String(n).padStart(2, "0");
const stamp = (d: Date) =>
  `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;

export function createTeamServices(
  lang: Lang,
  run: ExcelRunner,
  capabilities: () => Capabilities,
  form: FormDef,
  options: TeamServiceOptions & { download: (name: string, bytes: Uint8Array, type: string) => void },
): TeamServices {
  const write = options.write ?? run;
  const ids = options.ids ?? randomId;
  const now = options.now ?? (() => new Date());
  const s = teamStrings(lang);
  return {
    async handOut() {
      try {
        const current = await readForFile(run, form, capabilities());
        if (!current) return { ok: false, message: s.noSheet };
        const rows = await readRelayRows(run);
        const relay = decodeRelay(rows ?? undefined);
        const record = relay?.kind === "master" ? relay.record : null;
        const by = current.entries.header.unit.trim() || form.label;
        const out = handOut(form, current.entries, {
          record,
          newMasterId: ids(),
          handOutId: ids(),
          by,
          at: stamp(now()),
        });
        if (!out.units.length) return { ok: false, message: s.nobody };
        // 分发信息 with a password someone set: refused before any file is made or anything written.
        await assertRelaySheetsUnlocked(write, [RELAY_SHEET], (e) => options.record?.("team-hand-out", e));
        // The writer (ExcelJS, JSZip) loads with the standard file's, on first use.
        const [{ writeUnitFiles }, { STANDALONE_TEXT }, { default: JSZip }] = await Promise.all([
          import(/* webpackChunkName: "xlsx-writer" */ "../xlsx/write-relay"),
          import(/* webpackChunkName: "xlsx-writer" */ "../plan/standalone-text"),
          import(/* webpackChunkName: "xlsx-writer" */ "jszip"),
        ]);
        const plan = planSheet(form, current.entries, form.sheetName, current.lists, { standalone: STANDALONE_TEXT });
        const bytes = await writeUnitFiles(plan, out.units);
        const files = out.units.map((u, i) => ({
          unit: u.unit,
          name: `${form.label}-${fileSafe(u.unit)}.xlsx`,
          bytes: bytes[i],
          lead: u.plan.lead.length,
          co: u.plan.co.length,
        }));
        const zip = new JSZip();
        for (const f of files) zip.file(f.name, f.bytes);
        const packed = await zip.generateAsync({ type: "uint8array", compression: "STORE" });
        await writeRelayRows(write, rectangular(encodeMaster(out.record)));
        const zipName = `${form.label}-分发-${out.record.handOutAt.slice(0, 10)}.zip`;
        options.download(zipName, packed, ZIP_TYPE);
        const message = [
          s.done(files.length, zipName),
          ...(out.unassigned.length ? [s.unassigned(out.unassigned.length)] : []),
        ];
        return { ok: true, value: { files, zipName, message: message.join("") } };
      } catch (e) {
        options.record?.("team-hand-out", e);
        if (e instanceof RelaySheetLocked) return { ok: false, message: s.relayLocked(e.sheet) };
        return { ok: false, message: describeError(e, lang) };
      }
    },
    save(file) {
      options.download(file.name, file.bytes, XLSX_TYPE);
    },
  };
}
