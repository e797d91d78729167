/**
 * Random packages (parts shuffled, renamed, missing, oversized, damaged) through the command line: every
 * file gets exactly one verdict line, a good file among them is still checked, and no internal English
 * reaches the user. The run is bounded by the limits (the jest timeout is its guard, not a timing test).
 */
import fc from "fast-check";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import * as path from "path";
import { cli } from "../cli/run";
import { formFile, handPackage, planGrid, readyEntries, zipParts } from "./fixtures";

const dir = mkdtempSync(path.join(tmpdir(), "fujian1-prop-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Parts = Record<string, string | Uint8Array>;
let bases: Parts[];
let good: Uint8Array;

beforeAll(async () => {
  good = await formFile(readyEntries("好学院"));
  const zip = await JSZip.loadAsync(good);
  const excel: Parts = {};
  for (const f of Object.values(zip.files)) if (!f.dir) excel[f.name] = await f.async("uint8array");
  bases = [excel, handPackage({ 附件1: planGrid(readyEntries("手写学院")) }, { prefix: "x" })];
}, 30_000);

type Mutation =
  | { op: "drop"; pick: number }
  | { op: "rename"; pick: number; to: string }
  | { op: "oversize"; pick: number; kb: number }
  | { op: "damage"; pick: number; at: number }
  | { op: "truncate"; pick: number; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant("drop" as const), pick: fc.nat() }),
  fc.record({
    op: fc.constant("rename" as const),
    pick: fc.nat(),
    to: fc.constantFrom("xl/worksheets/x.xml", "XL/WORKBOOK.XML", "a/b/../c.xml", "[Content_Types].xml", "内容.xml"),
  }),
  fc.record({ op: fc.constant("oversize" as const), pick: fc.nat(), kb: fc.integer({ min: 64, max: 4096 }) }),
  fc.record({ op: fc.constant("damage" as const), pick: fc.nat(), at: fc.nat() }),
  fc.record({ op: fc.constant("truncate" as const), pick: fc.nat(), at: fc.nat() }),
);

const bytesOf = (v: string | Uint8Array) => (typeof v === "string" ? Buffer.from(v) : Buffer.from(v));

function mutate(base: Parts, mutations: Mutation[], order: number[]): Parts {
  let parts = { ...base };
  for (const m of mutations) {
    const names = Object.keys(parts);
    if (!names.length) break;
    const name = names[m.pick % names.length];
    const data = bytesOf(parts[name]);
    switch (m.op) {
      case "drop":
        delete parts[name];
        break;
      case "rename":
        delete parts[name];
        parts[m.to] = data;
        break;
      case "oversize": {
        // The part grows by repeating what it holds, well-formed or not.
        const grown = Buffer.alloc(m.kb * 1024);
        for (let i = 0; i < grown.length; i += Math.max(data.length, 1)) data.copy(grown, i);
        parts[name] = grown;
        break;
      }
      case "damage":
        if (data.length) data[m.at % data.length] ^= 0x5a;
        parts[name] = data;
        break;
      case "truncate":
        parts[name] = data.subarray(0, data.length ? m.at % data.length : 0);
        break;
    }
  }
  // Shuffle the entries' order in the zip.
  const entries = Object.entries(parts);
  const shuffled = entries
    .map((e, i) => ({ e, k: order[i % Math.max(order.length, 1)] ?? i }))
    .sort((a, b) => a.k - b.k);
  parts = Object.fromEntries(shuffled.map((s) => s.e));
  return parts;
}

it("one verdict per random package, the good file still checked, no internal English", async () => {
  let run = 0;
  const outcomes = new Set<string>();
  await fc.assert(
    fc.asyncProperty(
      fc.array(
        fc.record({
          base: fc.nat({ max: 1 }),
          mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }),
          order: fc.array(fc.nat({ max: 100 }), { minLength: 1, maxLength: 20 }),
        }),
        { minLength: 1, maxLength: 3 },
      ),
      async (packages) => {
        run++;
        const files: string[] = [];
        for (const [i, p] of packages.entries()) {
          const name = path.join(dir, `随机-${run}-${i}.xlsx`);
          writeFileSync(name, await zipParts(mutate(bases[p.base], p.mutations, p.order)));
          files.push(name);
        }
        const goodFile = path.join(dir, `好-${run}.xlsx`);
        writeFileSync(goodFile, good);
        const r = await cli(["check", "-q", ...files, goodFile]);
        const verdicts = r.out.split("\n").filter((l) => /^[✔✘] /.test(l));
        expect(verdicts).toHaveLength(files.length + 1);
        for (const f of files) expect(verdicts.filter((l) => l.includes(`  ${path.basename(f)}  `))).toHaveLength(1);
        for (const l of verdicts.slice(0, -1)) outcomes.add(l.replace(/ {2}随机-\S+ {2}/, " ").slice(0, 14));
        expect(verdicts[verdicts.length - 1]).toBe(`✔ 可以提交  好-${run}.xlsx  有举措 54/54`);
        const text = r.out.replace(/Excel|xlsx|WPS|PDF|CSV|zip|XML|Content_Types|\[调试\]/g, "");
        expect(text).not.toMatch(/Error|Cannot|undefined|null|ENO[A-Z]+|at \w+ \(/);
      },
    ),
    { numRuns: 30, seed: 15 },
  );
  // The packages were varied enough to reach many different verdicts (readable ones included).
  expect(outcomes.size).toBeGreaterThanOrEqual(5);
  expect([...outcomes].some((o) => o.startsWith("✘ 有") || o.startsWith("✔"))).toBe(true);
}, 120_000);
