import { ESLint } from "eslint";
import { resolve } from "node:path";

// The project's own flat config, passed in directly (ESLint's config-file loader uses a dynamic import jest cannot run).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require("../../eslint.config.js") as ESLint.Options["overrideConfig"];
const eslint = new ESLint({
  cwd: resolve(__dirname, "../.."),
  overrideConfigFile: true,
  overrideConfig: config,
});

async function messagesFor(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe("the core purity rule", () => {
  it.each([
    ['import { readFileSync } from "fs";', "fs"],
    ['import { join } from "node:path";', "node:path"],
    ['import ExcelJS from "exceljs";', "exceljs"],
    ['import { TableClient } from "@azure/data-tables";', "@azure/data-tables"],
    ['import { main } from "../cli/main";', "cli"],
  ])("rejects `%s` under core/", async (code, what) => {
    const messages = await messagesFor(`${code}\nexport const x = 1;\n`, "core/example.ts");
    expect(messages.some((m) => m.startsWith("no-restricted-imports"))).toBe(true);
    expect(messages.join("\n")).toMatch(what === "cli" ? /imports nothing outside core/ : /core\/ is pure/);
  });

  it("rejects reading the environment and touching the DOM or Office under core/", async () => {
    const messages = await messagesFor(
      "export const a = process.env.HOME;\nexport const b = document.title;\nexport const c = Office.context;\n",
      "core/example.ts",
    );
    expect(messages.filter((m) => m.startsWith("no-restricted-globals"))).toHaveLength(3);
  });

  // Each line once passed the rule: a module loaded at run time, the environment reached through the global
  // object, a browser global that only tsc caught.
  it.each([
    ['export const fs = import("fs");', "no-restricted-syntax", /no dynamic import/],
    ["export const fs = import(`${'f'}s`);", "no-restricted-syntax", /no dynamic import/],
    ['export const fs = module.require("fs");', "no-restricted-globals", /'module'/],
    ["export const home = global.process.env.HOME;", "no-restricted-globals", /'global'/],
    [
      "export const home = (globalThis as unknown as { process: { env: Record<string, string> } }).process.env.HOME;",
      "no-restricted-globals",
      /'globalThis'/,
    ],
    ['export const f = globalThis["fetch"];', "no-restricted-globals", /'globalThis'/],
    ["export const agent = navigator.userAgent;", "no-restricted-globals", /'navigator'/],
    ["export const w = window.innerWidth;", "no-restricted-globals", /'window'/],
    ["export const t = document.title;", "no-restricted-globals", /'document'/],
    ['export const s = localStorage.getItem("x");', "no-restricted-globals", /'localStorage'/],
    ['export const r = fetch("https://example.org");', "no-restricted-globals", /'fetch'/],
    ["export const x = new XMLHttpRequest();", "no-restricted-globals", /'XMLHttpRequest'/],
    ['export const g = new Function("return this")();', "no-new-func", /Function/],
  ])("rejects `%s` under core/", async (code, rule, what) => {
    const messages = (await messagesFor(`${code}\n`, "core/example.ts")).filter((m) =>
      m.startsWith(`${rule}:`),
    );
    expect(messages.join("\n")).toMatch(what);
  });

  it("lets core/ use a local named like a global (a history parameter is not window.history)", async () => {
    const messages = await messagesFor(
      "export const count = (history: readonly number[]) => history.length;\n",
      "core/example.ts",
    );
    expect(messages).toEqual([]);
  });

  it("allows the same imports in an adapter such as cli/", async () => {
    const messages = await messagesFor(
      'import { readFileSync } from "node:fs";\nexport const read = (p: string) => readFileSync(p, "utf8") + process.env.HOME;\n',
      "cli/example.ts",
    );
    expect(messages).toEqual([]);
  });

  it("forbids context.sync() in a loop in the task pane's Excel adapter", async () => {
    const messages = await messagesFor(
      "export async function f(context: Excel.RequestContext, n: number) {\n  for (let i = 0; i < n; i++) {\n    await context.sync();\n  }\n}\n",
      "src-taskpane/excel/example.ts",
    );
    expect(messages.some((m) => m.startsWith("office-addins/no-context-sync-in-loop"))).toBe(true);
  });
});
