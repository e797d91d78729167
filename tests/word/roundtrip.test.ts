/** Export then import gives back exactly the entries: a property over generated fills. */
import fc from "fast-check";
import { FUJIAN1, type Entries, type MeasureRow } from "../../src/form";
import { compactEntries } from "../../src/reading/read-grid";
import { readDocx } from "../../src/word/read-docx";
import { writeDocx } from "../../src/word/write-docx";

const CHARS = [..."教务处人事学院目标举措完成年度推进建设课程思政ABCxyz0123 （）、，。-<&>\"'"];
const char = fc.constantFrom(...CHARS);
/** Text as typed in a cell: no blanks at either end; possibly several lines. */
const line = fc
  .array(char, { minLength: 1, maxLength: 12 })
  .map((a) => a.join("").trim())
  .filter((s) => s.length > 0);
const text = fc.oneof(
  { weight: 3, arbitrary: line },
  { weight: 1, arbitrary: fc.array(line, { minLength: 2, maxLength: 3 }).map((l) => l.join("\n")) },
  { weight: 1, arbitrary: fc.constant("") },
);
const unit = fc.oneof(
  fc.constantFrom(...FUJIAN1.lists.units),
  fc.uniqueArray(fc.constantFrom(...FUJIAN1.lists.units), { minLength: 2, maxLength: 3 }).map((u) => u.join("、")),
);
const row = fc.record({ measure: text, target: text, unit: fc.oneof(unit, fc.constant("")), time: text });

const rowsOfTask = fc.array(fc.tuple(row, fc.boolean(), line), { minLength: 1, maxLength: 4 }).map((list) =>
  list.map(([r, same, target], k): MeasureRow => {
    // A measure typed as "不涉及…" with nothing else is read as a 不涉及 mark; keep generated measures clear of it.
    const measure = r.measure.startsWith("不涉及") ? `措施${r.measure}` : r.measure;
    return k > 0 && same ? { ...r, measure: "", target, sameMeasure: true } : { ...r, measure };
  }),
);

const fill: fc.Arbitrary<Entries> = fc
  .record({
    header: fc.record({
      unit: fc.oneof(line, fc.constant("")),
      contact: fc.oneof(line, fc.constant("")),
      phone: fc.oneof(line, fc.constant("")),
    }),
    rows: fc.dictionary(fc.constantFrom(...FUJIAN1.tasks.map((t) => t.seq)), rowsOfTask, { maxKeys: 20 }),
    marks: fc.dictionary(fc.constantFrom(...FUJIAN1.tasks.map((t) => t.seq)), line, { maxKeys: 4 }),
  })
  .map((e) => (Object.keys(e.marks).length ? e : { header: e.header, rows: e.rows }));

/** What should come back: no empty trailing rows, no empty tasks. */
function expected(e: Entries): Entries {
  return compactEntries(e);
}

describe("Word round trip", () => {
  it("export then import gives back exactly the entries (shared measures, 不涉及, joint units, several lines)", async () => {
    await fc.assert(
      fc.asyncProperty(fill, async (entries) => {
        const back = await readDocx(await writeDocx(FUJIAN1, entries), FUJIAN1);
        if (!("grid" in back)) throw new Error(back.message);
        expect(back.entries).toEqual(expected(entries));
        expect(back.reading.strays).toEqual([]);
      }),
      { numRuns: 15 },
    );
  }, 60_000);
});
