import type { CliIo, Command } from "./cliIo";
import { commands } from "./commands";

/** Runs `thidua ARGS…` and returns the exit code: 0 ok, 1 invalid input (reported), 2 usage error. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const en = argv.includes("--lang") && argv[argv.indexOf("--lang") + 1] === "en";
  const command = findCommand(argv);
  const help = argv.includes("--help") || argv.includes("-h");
  // `thidua rank --help` is about rank; `thidua template --help` about the template commands.
  const group = command ? [command] : commands.filter((c) => c.name.startsWith(`${argv[0] ?? ""} `));
  if (help && group.length > 0) {
    io.stdout.write(commandHelpText(group, en));
    return 0;
  }
  if (!command || help) {
    io.stdout.write(helpText(en));
    return command || argv.length === 0 || help ? 0 : 2;
  }
  const words = command.name.split(" ").length;
  return command.run(argv.slice(words), io);
}

function findCommand(argv: string[]): Command | undefined {
  const two = argv.slice(0, 2).join(" ");
  return commands.find((c) => c.name === two) ?? commands.find((c) => c.name === argv[0]);
}

/** The usage line and summary of the given commands, and the common options. */
function commandHelpText(group: readonly Command[], en: boolean): string {
  const lines = [
    ...group.map(
      (c) => `${en ? "Usage" : "Cách dùng"}: thidua ${c.usage}\n  ${en ? c.summary.en : c.summary.vi}`,
    ),
    "",
    commonOptions(en),
    "",
  ];
  return lines.join("\n");
}

function commonOptions(en: boolean): string {
  return en
    ? "Common options: --lang vi|en (default vi), --json (machine-readable output)"
    : "Tùy chọn chung: --lang vi|en (mặc định vi), --json (đầu ra cho máy đọc)";
}

function helpText(en: boolean): string {
  const lines = [
    en
      ? "thidua — emulation bloc scoring, ranking and awards"
      : "thidua — chấm điểm, xếp hạng và khen thưởng khối thi đua",
    "",
    ...commands.map((c) => `  thidua ${c.usage}\n      ${en ? c.summary.en : c.summary.vi}`),
    "",
    commonOptions(en),
    "",
  ];
  return lines.join("\n");
}
