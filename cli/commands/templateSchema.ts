import type { Command } from "../cliIo";
import { parseCommandArgs } from "../parseCommandArgs";
import { isOurSchemaText, templateJsonSchemaText } from "../templateJsonSchema";
import { errorMessage } from "../errorMessage";
import { writeOutput } from "../writeOutput";

const USAGE = "template schema [-o FILE]";

/** `thidua template schema [-o FILE]`: prints the template JSON Schema, or writes it to FILE. */
export const templateSchemaCommand: Command = {
  name: "template schema",
  summary: {
    vi: "In JSON Schema của bảng chấm điểm (hoặc ghi ra tệp với -o), để trình soạn thảo gợi ý trường.",
    en: "Print the template JSON Schema (or write it with -o) for editor autocompletion.",
  },
  usage: USAGE,
  async run(args, io) {
    const parsed = parseCommandArgs(
      args,
      io,
      { usage: USAGE },
      { output: { type: "string", short: "o" }, force: { type: "boolean" } },
      { min: 0, max: 0 },
    );
    if (!parsed) return 2;
    const text = templateJsonSchemaText();
    const output = parsed.values.output;
    if (typeof output !== "string") {
      io.stdout.write(text);
      return 0;
    }
    try {
      await writeOutput(output, text, { args, cwd: io.cwd, lang: parsed.lang, ours: isOurSchemaText });
    } catch (error) {
      const reason = errorMessage(error);
      io.stderr.write(
        parsed.lang === "en"
          ? `thidua: cannot write ${output} (${reason}).\n`
          : `thidua: không ghi được ${output} (${reason}).\n`,
      );
      return 1;
    }
    io.stdout.write(parsed.lang === "en" ? `Wrote ${output}\n` : `Đã ghi ${output}\n`);
    return 0;
  },
};
