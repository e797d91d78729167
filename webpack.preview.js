// @ts-check
/**
 * Browser preview build: the real task pane beside an in-memory workbook (src/preview/),
 * no Office and no office.js needed.
 *
 *   npx webpack --config webpack.preview.js --mode development      build into dist-preview/
 *   npx webpack serve --config webpack.preview.js --mode development
 *   npm start (Linux)                                                 scripts/start.mjs serves it
 *
 * PORT sets the dev server's port (default 3000). --output-path overrides dist-preview/.
 * TypeScript handling and resolution come from webpack.config.js, so both builds agree.
 */
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { taskpaneConfig } = require("./webpack.config.js");

/**
 * @param {Record<string, string | boolean | undefined>} env
 * @param {{ mode?: "production" | "development" | "none" }} argv
 * @returns {import("webpack").Configuration & { devServer?: import("webpack-dev-server").Configuration }}
 */
module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode ?? "development";
  const dev = mode === "development";
  const base = taskpaneConfig(env, { mode });
  return {
    mode,
    context: __dirname,
    target: base.target,
    devtool: dev ? "eval-cheap-module-source-map" : false,
    entry: { preview: "./src/preview/index.tsx" },
    output: {
      path: path.resolve(__dirname, "dist-preview"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: base.resolve,
    module: base.module,
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({ filename: "index.html", template: "./src/preview/preview.html", chunks: ["preview"] }),
    ],
    devServer: {
      port: Number(process.env.PORT) || 3000,
      host: "localhost",
      server: "http",
      hot: false,
      static: false,
      devMiddleware: { writeToDisk: false },
      client: { overlay: { warnings: false, errors: true } },
    },
  };
};
