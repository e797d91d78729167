/** The sniffer: what a file is from its first bytes, which decides the message a wrong file gets. */
import { hasUtf16Name, sniff } from "../../src/ooxml/sniff";

const bytes = (...b: number[]) => new Uint8Array(b);
const text = (s: string) => new TextEncoder().encode(s);
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** An OLE2 header, filler, and optionally a directory entry's UTF-16LE name. */
function ole2(name?: string): Uint8Array {
  const out = new Uint8Array(2048);
  out.set(OLE2);
  for (let i = 8; i < 512; i++) out[i] = 0x80 | (i & 0x7f);
  if (name) for (let i = 0; i < name.length; i++) out[1024 + i * 2] = name.charCodeAt(i);
  return out;
}

describe("sniff", () => {
  it("nothing at all is empty", () => {
    expect(sniff(new Uint8Array())).toBe("empty");
  });

  it.each([3, 5, 7])("PK\\x%s… is a zip (an entry, an empty zip, a spanned one)", (third) => {
    expect(sniff(bytes(0x50, 0x4b, third, third + 1, 0x80))).toBe("zip");
  });

  it.each([
    [bytes(0x50, 0x4b, 4, 3, 0x80), "PK\\x04"],
    [bytes(0x51, 0x4b, 3, 4, 0x80), "QK"],
    [bytes(0x50, 0x4c, 3, 4, 0x80), "PL"],
  ])("%s… is not a zip", (b) => {
    expect(sniff(b)).toBe("unknown");
  });

  it("an OLE2 container is a legacy workbook, or an encrypted one when it holds EncryptedPackage", () => {
    expect(sniff(ole2())).toBe("ole2");
    expect(sniff(ole2("EncryptedPackage"))).toBe("ole2-encrypted");
    expect(sniff(ole2("EncryptedPackagf"))).toBe("ole2");
  });

  it("the OLE2 signature counts only whole and at the start", () => {
    expect(sniff(bytes(...OLE2.slice(0, 7)))).toBe("unknown");
    expect(sniff(bytes(...OLE2.slice(0, 7), 0xe2, 0x80))).toBe("unknown");
    expect(sniff(bytes(0x80, ...OLE2))).toBe("unknown");
  });

  it("a file of only the signature is what the signature says", () => {
    expect(sniff(bytes(0x25, 0x50, 0x44, 0x46))).toBe("pdf");
    expect(sniff(bytes(...OLE2))).toBe("ole2");
  });

  it("%PDF is a PDF", () => {
    expect(sniff(bytes(0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x00, 0x80))).toBe("pdf");
    expect(sniff(bytes(0x25, 0x50, 0x44, 0x80, 0x00))).toBe("unknown");
  });

  it("UTF-16 text (with its byte order mark) is text, whatever follows", () => {
    expect(sniff(bytes(0xff, 0xfe, 0x2c, 0x00, 0x00))).toBe("text");
    expect(sniff(bytes(0xfe, 0xff, 0x00, 0x2c, 0x00))).toBe("text");
    expect(sniff(bytes(0xff, 0xff, 0x00, 0x2c, 0x00))).toBe("unknown");
  });

  it("UTF-8 or GBK text with tabs, line breaks, form feeds and escapes is text", () => {
    expect(sniff(text("序号, 主要任务\r\n1,\t建设\f\x1b[0m"))).toBe("text");
    expect(sniff(bytes(0xd0, 0xf2, 0xba, 0xc5, 0x2c, 0x0a))).toBe("text"); // 序号, in GBK
  });

  it.each([0, 1, 8, 11, 14, 0x1f])("a control byte %s in the head makes it no text", (b) => {
    expect(sniff(bytes(0x61, 0x62, b, 0x63))).toBe("unknown");
  });

  it("only the first 4096 bytes are looked at for text", () => {
    const head = new Uint8Array(5000).fill(0x61);
    head[4096] = 0;
    expect(sniff(head)).toBe("text");
    head[4095] = 0;
    expect(sniff(head)).toBe("unknown");
  });
});

describe("hasUtf16Name", () => {
  const utf16 = (s: string, before = 0, after = 0) => {
    const out = new Uint8Array(before + s.length * 2 + after).fill(0x41);
    for (let i = 0; i < s.length; i++) {
      out[before + i * 2] = s.charCodeAt(i);
      out[before + i * 2 + 1] = 0;
    }
    return out;
  };

  it("finds the name at the start, in the middle and at the very end", () => {
    expect(hasUtf16Name(utf16("Enc"), "Enc")).toBe(true);
    expect(hasUtf16Name(utf16("Enc", 7, 9), "Enc")).toBe(true);
    expect(hasUtf16Name(utf16("Enc", 7), "Enc")).toBe(true);
  });

  it("does not find it cut off at the end, in single bytes, or after a false start", () => {
    expect(hasUtf16Name(utf16("Enc", 7).subarray(0, 7 + 5), "Enc")).toBe(false);
    expect(hasUtf16Name(text("xxEncxx"), "Enc")).toBe(false);
    expect(hasUtf16Name(utf16("EnEEnc", 3), "Enc")).toBe(true);
    expect(hasUtf16Name(utf16("EnEEnd", 3), "Enc")).toBe(false);
  });
});
