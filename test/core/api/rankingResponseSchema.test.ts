import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { RankingResponseSchema, RankingResultSchema } from "../../../core/api";
import { rankBloc } from "../../../core/bloc";
import { parseRankingFile } from "../../../core/ranking";
import type { RankingResult } from "../../../core/ranking";
import { parseTemplate } from "../../../core/template";

/* eslint-disable @typescript-eslint/no-explicit-any -- the tests edit sample returns as plain JSON */

const ROOT = join(__dirname, "../../..");
const read = (path: string): unknown => JSON.parse(readFileSync(join(ROOT, path), "utf8"));

/** A sample bloc ranked with its sample reviews, votes and history, as the server answers it (JSON). */
function rankedSample(id: string, edit?: (returns: Record<string, any>[]) => void): RankingResult {
  const parsed = parseTemplate(read(`templates/${id}.json`));
  if (!parsed.ok) throw new Error(`${id} does not parse`);
  const dir = `examples/returns/${id}`;
  const returns = readdirSync(join(ROOT, dir)).map((f) => ({
    source: f,
    return: read(`${dir}/${f}`) as Parameters<typeof rankBloc>[1][number]["return"],
  }));
  edit?.(returns.map((r) => r.return as unknown as Record<string, any>));
  const file = <K extends "reviews" | "votes" | "history">(kind: K) => {
    const result = parseRankingFile(kind, read(`examples/${kind}/${id}.json`));
    if (!result.ok) throw new Error(`${kind} of ${id} does not parse`);
    return result.value;
  };
  const inputs = { reviews: file("reviews"), votes: file("votes"), history: file("history") };
  return JSON.parse(JSON.stringify(rankBloc(parsed.compiled, returns, inputs).result)) as RankingResult;
}

describe("RankingResponseSchema (POST …/ranking as the pane reads it)", () => {
  const ids = readdirSync(join(ROOT, "examples/returns"));

  it.each(ids)("When the server ranks the sample bloc %s, then its answer parses unchanged", (id) => {
    const result = rankedSample(id);
    const parsed = RankingResponseSchema.safeParse({ result });
    expect(parsed.error).toBeUndefined();
    expect(parsed.data?.result).toEqual(result);
  });

  it("When returns have entry problems (one refused, one counted), then the problems and their outcomes parse", () => {
    const result = rankedSample("ha-giang-khoi-noi-chinh-2022", (returns) => {
      returns[0]!.entries["I.1"].achieved = -5;
      delete returns[1]!.entries["I.2"].evidence;
    });
    const outcomes = result.problems.map((p) => p.outcome?.kind);
    expect(outcomes).toEqual(expect.arrayContaining(["refused", "counted"]));
    const parsed = RankingResponseSchema.safeParse({ result });
    expect(parsed.error).toBeUndefined();
    expect(parsed.data?.result).toEqual(result);
  });

  it("When an answer lacks a unit's total or names an unknown vote state, then it is refused, naming the field", () => {
    const result = rankedSample(ids[0]!) as unknown as {
      units: Record<string, unknown>[];
      proposals: Record<string, unknown>[];
    };
    delete result.units[0]!.total;
    result.proposals[0]!.vote = "maybe";
    const paths = RankingResultSchema.safeParse(result).error?.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["units.0.total", "proposals.0.vote"]));
  });

  it("When an answer carries a field the pane does not know, then it is refused (strict)", () => {
    const result = { ...rankedSample(ids[0]!), extra: 1 };
    expect(RankingResultSchema.safeParse(result).success).toBe(false);
  });
});
