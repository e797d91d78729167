/**
 * The files the collecting office gets, made in the test: ready, incomplete, damaged, a newer and an older file
 * of one college, a Word draft, a previous 汇总 — and `count` distinct colleges for the bench.
 */
import { mkdirSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { FUJIAN1, SAMPLE_DRAFT, type Entries } from "../../src/form";
import { writeDocx } from "../../src/word/write-docx";
import { writeMerge } from "../../src/xlsx/write-merge";
import { formFile, readyEntries } from "../xlsx/fixtures";

/** A college's entries with the first `filled` tasks given a measure (the rest empty: blocked). */
export function partEntries(unit: string, filled: number): Entries {
  const ready = readyEntries(unit);
  const rows = Object.fromEntries(Object.entries(ready.rows).slice(0, filled));
  return { ...ready, rows };
}

const at = (file: string, day: number) => {
  const t = new Date(Date.UTC(2026, 5, day, 8)).getTime() / 1000;
  utimesSync(file, t, t);
};

export interface CollectFiles {
  dir: string;
  /** In the order the tests give them (file names). */
  names: string[];
}

/** ready, incomplete, damaged, one college twice (newer and older), a Word draft, an earlier 汇总. */
export async function collectFiles(dir: string): Promise<CollectFiles> {
  mkdirSync(dir, { recursive: true });
  const put = async (name: string, bytes: Uint8Array | Promise<Uint8Array>, day: number) => {
    writeFileSync(join(dir, name), await bytes);
    at(join(dir, name), day);
    return name;
  };
  const ready = await formFile(readyEntries("大连职业技术学院"));
  const names = [
    await put("大连.xlsx", ready, 10),
    await put("锦州师专.xlsx", formFile(SAMPLE_DRAFT), 11),
    await put("鞍山（未完成）.xlsx", formFile(partEntries("鞍山职业技术学院", 20)), 12),
    await put("损坏.xlsx", ready.slice(0, Math.floor(ready.length / 2)), 12),
    await put("大连（旧）.xlsx", formFile(partEntries("大连职业技术学院", 30)), 3),
    await put("营口草稿.docx", writeDocx(FUJIAN1, partEntries("营口职业技术学院", 40)), 9),
  ];
  const merged = await writeMerge(FUJIAN1, [{ school: "旧", file: "旧.xlsx", entries: readyEntries("旧") }]);
  names.push(await put("上次汇总.xlsx", merged.bytes, 1));
  return { dir, names };
}

/** `count` colleges, each with its own file (a third ready, the others with some tasks left). */
export async function manyColleges(dir: string, count: number): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const names: string[] = [];
  for (let i = 1; i <= count; i++) {
    const unit = `第${i}职业技术学院`;
    const entries = i % 3 === 0 ? readyEntries(unit) : partEntries(unit, 54 - (i % 40));
    const name = `学校${String(i).padStart(3, "0")}.xlsx`;
    writeFileSync(join(dir, name), await formFile(entries));
    names.push(name);
  }
  return names;
}
