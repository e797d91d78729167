/**
 * Streaming XML for the reader: saxes (no DTD, no entity expansion, no external anything), element names
 * without their namespace prefix, and text fed in chunks so a part is never held whole.
 * Empty cells (`<c .../>`, a style and no value) are dropped before parsing: a sheet styled over whole
 * columns holds millions of them and they carry nothing the check reads. Browser-safe.
 */
import { SaxesParser } from "saxes";
import { MAX_TEXT_CHARS } from "./limits";

/** Thrown when a run of text without markup passes MAX_TEXT_CHARS. */
export class TextTooLong extends Error {}

export interface XmlHandlers {
  /** An element opens: its name without prefix, its attributes as written (prefixed names keep the prefix). */
  open?(name: string, attrs: Record<string, string>, selfClosing: boolean): void;
  close?(name: string): void;
  text?(text: string): void;
}

/**
 * Runs of self-closing cell elements that start with their reference, with any prefix:
 * `<c r="A1" s="3"/><c r="B1" s="3"/>`. Only the last of a run is kept, so that a following cell without
 * `r` still knows its column.
 */
const EMPTY_CELLS = /(?:<(?:[A-Za-z_][\w.-]*:)?c\s+r="[^"<>]*"[^<>]*\/>)+/g;
const lastOfRun = (run: string): string => run.slice(run.lastIndexOf("<"));

const local = (name: string): string => name.slice(name.indexOf(":") + 1);

export class XmlStream {
  // Stryker disable next-line ObjectLiteral,BooleanLiteral: tracking positions only costs time.
  private parser = new SaxesParser({ position: false });
  private tail = "";

  constructor(handlers: XmlHandlers) {
    const { open, close, text } = handlers;
    // Attributes are passed as written (with their prefixes, e.g. "r:id"): copying them for every element
    // would cost more than the parse itself on a large sheet.
    if (open)
      this.parser.on("opentag", (tag) =>
        open(local(tag.name), tag.attributes as Record<string, string>, tag.isSelfClosing),
      );
    if (close) this.parser.on("closetag", (tag) => close(local(tag.name)));
    // Stryker disable next-line ConditionalExpression: saxes ignores an undefined handler as it ignores none.
    if (text) {
      this.parser.on("text", text);
      this.parser.on("cdata", text);
    }
  }

  /** Feeds text; only whole elements go through the empty-cell filter. */
  write(chunk: string): void {
    const cut = chunk.lastIndexOf(">") + 1;
    if (!cut) {
      // Inside a long run of text: keep collecting (never rescanning what was collected).
      this.tail += chunk;
      if (this.tail.length > MAX_TEXT_CHARS) throw new TextTooLong();
      return;
    }
    if (this.tail.length + Math.max(chunk.indexOf("<"), 0) > MAX_TEXT_CHARS) throw new TextTooLong();
    const whole = this.tail + chunk.slice(0, cut);
    this.tail = chunk.slice(cut);
    this.parser.write(whole.replace(EMPTY_CELLS, lastOfRun));
  }

  /** Feeds what is left and closes: throws when the XML is not complete. The stream takes no more. */
  end(): void {
    this.parser.write(this.tail);
    this.parser.close();
  }
}
