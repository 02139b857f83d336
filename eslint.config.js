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

module.exports = tseslint.config(
  { ignores: ["node_modules/", "dist/", "coverage/", "out/", "templates/schema.json"] },
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
        ...[
          "process",
          "window",
          "document",
          "Office",
          "Excel",
          "fetch",
          "require",
          "Buffer",
          "localStorage",
        ].map((name) => ({ name, message: `core/ is pure: '${name}' belongs in an adapter.` })),
      ],
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "core/ never reads the environment." },
        { object: "globalThis", property: "process", message: "core/ never reads the environment." },
      ],
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
          ],
        },
      ],
    },
  },
);
