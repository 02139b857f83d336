import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { main } from "../../cli/main";
import { memoryIo } from "../cli/memoryIo";

/**
 * The runs whose output the reshape must keep: `rank --json`, `rank` (text) and `score --json` for every example bloc
 * and for the Hà Giang 2019 worked example. Written once by `npx tsx test/golden/writeGolden.ts` before the reshape.
 */
export const root = join(__dirname, "..", "..");
export const goldenDir = join(root, "test", "fixtures", "golden");

type Run = { name: string; argv: string[] };

function blocRuns(
  name: string,
  template: string,
  files: Record<string, string | undefined>,
  returns: string,
): Run[] {
  const year = ["--returns", returns];
  for (const [option, path] of Object.entries(files)) {
    if (path !== undefined && existsSync(join(root, path))) year.push(`--${option}`, path);
  }
  const returnFiles = readdirSync(join(root, returns))
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => `${returns}/${f}`);
  const history =
    files.history !== undefined && existsSync(join(root, files.history)) ? ["--history", files.history] : [];
  return [
    { name: `${name}.rank-json.txt`, argv: ["rank", template, ...year, "--json"] },
    { name: `${name}.rank.vi.txt`, argv: ["rank", template, ...year] },
    { name: `${name}.rank.en.txt`, argv: ["rank", template, ...year, "--lang", "en"] },
    { name: `${name}.score-json.txt`, argv: ["score", template, ...returnFiles, ...history, "--json"] },
  ];
}

export function goldenRuns(): Run[] {
  const examples = [
    "dak-lak-khoi-3-2022",
    "ha-giang-khoi-ban-dang-2021",
    "ha-giang-khoi-noi-chinh-2022",
    "nghe-an-khoi-noi-chinh-llvt-2024",
  ];
  const runs = examples.flatMap((id) =>
    blocRuns(
      id,
      `templates/${id}.json`,
      {
        reviews: `examples/reviews/${id}.json`,
        votes: `examples/votes/${id}.json`,
        history: `examples/history/${id}.json`,
        flags: `examples/flags/${id}.json`,
        cross: `examples/cross/${id}.json`,
      },
      `examples/returns/${id}`,
    ),
  );
  const dir = "test/fixtures/hagiang2019";
  runs.push(
    ...blocRuns(
      "ha-giang-khoi-noi-chinh-2019",
      `${dir}/template.json`,
      {
        reviews: `${dir}/reviews.json`,
        votes: `${dir}/votes.json`,
        history: `${dir}/history.json`,
        flags: `${dir}/flags.json`,
        cross: `${dir}/cross.json`,
      },
      `${dir}/returns`,
    ),
  );
  return runs;
}

/** Runs the CLI in memory and returns what a user would see: the exit code, stdout and stderr. */
export async function runGolden(run: Run): Promise<string> {
  const io = memoryIo(root);
  const code = await main(run.argv, io);
  return `exit ${code}\n--- stdout\n${io.out()}--- stderr\n${io.err()}`;
}
