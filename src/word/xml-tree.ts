/**
 * A small element tree from saxes (a fast, strict, browser-safe XML parser):
 * elements by local name (prefixes dropped, so transitional and Strict OOXML
 * read alike), attributes by local name, text as text nodes.
 */
import { SaxesParser } from "saxes";

export interface XElement {
  nodeType: 1;
  localName: string;
  attributes: Array<{ localName: string; value: string }>;
  childNodes: XNode[];
}

export interface XText {
  nodeType: 3;
  nodeValue: string;
}

export type XNode = XElement | XText;

/** "w:p" → "p"; a name without a prefix stays as it is (indexOf gives -1). */
const local = (name: string) => name.slice(name.indexOf(":") + 1);

/**
 * The document node ("#document"), holding the root element (and any text after it). Throws on XML that is not
 * well formed, a document without a root element included (saxes checks both).
 */
export function parseXml(xml: string): XElement {
  // Position tracking only prefixes saxes's error messages with line:column, at a cost on every character.
  // Stryker disable next-line ObjectLiteral,BooleanLiteral: position only adds line:column to errors; off for speed
  const parser = new SaxesParser({ position: false });
  const root: XElement = { nodeType: 1, localName: "#document", attributes: [], childNodes: [] };
  const stack: XElement[] = [root];
  parser.on("opentag", (tag) => {
    const el: XElement = {
      nodeType: 1,
      localName: local(tag.name),
      attributes: Object.entries(tag.attributes as Record<string, string>).map(([k, v]) => ({
        localName: local(k),
        value: v,
      })),
      childNodes: [],
    };
    stack[stack.length - 1].childNodes.push(el);
    stack.push(el);
  });
  parser.on("closetag", () => void stack.pop());
  const text = (t: string) => stack[stack.length - 1].childNodes.push({ nodeType: 3, nodeValue: t });
  parser.on("text", text);
  parser.on("cdata", text);
  // Without an error handler saxes throws each error.
  parser.write(xml).close();
  return root;
}
