/** Node file IO for the command line: size checked before reading, outputs written atomically. */
import { promises as fs } from "fs";
import * as path from "path";
import { MAX_FILE_BYTES } from "../xlsx/limits";
import { fileProblem, mb, type FileProblem } from "../xlsx/problems";

/** The file's bytes, or why they can't be read. A file over the limit is refused from its size alone. */
export async function readInput(file: string): Promise<Uint8Array | FileProblem> {
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) return fileProblem("io-error", { reason: "这是一个文件夹" });
    if (stat.size > MAX_FILE_BYTES) return fileProblem("too-large", { size: mb(stat.size) });
    const bytes = await fs.readFile(file);
    // The file may have grown between stat and read.
    if (bytes.length > MAX_FILE_BYTES) return fileProblem("too-large", { size: mb(bytes.length) });
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return fileProblem("not-found");
    if (code === "EACCES" || code === "EPERM") return fileProblem("io-error", { reason: "没有读取权限" });
    return fileProblem("io-error", { reason: code ?? String(e) });
  }
}

/** Writes next to the target first, then renames, so a failed write never leaves half a file. */
export async function writeOutput(file: string, bytes: Uint8Array): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(temp, bytes);
    await fs.rename(temp, file);
  } catch (e) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw e;
  }
}

/** A file's name without folder or extension, e.g. "锦州师专" for "in/锦州师专.xlsx". */
export function stem(file: string): string {
  return path.basename(file, path.extname(file));
}

export function displayName(file: string): string {
  return path.basename(file);
}

export function samePath(a: string, b: string): boolean {
  return path.resolve(a) === path.resolve(b);
}

export function errorReason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err?.code === "ENOENT") return "文件夹不存在";
  if (err?.code === "EACCES" || err?.code === "EPERM") return "没有写入权限";
  if (err?.code === "EISDIR") return "这是一个文件夹";
  return err?.code ?? String(e);
}
