/**
 * The streaming XML reader: element names without their prefix, text however the chunks cut it, empty cells
 * dropped (all but the last of a run), and a run of text past MAX_TEXT_CHARS refused at exactly its bound.
 */
import { MAX_TEXT_CHARS } from "../../src/ooxml/limits";
import { TextTooLong, XmlStream } from "../../src/ooxml/xml-stream";

type Event = [string, ...unknown[]];

/** Every event of the XML fed in the given chunks. */
function events(chunks: string[]): Event[] {
  const out: Event[] = [];
  const xml = new XmlStream({
    open: (name, attrs, selfClosing) => out.push(["open", name, { ...attrs }, selfClosing]),
    close: (name) => out.push(["close", name]),
    text: (t) => out.push(["text", t]),
  });
  for (const c of chunks) xml.write(c);
  xml.end();
  return out;
}

/** The text events joined (saxes may split a run of text in several events). */
const textOf = (evs: Event[]) =>
  evs
    .filter((e) => e[0] === "text")
    .map((e) => e[1])
    .join("");

const opened = (evs: Event[]) => evs.filter((e) => e[0] === "open").map((e) => e[1]);

describe("XmlStream", () => {
  it("names elements without their prefix, attributes as written, and whether they close themselves", () => {
    expect(events(['<x:row r="1" x:spans="1:2"><x:c r="A1" t="s"><x:v>7</x:v></x:c><x:br/></x:row>'])).toEqual([
      ["open", "row", { r: "1", "x:spans": "1:2" }, false],
      ["open", "c", { r: "A1", t: "s" }, false],
      ["open", "v", {}, false],
      ["text", "7"],
      ["close", "v"],
      ["close", "c"],
      ["open", "br", {}, true],
      ["close", "br"],
      ["close", "row"],
    ]);
  });

  it("passes CDATA as text, and entities decoded", () => {
    expect(textOf(events(["<t><![CDATA[a<b]]>&amp;&#x4e00;</t>"]))).toBe("a<b&一");
  });

  it("reads the same whatever the chunks: inside a tag, inside text, one character at a time", () => {
    const xml =
      '<sheetData><row r="2"><c r="B2" t="inlineStr"><is><t>教务处 &amp; 人事处</t></is></c></row></sheetData>';
    const whole = events([xml]);
    expect(textOf(whole)).toBe("教务处 & 人事处");
    for (const cut of [5, 17, 40, 55, 60]) {
      const split = events([xml.slice(0, cut), xml.slice(cut)]);
      expect(textOf(split)).toBe(textOf(whole));
      expect(opened(split)).toEqual(opened(whole));
    }
    const single = events([...xml]);
    expect(textOf(single)).toBe(textOf(whole));
    expect(opened(single)).toEqual(opened(whole));
  });

  it("text after the last tag of a chunk waits for the next chunk, and for end()", () => {
    const out: string[] = [];
    const xml = new XmlStream({ text: (t) => out.push(t) });
    xml.write("<r><t>abc");
    xml.write("def");
    expect(out.join("")).toBe("");
    xml.write("</t><u>x");
    expect(out.join("")).toBe("abcdef");
    xml.write("y</u></r>");
    xml.end();
    expect(out.join("")).toBe("abcdefxy");
  });

  it("drops runs of empty cells but their last, so a following cell without r keeps its column", () => {
    const row = '<row r="1"><c r="A1" s="3"/><c r="B1" s="3"/><x:c r="C1" s="4"  /><c t="s"><v>5</v></c></row>';
    const evs = events([row]);
    expect(evs.filter((e) => e[0] === "open" && e[1] === "c").map((e) => e[2])).toEqual([
      { r: "C1", s: "4" },
      { t: "s" },
    ]);
  });

  it("keeps empty cells that are not a run of referenced ones: no r, or not self-closing", () => {
    const evs = events(['<row><c s="3"/><c s="3"/><c r="C1"></c><c r="D1"/></row>']);
    expect(evs.filter((e) => e[0] === "open" && e[1] === "c").map((e) => e[2])).toEqual([
      { s: "3" },
      { s: "3" },
      { r: "C1" },
      { r: "D1" },
    ]);
  });

  it("a text run of exactly MAX_TEXT_CHARS is read; one character more is refused, in one chunk or many", () => {
    const exact = "x".repeat(MAX_TEXT_CHARS);
    expect(textOf(events(["<t>", exact, "</t>"]))).toHaveLength(MAX_TEXT_CHARS);
    expect(() => events(["<t>", exact + "x", "</t>"])).toThrow(TextTooLong);
    // Collected over chunks that hold no tag at all.
    const half = "x".repeat(MAX_TEXT_CHARS / 2);
    expect(textOf(events(["<t>", half, half, "</t>"]))).toHaveLength(MAX_TEXT_CHARS);
    expect(() => events(["<t>", half, half, "x", "</t>"])).toThrow(TextTooLong);
    // Collected, then ended by the next chunk's tag: what comes before that tag counts too.
    expect(textOf(events(["<t>", half, `${half}</t>`]))).toHaveLength(MAX_TEXT_CHARS);
    expect(() => events(["<t>", half, `${half}x</t>`])).toThrow(TextTooLong);
  });

  it("refuses a run past the limit as soon as it is fed, without waiting for its end", () => {
    const xml = new XmlStream({});
    xml.write("<t>");
    expect(() => xml.write("x".repeat(MAX_TEXT_CHARS + 1))).toThrow(TextTooLong);
  });

  it("damaged XML throws (the reader names the file damaged): a wrong closing tag, or one missing at the end", () => {
    expect(() => events(["<a><b></a>"])).toThrow();
    expect(() => events(["<a><b>"])).toThrow(/unclosed/);
    expect(() => events(["<a>", "</a>", "x<"])).toThrow();
  });
});
