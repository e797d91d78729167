/**
 * Every finding kind as a user reads it: its message whole in both languages, whatever was typed in the cell it
 * is about; and every fix offered on a 责任单位 keeps each listed unit the cell named.
 */
import fc from "fast-check";
import { FUJIAN1, type Entries } from "../src/form";
import { checkGrid, type Finding, type FindingKind } from "../src/reading/check";
import { describeFinding, describeFindingLine, findingTitle } from "../src/reading/describe-finding";
import { unitNames } from "../src/reading/normalise-values";
import type { Cell } from "../src/reading/read-grid";
import { gridFor, setCell } from "./helpers/grid";
import { UNREADABLE } from "./helpers/readable";
import { EXPECTED_SEVERITY } from "./helpers/severities";
import { CASES } from "./helpers/verdict-sheets";

const UNITS = FUJIAN1.lists.units;
const row = { measure: "举措", target: "目标", unit: "教务处", time: "2023年" };

function complete(): Entries {
  return {
    header: { unit: "某学院", contact: "齐心", phone: "18904960016" },
    rows: Object.fromEntries(FUJIAN1.tasks.map((t) => [t.seq, [{ ...row }]])),
  };
}

/** The kinds a sheet never shows: the pane's own (a lost dropdown) and a Word draft's (no unit list). */
const NOT_FROM_A_SHEET: FindingKind[] = ["rule-missing", "no-unit-list"];

/** The texts a user reads for a finding, in both languages, each with what it is. */
function texts(f: Finding): Array<[string, string]> {
  return (["zh", "en"] as const).flatMap((lang) => [
    [`${f.kind} title ${lang}`, findingTitle(f.kind, lang)],
    [`${f.kind} line ${lang}`, describeFindingLine(f, lang)],
    [`${f.kind} message ${lang}`, describeFinding(f, lang)],
  ]);
}

/** The texts among them that read as broken: a missing value, an empty quote, an empty message. */
function unreadable(findings: Finding[]): Array<[string, string]> {
  return findings.flatMap(texts).filter(([, t]) => t.trim() === "" || UNREADABLE.test(t));
}

describe("every finding kind's message reads whole, in Chinese and English", () => {
  it("on a sheet whose only problem is that kind", () => {
    const seen = new Set<FindingKind>();
    for (const c of CASES) {
      const { findings } = checkGrid(FUJIAN1, c.sheet(), FUJIAN1.lists, [], { hiddenRows: [] });
      findings.forEach((f) => seen.add(f.kind));
      expect([c.kind, unreadable(findings)]).toEqual([c.kind, []]);
    }
    // The pane's and the Word draft's own kinds carry no detail: their messages stand alone.
    expect(unreadable(NOT_FROM_A_SHEET.map((kind) => ({ kind, severity: "info" })))).toEqual([]);
    // Every kind the check knows (written out in tests/helpers/severities.ts) was read.
    expect([...seen, ...NOT_FROM_A_SHEET].sort()).toEqual(Object.keys(EXPECTED_SEVERITY).sort());
  });

  it("whatever is typed in the cells findings quote (property)", () => {
    // The cells whose text a message quotes: 单位/电话 in the header, 任务内容, 具体举措, 责任单位, 完成时间, 不涉及.
    const cells = ["C3", "G3", "C6", "E6", "F6", "G6", "H6", "I6", "A7", "G7", "H7", "I7"];
    const typed = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom("", " ", "\u3000", "、", "；", "\n", "教务部", "教务处\n人事处", "2023．12", "不涉及", "#REF!"),
      fc.constantFrom("教务处；人事处", "\u00a0教务处", "45261", "0416", "null", "undefined", "2023\n2024"),
      fc.integer({ min: -5, max: 60000 }),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...cells), typed), { minLength: 1, maxLength: 4 }), (edits) => {
        const grid: Cell[][] = gridFor(FUJIAN1, complete());
        for (const [address, value] of edits) setCell(grid, address, value);
        const { findings } = checkGrid(FUJIAN1, grid, FUJIAN1.lists, [], { hiddenRows: [] });
        // What the user typed may itself read "null": only text the message adds around it counts.
        const quoted = edits.some(([, v]) => /null|undefined|\[object/.test(String(v)));
        expect(quoted ? [] : unreadable(findings)).toEqual([]);
        for (const f of findings) expect(describeFinding(f, "zh").trim()).not.toBe("");
      }),
      { numRuns: Number(process.env.CHECK_PROPERTY_RUNS ?? 150) },
    );
  });
});

describe("every fix offered on a 责任单位 keeps the listed units it touches", () => {
  it("whatever separators, line breaks, numbering or slip the cell holds (property)", () => {
    const listed = fc.uniqueArray(fc.constantFrom(...UNITS.filter((u) => u !== "教务处")), {
      minLength: 1,
      maxLength: 4,
    });
    const sep = fc.constantFrom("、", "；", "，", ";", ",", " ", "/", "\n", "、 ");
    fc.assert(
      fc.property(listed, fc.boolean(), fc.nat(4), sep, fc.boolean(), (units, slip, at, separator, numbered) => {
        const i = at % (units.length + 1);
        const names = slip ? [...units.slice(0, i), "教务部", ...units.slice(i)] : units;
        const value = names.map((n, k) => (numbered ? `${k + 1}.${n}` : n)).join(separator);
        const grid = gridFor(FUJIAN1, complete());
        setCell(grid, "G6", value);
        const fixes = checkGrid(FUJIAN1, grid)
          .findings.filter((f) => f.address === "G6")
          .flatMap((f) =>
            [...(f.fix ? [f.fix] : []), ...(f.choices ?? []).flatMap((c) => c.fixes)].map((x) => ({
              kind: f.kind,
              ...x,
            })),
          );
        for (const fix of fixes) {
          expect(fix.address).toBe("G6");
          // Each listed unit the cell named is still there, in its order.
          const kept = unitNames(fix.value).filter((n) => units.includes(n));
          expect([value, kept]).toEqual([value, units]);
          // The slip becomes its listed name (joining lines only joins them: the slip is then asked about).
          const expected = fix.kind === "unit-lines" ? names : names.map((n) => (n === "教务部" ? "教务处" : n));
          expect([value, fix.kind, unitNames(fix.value)]).toEqual([value, fix.kind, expected]);
        }
        // A cell that is not already as the list writes it gets a fix (only a slip with no near name would not).
        if (value !== units.join("、") || slip) expect([value, fixes.length]).toEqual([value, 1]);
      }),
      { numRuns: 60 },
    );
  });
});
