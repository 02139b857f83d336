import { parseCommandArgs } from "../../cli/parseCommandArgs";
import { memoryIo } from "./memoryIo";

const command = { usage: "score TEMPLATE RETURN.json" };
const options = { history: { type: "string" as const }, output: { type: "string" as const, short: "o" } };

describe("parseCommandArgs", () => {
  it("reads the common --lang and --json, the command's options and the positionals", () => {
    const io = memoryIo("/");
    const parsed = parseCommandArgs(
      ["t.json", "--lang", "en", "r.json", "-o", "x", "--json"],
      io,
      command,
      options,
      {
        min: 2,
        max: 2,
      },
    );
    expect(parsed).toEqual({
      lang: "en",
      json: true,
      values: { output: "x" },
      positionals: ["t.json", "r.json"],
    });
  });

  it("defaults to Vietnamese and no JSON", () => {
    const parsed = parseCommandArgs(["t.json"], memoryIo("/"), command, {}, { min: 1, max: 1 });
    expect(parsed).toMatchObject({ lang: "vi", json: false });
  });

  it("explains a usage mistake in the language asked for, even before parsing succeeds", () => {
    const io = memoryIo("/");
    expect(parseCommandArgs(["--lang=en", "--nope"], io, command, {}, { min: 0, max: 0 })).toBeUndefined();
    expect(io.err()).toBe(
      "thidua: invalid arguments: Unknown option '--nope'\nUsage: thidua score TEMPLATE RETURN.json\n",
    );
  });

  it("rejects extra positionals, naming them", () => {
    const io = memoryIo("/");
    expect(parseCommandArgs(["a", "b", "c"], io, command, {}, { min: 1, max: 2 })).toBeUndefined();
    expect(io.err()).toBe("thidua: thừa tham số: c\nCách dùng: thidua score TEMPLATE RETURN.json\n");
  });

  it("rejects an option given without its value", () => {
    const io = memoryIo("/");
    expect(parseCommandArgs(["a", "--history"], io, command, options, { min: 1, max: 1 })).toBeUndefined();
    expect(io.err()).toMatch(/^thidua: tham số không hợp lệ: Option '--history <value>' argument missing/);
  });
});
