/**
 * The element tree every Word part is read through: local names (transitional and Strict OOXML alike), text as
 * text nodes, and a throw for XML that is not well formed (the reader turns it into "damaged").
 */
import { parseXml } from "../../src/word/xml-tree";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

describe("parseXml", () => {
  it("gives the document node holding the root element, with names and attributes by local name", () => {
    expect(parseXml(`<w:document ${W} w:conformance="strict"><w:body/></w:document>`)).toEqual({
      nodeType: 1,
      localName: "#document",
      attributes: [],
      childNodes: [
        {
          nodeType: 1,
          localName: "document",
          attributes: [
            { localName: "w", value: "http://schemas.openxmlformats.org/wordprocessingml/2006/main" },
            { localName: "conformance", value: "strict" },
          ],
          childNodes: [{ nodeType: 1, localName: "body", attributes: [], childNodes: [] }],
        },
      ],
    });
  });

  it("keeps names without a prefix whole, and text and CDATA as text nodes in order", () => {
    const [p] = parseXml(`<p id="7">甲<![CDATA[<乙>]]><br/>丙</p>`).childNodes;
    expect(p).toEqual({
      nodeType: 1,
      localName: "p",
      attributes: [{ localName: "id", value: "7" }],
      childNodes: [
        { nodeType: 3, nodeValue: "甲" },
        { nodeType: 3, nodeValue: "<乙>" },
        { nodeType: 1, localName: "br", attributes: [], childNodes: [] },
        { nodeType: 3, nodeValue: "丙" },
      ],
    });
  });

  it("throws on XML that is not well formed, or holds no element", () => {
    expect(() => parseXml(`<w:document ${W}><w:body>`)).toThrow(/unclosed tag/);
    expect(() => parseXml("<a></b>")).toThrow();
    expect(() => parseXml("  ")).toThrow(/root element/);
    expect(() => parseXml("")).toThrow(/root element/);
  });
});
