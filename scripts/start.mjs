#!/usr/bin/env node
// npm start
//
// Windows and macOS: sideloads the add-in into desktop Excel with office-addin-debugging
// (an optional dependency), which also runs `npm run dev-server`.
// Linux (no desktop Excel): builds the browser preview (src/preview, webpack.preview.js) and the
// collecting office's page (src/collect, at /collect/) in development mode and serves them on
// http://localhost:3000 (PORT overrides), rebuilding on change. Ctrl+C or SIGTERM stops the
// server cleanly and exits 0.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

function startInOffice() {
  let pkgPath;
  try {
    pkgPath = require.resolve("office-addin-debugging/package.json", { paths: [root] });
  } catch {
    console.error(
      [
        "未安装 office-addin-debugging（它是可选依赖，npm 在安装失败时会跳过它）。",
        "  安装：npm install --no-save office-addin-debugging",
        "  或者：npm run dev-server，然后在 Excel 中手动加载 manifest.xml",
        "        （插入 → 获取加载项 → 我的加载项 → 上传我的加载项）。",
        "office-addin-debugging (an optional dependency) is not installed. Install it with the command",
        "above, or run `npm run dev-server` and sideload manifest.xml in Excel by hand.",
      ].join("\n"),
    );
    process.exit(1);
  }
  const pkg = require(pkgPath);
  const bin = typeof pkg.bin === "string" ? pkg.bin : pkg.bin["office-addin-debugging"];
  const args = [join(dirname(pkgPath), bin), "start", "manifest.xml", ...process.argv.slice(2)];
  const child = spawn(process.execPath, args, { cwd: root, stdio: "inherit" });
  // Ctrl+C reaches the child through the terminal; pass on a SIGTERM sent to this process only.
  process.on("SIGTERM", () => child.kill("SIGTERM"));
  process.on("SIGINT", () => undefined);
  child.on("exit", (code, signal) => process.exit(code ?? (signal === "SIGINT" || signal === "SIGTERM" ? 0 : 1)));
}

async function startPreview() {
  const webpack = require("webpack");
  const WebpackDevServer = require("webpack-dev-server");
  const makeConfig = require(join(root, "webpack.preview.js"));
  const { collectConfig } = require(join(root, "webpack.config.js"));
  const port = Number(process.env.PORT) || 3000;
  const config = makeConfig({}, { mode: "development" });
  const collect = collectConfig({}, { mode: "development" });
  // Served from memory at /collect/ beside the preview (the built page uses relative addresses instead).
  collect.output = { ...collect.output, publicPath: "/collect/" };
  for (const c of [config, collect]) {
    c.infrastructureLogging = { level: "warn" };
    c.stats = "errors-warnings";
  }
  const compiler = webpack([config, collect]);
  const server = new WebpackDevServer({ ...config.devServer, port, setupExitSignals: false }, compiler);
  const url = `http://localhost:${port}/`;

  let announced = false;
  compiler.hooks.done.tap("fujian1-start", (stats) => {
    if (stats.hasErrors()) {
      console.error("预览构建出错，修改代码后会自动重新构建。 The preview build failed; it rebuilds when you save.");
    } else if (!announced) {
      announced = true;
      console.log(
        [
          "",
          `在浏览器中打开 ${url} 预览任务窗格（左侧是模拟的 Excel 工作簿，右侧是任务窗格）。`,
          `  英文界面：${url}?lang=en  像功能区“检查完整性”按钮那样打开：${url}?run=check`,
          `  汇总各校文件的页面：${url}collect/`,
          "  按 Ctrl+C 停止。",
          `Open ${url} in a browser (no Excel on Linux: a simulated workbook beside the real task pane). Ctrl+C stops.`,
          `  The collecting office's page: ${url}collect/`,
          "",
        ].join("\n"),
      );
    }
  });

  let stopping = false;
  const stop = async (signal) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: 正在停止预览服务器… stopping the preview server`);
    try {
      await server.stop();
      await new Promise((done) => compiler.close(done));
    } finally {
      process.exit(0);
    }
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGHUP", () => void stop("SIGHUP"));
  // `npm start` runs this under `sh -c`; when a SIGTERM kills npm's shell but not this process,
  // the parent changes: stop rather than leave a stray server behind.
  const parent = process.ppid;
  setInterval(() => process.ppid !== parent && void stop("parent exited"), 1000).unref();

  try {
    await server.start();
  } catch (e) {
    if (e && e.code === "EADDRINUSE") {
      console.error(`端口 ${port} 已被占用。请关闭占用它的程序，或换一个端口：PORT=3001 npm start`);
      console.error(`Port ${port} is in use. Stop whatever uses it, or choose another: PORT=3001 npm start`);
    } else {
      console.error(e);
    }
    await new Promise((done) => compiler.close(done));
    process.exit(1);
  }
}

if (process.platform === "win32" || process.platform === "darwin") startInOffice();
else await startPreview();
