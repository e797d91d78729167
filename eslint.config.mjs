// ESLint 9 flat config.
//
// - eslint-plugin-office-addins: the Office.js rules of its "recommended" set (load before
//   read, sync after load, no sync in loops, ...). Its own preset only covers *.ts/*.js, not
//   *.tsx, and also turns on prettier formatting; we take its Office rules for every TS/TSX
//   file. Formatting is Prettier's own job: `npm run lint` ends with `prettier --check .`.
// - typescript-eslint "recommended" for TypeScript, @eslint/js "recommended" for all.
// - React and hooks rules for the task pane.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import react from "eslint-plugin-react";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

// The layering (README "How it is built"), enforced. Each rule is proven by tests/lint-rules.test.ts.
const OFFICE_GLOBALS = ["Excel", "Office", "OfficeExtension"].map((name) => ({
  name,
  message: `Office.js (${name}) is called only in src/excel, the adapter; use or add a function there.`,
}));
const NODE_GLOBALS = [
  "process",
  "Buffer",
  "__dirname",
  "__filename",
  "require",
  "module",
  "global",
  "setImmediate",
].map((name) => ({
  name,
  message: `${name} is Node's: shipped browser code runs in the task pane; only src/cli is Node code.`,
}));
const FAKE_EXCEL = {
  regex: "(^|/)fake-excel(/|$)",
  message: "src/fake-excel (the in-memory Excel) is for the tests, the preview and the bench only.",
};
const PURE_LAYERS = {
  regex: "(^|/)(excel|xlsx|word|ooxml|fake-excel|cli|taskpane|preview)(/|$)",
  message:
    "src/form, src/plan, src/reading and src/relay are pure: they import no adapter (excel, xlsx, word, ooxml, cli) and no UI.",
};
const UI_AND_IO_PACKAGES = {
  regex: "^(react|react-dom|@fluentui/.*|exceljs|docx|jszip|@xmldom/xmldom|saxes|node:.*|fs|path|child_process)(/.*)?$",
  message: "src/form, src/plan, src/reading and src/relay are pure: no UI, file-format or Node packages.",
};

const NODE_PACKAGES = "^(node:.*|fs|fs/promises|path|os|child_process|worker_threads|zlib|url)(/.*)?$";
// src/merge (the check and merge the command line and the collecting page share) and src/collect (the page) run
// in browsers: no Node package, and neither reaches into the command line, Office.js code or the task pane.
const SHARED_MERGE = [
  {
    regex: "(^|/)(cli|excel|fake-excel|taskpane|preview|collect)(/|$)",
    message: "src/merge is shared by the command line and the collecting page: it imports no adapter of either.",
  },
  {
    regex: `${NODE_PACKAGES}|^(react|react-dom|@fluentui/.*)(/.*)?$`,
    message: "src/merge runs in browsers too: no Node or UI packages.",
  },
];
const COLLECT_PAGE = [
  {
    regex: "(^|/)(cli|excel|fake-excel|taskpane|preview)(/|$)",
    message:
      "src/collect (the collecting page) checks and merges through src/merge, never src/cli, Office.js code or the pane.",
  },
  { regex: NODE_PACKAGES, message: "src/collect is a web page: no Node packages." },
];

// src/ooxml (the guarded unzip, the sniffer, the streaming XML reader of Office Open XML packages) is what the
// xlsx and Word readers share, below them: it imports none of the app's folders, and runs in browsers.
const OOXML_PACKAGES = [
  {
    regex: "(^|/)(form|plan|reading|relay|excel|xlsx|word|fake-excel|cli|taskpane|preview|merge|collect|i18n)(/|$)",
    message:
      "src/ooxml reads Office Open XML packages for the xlsx and Word readers: it imports none of the app's folders.",
  },
  {
    regex: `${NODE_PACKAGES}|^(react|react-dom|@fluentui/.*|exceljs|docx)(/.*)?$`,
    message: "src/ooxml runs in browsers and reads packages itself (jszip, saxes): no Node, UI or writer packages.",
  },
];

const officeRules = {
  "office-addins/call-sync-after-load": "error",
  "office-addins/call-sync-before-read": "error",
  "office-addins/load-object-before-read": "error",
  "office-addins/no-context-sync-in-loop": "warn",
  "office-addins/no-empty-load": "warn",
  "office-addins/no-navigational-load": "warn",
  "office-addins/no-office-initialize": "warn",
  "office-addins/test-for-null-using-isNullObject": "error",
};

export default tseslint.config(
  {
    ignores: [
      ".cache/**",
      "dist/**",
      "dist-preview/**",
      "dist-cli/**",
      "node_modules/**",
      "coverage/**",
      "test-results/**",
      ".stryker-tmp/**",
      "reports/**",
      "seeds/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,mts,cts}"],
    // Registered everywhere so that `eslint-disable office-addins/...` comments always resolve.
    plugins: { "office-addins": officeAddins },
    rules: {
      "no-eval": "error",
      // Prettier wraps code at 120; this catches what it cannot wrap (comments, long expressions in one
      // token run). Long strings, template literals, URLs and regular expressions stay whole for grep.
      "max-len": [
        "error",
        {
          code: 120,
          ignoreStrings: true,
          ignoreTemplateLiterals: true,
          ignoreUrls: true,
          ignoreRegExpLiterals: true,
          // eslint-disable directives name their rules on one line.
          ignorePattern: "^\\s*/[*/]\\s*eslint-",
        },
      ],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Office.js code. The rules track any object obtained from a get*() call, so ExcelJS code
    // (worksheet.getCell(...)) looks like an unloaded Office proxy to them: keep them off the
    // ExcelJS/.xlsx folders (add a folder here if it only handles .xlsx files; elsewhere use an
    // eslint-disable comment with a reason, as tests/fake-excel does).
    files: ["src/**/*.{ts,tsx}", "tests/**/*.{ts,tsx}"],
    ignores: ["src/xlsx/**", "src/ooxml/**", "tests/xlsx/**"],
    rules: officeRules,
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    languageOptions: {
      globals: { ...globals.browser, Office: "readonly", Excel: "readonly", OfficeExtension: "readonly" },
    },
  },
  {
    // Office.js globals: only the adapter (src/excel), the in-memory Excel that implements them and the
    // preview that installs it. The task pane reaches Excel only through src/excel. Node's globals: only
    // the command line (shipped browser code is type-checked without Node's types, but jszip's type
    // declarations pull them in, so lint keeps them out).
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/excel/**", "src/fake-excel/**", "src/preview/**", "src/cli/**"],
    rules: { "no-restricted-globals": ["error", ...OFFICE_GLOBALS, ...NODE_GLOBALS] },
  },
  {
    files: ["src/excel/**/*.{ts,tsx}", "src/fake-excel/**/*.{ts,tsx}", "src/preview/**/*.{ts,tsx}"],
    rules: { "no-restricted-globals": ["error", ...NODE_GLOBALS] },
  },
  {
    files: ["src/cli/**/*.ts"],
    rules: { "no-restricted-globals": ["error", ...OFFICE_GLOBALS] },
  },
  {
    files: ["src/**/*.{ts,tsx}", "scripts/**/*.{ts,mts,cts,js,mjs,cjs}"],
    ignores: ["src/fake-excel/**", "src/preview/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [FAKE_EXCEL] }] },
  },
  {
    files: ["src/form/**/*.ts", "src/plan/**/*.ts", "src/reading/**/*.ts", "src/relay/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [PURE_LAYERS, UI_AND_IO_PACKAGES] }] },
  },
  {
    files: ["src/ooxml/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: OOXML_PACKAGES }] },
  },
  {
    files: ["src/merge/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: SHARED_MERGE }] },
  },
  {
    files: ["src/collect/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: COLLECT_PAGE }] },
  },
  {
    files: ["src/**/*.tsx"],
    ...react.configs.flat.recommended,
    settings: { react: { version: "18" } },
  },
  {
    files: ["src/**/*.tsx"],
    ...react.configs.flat["jsx-runtime"],
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
    },
  },
  {
    files: ["tests/**/*.{ts,tsx,mjs}"],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
  {
    files: ["scripts/**/*", "bench/**/*", "*.config.{js,mjs,cjs}", ".ci/**/*.{js,mjs}"],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // CommonJS config files (webpack, jest).
    files: ["**/*.{js,cjs}"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
