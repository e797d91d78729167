/**
 * manifest.xml: schema-valid (offline, xmllint-wasm with ../shared/office-manifest-schemas), the
 * facts the add-in relies on, real icon files of the declared sizes, and proof that the check
 * can fail (a broken copy is rejected). Without Microsoft's XSDs (a bare clone) the schema tests are
 * skipped and counted as skipped; the structural tests below always run.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  REPO_ROOT,
  findSchemas,
  insecureUrls,
  rebaseManifest,
  schemaSkippedLine,
  validateManifest,
} from "../scripts/manifest";
import { pngSize } from "../scripts/make-icons";

jest.setTimeout(60_000);

const xml = readFileSync(join(REPO_ROOT, "manifest.xml"), "utf8");
const DEV_BASE = "https://localhost:3000/";
const schemas = findSchemas();
/** Schema tests need Microsoft's XSDs (scripts/manifest.ts says where they go). */
const withSchemas = schemas ? it : it.skip;

/** Text of the first <tag>…</tag> (non-nested use only). */
function element(source: string, tag: string): string {
  const m = source.match(new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`));
  if (!m) throw new Error(`<${tag}> not found`);
  return m[1];
}

/** The attribute value of a start tag (the tag's own text). */
function attr(tag: string, name: string): string | undefined {
  return tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];
}

/** Every start tag of an element name, as text. */
function tags(source: string, name: string): string[] {
  return [...source.matchAll(new RegExp(`<${name}(?:\\s[^>]*)?/?>`, "g"))].map((m) => m[0]);
}

/** DefaultValue and en-US override of a bt:String (ShortStrings or LongStrings). */
function btString(id: string): { zh: string; en: string | undefined } {
  const m = xml.match(
    new RegExp(`<bt:String id="${id.replace(/\./g, "\\.")}" DefaultValue="([^"]*)"(?:/>|>([\\s\\S]*?)</bt:String>)`),
  );
  if (!m) throw new Error(`bt:String ${id} not found`);
  return { zh: m[1], en: m[2]?.match(/<bt:Override Locale="en-US" Value="([^"]*)"/)?.[1] };
}

function btUrl(id: string): string {
  const m = xml.match(new RegExp(`<bt:Url id="${id.replace(/\./g, "\\.")}" DefaultValue="([^"]*)"`));
  if (!m) throw new Error(`bt:Url ${id} not found`);
  return m[1];
}

describe("manifest.xml schema check", () => {
  withSchemas("validates against OfficeAppManifestV1_1.xsd (VersionOverrides 1.0)", async () => {
    const r = await validateManifest(xml);
    expect(r.output).toMatch(/validates/);
    expect(r.valid).toBe(true);
  });

  withSchemas("rejects a copy whose Id is not a GUID (the check can fail)", async () => {
    const broken = xml.replace(/<Id>[^<]*<\/Id>/, "<Id>fujian1-addin</Id>");
    expect(broken).not.toBe(xml);
    const r = await validateManifest(broken);
    expect(r.valid).toBe(false);
    expect(r.output).toMatch(/Id.*pattern/);
  });

  withSchemas("rejects a copy with elements out of schema order", async () => {
    const broken = xml
      .replace(/(\s*<Permissions>ReadWriteDocument<\/Permissions>)/, "")
      .replace("<DefaultSettings>", "<Permissions>ReadWriteDocument</Permissions><DefaultSettings>");
    const r = await validateManifest(broken);
    expect(r.valid).toBe(false);
  });
});

describe("without Microsoft's schemas", () => {
  it("skips the schema check in a bare clone, but not when OFFICE_MANIFEST_SCHEMAS names a wrong folder", () => {
    const empty = mkdtempSync(join(tmpdir(), "no-xsd-"));
    try {
      expect(findSchemas(empty, false)).toBeUndefined();
      expect(() => findSchemas(empty, true)).toThrow(/OFFICE_MANIFEST_SCHEMAS: OfficeAppManifestV1_1\.xsd not found/);
      expect(schemaSkippedLine()).toMatch(/SKIPPED.*OFFICE_MANIFEST_SCHEMAS/);
    } finally {
      rmSync(empty, { recursive: true });
    }
  });
});

describe("manifest.xml facts", () => {
  it("is an Excel task-pane add-in with a fixed GUID, version 1.0.0.0 and zh-CN default", () => {
    expect(xml).toMatch(/<OfficeApp [^>]*xsi:type="TaskPaneApp"/);
    expect(element(xml, "Id")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(element(xml, "Version")).toBe("1.0.0.0");
    expect(element(xml, "ProviderName")).toBe("辽宁职业教育附件1工具");
    expect(element(xml, "DefaultLocale")).toBe("zh-CN");
    const hosts = tags(element(xml, "Hosts"), "Host").map((t) => attr(t, "Name"));
    expect(hosts).toEqual(["Workbook"]);
    expect(element(xml, "Permissions")).toBe("ReadWriteDocument");
  });

  it("has zh-CN display name and description with en-US overrides", () => {
    const name = element(xml, "DisplayName");
    expect(xml).toMatch(/<DisplayName DefaultValue="附件1 填报助手">/);
    expect(name).toMatch(/<Override Locale="en-US" Value="Fujian 1 Form Helper"\/>/);
    expect(xml).toMatch(/<Description DefaultValue="载入、填报并检查《…任务落实举措清单》附件1">/);
    expect(element(xml, "Description")).toMatch(
      /<Override Locale="en-US" Value="Load, fill and check Annex 1 \(task implementation list\)"\/>/,
    );
  });

  it("declares ExcelApi 1.1 only (higher sets are checked at run time)", () => {
    const req = element(xml, "Requirements");
    expect(req).toMatch(/<Sets DefaultMinVersion="1.1">/);
    expect(tags(req, "Set").map((t) => [attr(t, "Name"), attr(t, "MinVersion")])).toEqual([["ExcelApi", "1.1"]]);
  });

  it("uses https everywhere and opens taskpane.html", () => {
    const source = attr(tags(element(xml, "DefaultSettings"), "SourceLocation")[0], "DefaultValue");
    expect(source).toBe(`${DEV_BASE}taskpane.html`);
    expect(insecureUrls(xml)).toEqual([]);
  });

  it("has two Home-tab buttons that open the same pane, the second at ?run=check", () => {
    const overrides = element(xml, "VersionOverrides");
    expect(tags(overrides, "OfficeTab").map((t) => attr(t, "id"))).toEqual(["TabHome"]);
    const controls = [...overrides.matchAll(/<Control xsi:type="Button" id="([^"]+)">([\s\S]*?)<\/Control>/g)];
    expect(controls).toHaveLength(2);
    const buttons = controls.map(([, id, body]) => ({
      id,
      label: btString(attr(tags(body, "Label")[0], "resid")!),
      action: attr(tags(body, "Action")[0], "xsi:type"),
      pane: element(body, "TaskpaneId"),
      url: btUrl(attr(tags(body, "SourceLocation")[0], "resid")!),
    }));
    expect(buttons.map((b) => b.action)).toEqual(["ShowTaskpane", "ShowTaskpane"]);
    expect(buttons[0].label).toEqual({ zh: "附件1", en: "Annex 1" });
    expect(buttons[0].url).toBe(`${DEV_BASE}taskpane.html`);
    expect(buttons[1].label).toEqual({ zh: "检查完整性", en: "Check completeness" });
    expect(buttons[1].url).toBe(`${DEV_BASE}taskpane.html?run=check`);
    expect(buttons[0].pane).toBe(buttons[1].pane);
  });

  it("gives every localised string an en-US override and defines every resid it uses", () => {
    const ids = [...xml.matchAll(/<bt:(?:String|Url|Image) id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [, resid] of xml.matchAll(/resid="([^"]+)"/g)) expect(ids).toContain(resid);
    for (const [, id] of xml.matchAll(/<bt:String id="([^"]+)"/g)) expect(btString(id).en).toBeTruthy();
  });

  it("points at icons that exist in assets/ with the declared pixel sizes", () => {
    const images = [...xml.matchAll(/<bt:Image id="[^"]+" DefaultValue="([^"]+)"/g)].map((m) => m[1]);
    const sizes = tags(element(xml, "Icon"), "bt:Image").map((t) => Number(attr(t, "size")));
    expect(sizes).toEqual([16, 32, 80]);
    const declared = [
      ...images,
      attr(tags(xml, "IconUrl")[0], "DefaultValue")!,
      attr(tags(xml, "HighResolutionIconUrl")[0], "DefaultValue")!,
    ];
    for (const url of declared) {
      expect(url.startsWith(`${DEV_BASE}assets/`)).toBe(true);
      const file = join(REPO_ROOT, url.slice(DEV_BASE.length));
      const size = Number(url.match(/icon-(\d+)\.png$/)![1]);
      expect(existsSync(file)).toBe(true);
      expect(pngSize(readFileSync(file))).toEqual({ width: size, height: size });
    }
    for (const size of [16, 32, 64, 80]) {
      expect(pngSize(readFileSync(join(REPO_ROOT, "assets", `icon-${size}.png`)))).toEqual({
        width: size,
        height: size,
      });
    }
  });
});

describe("deployment address (ADDIN_BASE_URL)", () => {
  const rebased = () => rebaseManifest(xml, "https://intranet.example.edu.cn/fujian1/");

  it("rewrites every development URL", () => {
    const out = rebased();
    expect(out).not.toMatch(/localhost/);
    expect(out).toMatch(
      /<SourceLocation DefaultValue="https:\/\/intranet\.example\.edu\.cn\/fujian1\/taskpane\.html"\/>/,
    );
    expect(out).toMatch(/DefaultValue="https:\/\/intranet\.example\.edu\.cn\/fujian1\/taskpane\.html\?run=check"/);
    expect(out).toMatch(/<AppDomain>https:\/\/intranet\.example\.edu\.cn<\/AppDomain>/);
    expect(insecureUrls(out)).toEqual([]);
  });

  withSchemas("stays schema-valid after the rewrite", async () => {
    expect((await validateManifest(rebased(), "manifest.xml", schemas)).valid).toBe(true);
  });

  it("adds the trailing slash and refuses plain http", () => {
    expect(rebaseManifest(xml, "https://oa.example.edu.cn/fujian1")).toMatch(
      /"https:\/\/oa\.example\.edu\.cn\/fujian1\/taskpane\.html"/,
    );
    expect(() => rebaseManifest(xml, "http://oa.example.edu.cn/")).toThrow(/https/);
  });
});
