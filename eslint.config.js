// ESLint, configured once for the whole repository (flat config).
const js = require("@eslint/js");
const tseslint = require("typescript-eslint");
const globals = require("globals");
const officeAddinsModule = require("eslint-plugin-office-addins");

const officeAddins = officeAddinsModule.default ?? officeAddinsModule;

/** What `core/` may never reach: it is the pure domain shared by the task pane, the functions and the CLI. */
const impureModules = [
  "fs",
  "fs/*",
  "node:*",
  "path",
  "os",
  "child_process",
  "http",
  "https",
  "net",
  "crypto",
  "worker_threads",
  "exceljs",
  "@azure/*",
  "office-js",
  "@microsoft/office-js",
  "office-addin-*",
];

/** Adapters reach core only through each area's front door (`core/<area>/index.ts`), never a module behind it. */
const coreFrontDoors = {
  group: ["**/core/*/*", "!**/core/*/index", "**/core/*/*/**"],
  message: "Import core through its front door (core/<area>/index.ts); export what you need there.",
};

/**
 * Globals `core/` may never touch. Typed code sees no DOM or Node globals there (tsconfig), but a lint rule says
 * why and catches what a cast or `// @ts-ignore` lets through. `global` and `globalThis` are banned outright, so
 * `global.process.env`, `(globalThis as X).process` and `globalThis["fetch"]` have no way round.
 */
const impureGlobals = [
  // Node
  "process",
  "global",
  "globalThis",
  "require",
  "module",
  "Buffer",
  "__dirname",
  "__filename",
  "setImmediate",
  // the browser and the DOM
  "window",
  "self",
  "document",
  "navigator",
  "location",
  "history",
  "localStorage",
  "sessionStorage",
  "indexedDB",
  "fetch",
  "XMLHttpRequest",
  "WebSocket",
  // Office.js
  "Office",
  "Excel",
];

module.exports = tseslint.config(
  { ignores: ["node_modules/", "**/dist/", "coverage/", "out/", "templates/schema.json"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      eqeqeq: ["error", "always"],
    },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["core/**/*.ts"],
    languageOptions: { globals: {} },
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: impureModules,
              message:
                "core/ is pure: no Office, Azure, DOM, filesystem or Node APIs. Put I/O in an adapter.",
            },
            {
              group: ["**/cli/**", "**/functions/**", "**/src-taskpane/**"],
              message: "core/ imports nothing outside core/.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        ...impureGlobals.map((name) => ({
          name,
          message: `core/ is pure: '${name}' belongs in an adapter.`,
        })),
      ],
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "core/ never reads the environment." },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "ImportExpression",
          message: "core/ is pure: no dynamic import(); modules are loaded by adapters.",
        },
        {
          selector: "CallExpression[callee.property.name='require']",
          message: "core/ is pure: no require(); modules are loaded by adapters.",
        },
      ],
      // Both reach the global object by a string, past every rule above.
      "no-eval": "error",
      "no-new-func": "error",
    },
  },
  {
    files: ["src-taskpane/**/*.ts"],
    languageOptions: { globals: { ...globals.browser, Office: "readonly", Excel: "readonly" } },
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["**/functions/**", "**/cli/**"], message: "The task pane depends on core only." },
            coreFrontDoors,
          ],
        },
      ],
    },
  },
  {
    files: ["functions/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["**/src-taskpane/**", "**/cli/**"], message: "functions/ depends on core only." },
            coreFrontDoors,
          ],
        },
      ],
    },
  },
  {
    files: ["cli/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["**/src-taskpane/**", "**/functions/**"], message: "cli/ depends on core only." },
            coreFrontDoors,
          ],
        },
      ],
    },
  },
);
