/** Arguments through util.parseArgs: every command's help lists what it parses, --version, usage errors in Chinese. */
import { readFileSync } from "fs";
import * as path from "path";
import { COMMON_OPTIONS } from "../../src/cli/command";
import { COMMANDS } from "../../src/cli/commands";
import { parseCommandArgs } from "../../src/cli/parse";
import { cli } from "./run";

const VERSION = JSON.parse(readFileSync(path.resolve(__dirname, "../../package.json"), "utf8")).version;

describe("help", () => {
  it("fujian1 --help lists every command with its summary", async () => {
    const r = await cli(["--help"]);
    expect(r.code).toBe(0);
    for (const [name, def] of Object.entries(COMMANDS))
      expect(r.out).toMatch(new RegExp(`\\n {2}${name} +${def.summary}\\n`));
    expect(r.out.split("\n").filter((l) => /^ {2}[a-z]+ {2,}\S/.test(l))).toHaveLength(Object.keys(COMMANDS).length);
  });

  it.each(Object.keys(COMMANDS))(
    "%s --help lists each of its options (long and short names) and exits 0",
    async (name) => {
      const r = await cli([name, "--help"]);
      expect([r.code, r.err]).toEqual([0, ""]);
      expect(r.out).toMatch(new RegExp(`^用法：fujian1 ${name}`));
      for (const [option, o] of Object.entries({ ...COMMANDS[name].options, ...COMMON_OPTIONS })) {
        const options = r.out.slice(r.out.indexOf("选项："));
        const line = options.split("\n").find((l) => l.includes(`--${option}`));
        expect(line).toContain(o.help);
        if (o.short) expect(line).toContain(`-${o.short}, --${option}`);
      }
      // -h works too, wherever it stands.
      expect((await cli([name, "x.xlsx", "-h"])).out).toBe(r.out);
    },
  );
});

describe("--version", () => {
  it.each([["--version"], ["-v"], ["-V"]])("%s prints the package version", async (arg) => {
    expect(await cli([arg])).toEqual({ code: 0, out: `fujian1 ${VERSION}\n`, err: "" });
  });
});

describe("parsing", () => {
  const check = { ...COMMANDS.check.options, ...COMMON_OPTIONS };
  const merge = { ...COMMANDS.merge.options, ...COMMON_OPTIONS };

  it("takes flags and files in any order, short groups, --opt=value and the -- terminator", () => {
    expect(parseCommandArgs(["a.xlsx", "--json", "-q", "b.xlsx", "--", "-c.xlsx"], check, true)).toEqual({
      args: { values: { json: true, quiet: true }, positionals: ["a.xlsx", "b.xlsx", "-c.xlsx"] },
    });
    expect(parseCommandArgs(["-o", "x.xlsx", "a.xlsx"], merge, true)).toMatchObject({
      args: { values: { out: "x.xlsx" }, positionals: ["a.xlsx"] },
    });
    expect(parseCommandArgs(["--out=-x.xlsx", "a"], merge, true)).toMatchObject({
      args: { values: { out: "-x.xlsx" } },
    });
  });

  it.each([
    [["check", "--json=yes", "a.xlsx"], "选项“--json”不带值"],
    [["check", "-x", "a.xlsx"], "未知的选项“-x”"],
    [["merge", "a.xlsx", "--out", "--json"], "选项“--out”后面需要一个值"],
    [["merge", "a.xlsx", "--out="], "选项“--out”后面需要一个值"],
    [["merge", "a.xlsx", "-o"], "选项“-o”后面需要一个值"],
    [["template", "--json"], "未知的选项“--json”"],
    [["--out", "x"], "未知的选项“--out”"],
    [["toString"], "未知的命令“toString”"],
  ])("%j → Chinese message naming the argument, the help pointer, exit 2", async (args, message) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.err).not.toMatch(/[A-Za-z]{4,} (option|argument)/);
    expect(r.out).toBe("");
  });
});
