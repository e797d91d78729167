/**
 * The shipped command line (the bundle, as bin/fujian1.js runs it) reads each file in a worker with a heap
 * limit: a file that needs more ends that worker only, gets one message, and the next file is checked.
 * The limit is lowered here (FUJIAN1_READ_HEAP_MB) so that an ordinary heavy file passes it.
 */
import { execFile } from "child_process";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { promisify } from "util";
import { SAMPLE_DRAFT } from "../../src/form";
import { formFile, handPackage, planGrid, readyEntries, zipParts } from "../xlsx/fixtures";

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, "../..");
const dir = mkdtempSync(path.join(tmpdir(), "fujian1-isolate-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function fujian1(args: string[], env: Record<string, string>): Promise<{ code: number; out: string }> {
  const options = { env: { ...process.env, NODE_OPTIONS: "", ...env } };
  try {
    const r = await run(process.execPath, [path.join(ROOT, "bin", "fujian1.js"), ...args], options);
    return { code: 0, out: r.stdout };
  } catch (e) {
    const x = e as { code: number; stdout: string };
    return { code: x.code, out: x.stdout };
  }
}

it("a file that passes the reading heap limit gets one message; the files after it are checked", async () => {
  const ready = planGrid(readyEntries("满行学院"));
  const rows = ready.concat(
    Array.from({ length: 4000 }, (_, r) => Array.from({ length: 64 }, (_, c) => `值${r}-${c}`)),
  );
  writeFileSync(path.join(dir, "很大.xlsx"), await zipParts(handPackage({ 附件1: rows })));
  writeFileSync(path.join(dir, "锦州.xlsx"), await formFile(SAMPLE_DRAFT));
  const files = ["很大.xlsx", "锦州.xlsx"].map((f) => path.join(dir, f));
  const r = await fujian1(["check", "-q", ...files], { FUJIAN1_READ_HEAP_MB: "16" });
  expect(r.code).toBe(2);
  const lines = r.out.trimEnd().split("\n");
  expect(lines[0]).toMatch(/^✘ 无法读取 {2}很大\.xlsx {2}文件太复杂：读取时用掉的内存超过了 16 MB 的上限/);
  // 11 warnings: tasks 3 and 15 share one 具体举措 (merged), task 31 warns once.
  expect(lines[1]).toBe("✘ 有 27 个问题  锦州.xlsx  有举措 27/54，另有 11 条提醒");
  // With the usual limit the same file is read.
  const normal = await fujian1(["check", "-q", files[0]], {});
  expect(normal.out).toMatch(/^✘ 有 \d+ 个问题 {2}很大\.xlsx/);
}, 60_000);
