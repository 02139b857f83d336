import { ESLint } from "eslint";
import { resolve } from "node:path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require("../../eslint.config.js") as ESLint.Options["overrideConfig"];
const eslint = new ESLint({
  cwd: resolve(__dirname, "../.."),
  overrideConfigFile: true,
  overrideConfig: config,
});

async function messagesFor(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const x = y;\n`, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

describe("adapters import core through its front doors", () => {
  it.each(["cli/example.ts", "src-taskpane/example.ts", "functions/src/example.ts"])(
    "rejects a module behind a front door in %s",
    async (file) => {
      const depth = "../".repeat(file.split("/").length - 1);
      const messages = await messagesFor(
        `import { rankBloc as y } from "${depth}core/ranking/rankBloc";`,
        file,
      );
      expect(messages.join("\n")).toMatch(/front door/);
    },
  );

  it.each(["cli/example.ts", "src-taskpane/example.ts", "functions/src/example.ts"])(
    "accepts the front door itself in %s",
    async (file) => {
      const depth = "../".repeat(file.split("/").length - 1);
      expect(await messagesFor(`import { rankBloc as y } from "${depth}core/ranking";`, file)).toEqual([]);
      expect(await messagesFor(`import { rankBloc as y } from "${depth}core/ranking/index";`, file)).toEqual(
        [],
      );
    },
  );

  it("leaves core's own modules free to import each other", async () => {
    expect(
      await messagesFor('import { rankBloc as y } from "../ranking/rankBloc";', "core/bloc/example.ts"),
    ).toEqual([]);
  });
});
