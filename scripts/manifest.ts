/**
 * Offline schema check of an Office add-in XML manifest, with libxml2 compiled to WebAssembly
 * (xmllint-wasm): the same result as
 *   xmllint --noout --nonet --schema ../shared/office-manifest-schemas/OfficeAppManifestV1_1.xsd manifest.xml
 * with no apt package and no network. Used by scripts/check-manifest.ts and tests/manifest.test.ts.
 * Microsoft's XSDs are not in this repository: without them the schema check is skipped (one line says
 * so), the project's own structural checks still run, and .ci/run requires them.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { validateXML } from "xmllint-wasm";

export const REPO_ROOT = resolve(__dirname, "..");
export const MAIN_SCHEMA = "OfficeAppManifestV1_1.xsd";

/** ../shared/office-manifest-schemas beside the repo, or $OFFICE_MANIFEST_SCHEMAS. */
export function schemaDir(): string {
  return process.env.OFFICE_MANIFEST_SCHEMAS || resolve(REPO_ROOT, "..", "shared", "office-manifest-schemas");
}

/** How a developer turns the schema check on (Microsoft's XSDs are not part of this repository). */
export const ENABLE_SCHEMAS =
  `put Microsoft's add-in manifest XSDs (${MAIN_SCHEMA} and the schemas it imports) in ` +
  "../shared/office-manifest-schemas or set OFFICE_MANIFEST_SCHEMAS to their folder";

/**
 * The schema folder when it holds the main schema; undefined when the default folder is absent (a bare
 * clone). A folder named in OFFICE_MANIFEST_SCHEMAS must hold the schemas: a wrong path is an error.
 */
export function findSchemas(dir = schemaDir(), named = !!process.env.OFFICE_MANIFEST_SCHEMAS): string | undefined {
  if (existsSync(join(dir, MAIN_SCHEMA))) return dir;
  if (named) throw new Error(`OFFICE_MANIFEST_SCHEMAS: ${MAIN_SCHEMA} not found in ${dir}`);
  return undefined;
}

/** The one line printed when the schema check is skipped. */
export function schemaSkippedLine(): string {
  return `manifest schema check SKIPPED: no ${MAIN_SCHEMA} at ${schemaDir()}; to enable it, ${ENABLE_SCHEMAS}.`;
}

export interface ManifestCheck {
  valid: boolean;
  /** xmllint's own messages ("manifest.xml:12: element Id: Schemas validity error : ..."). */
  output: string;
}

let schemaCache: { dir: string; files: { fileName: string; contents: Uint8Array }[] } | undefined;

function loadSchemas(dir: string) {
  if (schemaCache?.dir !== dir) {
    let names: string[];
    try {
      names = readdirSync(dir).filter((f) => f.endsWith(".xsd"));
    } catch {
      throw new Error(`manifest schemas not found at ${dir} (set OFFICE_MANIFEST_SCHEMAS)`);
    }
    if (!names.includes(MAIN_SCHEMA)) throw new Error(`${MAIN_SCHEMA} missing in ${dir}`);
    schemaCache = { dir, files: names.map((f) => ({ fileName: f, contents: readFileSync(join(dir, f)) })) };
  }
  return schemaCache.files;
}

/** Validates manifest text (UTF-8) against OfficeAppManifestV1_1.xsd and the schemas it imports. */
export async function validateManifest(
  xml: string | Uint8Array,
  fileName = "manifest.xml",
  dir = schemaDir(),
): Promise<ManifestCheck> {
  const schemas = loadSchemas(dir);
  const contents = typeof xml === "string" ? Buffer.from(xml, "utf8") : xml;
  const r = await validateXML({
    xml: [{ fileName: basename(fileName), contents }],
    schema: [schemas.find((s) => s.fileName === MAIN_SCHEMA)!],
    preload: schemas.filter((s) => s.fileName !== MAIN_SCHEMA),
    modifyArguments: (args) => ["--nonet", ...args],
  });
  return { valid: r.valid, output: r.rawOutput.trim() };
}

/** Checks Office applies that the schema does not: every absolute URL in an attribute or AppDomain is https. */
export function insecureUrls(xml: string): string[] {
  const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(\w+:\/\/[^"]*)"|<AppDomain>([^<]*)<\/AppDomain>/g)].map(
    (m) => m[1] ?? m[2],
  );
  return urls.filter((u) => !u.startsWith("https://"));
}

/** Rewrites the development address https://localhost:3000/ to a deployment base URL. */
export function rebaseManifest(xml: string, baseUrl: string): string {
  const base = new URL(baseUrl);
  if (base.protocol !== "https:") throw new Error(`ADDIN_BASE_URL must be an https:// address, got ${baseUrl}`);
  const href = base.href.endsWith("/") ? base.href : `${base.href}/`;
  return xml.split("https://localhost:3000/").join(href).split("https://localhost:3000").join(base.origin);
}
