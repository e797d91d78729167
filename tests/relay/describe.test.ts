/**
 * The relay's words for people, in both languages: why a file is refused (each reason its own message, the
 * earlier hand-out's time as written) and a task's entry in a few words (first measure cut, rows, 不涉及).
 */
import { describeRefusal, entryGist, type RefusalReason, type RelayLang } from "../../src/relay";
import type { MeasureRow } from "../../src/form";

const REASONS: RefusalReason[] = [
  "damaged",
  "not-unit-file",
  "master-file",
  "not-handed-out",
  "other-master",
  "other-hand-out",
  "older-than-gathered",
];
const LANGS: RelayLang[] = ["zh", "en"];
const row = (measure: string, target = "", unit = ""): MeasureRow => ({ measure, target, unit, time: "" });

describe("why a file is refused", () => {
  it("each reason has its own message in each language, zh-CN by default", () => {
    for (const lang of LANGS) {
      const texts = REASONS.map((r) => describeRefusal(r, "", lang));
      expect(new Set(texts).size).toBe(REASONS.length);
      for (const t of texts) expect(t.length).toBeGreaterThan(4);
    }
    for (const r of REASONS) expect(describeRefusal(r)).toBe(describeRefusal(r, "", "zh"));
    expect(describeRefusal("not-unit-file")).toContain("分发信息");
    expect(describeRefusal("master-file")).toContain("汇总表");
    expect(describeRefusal("not-handed-out")).toContain("请先分发");
    expect(describeRefusal("other-master")).toContain("另一份汇总表");
    expect(describeRefusal("not-unit-file", "", "en")).toContain("not a file handed out");
    expect(describeRefusal("master-file", "", "en")).toContain("This is the master");
    expect(describeRefusal("not-handed-out", "", "en")).toContain("Hand it out first");
    expect(describeRefusal("other-master", "", "en")).toContain("another master");
  });

  it("a damaged file says what the reader found", () => {
    expect(describeRefusal("damaged", "文件已损坏")).toBe("无法读取：文件已损坏");
    expect(describeRefusal("damaged", "zip is broken", "en")).toBe("Could not be read: zip is broken");
  });

  it("a file of an earlier hand-out says when that was (minutes, no T), or nothing when unknown", () => {
    expect(describeRefusal("other-hand-out", "2026-12-07T08:05:33Z")).toBe(
      "这个文件来自较早的一次分发（2026-12-07 08:05），之后汇总表又分发过。请让该单位把内容填到最新分发的文件中。",
    );
    expect(describeRefusal("other-hand-out")).toBe(
      "这个文件来自较早的一次分发，之后汇总表又分发过。请让该单位把内容填到最新分发的文件中。",
    );
    expect(describeRefusal("other-hand-out", "2026-12-07T08:05:33Z", "en")).toBe(
      "This file comes from an earlier hand-out (2026-12-07 08:05); the master was handed out again since. Ask the unit to use the newest file.",
    );
    expect(describeRefusal("other-hand-out", "", "en")).toBe(
      "This file comes from an earlier hand-out; the master was handed out again since. Ask the unit to use the newest file.",
    );
  });
});

describe("a unit's file older than one already gathered", () => {
  const refusal = {
    reason: "older-than-gathered" as const,
    detail: "2026-12-08T09:00:00",
    newer: { file: "教务处-周二.xlsx", savedAt: "2026-12-09T10:30:00" },
  };

  it("names both save times (to the minute) and the newer file taken, from the whole refusal", () => {
    expect(describeRefusal(refusal)).toBe(
      "这是该单位较早的文件（保存于 2026-12-08 09:00）：之前已经收回了它较新的文件“教务处-周二.xlsx”（保存于 2026-12-09 10:30），" +
        "再收取会用旧内容覆盖新内容，所以没有收取。如需其中的内容，请该单位在最新的文件中修改后交回。",
    );
    expect(describeRefusal(refusal, "", "en")).toBe(
      'This is an older file of its unit (saved 2026-12-08 09:00): its newer file "教务处-周二.xlsx" (saved 2026-12-09 10:30) ' +
        "was gathered before, and taking this one would overwrite newer entries with older ones, so nothing of it was " +
        "taken. If something in it is needed, ask the unit to put it into its newest file and send that.",
    );
  });

  it("leaves out the times it does not know", () => {
    const bare = { reason: "older-than-gathered" as const, newer: { file: "新.xlsx", savedAt: "" } };
    expect(describeRefusal(bare)).toBe(
      "这是该单位较早的文件：之前已经收回了它较新的文件“新.xlsx”，再收取会用旧内容覆盖新内容，所以没有收取。" +
        "如需其中的内容，请该单位在最新的文件中修改后交回。",
    );
    expect(describeRefusal(bare, "", "en")).toMatch(/^This is an older file of its unit: its newer file "新.xlsx" was/);
    expect(describeRefusal({ reason: "older-than-gathered" })).toContain("较新的文件“”");
    expect(describeRefusal({ reason: "older-than-gathered" }, "", "en")).toContain('its newer file ""');
  });

  it("a refusal's own detail wins over the one given apart; other refusals read the same either way", () => {
    expect(describeRefusal({ reason: "damaged", detail: "坏了" }, "别的")).toBe("无法读取：坏了");
    expect(describeRefusal({ reason: "damaged" }, "给出的")).toBe("无法读取：给出的");
    expect(describeRefusal({ reason: "other-master" }, "", "en")).toBe(describeRefusal("other-master", "", "en"));
  });
});

describe("a task's entry in a few words", () => {
  it("its first measure, and how many rows", () => {
    const e = { rows: [row("举措一", "目标"), row("举措二")], mark: "" };
    expect(entryGist(e)).toBe("“举措一”（2 行）");
    expect(entryGist(e, "en")).toBe('"举措一" (2 rows)');
  });

  it("the first row that says something, its target when it has no measure, else the unit", () => {
    expect(entryGist({ rows: [row("", "", "教务处"), row("", "目标二"), row("举措三")], mark: "" })).toBe(
      "“目标二”（3 行）",
    );
    expect(entryGist({ rows: [row("", "", "教务处"), row("", "", "人事处")], mark: "" }, "en")).toBe(
      '"教务处" (2 rows)',
    );
    expect(entryGist({ rows: [row("举措", "目标")], mark: "" })).toBe("“举措”（1 行）");
  });

  it("cuts long text at 16 characters (counting each character once, not its UTF-16 halves)", () => {
    const sixteen = "一二三四五六七八九十壹贰叁肆伍陆";
    expect(entryGist({ rows: [row(sixteen)], mark: "" })).toBe(`“${sixteen}”（1 行）`);
    expect(entryGist({ rows: [row(`${sixteen}柒`)], mark: "" })).toBe(`“${sixteen}…”（1 行）`);
    expect(entryGist({ rows: [row("𠀀𠀁𠀂𠀃")], mark: "" }, "zh", 3)).toBe("“𠀀𠀁𠀂…”（1 行）");
    expect(entryGist({ rows: [row("𠀀𠀁𠀂")], mark: "" }, "zh", 3)).toBe("“𠀀𠀁𠀂”（1 行）");
  });

  it("a 不涉及 mark says so with its reason; an empty task says it is empty", () => {
    expect(entryGist({ rows: [row("举措")], mark: "本校无此项业务，已向主管部门说明情况" })).toBe(
      "不涉及：本校无此项业务，已向主管部门说明…",
    );
    expect(entryGist({ rows: [], mark: "无" }, "en")).toBe("not applicable: 无");
    expect(entryGist({ rows: [], mark: "" })).toBe("（空）");
    expect(entryGist({ rows: [], mark: "" }, "en")).toBe("(empty)");
  });
});
