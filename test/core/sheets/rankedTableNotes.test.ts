import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { consolidateBloc } from "../../../core/bloc/consolidateBloc";
import { rankBloc } from "../../../core/bloc/rankBloc";
import { NO_CROSS_SCORES_PROBLEM } from "../../../core/ranking/crossScores/rankedWithoutCrossScores";
import { parseRankingFile } from "../../../core/ranking/parseRankingFile";
import type { RankingInputs } from "../../../core/ranking/rankingInputs";
import { parseReturn } from "../../../core/returns/parseReturn";
import { rankedTablePlan } from "../../../core/sheets/rankedTablePlan";
import { parseTemplate } from "../../../core/template/parseTemplate";

const root = join(__dirname, "..", "..", "..");
const id = "dak-lak-khoi-3-2022";
const json = (...path: string[]): unknown => JSON.parse(readFileSync(join(root, ...path), "utf8"));
const parsed = parseTemplate(json("templates", `${id}.json`));
if (!parsed.ok) throw new Error("invalid template");
const compiled = parsed.compiled;
const returns = readdirSync(join(root, "examples", "returns", id)).map((file) => {
  const r = parseReturn(json("examples", "returns", id, file));
  if (!r.ok) throw new Error(file);
  return { source: file, return: r.value };
});
const cross = parseRankingFile("cross", json("examples", "cross", `${id}.json`));
if (!cross.ok) throw new Error("invalid cross-scores");

/** Every text the printed ranked table holds, one per cell. */
function printed(inputs: RankingInputs): string[] {
  const sheet = rankedTablePlan(compiled, rankBloc(compiled, returns, inputs).result);
  return sheet.cells.flat().flatMap((c) => (typeof c?.v === "string" ? [c.v] : []));
}

describe("the ranked table of a bloc whose policy ranks on cross-scores (Đắk Lắk, khối 3)", () => {
  const line =
    "Chưa có điểm chấm chéo: xếp theo điểm tự chấm (quy chế của khối xếp hạng theo điểm chấm chéo; kết quả tạm thời).";

  it("When it is ranked without cross-scores, then the table says it ranked on self scores", () => {
    expect(printed({})).toContain(line);
  });

  it("When it is consolidated without cross-scores, then the problems say so, as rank's do", () => {
    const received = returns.map((r) => ({
      file: r.source,
      from: "json" as const,
      read: { ok: true as const, return: r.return },
    }));
    const history = parseRankingFile("history", json("examples", "history", `${id}.json`));
    const inputs = history.ok ? { history: history.value } : {};
    expect(consolidateBloc(compiled, received, inputs).problems).toEqual([
      { code: "year-end-input", input: "cross", message: NO_CROSS_SCORES_PROBLEM },
    ]);
    expect(NO_CROSS_SCORES_PROBLEM.vi).toMatch(/^Chưa có điểm chấm chéo: xếp theo điểm tự chấm/);
  });

  it("When the cross-scores are given, then the table says nothing of the kind", () => {
    expect(printed({ cross: cross.ok ? cross.value : undefined })).not.toContain(line);
  });
});
