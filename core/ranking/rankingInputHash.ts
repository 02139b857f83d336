import { canonicalJson } from "../hash/canonicalJson";
import { sha256Hex } from "../hash/sha256";
import type { UnitReturn } from "../returns/returnSchema";
import type { Template } from "../template/templateSchema";
import type { RankingInputs } from "./rankingInputs";

/**
 * Identifies a ranking by its inputs: sha256 of the canonical JSON of the template (ranking policy included), the
 * returns and every input file, with each list sorted by its items' canonical JSON — so the same inputs in any
 * order (of files, records or keys) give the same hash, and any changed value gives another.
 */
export function rankingInputHash(
  template: Template,
  returns: readonly UnitReturn[],
  inputs: RankingInputs,
): string {
  const list = (items: readonly unknown[] | undefined) =>
    `[${(items ?? []).map(canonicalJson).sort().join(",")}]`;
  const parts = [
    `"template":${canonicalJson(template)}`,
    `"returns":${list(returns)}`,
    `"reviews":{"adjustments":${list(inputs.reviews?.adjustments)},"explanations":${list(inputs.reviews?.explanations)}}`,
    `"cross":${list(inputs.cross?.scores)}`,
    `"votes":{"ballots":${list(inputs.votes?.ballots.map((b) => ({ ...b, tallies: sortedBy(b.tallies) })))},"elections":${list(inputs.votes?.elections.map((b) => ({ ...b, tallies: sortedBy(b.tallies) })))}}`,
    `"history":{"awards":${list(inputs.history?.awards)},"terms":${list(inputs.history?.terms)},"ranks":${list(inputs.history?.ranks)}}`,
    `"eligibility":{"flags":${list(inputs.eligibility?.flags)},"stepsAside":${list(inputs.eligibility?.stepsAside)}}`,
  ];
  return `sha256:${sha256Hex(`{${parts.join(",")}}`)}`;
}

function sortedBy<T extends { unitId: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0));
}
