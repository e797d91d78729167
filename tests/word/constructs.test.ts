/**
 * Drafts as colleges write them (built with the `docx` package, as Word writes them): paragraphs that line up
 * become target rows, misaligned ones stay whole, Word's automatic numbering stays as text, official text
 * broken only by blanks is restored (counted), a variant character is one finding with both texts, and a
 * header whose titles are broken across two rows (or with an empty row between) is found.
 */
import { FUJIAN1 } from "../../src/form";
import { describeFinding } from "../../src/reading/describe-finding";
import { checkWordReading } from "../../src/word/check-docx";
import { readNumbering } from "../../src/word/numbering";
import { readDocx, type WordReading } from "../../src/word/read-docx";
import { draftDocx, header, seedLikeRows, task } from "./constructs";

async function read(bytes: Uint8Array): Promise<WordReading> {
  const r = await readDocx(bytes, FUJIAN1);
  if (!("grid" in r)) throw new Error(r.message);
  return r;
}

let plain: WordReading;
beforeAll(async () => {
  plain = await read(await draftDocx([...header(), ...seedLikeRows()]));
});

describe("a seed-like draft: one Word row per task", () => {
  it("makes one target row per aligned paragraph under one shared 具体举措, each with its unit and year", () => {
    expect(plain.entries.rows["3"]).toEqual([
      { measure: "推动思政课程与课程思政有机结合", target: "1.建设示范课堂", unit: "教务处", time: "2023年" },
      { measure: "", target: "2.建设课程思政案例", unit: "人事处", time: "2024年", sameMeasure: true },
      { measure: "", target: "3.培训思政教师", unit: "马克思主义学院", time: "2025年", sameMeasure: true },
    ]);
    // One unit and one year for two targets: each target row gets them.
    expect(plain.entries.rows["4"]).toEqual([
      { measure: "举措四", target: "目标甲", unit: "教务处", time: "2025年" },
      { measure: "", target: "目标乙", unit: "教务处", time: "2025年", sameMeasure: true },
    ]);
    // Word's automatic numbering (a list of its own, counting from 1 again) kept as text.
    expect(plain.entries.rows["31"].map((r) => [r.target, r.unit])).toEqual([
      ["1.轮训专业课教师", "人事处"],
      ["2.企业实践", "教务处"],
    ]);
  });

  it("keeps a row whole when its paragraphs do not line up (nothing joined, nothing dropped)", () => {
    expect(plain.entries.rows["5"]).toEqual([
      { measure: "举措五", target: "目标五", unit: "教务处\n人事处\n马克思主义学院", time: "2023年\n2025年" },
    ]);
  });

  it("restores official text differing only by blanks, counted; a variant character is one finding with both texts", () => {
    expect(plain.restored).toBe(2);
    const changed = checkWordReading(FUJIAN1, plain).findings.filter((f) => f.kind === "official-changed");
    expect(changed).toEqual([
      expect.objectContaining({
        seq: "1",
        address: "表格第 3 行",
        detail: { found: task("1").content.replace("采", "釆"), official: task("1").content },
      }),
    ]);
  });

  it("finds no empty measure on the rows continuing a shared 具体举措", () => {
    const kinds = checkWordReading(FUJIAN1, plain).findings.map((f) => f.kind);
    expect(kinds).not.toContain("measure-empty");
  });

  it("keeps 不涉及 typed without a reason a finding (请写明不涉及的原因); with a reason it is a mark", () => {
    expect(plain.entries.marks).toEqual({ "7": "不涉及", "8": "本校没有该项目" });
    const findings = checkWordReading(FUJIAN1, plain).findings.filter((f) => f.kind === "mark-no-reason");
    expect(findings.map((f) => [f.seq, describeFinding(f, "zh")])).toEqual([["7", "请写明不涉及的原因。"]]);
  });

  it.each(["split", "split-gap"] as const)(
    "reads a header whose titles are broken over two rows (%s)",
    async (kind) => {
      const r = await read(await draftDocx([...header(kind), ...seedLikeRows()]));
      expect(r.entries.rows).toEqual(plain.entries.rows);
      expect(r.wordRows.filter(Boolean)[0]).toBe(kind === "split" ? 4 : 5);
    },
  );
});

describe("Word's automatic numbering as text", () => {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const abstract = (id: string, fmt: string, text: string) =>
    `<w:abstractNum w:abstractNumId="${id}"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/></w:lvl></w:abstractNum>`;

  it("counts lists sharing an abstract list together; a start override restarts (as LibreOffice writes a cell)", () => {
    const xml =
      `<w:numbering ${W}>${abstract("1", "decimal", "%1.")}${abstract("2", "chineseCounting", "%1、")}` +
      `${abstract("3", "decimalEnclosedCircle", "%1")}` +
      `<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>` +
      `<w:num w:numId="4"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>` +
      `<w:num w:numId="5"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>` +
      `<w:num w:numId="7"><w:abstractNumId w:val="2"/></w:num><w:num w:numId="8"><w:abstractNumId w:val="3"/></w:num></w:numbering>`;
    const n = readNumbering(xml);
    expect(["4", "1", "1", "5", "1"].map((id) => n.next(id, 0))).toEqual(["1.", "2.", "3.", "1.", "2."]);
    expect(["7", "7", "8", "8", "9"].map((id) => n.next(id, 0))).toEqual(["一、", "二、", "①", "②", ""]);
  });
});
