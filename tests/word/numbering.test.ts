/**
 * Word's automatic numbering as the label a user sees before a paragraph ("1." "（二）" "③"): a 序号 or a numbered
 * 完成目标 in a draft carries its number only in word/numbering.xml, so a wrong count puts a row on the wrong task.
 * Pure calls on small hand-written numbering.xml.
 */
import { formatNumber, readNumbering } from "../../src/word/numbering";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

interface Lvl {
  start?: number;
  fmt?: string;
  text?: string;
}
/** One w:lvl; a property left out is an element left out. */
const lvl = (ilvl: number, { start, fmt, text }: Lvl) =>
  `<w:lvl w:ilvl="${ilvl}">${start === undefined ? "" : `<w:start w:val="${start}"/>`}` +
  `${fmt === undefined ? "" : `<w:numFmt w:val="${fmt}"/>`}${text === undefined ? "" : `<w:lvlText w:val="${text}"/>`}</w:lvl>`;
const abstractNum = (id: string, ...levels: string[]) =>
  `<w:abstractNum w:abstractNumId="${id}">${levels.join("")}</w:abstractNum>`;
const num = (id: string, abstract: string, overrides = "") =>
  `<w:num w:numId="${id}"><w:abstractNumId w:val="${abstract}"/>${overrides}</w:num>`;
const numbering = (...parts: string[]) => `<w:numbering ${W}>${parts.join("")}</w:numbering>`;
const startOverride = (ilvl: number, start: number) =>
  `<w:lvlOverride w:ilvl="${ilvl}"><w:startOverride w:val="${start}"/></w:lvlOverride>`;

/** The labels of paragraphs in these lists and levels, in document order. */
function labels(xml: string | null, paragraphs: Array<[string, number]>): string[] {
  const n = readNumbering(xml);
  return paragraphs.map(([numId, ilvl]) => n.next(numId, ilvl));
}

/** The three-level list Chinese drafts use: 一、 then （1） then 1.1.1 (all starting at 1). */
const outline = abstractNum(
  "0",
  lvl(0, { start: 1, fmt: "chineseCounting", text: "%1、" }),
  lvl(1, { start: 1, fmt: "decimal", text: "（%2）" }),
  lvl(2, { start: 1, fmt: "decimal", text: "%1.%2.%3" }),
);

describe("formatNumber: a counter in each of Word's number formats", () => {
  const formats: Array<[string | undefined, number[], string[]]> = [
    ["decimal", [1, 9, 10, 123], ["1", "9", "10", "123"]],
    [undefined, [7], ["7"]],
    ["hebrew1", [7], ["7"]],
    ["decimalZero", [1, 9, 10, 42], ["01", "09", "10", "42"]],
    ["lowerLetter", [1, 2, 26, 27, 28, 52, 53], ["a", "b", "z", "aa", "bb", "zz", "aaa"]],
    ["upperLetter", [1, 26, 27], ["A", "Z", "AA"]],
    [
      "upperRoman",
      [1, 3, 4, 5, 9, 14, 40, 90, 400, 449, 1994, 3888],
      ["I", "III", "IV", "V", "IX", "XIV", "XL", "XC", "CD", "CDXLIX", "MCMXCIV", "MMMDCCCLXXXVIII"],
    ],
    ["lowerRoman", [4, 1994], ["iv", "mcmxciv"]],
    [
      "chineseCounting",
      [1, 2, 9, 10, 11, 19, 20, 21, 45, 99],
      ["一", "二", "九", "十", "十一", "十九", "二十", "二十一", "四十五", "九十九"],
    ],
    ["ideographTraditional", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [..."甲乙丙丁戊己庚辛壬癸"]],
    ["decimalEnclosedCircle", [0, 1, 2, 10, 20, 21], ["0", "①", "②", "⑩", "⑳", "21"]],
    ["decimalEnclosedCircleChinese", [3, 21], ["③", "21"]],
    ["decimalFullWidth", [1, 12, 90], ["１", "１２", "９０"]],
    ["decimalFullWidth2", [7], ["７"]],
    ["bullet", [1, 2], ["", ""]],
    ["none", [1, 2], ["", ""]],
  ];

  it.each(formats)("%s", (format, ns, out) => {
    expect(ns.map((n) => formatNumber(n, format))).toEqual(out);
  });

  it("Chinese numerals to 999, legal (大写) digits keeping their 壹拾; decimal beyond (no draft's list runs so long)", () => {
    const ns = [10, 11, 20, 99, 100, 101, 105, 110, 111, 120, 999, 1000];
    expect(ns.map((n) => formatNumber(n, "chineseCounting"))).toEqual([
      ..."十 十一 二十 九十九 一百 一百零一 一百零五 一百一十 一百一十一 一百二十 九百九十九".split(" "),
      "1000",
    ]);
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, ...ns].map((n) => formatNumber(n, "chineseLegalSimplified"))).toEqual([
      ..."壹贰叁肆伍陆柒捌玖",
      ..."壹拾 壹拾壹 贰拾 玖拾玖 壹佰 壹佰零壹 壹佰零伍 壹佰壹拾 壹佰壹拾壹 壹佰贰拾 玖佰玖拾玖".split(" "),
      "1000",
    ]);
    expect([2, 3, 6, 10, 12, 30].map((n) => formatNumber(n, "ideographLegalTraditional"))).toEqual(
      "貳 參 陸 壹拾 壹拾貳 參拾".split(" "),
    );
  });

  it("Chinese counting under any of its names", () => {
    for (const f of ["chineseCountingThousand", "taiwaneseCountingThousand", "japaneseCounting"])
      expect([1, 10, 12, 30].map((n) => formatNumber(n, f))).toEqual(["一", "十", "十二", "三十"]);
  });
});

describe("readNumbering: the label before each numbered paragraph", () => {
  it("counts each level on, restarts the deeper levels under a new parent, and shows each level in its format", () => {
    const xml = numbering(outline, num("1", "0"));
    expect(
      labels(xml, [
        ["1", 0],
        ["1", 1],
        ["1", 1],
        ["1", 2],
        ["1", 2],
        ["1", 0],
        ["1", 1],
        ["1", 2],
        ["1", 1],
        ["1", 2],
      ]),
    ).toEqual(["一、", "（1）", "（2）", "一.2.1", "一.2.2", "二、", "（1）", "二.1.1", "（2）", "二.2.1"]);
  });

  it("a list begun at a deeper level shows the levels above it at start − 1, as Word does", () => {
    const levels = ["%1.", "%1.%2", "%1.%2.%3"].map((text, i) => lvl(i, { start: 1, fmt: "decimal", text }));
    const xml = numbering(abstractNum("0", ...levels), num("1", "0"));
    expect(
      labels(xml, [
        ["1", 2],
        ["1", 2],
        ["1", 0],
        ["1", 2],
        ["1", 1],
      ]),
    ).toEqual(["0.0.1", "0.0.2", "1.", "1.0.1", "1.1"]);
  });

  it("starts each level at its w:start (1 without one), in decimal without a w:numFmt; no w:ilvl is level 0", () => {
    const first = `<w:lvl><w:start w:val="4"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>`;
    const xml = numbering(abstractNum("0", first, lvl(1, { text: "%1-%2" })), num("1", "0"));
    expect(
      labels(xml, [
        ["1", 0],
        ["1", 1],
        ["1", 1],
        ["1", 0],
      ]),
    ).toEqual(["4.", "4-1", "4-2", "5."]);
  });

  it("a level without lvlText, a bullet or a level numbered 'none' shows nothing, but still counts", () => {
    const xml = numbering(
      abstractNum(
        "0",
        lvl(0, { start: 1, fmt: "decimal" }),
        lvl(1, { start: 1, fmt: "bullet", text: "•" }),
        lvl(2, { start: 1, fmt: "none", text: "%3." }),
        lvl(3, { start: 1, fmt: "decimal", text: "%1.%2.%3.%4" }),
      ),
      num("1", "0"),
    );
    expect(
      labels(xml, [
        ["1", 0],
        ["1", 0],
        ["1", 1],
        ["1", 2],
        ["1", 2],
        ["1", 3],
      ]),
    ).toEqual(["", "", "", "", "", "2...1"]);
  });

  it("a number in lvlText for a level the list does not define shows nothing", () => {
    const xml = numbering(abstractNum("0", lvl(0, { start: 1, fmt: "decimal", text: "%1.%3第%9项" })), num("1", "0"));
    expect(
      labels(xml, [
        ["1", 0],
        ["1", 0],
      ]),
    ).toEqual(["1.第项", "2.第项"]);
  });

  it("lists sharing an abstract list count on together; a start override restarts where that list is first used", () => {
    const xml = numbering(
      outline,
      abstractNum("1", lvl(0, { start: 1, fmt: "decimalEnclosedCircle", text: "%1" })),
      num("1", "0"),
      num("2", "0"),
      num("3", "0", startOverride(0, 1)),
      num("4", "0", startOverride(1, 5)),
      num("5", "1"),
    );
    expect(
      labels(xml, [
        ["1", 0],
        ["2", 0],
        ["5", 0],
        ["1", 1],
        ["2", 1],
        ["3", 0],
        ["3", 0],
        ["1", 0],
        ["4", 1],
        ["4", 1],
        ["2", 1],
        ["5", 0],
      ]),
    ).toEqual(["一、", "二、", "①", "（1）", "（2）", "一、", "二、", "三、", "（5）", "（6）", "（7）", "②"]);
  });

  it("an override with a level of its own replaces that level and restarts it; an empty override changes nothing", () => {
    const own = `<w:lvlOverride w:ilvl="1">${lvl(1, { start: 3, fmt: "upperLetter", text: "%2)" })}</w:lvlOverride>`;
    const ownAndStart = `<w:lvlOverride w:ilvl="1"><w:startOverride w:val="1"/>${lvl(1, { start: 3, fmt: "lowerRoman", text: "%2)" })}</w:lvlOverride>`;
    const xml = numbering(
      outline,
      num("1", "0"),
      num("2", "0", own),
      num("3", "0", ownAndStart),
      num("4", "0", `<w:lvlOverride w:ilvl="1"/>`),
      // A start override for a level the list does not define numbers nothing there, and breaks nothing else.
      num("5", "0", startOverride(5, 2)),
    );
    expect(
      labels(xml, [
        ["1", 0],
        ["1", 1],
        ["2", 1],
        ["2", 1],
        ["3", 1],
        ["1", 1],
        ["4", 1],
        ["5", 5],
        ["5", 0],
      ]),
    ).toEqual(["一、", "（1）", "C)", "D)", "i)", "（2）", "（3）", "", "二、"]);
  });

  it("reads numbering.xml as Word writes it: indented, extra attributes first, other elements between", () => {
    const xml =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering ${W} xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml">\n` +
      `  <w:abstractNum w15:restartNumberingAfterBreak="0" w:abstractNumId="7">\n` +
      `    <w:nsid w:val="1A2B3C4D"/>\n    <w:multiLevelType w:val="hybridMultilevel"/>\n` +
      `    <w:lvl w:tplc="04090011" w:ilvl="1">\n      <w:pPr><w:ind w:left="840"/></w:pPr>\n` +
      `      <w:lvlJc w:val="left"/>\n      <w:lvlText w:val="(%2)"/>\n      <w:numFmt w:val="lowerLetter"/>\n      <w:start w:val="2"/>\n    </w:lvl>\n` +
      `  </w:abstractNum>\n` +
      `  <w:num w16cid:durableId="99" w:numId="12" xmlns:w16cid="http://schemas.microsoft.com/office/word/2016/wordml/cid">\n` +
      `    <w:abstractNumId w:val="7"/>\n    <w:lvlOverride w:ilvl="1">\n      <w:startOverride w:val="4"/>\n    </w:lvlOverride>\n  </w:num>\n` +
      `</w:numbering>\n`;
    expect(
      labels(xml, [
        ["12", 1],
        ["12", 1],
        ["12", 0],
      ]),
    ).toEqual(["(d)", "(e)", ""]);
  });

  it("numbers nothing without numbering.xml, in an undefined list or level, or in a list of no abstract list", () => {
    const xml = numbering(outline, num("1", "0"), num("2", "9"), `<w:num w:numId="3"/>`);
    expect(labels(null, [["1", 0]])).toEqual([""]);
    expect(
      labels(xml, [
        ["1", 3],
        ["7", 0],
        ["2", 0],
        ["3", 0],
        ["1", 0],
      ]),
    ).toEqual(["", "", "", "", "一、"]);
    // A part whose root is not w:numbering defines no list.
    expect(labels(`<w:document ${W}>${outline}${num("1", "0")}</w:document>`, [["1", 0]])).toEqual([""]);
  });

  it("throws on a numbering part that is not well formed", () => {
    expect(() => readNumbering(`<w:numbering ${W}><w:num>`)).toThrow();
  });
});
