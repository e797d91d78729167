/** The duplicates `fujian1 merge` and the collecting page both find and resolve (src/merge/duplicates.ts). */
import type { Entries } from "../../src/form";
import { findDuplicates, hasDuplicates, keepLatest, schoolOf, type DuplicateKeys } from "../../src/merge/duplicates";

interface Item {
  name: string;
  id?: string;
  unit?: string;
  readable: boolean;
  mtime: number;
  mergeOutput?: boolean;
}

const entries = (unit: string): Entries => ({ header: { unit, contact: "", phone: "" }, rows: {} });
const KEYS: DuplicateKeys<Item> = {
  identity: (i) => i.id,
  school: (i) => (i.readable ? schoolOf(i.unit === undefined ? undefined : entries(i.unit), i.name) : undefined),
  modified: (i) => i.mtime,
  isMergeOutput: (i) => !!i.mergeOutput,
};

describe("schoolOf", () => {
  it("is the 单位（公章）, else the file name without folder and extension", () => {
    expect(schoolOf(entries(" 锦州师专 "), "x.xlsx")).toBe("锦州师专");
    expect(schoolOf(entries(""), "各校/大连职院.v2.xlsx")).toBe("大连职院.v2");
    expect(schoolOf(undefined, "C:\\各校\\沈阳.docx")).toBe("沈阳");
    expect(schoolOf(undefined, ".xlsx")).toBe(".xlsx");
  });
});

describe("findDuplicates and keepLatest", () => {
  const a = { name: "a.xlsx", id: "1", unit: "锦州师专", readable: true, mtime: 10 };
  const aAgain = { ...a, name: "copy/a.xlsx" };
  const b1 = { name: "b1.xlsx", id: "2", unit: "大连 职院", readable: true, mtime: 30 };
  const b2 = { name: "b2.xlsx", id: "3", unit: "大连职院", readable: true, mtime: 20 };
  const merged = { name: "汇总.xlsx", id: "4", readable: false, mtime: 5, mergeOutput: true };
  const broken = { name: "坏.xlsx", id: "5", readable: false, mtime: 1 };
  const unknownId = { name: "c.xlsx", unit: "丹东", readable: true, mtime: 1 };
  const all = [a, b2, aAgain, merged, b1, broken, unknownId];

  it("groups one file given twice, two files of one college (blanks ignored) and earlier merges", () => {
    const d = findDuplicates(all, KEYS);
    expect(d.sameFile).toEqual([[a, aAgain]]);
    expect(d.sameSchool).toEqual([{ school: "大连职院", files: [b2, b1] }]);
    expect(d.mergeOutputs).toEqual([merged]);
    expect(hasDuplicates(d)).toBe(true);
  });

  it("keeps one copy of a file, the newest file of a college, no earlier merge, and says why each went", () => {
    const d = findDuplicates(all, KEYS);
    const { kept, dropped } = keepLatest(all, d, KEYS);
    expect(kept).toEqual([a, b1, broken, unknownId]);
    expect(dropped).toEqual([
      { item: aAgain, reason: "same-file", kept: a },
      { item: b2, reason: "older", newest: b1 },
      { item: merged, reason: "merge-output" },
    ]);
  });

  it("finds nothing in distinct files of distinct colleges; of equally new files the first stays", () => {
    expect(hasDuplicates(findDuplicates([a, b1, broken, unknownId], KEYS))).toBe(false);
    const twin = { ...b2, mtime: 30, name: "b3.xlsx" };
    const d = findDuplicates([b1, twin], KEYS);
    expect(keepLatest([b1, twin], d, KEYS).kept).toEqual([b1]);
  });
});
