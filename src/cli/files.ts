/**
 * Node file IO for the command line. Inputs: stat first (anything but a regular file gets one message,
 * nothing is opened that could block), size checked before reading. Outputs: never over an input, never
 * over an existing file without --force, written next to the target and moved into place.
 */
import { constants, promises as fs, type Stats } from "fs";
import type { FileHandle } from "fs/promises";
import * as path from "path";
import { MAX_FILE_BYTES } from "../xlsx/limits";
import { fileProblem, mb, type FileProblem } from "../xlsx/problems";

/** Why a system call failed, in Chinese; unknown codes say so (the code itself is for --debug). */
export function errorReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case "ENOENT":
      return "文件或文件夹不存在";
    case "ENOTDIR":
      return "路径中有一段不是文件夹";
    case "EACCES":
    case "EPERM":
      return "没有权限";
    case "EISDIR":
      return "这是一个文件夹";
    case "ENAMETOOLONG":
      return "文件名或路径太长";
    case "ELOOP":
      return "符号链接绕成了圈";
    case "EROFS":
      return "磁盘是只读的";
    case "ENOSPC":
      return "磁盘空间不足";
    case "EBUSY":
      return "文件正被其他程序使用";
    case "EMFILE":
    case "ENFILE":
      return "同时打开的文件太多";
    case "EIO":
      return "磁盘读写出错";
    default:
      return "系统错误";
  }
}

/** What a path is when it is not a regular file, or null when it is one. */
function notAFile(stat: Stats): string | null {
  if (stat.isFile()) return null;
  if (stat.isDirectory()) return "folder";
  if (stat.isFIFO()) return "管道（FIFO）";
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return "设备文件";
  if (stat.isSocket()) return "套接字（socket）";
  return "特殊文件";
}

function statProblem(stat: Stats): FileProblem | null {
  const what = notAFile(stat);
  if (what === "folder") return fileProblem("folder");
  if (what) return fileProblem("not-a-file", { what });
  if (stat.size > MAX_FILE_BYTES) return fileProblem("too-large", { size: mb(stat.size) });
  return null;
}

function ioProblem(e: unknown): FileProblem {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === "ENOENT" || code === "ENOTDIR") return fileProblem("not-found", {}, e);
  return fileProblem("io-error", { reason: errorReason(e) }, e);
}

export interface Input {
  bytes: Uint8Array;
  stat: Stats;
}

/** The file's bytes and identity, or why they can't be read. Never blocks on a FIFO or a device. */
export async function readInput(file: string): Promise<Input | FileProblem> {
  let handle: FileHandle | undefined;
  try {
    const before = await fs.stat(file);
    const problem = statProblem(before);
    if (problem) return problem;
    // Non-blocking open: had the path become a FIFO since the stat, opening it would wait for a writer.
    handle = await fs.open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stat = await handle.stat();
    const again = statProblem(stat);
    if (again) return again;
    // Read at most one byte past the limit: the file may have grown since the stat.
    const buffer = Buffer.alloc(Math.min(stat.size, MAX_FILE_BYTES) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (!bytesRead) break;
      length += bytesRead;
      if (length === buffer.length) break;
    }
    if (length > MAX_FILE_BYTES) return fileProblem("too-large", { size: `> ${mb(MAX_FILE_BYTES)}` });
    return { bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, length), stat };
  } catch (e) {
    return ioProblem(e);
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** The same file: same device and inode (what a symlink, a second path or another letter case leads to). */
export function sameFile(a: Stats, b: Stats): boolean {
  return a.dev === b.dev && a.ino === b.ino && a.ino !== 0;
}

export type OutputCheck =
  | { ok: true }
  | { ok: false; reason: "is-input"; input: string }
  | { ok: false; reason: "exists" }
  | { ok: false; reason: "folder" };

/** Whether the path is written as a folder: it ends with a separator ("汇总/", on Windows also "汇总\\"). */
function namesFolder(out: string): boolean {
  return out.endsWith("/") || out.endsWith(path.sep);
}

/**
 * The extension an output must have (".xlsx", ".docx"), or null when `out` has it (any letter case). Files are
 * only ever written in that format: a name saying otherwise (附件1.csv) would mislead whoever opens it.
 */
export function wrongExtension(out: string, ext: string): string | null {
  if (namesFolder(out)) return null;
  return path.extname(out).toLowerCase() === ext ? null : ext;
}

/** `out` with its extension replaced by (or, without one, followed by) `ext`: 附件1.csv → 附件1.xlsx. */
export function withExtension(out: string, ext: string): string {
  const current = path.extname(out);
  return (current ? out.slice(0, -current.length) : out) + ext;
}

/**
 * Whether `out` may be written: never when it is one of the inputs (by real path, or device and inode),
 * and only with `force` when it exists.
 */
export async function checkOutput(
  out: string,
  inputs: Array<{ file: string; stat?: Stats }>,
  force: boolean,
): Promise<OutputCheck> {
  let stat: Stats | undefined;
  try {
    stat = await fs.stat(out);
  } catch {
    stat = undefined;
  }
  // A folder is never replaced, --force or not; "文件夹/" names one even before it exists.
  if (stat?.isDirectory() || namesFolder(out)) return { ok: false, reason: "folder" };
  const real = await fs.realpath(out).catch(() => path.resolve(out));
  for (const input of inputs) {
    const same =
      (stat && input.stat && sameFile(stat, input.stat)) ||
      (await fs.realpath(input.file).catch(() => path.resolve(input.file))) === real;
    if (same) return { ok: false, reason: "is-input", input: input.file };
  }
  if (stat && !force) return { ok: false, reason: "exists" };
  return { ok: true };
}

/**
 * Writes next to the target first, then moves it into place, so a failed write never leaves half a file.
 * Without `force` the move never replaces a file (one created meanwhile included): a hard link is made,
 * which fails when the target exists; where links are not supported, existence is checked just before.
 * Throws an error with code EEXIST when the target exists.
 */
export async function writeOutput(file: string, bytes: Uint8Array, force = false): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(temp, bytes, { flag: "wx" });
    if (force) {
      await fs.rename(temp, file);
      return;
    }
    try {
      await fs.link(temp, file);
      await fs.rm(temp, { force: true });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "EEXIST") throw e;
      const exists = await fs.stat(file).then(
        () => true,
        () => false,
      );
      if (exists) throw Object.assign(new Error("exists"), { code: "EEXIST" });
      await fs.rename(temp, file);
    }
  } finally {
    await fs.rm(temp, { force: true }).catch(() => undefined);
  }
}

export function displayName(file: string): string {
  return path.basename(file);
}

/** A free file name like the given one: "附件1.xlsx", else "附件1 (2).xlsx", "附件1 (3).xlsx" … */
export async function freeName(file: string): Promise<string> {
  const ext = path.extname(file);
  const base = file.slice(0, file.length - ext.length);
  for (let i = 1; ; i++) {
    const name = i === 1 ? file : `${base} (${i})${ext}`;
    const taken = await fs.lstat(name).then(
      () => true,
      () => false,
    );
    if (!taken) return name;
  }
}
