// `npm run bench cli`: wall time of the `thidua` command as a user starts it — `node bin/thidua.js` in a child
// process — for `--help` and a real `rank` of an example bloc, beside Node's own start-up. Measures whatever
// `bin/thidua.js` is (tsx at run time, or a bundle).
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { join } from "node:path";
import type { BenchTable } from "./benchTable";
import { finishTable, loadNow } from "./benchTable";
import type { Timing } from "./measure";
import { formatTiming, timingOf } from "./measure";

const ROOT = join(__dirname, "..");
const EXAMPLE = "ha-giang-khoi-noi-chinh-2022";

/** A command line to time, run from the repository's root. */
export interface TimedCommand {
  readonly what: string;
  readonly args: readonly string[];
}

export const CLI_COMMANDS: readonly TimedCommand[] = [
  { what: "node -e 0 (Node's own start-up, for reference)", args: ["-e", "0"] },
  { what: "node bin/thidua.js --help", args: ["bin/thidua.js", "--help"] },
  {
    what: `node bin/thidua.js rank ${EXAMPLE} (8 units; reviews, votes, history, flags)`,
    args: [
      "bin/thidua.js",
      "rank",
      `templates/${EXAMPLE}.json`,
      "--returns",
      `examples/returns/${EXAMPLE}`,
      ...["reviews", "votes", "history", "flags"].flatMap((f) => [`--${f}`, `examples/${f}/${EXAMPLE}.json`]),
    ],
  },
];

/** Each command's timing over `runs` rounds (commands in turn each round), and how many runs were sound. */
export function timeCommands(
  commands: readonly TimedCommand[],
  runs: number,
): { command: TimedCommand; timing: Timing; sound: number; outputs: number }[] {
  const samples = commands.map(() => [] as number[]);
  const outputs = commands.map(() => new Set<string>());
  const sound = commands.map(() => 0);
  for (let round = 0; round < runs; round++) {
    commands.forEach((command, i) => {
      const start = performance.now();
      const child = spawnSync(process.execPath, command.args, { cwd: ROOT, encoding: "utf8" });
      samples[i]!.push(performance.now() - start);
      // A run counts when it exits 0; its output is kept by digest, so every run is seen to do the same work.
      if (child.status === 0) sound[i]!++;
      outputs[i]!.add(
        createHash("sha256")
          .update(child.stdout ?? "")
          .digest("hex"),
      );
    });
  }
  return commands.map((command, i) => ({
    command,
    timing: timingOf(samples[i]!),
    sound: sound[i]!,
    outputs: outputs[i]!.size,
  }));
}

/** The CLI table. */
export function measureCli(runs = 7, commands = CLI_COMMANDS): BenchTable {
  const load = loadNow();
  const timed = timeCommands(commands, runs);
  return finishTable(
    "The CLI: wall time of a command in a fresh process",
    ["command", "runs exiting 0", "distinct outputs", "median ms (min–max)"],
    timed.map((t) => [t.command.what, `${t.sound}/${runs}`, String(t.outputs), formatTiming(t.timing)]),
    [
      `Each run is a child process started by the bench (spawnSync, from the repository root); ${runs} rounds, the commands in turn in each round so all see the same load.`,
      "A sound command exits 0 in every run with one distinct output.",
    ],
    load,
  );
}

export function run(): BenchTable[] {
  return [measureCli()];
}
