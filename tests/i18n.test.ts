/**
 * Every text the pane or the add-in shows exists in both languages, and the English ones hold no Chinese other
 * than the form's own words (its column titles, sheet names, the 、 that joins units) and the data put in.
 */
import { FUJIAN1 } from "../src/form";
import { MESSAGE_KEYS, t } from "../src/i18n/strings";
import { KEY_TITLE, LISTS_SHEET, MARK_TITLE, TIME_LIST_NAME, UNIT_LIST_NAME, validations } from "../src/plan/rules";
import { planLayout } from "../src/plan/layout";
import { SEVERITY, type Finding, type FindingKind } from "../src/reading/check";
import { describeFinding, describeFindingLine, findingTitle } from "../src/reading/describe-finding";
import { GATHER_LOG_SHEET, RELAY_SHEET, UNIT_ROLE_LEAD } from "../src/relay/names";
import { ROLE_TITLE } from "../src/relay/unit-plan";
import { gatherStrings } from "../src/taskpane/gather-strings";
import { teamStrings } from "../src/taskpane/team-strings";
import { REVIEW_KEYS, rt } from "../src/taskpane/word-review-strings";
import { WORD_KEYS, wt } from "../src/word/strings";

/** The form's own words, which stay Chinese in English texts: a user sees them so on the sheet. */
const FORM_WORDS = [
  ...FUJIAN1.columns.map((c) => c.title),
  ...FUJIAN1.columnGroups,
  ...FUJIAN1.headerFields.map((f) => f.label),
  FUJIAN1.sheetName,
  LISTS_SHEET,
  RELAY_SHEET, // the hidden sheet the hand-out notes itself in: a name the workbook shows as it is
  GATHER_LOG_SHEET, // the sheet a gather lists its files in
  ROLE_TITLE, // a unit's file's role column, and the word on its rows of the unit's own tasks
  UNIT_ROLE_LEAD,
  UNIT_LIST_NAME,
  TIME_LIST_NAME,
  MARK_TITLE,
  KEY_TITLE,
  "不涉及",
  // Characters named as such: the separators a list item may not hold.
  "；",
  "，",
].sort((a, b) => b.length - a.length);

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/** What is left of a text once placeholders, the form's words and the sample data are taken out. */
function foreign(text: string, data: string[] = []): string {
  let rest = text.replace(/\{\w+\}/g, "");
  for (const w of [...data, ...FORM_WORDS, "、"]) rest = rest.split(w).join(" ");
  return [...rest].filter((c) => CJK.test(c)).join("");
}

describe("every message in both languages", () => {
  it("has a non-empty text for every key in Chinese and in English", () => {
    const empty = MESSAGE_KEYS.filter((k) => !t("zh", k).trim() || !t("en", k).trim());
    expect(empty).toEqual([]);
  });

  it("has no Chinese in the English texts beyond the form's own words", () => {
    const bad = MESSAGE_KEYS.map((k) => [k, foreign(t("en", k))]).filter(([, rest]) => rest);
    expect(bad).toEqual([]);
  });

  it("has the Word, Word-review, hand-out and gather texts (their own modules, loaded lazily) in both, English without Chinese", () => {
    const texts: Array<[string, string, string]> = [
      ...WORD_KEYS.map((k): [string, string, string] => [k, wt("zh", k), wt("en", k)]),
      ...REVIEW_KEYS.map((k): [string, string, string] => [k, rt("zh", k), rt("en", k)]),
      ...[teamStrings, gatherStrings].flatMap((strings) =>
        Object.keys(strings("zh")).map((k): [string, string, string] => {
          const text = (lang: "zh" | "en") => {
            const v = (strings(lang) as Record<string, unknown>)[k];
            return typeof v === "function" ? String((v as (...a: unknown[]) => unknown)(2, "3", "4")) : String(v);
          };
          return [k, text("zh"), text("en")];
        }),
      ),
    ];
    expect(texts.filter(([, zh, en]) => !zh.trim() || !en.trim()).map(([k]) => k)).toEqual([]);
    expect(texts.map(([k, , en]) => [k, foreign(en)]).filter(([, rest]) => rest)).toEqual([]);
  });

  it("words every finding in English without Chinese punctuation, its place joined by an ASCII colon", () => {
    const data = ["教务处", "X"];
    const detail = Object.fromEntries(
      ["value", "suggestion", "unknown", "sheet", "field", "found", "official", "reason", "rows", "first", "unit"].map(
        (k) => [k, k === "unit" ? data[0] : "X"],
      ),
    );
    const bad: string[][] = [];
    for (const kind of Object.keys(SEVERITY) as FindingKind[])
      for (const flags of [{}, { dropsMonth: "1", separators: "1" }] as Array<Record<string, string>>) {
        const f: Finding = { kind, severity: SEVERITY[kind], seq: "3", address: "C3", detail: { ...detail, ...flags } };
        for (const text of [findingTitle(kind, "en"), describeFinding(f, "en"), describeFindingLine(f, "en")]) {
          const rest = foreign(text, data);
          if (rest) bad.push([kind, text]);
        }
        expect(describeFindingLine(f, "en")).toMatch(/^Task 3 C3: /);
      }
    expect(bad).toEqual([]);
  });

  it("gives the sheet's dropdown prompts and alerts in English", () => {
    const layout = planLayout(FUJIAN1, () => 1);
    const texts = validations(layout, "en").flatMap((v) => [
      v.prompt.title,
      v.prompt.message,
      v.errorAlert.title,
      v.errorAlert.message,
    ]);
    expect(texts.map((x) => foreign(x, ["教务处", "人事处", "2023年"]))).toEqual(texts.map(() => ""));
  });
});
