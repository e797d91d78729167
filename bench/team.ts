/**
 * team.split20 and team.gather20: a college of 20 units. split hands the master out (20 unit files and the
 * master's record); gather takes 20 filled unit files back into a new master. Each is timed in-process (the
 * relay's functions and the file writer, as the pane would call them: `main` of src/cli without a new process)
 * and as a user runs the shipped command line (`node bin/fujian1.js`, a new process; the median of RUNS, as the
 * shared machine is noisy). Target: each ≤ 3000 ms.
 */
import { spawn } from "child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { loadavg, tmpdir } from "os";
import * as path from "path";
import { performance } from "perf_hooks";
import { FUJIAN1, type Entries } from "../src/form";
import { main } from "../src/cli/main";
import { planSheet } from "../src/plan/sheet-plan";
import { STANDALONE_TEXT } from "../src/plan/standalone-text";
import { readGrid } from "../src/reading/read-grid";
import { decodeRelay, encodeIdentity, splitPlan, unitPlan } from "../src/relay";
import { readWorkbookFile } from "../src/xlsx/read-file";
import { writeWorkbook } from "../src/xlsx/write-plan";
import { writeUnitFile } from "../src/xlsx/write-relay";

const ROOT = path.join(__dirname, "..");
const UNITS = 20;
const BUDGET_MS = 3000;
const RUNS = 3;
const quiet = { out: () => undefined, err: () => undefined, errIsTTY: false };

function runCli(args: string[]): Promise<{ ms: number; code: number | null }> {
  return new Promise((done, fail) => {
    const t = performance.now();
    const child = spawn(process.execPath, [path.join(ROOT, "bin", "fujian1.js"), ...args], {
      stdio: "ignore",
      env: { ...process.env, NODE_OPTIONS: "" },
    });
    child.on("error", fail);
    child.on("close", (code) => done({ ms: performance.now() - t, code }));
  });
}

async function median(run: () => Promise<{ ms: number; code: number | null }>) {
  const runs: Array<{ ms: number; code: number | null }> = [];
  for (let i = 0; i < RUNS; i++) runs.push(await run());
  runs.sort((a, b) => a.ms - b.ms);
  return runs[(RUNS - 1) / 2];
}

async function inProcess(args: string[]): Promise<{ ms: number; code: number }> {
  const t = performance.now();
  const code = await main(args, quiet);
  return { ms: performance.now() - t, code };
}

export async function benchTeam(emit: (r: Record<string, unknown>) => void): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "fujian1-team-"));
  const at = (name: string) => path.join(dir, name);
  try {
    const units = Array.from({ length: UNITS }, (_, i) => `单位${String(i + 1).padStart(2, "0")}`);
    const lists = { units, times: FUJIAN1.lists.times };
    const rows: Entries["rows"] = {};
    FUJIAN1.tasks.forEach((t, i) => {
      rows[t.seq] = [{ measure: "", target: "", unit: units[i % UNITS], time: lists.times[0] }];
    });
    const master: Entries = { header: { unit: "某职业技术学院", contact: "张三", phone: "13800138000" }, rows };
    const plan = planSheet(FUJIAN1, master, FUJIAN1.sheetName, lists, { standalone: STANDALONE_TEXT });
    writeFileSync(at("汇总.xlsx"), await writeWorkbook(plan));

    await inProcess(["split", at("汇总.xlsx"), "--out", at("warm"), "--force"]);
    const splitIn = await median(() => inProcess(["split", at("汇总.xlsx"), "--out", at("分发"), "--force"]));
    const splitCli = await median(() => runCli(["split", at("汇总.xlsx"), "--out", at("分发"), "--force"]));
    const handedOut = readdirSync(at("分发")).length;

    // Each unit fills its tasks (written as the standard file of its entries, with its identity).
    const filled: string[] = [];
    for (const name of readdirSync(at("分发"))) {
      const r = await readWorkbookFile(new Uint8Array(readFileSync(path.join(at("分发"), name))), FUJIAN1);
      if ("kind" in r) throw new Error(r.message);
      const relay = decodeRelay(r.relay);
      if (relay?.kind !== "unit") throw new Error(`${name}: no identity`);
      const entries = readGrid(FUJIAN1, r.grid, r.merges).entries;
      for (const t of relay.identity.tasks.filter((x) => x.role === "lead"))
        entries.rows[t.seq] = [{ ...entries.rows[t.seq][0], measure: `举措${t.seq}`, target: `目标${t.seq}` }];
      const unitPlanned = unitPlan(
        planSheet(FUJIAN1, entries, FUJIAN1.sheetName, lists, { standalone: STANDALONE_TEXT }),
        splitPlan(FUJIAN1, entries, relay.identity.unit),
        relay.identity,
      );
      const file = at(`交回-${name}`);
      writeFileSync(file, await writeUnitFile(unitPlanned, encodeIdentity(relay.identity)));
      filled.push(file);
    }
    const gatherIn = await median(() =>
      inProcess(["gather", at("汇总.xlsx"), ...filled, "--out", at("收回-a.xlsx"), "--force"]),
    );
    const gatherCli = await median(() =>
      runCli(["gather", at("汇总.xlsx"), ...filled, "--out", at("收回-b.xlsx"), "--force"]),
    );
    const check = await inProcess(["check", "-q", at("收回-b.xlsx")]);
    const round = (x: number) => Math.round(x);
    emit({
      name: "team.split20",
      units: handedOut,
      inProcessMs: round(splitIn.ms),
      cliMs: round(splitCli.ms),
      budgetMs: BUDGET_MS,
      exitCodes: [splitIn.code, splitCli.code],
      // The machine's load while measuring (2 cores shared): a new process waits for a core when it is high.
      loadAvg1: Math.round(loadavg()[0] * 10) / 10,
    });
    emit({
      name: "team.gather20",
      files: filled.length,
      inProcessMs: round(gatherIn.ms),
      cliMs: round(gatherCli.ms),
      budgetMs: BUDGET_MS,
      exitCodes: [gatherIn.code, gatherCli.code],
      resultReady: check.code === 0,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module)
  benchTeam((r) => process.stdout.write(JSON.stringify(r) + "\n")).catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
