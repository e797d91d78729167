// @ts-check
/**
 * Webpack loader for `import source from "./worker?inline-worker"`: bundles that module and everything it imports
 * into one classic script with esbuild and exports its text, which the page starts as a Web Worker from a Blob.
 * A worker loaded from its own URL would be refused on pages opened from disk (Chromium: file:// has no origin),
 * and a worker that loads chunks of its own would be too; one inline script is neither.
 */
const path = require("node:path");
const { build } = require("esbuild");

/** @this {import("webpack").LoaderContext<Record<string, never>>} */
module.exports = function inlineWorkerLoader() {
  const done = this.async();
  const production = this.mode === "production";
  build({
    entryPoints: [this.resourcePath],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2020",
    minify: production,
    legalComments: "none",
    charset: "utf8",
    metafile: true,
    logLevel: "silent",
    define: { "process.env.NODE_ENV": JSON.stringify(production ? "production" : "development") },
  }).then(
    (result) => {
      // Rebuilt (npm start, webpack --watch) whenever a file the worker bundles changes.
      for (const input of Object.keys(result.metafile.inputs)) this.addDependency(path.resolve(input));
      done(null, `export default ${JSON.stringify(result.outputFiles[0].text)};\n`);
    },
    (e) => done(e),
  );
};
