// @ts-check
/**
 * Task-pane build, and beside it the collecting office's offline page (src/collect) in dist/collect/.
 *
 *   npm run build        production build into dist/ (the emitted manifest.xml is schema-checked;
 *                        an invalid one fails the build) and dist/collect/
 *   npx webpack --config-name taskpane | collect    one of the two (bundle-size, the tests)
 *   npm run build:dev    development build (source maps, no minification)
 *   npm run dev-server   webpack-dev-server on http://localhost:3000 (plain http: the Linux
 *                        preview; Office itself needs https, see below)
 *
 * Options
 *   ADDIN_BASE_URL=https://oa.example.edu.cn/fujian1/   deployment address written into
 *       dist/manifest.xml in place of https://localhost:3000/ (must be https).
 *   OFFICE_JS=self  or  npm run build -- --env officeJs=self   self-host office.js: copies
 *       @microsoft/office-js/dist to dist/office-js/ and the page loads office-js/office.js
 *       instead of the CDN (intranets without internet, tests). AppSource requires the CDN.
 *
 * Office desktop loads add-ins over https only: `webpack serve` on Windows/macOS uses the
 * localhost certificate of office-addin-dev-certs (see the export at the end); plain http is
 * kept for the Linux preview.
 */
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
// scripts/manifest.ts is TypeScript; tsx loads it here so the URL rewrite lives in one place.
const { rebaseManifest, validateManifest, insecureUrls, findSchemas, schemaSkippedLine } =
  require("tsx/cjs/api").require("./scripts/manifest.ts", __filename);

/** Schema-checks the manifest.xml that this build emits (offline); an invalid one fails the build. */
class ValidateManifestPlugin {
  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    const { Compilation, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("ValidateManifestPlugin", (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        { name: "ValidateManifestPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        async () => {
          const asset = compilation.getAsset("manifest.xml");
          if (!asset) return;
          const text = asset.source.source().toString();
          const schemas = findSchemas();
          if (!schemas) compilation.warnings.push(new WebpackError(schemaSkippedLine()));
          const r = schemas ? await validateManifest(text, "manifest.xml", schemas) : { valid: true, output: "" };
          const insecure = insecureUrls(text);
          if (!r.valid) compilation.errors.push(new WebpackError(`manifest.xml fails the schema check:\n${r.output}`));
          for (const u of insecure) compilation.errors.push(new WebpackError(`manifest.xml: URL is not https: ${u}`));
          if (schemas && r.valid && insecure.length === 0)
            compilation.getLogger("ValidateManifestPlugin").info("manifest.xml validates");
        },
      );
    });
  }
}

const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const DEV_PORT = 3000;

/**
 * @param {Record<string, string | boolean | undefined>} env  from --env
 * @param {{ mode?: "production" | "development" | "none" }} argv
 * @returns {import("webpack").Configuration & { devServer?: import("webpack-dev-server").Configuration }}
 */
const taskpaneConfig = (env = {}, argv = {}) => {
  const mode = argv.mode ?? "production";
  const dev = mode === "development";
  const selfHostOfficeJs = env.officeJs === "self" || process.env.OFFICE_JS === "self";
  const baseUrl = (typeof env.baseUrl === "string" && env.baseUrl) || process.env.ADDIN_BASE_URL || "";

  /** @type {any[]} */
  const copyPatterns = [
    // Copied files are shipped as they are (info.minimized keeps Terser off them).
    { from: "assets", to: "assets", info: { minimized: true } },
    {
      from: "manifest.xml",
      to: "manifest.xml",
      info: { minimized: true },
      transform: {
        transformer: (/** @type {Buffer} */ content) =>
          baseUrl ? Buffer.from(rebaseManifest(content.toString("utf8"), baseUrl), "utf8") : content,
        cache: false,
      },
    },
  ];
  if (selfHostOfficeJs) {
    copyPatterns.push({
      from: path.dirname(require.resolve("@microsoft/office-js/dist/office.js")),
      to: "office-js",
      info: { minimized: true },
    });
  }

  return {
    name: "taskpane",
    mode,
    context: __dirname,
    // Modern engines only (Edge WebView2, Safari, Chromium): no IE11 output, no polyfills.
    target: ["web", "es2020"],
    devtool: dev ? "eval-cheap-module-source-map" : "source-map",
    entry: { taskpane: "./src/taskpane/index.tsx" },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      // dist/collect/ is the other build's (collectConfig below).
      clean: { keep: /^collect[\\/]/ },
    },
    resolve: { extensions: [".tsx", ".ts", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Type errors are `npm run typecheck`'s job; the build only transpiles.
            options: { transpileOnly: true, compilerOptions: { sourceMap: true } },
          },
        },
      ],
    },
    optimization: {
      // Start-up code: React and the other vendor modules in two long-cached chunks beside the
      // app chunk. The named groups take initial chunks only, so a later `import()` keeps its
      // own modules (and vendor modules only it uses, via webpack's default groups) out of the
      // start-up download.
      splitChunks: {
        chunks: "all",
        cacheGroups: {
          react: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
            name: "react",
            chunks: "initial",
            priority: 20,
          },
          vendor: { test: /[\\/]node_modules[\\/]/, name: "vendor", chunks: "initial", priority: 10 },
        },
      },
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: { officeJsUrl: selfHostOfficeJs ? "office-js/office.js" : OFFICE_JS_CDN },
      }),
      new CopyWebpackPlugin({ patterns: copyPatterns }),
      new ValidateManifestPlugin(),
    ],
    devServer: {
      port: DEV_PORT,
      host: "localhost",
      server: "http",
      hot: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      devMiddleware: { writeToDisk: false },
      client: { overlay: { warnings: false, errors: true } },
    },
  };
};

/**
 * The collecting office's page (src/collect): dist/collect/index.html and its scripts, relative to each other
 * (publicPath "auto"), so the folder works served anywhere and saved to disk (file://). Its Web Worker comes
 * inline (scripts/inline-worker-loader.cjs): Chromium refuses `new Worker(url)` on file:// pages.
 *
 * @param {Record<string, string | boolean | undefined>} env
 * @param {{ mode?: "production" | "development" | "none" }} argv
 * @returns {import("webpack").Configuration}
 */
const collectConfig = (_env, argv = {}) => {
  const mode = argv.mode ?? "production";
  const dev = mode === "development";
  const ts = {
    loader: "ts-loader",
    options: { transpileOnly: true, compilerOptions: { sourceMap: true } },
  };
  return {
    name: "collect",
    mode,
    context: __dirname,
    target: ["web", "es2020"],
    // No eval-based source maps: the page's Content-Security-Policy allows no eval.
    devtool: dev ? "cheap-module-source-map" : "source-map",
    entry: { collect: "./src/collect/index.tsx" },
    output: {
      path: path.resolve(__dirname, "dist", "collect"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      publicPath: "auto",
      clean: true,
    },
    resolve: { extensions: [".tsx", ".ts", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          resourceQuery: /inline-worker/,
          type: "javascript/auto",
          use: { loader: path.resolve(__dirname, "scripts/inline-worker-loader.cjs") },
        },
        { test: /\.tsx?$/, exclude: /node_modules/, resourceQuery: { not: [/inline-worker/] }, use: ts },
      ],
    },
    performance: { hints: false },
    plugins: [new HtmlWebpackPlugin({ filename: "index.html", template: "./src/collect/index.html" })],
  };
};

/**
 * Office desktop loads the pane over https only: under `webpack serve` on Windows/macOS (or with
 * DEV_HTTPS=1) the dev server uses the localhost certificate of office-addin-dev-certs, which comes
 * with the optional office-addin-debugging. The Linux preview stays on plain http.
 */
module.exports = (env = {}, argv = {}) => {
  const config = taskpaneConfig(env, argv);
  const collect = collectConfig(env, argv);
  // `webpack serve` holds both builds in memory: the page at /collect/, where the pane's link leads.
  if (env.WEBPACK_SERVE) collect.output = { ...collect.output, publicPath: "/collect/" };
  const both = () => [config, collect];
  const wantHttps = env.WEBPACK_SERVE && (process.platform !== "linux" || process.env.DEV_HTTPS === "1");
  if (!wantHttps || !config.devServer) return both();
  let devCerts;
  try {
    devCerts = require("office-addin-dev-certs");
  } catch {
    console.warn("office-addin-dev-certs is not installed: serving over http, which Office desktop refuses.");
    return both();
  }
  return devCerts.getHttpsServerOptions().then((/** @type {any} */ options) => {
    config.devServer = { ...config.devServer, server: { type: "https", options } };
    return both();
  });
};
module.exports.taskpaneConfig = taskpaneConfig;
module.exports.collectConfig = collectConfig;
