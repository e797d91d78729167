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

const local = (name: string) => {
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
};

/** The document's root element. Throws on XML that is not well formed. */
export function parseXml(xml: string): XElement {
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
  parser.on("error", (e) => {
    throw e;
  });
  parser.write(xml).close();
  const top = root.childNodes.find((n): n is XElement => n.nodeType === 1);
  if (!top) throw new Error("no root element");
  return root;
}
