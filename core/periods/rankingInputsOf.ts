import type { PeriodInput } from "../api/resourceSchemas";
import type { RankingInputs } from "../ranking/rankingInputs";

/**
 * The year-end files ranking reads, assembled from a period's stored inputs in the order they were stored (the
 * latest votes file counts). The server ranks with it; the pane uses it for what-if on the same inputs.
 */
export function rankingInputsOf(stored: readonly PeriodInput[]): RankingInputs {
  const adjustments = [];
  const explanations = [];
  const scores = [];
  const flags = [];
  let votes: RankingInputs["votes"];
  for (const input of stored) {
    if (input.kind === "review") adjustments.push(input.value);
    else if (input.kind === "explanation") explanations.push(input.value);
    else if (input.kind === "cross") scores.push(input.value);
    else if (input.kind === "flag") flags.push(input.value);
    else votes = input.value;
  }
  return {
    reviews: { formatVersion: 1, adjustments, explanations },
    ...(scores.length === 0 ? {} : { cross: { formatVersion: 1, scores } }),
    ...(votes === undefined ? {} : { votes }),
    eligibility: { formatVersion: 1, flags, stepsAside: [] },
  };
}
