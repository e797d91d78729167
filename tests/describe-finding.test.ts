/**
 * A finding as a user reads it, word for word where the words carry the verdict: which choice a message offers
 * (a suggestion, a split into rows, a restore), where it says the problem is, what it names when a cell shows an
 * error value or holds characters that cannot be seen, and how a long official text is cut to its difference.
 */
import type { Finding, FindingKind } from "../src/reading/check";
import {
  describeFinding,
  describeFindingLine,
  describePlace,
  invisibleCharacters,
  sideBySide,
} from "../src/reading/describe-finding";

const finding = (kind: FindingKind, detail?: Record<string, string>, place: Partial<Finding> = {}): Finding => ({
  kind,
  severity: "error",
  ...place,
  ...(detail ? { detail } : {}),
});
const both = (f: Finding) => [describeFinding(f, "zh"), describeFinding(f, "en")];

describe("the choice a message offers", () => {
  it("an unknown unit: the suggestion when there is one, else pick from the list or add it", () => {
    expect(both(finding("unknown-unit", { unknown: "教务部", suggestion: "教务处" }))).toEqual([
      "“教务部”不在名单中，是否应为“教务处”？",
      "“教务部” is not on the list; did you mean “教务处”?",
    ]);
    expect(both(finding("unknown-unit", { unknown: "外星办" }))).toEqual([
      "“外星办”不在名单中。请从名单中选择，或先把它加入名单。",
      "“外星办” is not on the list. Pick from the list, or add it to the list first.",
    ]);
  });

  it("an unknown time: the suggestion, the month that would be dropped, or the dropdown", () => {
    expect(both(finding("unknown-time", { value: "2023．12", suggestion: "2023.12" }))).toEqual([
      "“2023．12”不在完成时间列表中，应写成“2023.12”。",
      "“2023．12” is not on the list; write “2023.12”.",
    ]);
    expect(both(finding("unknown-time", { value: "2023.12", suggestion: "2023年", dropsMonth: "1" }))).toEqual([
      "“2023.12”不在完成时间列表中。列表只有年份：可改为“2023年”，但月份会被舍去；要保留月份，请先把它加入名单。",
      "“2023.12” is not on the list, which has years only: it can become “2023年”, but the month is dropped; to keep the month, add it to the list first.",
    ]);
    expect(both(finding("unknown-time", { value: "明年" }))).toEqual([
      "“明年”不在完成时间列表中。请从下拉列表选择。",
      "“明年” is not on the list. Pick one from the dropdown.",
    ]);
  });

  it("official text: changed shows both texts, deleted says so; both can be restored", () => {
    expect(both(finding("official-changed", { found: "推进职业教育", official: "推进职业教育发展" }))).toEqual([
      "与省里下发的文字不同：现为“推进职业教育”，原文为“推进职业教育发展”。可恢复原文。",
      "Differs from the official text: now “推进职业教育”, officially “推进职业教育发展”. It can be restored.",
    ]);
    expect(both(finding("official-changed", { found: "", official: "推进职业教育发展" }))).toEqual([
      "省里下发的文字被删除了，可恢复原文。",
      "The official text was deleted; it can be restored.",
    ]);
  });

  it("several lines of units: join always, split into rows only when the rows line up", () => {
    const d = { lines: "2", shown: "教务处 / 人事处", targets: "1", joined: "教务处、人事处" };
    expect(both(finding("unit-lines", { ...d, rows: "2" }))).toEqual([
      "责任单位写了 2 行（“教务处 / 人事处”），与 1 个完成目标对不上。请选择：几个单位共同负责，就合并为“教务处、人事处”；" +
        "各行各有分工，就按行拆成 2 行（每行一个单位，内容都保留）；或自己修改。",
      "2 lines of units (“教务处 / 人事处”) that do not line up with 1 target(s). Choose: if the units share the work, " +
        "join them as “教务处、人事处”; if each line is its own, split the row into 2 rows (one unit each, nothing lost); or edit the cell.",
    ]);
    expect(both(finding("unit-lines", d))).toEqual([
      "责任单位写了 2 行（“教务处 / 人事处”），与 1 个完成目标对不上。请选择：几个单位共同负责，就合并为“教务处、人事处”；或自己修改。",
      "2 lines of units (“教务处 / 人事处”) that do not line up with 1 target(s). Choose: if the units share the work, " +
        "join them as “教务处、人事处”; or edit the cell.",
    ]);
  });

  it("several lines of times: split into rows only when the rows line up, else keep one", () => {
    const d = { lines: "2", shown: "2023年 / 2024年", targets: "1" };
    expect(both(finding("time-lines", { ...d, rows: "2" }))).toEqual([
      "完成时间写了 2 行（“2023年 / 2024年”），与 1 个完成目标对不上。请选择：按行拆成 2 行（每行一个时间，内容都保留），或自己修改（只留一个时间）。",
      "2 lines of times (“2023年 / 2024年”) that do not line up with 1 target(s). Choose: split the row into 2 rows " +
        "(one time each, nothing lost), or edit the cell (keep one time).",
    ]);
    expect(both(finding("time-lines", d))).toEqual([
      "完成时间写了 2 行（“2023年 / 2024年”），与 1 个完成目标对不上。请选择：自己修改（只留一个时间）。",
      "2 lines of times (“2023年 / 2024年”) that do not line up with 1 target(s). Choose: edit the cell (keep one time).",
    ]);
  });
});

describe("long quoted values are shortened to 16 characters", () => {
  const sixteen = "一二三四五六七八九十甲乙丙丁戊己";
  it("a stray row, a mark's reason and a spilled cell quote at most 16 characters, then …", () => {
    expect(describeFinding(finding("stray-row", { value: sixteen }), "zh")).toBe(`“${sixteen}”不属于任何任务。`);
    expect(describeFinding(finding("stray-row", { value: `${sixteen}庚` }), "en")).toBe(
      `“${sixteen}…” belongs to no task.`,
    );
    expect(describeFinding(finding("marked-with-measures", { reason: `${sixteen}庚辛`, rows: "3" }), "zh")).toBe(
      `标记为不涉及（“${sixteen}…”），却填了 3 行举措。请二选一：清除不涉及标记，或清除举措。`,
    );
    expect(describeFinding(finding("mark-spilled", { value: `${sixteen}庚` }), "en")).toMatch(
      new RegExp(`^“${sixteen}…” looks like one column too many`),
    );
  });

  it("characters outside the basic plane count as one each", () => {
    const emoji = "😀".repeat(16);
    expect(describeFinding(finding("stray-row", { value: emoji }), "zh")).toBe(`“${emoji}”不属于任何任务。`);
    expect(describeFinding(finding("stray-row", { value: `${emoji}😀` }), "zh")).toBe(`“${emoji}…”不属于任何任务。`);
  });
});

describe("an official text quoted side by side: cut around its first difference", () => {
  it("texts of up to 20 characters stay whole", () => {
    const twenty = "一二三四五六七八九十甲乙丙丁戊己庚辛壬癸";
    expect(sideBySide(twenty, "短")).toEqual([twenty, "短"]);
    expect(sideBySide("短", twenty)).toEqual(["短", twenty]);
  });

  it("longer texts keep 8 characters either side of the difference, with … where cut", () => {
    const head = "甲".repeat(20);
    const tail = "乙".repeat(20);
    expect(sideBySide(`${head}改${tail}`, `${head}原${tail}`)).toEqual([
      `…${"甲".repeat(8)}改${"乙".repeat(8)}…`,
      `…${"甲".repeat(8)}原${"乙".repeat(8)}…`,
    ]);
  });

  it("a difference at the start is not cut before it; one at the end not after it", () => {
    const tail = "乙".repeat(20);
    expect(sideBySide(`改${tail}`, `原${tail}`)).toEqual([`改${"乙".repeat(8)}…`, `原${"乙".repeat(8)}…`]);
    const head = "甲".repeat(20);
    expect(sideBySide(`${head}改`, `${head}原`)).toEqual([`…${"甲".repeat(8)}改`, `…${"甲".repeat(8)}原`]);
  });

  it("words deleted from the middle: the shorter text shows the joint, the longer the missing words", () => {
    const head = "甲".repeat(20);
    const tail = "乙".repeat(20);
    expect(sideBySide(`${head}${tail}`, `${head}丙丙丙${tail}`)).toEqual([
      `…${"甲".repeat(8)}${"乙".repeat(8)}…`,
      `…${"甲".repeat(8)}丙丙丙${"乙".repeat(8)}…`,
    ]);
  });

  it("a text that only grew at its end", () => {
    const same = "甲".repeat(30);
    expect(sideBySide(same, `${same}新增`)).toEqual([`…${"甲".repeat(8)}`, `…${"甲".repeat(8)}新增`]);
  });

  it("the message about a changed long text quotes the cut texts", () => {
    const head = "甲".repeat(20);
    expect(describeFinding(finding("official-changed", { found: `${head}改`, official: `${head}原` }), "zh")).toBe(
      `与省里下发的文字不同：现为“…${"甲".repeat(8)}改”，原文为“…${"甲".repeat(8)}原”。可恢复原文。`,
    );
  });
});

describe("where a finding is", () => {
  const f = finding("missing-time", undefined, { seq: "3", excerpt: "遴选建设200个…", address: "I8" });
  it("task with its excerpt, then the cell; the message after a colon of the language", () => {
    expect(describePlace(f, "zh")).toBe("第 3 项「遴选建设200个…」 I8");
    expect(describePlace(f, "en")).toBe("Task 3 “遴选建设200个…” I8");
    expect(describeFindingLine(f, "zh")).toBe("第 3 项「遴选建设200个…」 I8：这一行写了内容，但没有完成时间。");
    expect(describeFindingLine(f, "en")).toBe("Task 3 “遴选建设200个…” I8: This row has text but no completion time.");
  });

  it("without an excerpt, a cell or a task, nothing empty is shown", () => {
    expect(describePlace({ ...f, excerpt: undefined }, "zh")).toBe("第 3 项 I8");
    expect(describePlace({ ...f, excerpt: undefined }, "en")).toBe("Task 3 I8");
    expect(describePlace({ ...f, address: undefined }, "en")).toBe("Task 3 “遴选建设200个…”");
    const header = finding("header-empty", { field: "联系人" }, { address: "E3" });
    expect(describeFindingLine(header, "zh")).toBe("E3：请填写“联系人”。");
    const nowhere = finding("task-order");
    expect(describePlace(nowhere, "zh")).toBe("");
    expect(describeFindingLine(nowhere, "zh")).toBe("任务顺序与附件1不一致。");
    expect(describeFindingLine(nowhere, "en")).toBe("Out of the form's order.");
  });
});

describe("a value the user cannot see is named", () => {
  it("invisible characters by name and code point, each once, in the language's list", () => {
    expect(invisibleCharacters("教务处\u00a0\u200b\u00a0", "zh")).toBe("不间断空格 U+00A0、零宽空格 U+200B");
    expect(invisibleCharacters("\ufeff教务处\u200d", "en")).toBe(
      "zero-width no-break space (BOM) U+FEFF, zero-width joiner U+200D",
    );
    expect(invisibleCharacters("教务处 人事处", "zh")).toBe("");
  });

  it("a listed value with an invisible character: the message says so first", () => {
    const f = finding("unknown-unit", { value: "教务处\u200b", unknown: "教务处\u200b" });
    expect(describeFinding(f, "zh")).toBe(
      "含不可见字符（零宽空格 U+200B）：“教务处\u200b”不在名单中。请从名单中选择，或先把它加入名单。",
    );
    expect(describeFinding(f, "en")).toBe(
      "Contains invisible characters (zero-width space U+200B): “教务处\u200b” is not on the list. Pick from the list, or add it to the list first.",
    );
  });

  it("only for the findings about a typed value: another kind's text is its own", () => {
    const f = finding("stray-row", { value: "说明\u200b" });
    expect(describeFinding(f, "zh")).toBe("“说明\u200b”不属于任何任务。");
  });

  it("an error value shown in a cell is named as one, with the field it stands in", () => {
    expect(both(finding("unknown-unit", { value: " #REF! ", unknown: "#REF!" }))).toEqual([
      "单元格显示的是错误值 #REF!（公式出错，或公式引用的内容不存在），不是责任单位。请改正公式，或直接填写责任单位。",
      "The cell shows the error value #REF! (a formula failed, or what it refers to is gone), not a responsible unit. Correct the formula, or type the responsible unit.",
    ]);
    expect(both(finding("unknown-time", { value: "#N/A" }))).toEqual([
      "单元格显示的是错误值 #N/A（公式出错，或公式引用的内容不存在），不是完成时间。请改正公式，或直接填写完成时间。",
      "The cell shows the error value #N/A (a formula failed, or what it refers to is gone), not a completion time. Correct the formula, or type the completion time.",
    ]);
    expect(describeFinding(finding("header-malformed", { value: "#value!" }), "zh")).toBe(
      "单元格显示的是错误值 #value!（公式出错，或公式引用的内容不存在），不是联系电话。请改正公式，或直接填写联系电话。",
    );
  });

  it("a value that only contains an error's text is an ordinary value", () => {
    expect(describeFinding(finding("unknown-time", { value: "见#REF!" }), "en")).toBe(
      "“见#REF!” is not on the list. Pick one from the dropdown.",
    );
    expect(describeFinding(finding("stray-row", { value: "#REF!" }), "zh")).toBe("“#REF!”不属于任何任务。");
  });
});
