/**
 * `fujian1 check`'s exit code for a sheet whose only problem is one finding kind (tests/helpers/verdict-sheets.ts),
 * through the command line's own check, in-process: each sheet a small hand-written .xlsx.
 */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { FUJIAN1 } from "../src/form";
import { handPackage, zipParts } from "./xlsx/fixtures";
import { cli } from "./cli/run";
import { CASES } from "./helpers/verdict-sheets";

describe("fujian1 check's exit code for the same sheets (in-process)", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "fujian1-verdicts-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("is 0 for a sheet that only warns or informs, 1 for one that blocks, 2 without the form", async () => {
    const codes: Array<[string, number]> = [];
    const expected: Array<[string, number]> = [];
    for (const c of CASES) {
      const file = path.join(dir, `${c.kind}.xlsx`);
      writeFileSync(file, await zipParts(handPackage({ [FUJIAN1.sheetName]: c.sheet() })));
      codes.push([c.kind, (await cli(["check", file, "--quiet"])).code]);
      // A workbook without the form is a file the command line cannot check: 2, as for an unreadable file.
      expected.push([c.kind, c.kind === "not-form" ? 2 : c.verdict === "blocks" ? 1 : 0]);
    }
    expect(codes).toEqual(expected);
  });
});
