import { canonicalJson } from "../hash/canonicalJson";
import { Sha256 } from "../hash/sha256";
import type { UnitReturn } from "../returns/returnSchema";
import type { Template } from "../template/templateSchema";
import type { RankingInputs } from "./rankingInputs";

/**
 * Identifies a ranking by its inputs: sha256 of the canonical JSON of the template (ranking policy included), the
 * returns and every input file, with each list sorted by its items' canonical JSON — so the same inputs in any
 * order (of files, records or keys) give the same hash, and any changed value gives another. The meeting's tie
 * decisions are sorted too, but the units within one decision keep their order (it is the decision).
 */
export function rankingInputHash(
  template: Template,
  returns: readonly UnitReturn[],
  inputs: RankingInputs,
): string {
  // The text hashed is `{"template":…,"returns":[…],…}`; it is fed to the hasher piece by piece (items are sorted
  // by their own text, so each item's text is built, but never the whole document).
  const hash = new Sha256();
  const list = (items: readonly unknown[] | undefined) => {
    const texts = (items ?? []).map(canonicalJson).sort();
    hash.update("[");
    for (let i = 0; i < texts.length; i++) {
      if (i > 0) hash.update(",");
      hash.update(texts[i]!);
    }
    hash.update("]");
  };
  const withSortedTallies = <T extends { tallies: readonly { unitId: string }[] }>(b: T) => ({
    ...b,
    tallies: sortedBy(b.tallies),
  });
  hash.update(`{"template":`).update(canonicalJson(template));
  hash.update(`,"returns":`);
  list(returns);
  hash.update(`,"reviews":{"adjustments":`);
  list(inputs.reviews?.adjustments);
  hash.update(`,"explanations":`);
  list(inputs.reviews?.explanations);
  hash.update(`},"cross":`);
  list(inputs.cross?.scores);
  hash.update(`,"votes":{"ballots":`);
  list(inputs.votes?.ballots.map(withSortedTallies));
  hash.update(`,"elections":`);
  list(inputs.votes?.elections.map(withSortedTallies));
  // Decisions in canonical order (each one's own `order` is its content); absent when there are none, so the hash
  // of inputs without decisions is what it was before the field existed.
  const decisions = inputs.votes?.tieDecisions;
  if (decisions !== undefined && decisions.length > 0) {
    hash.update(`,"tieDecisions":`);
    list(decisions);
  }
  hash.update(`},"history":{"awards":`);
  list(inputs.history?.awards);
  hash.update(`,"terms":`);
  list(inputs.history?.terms);
  hash.update(`,"ranks":`);
  list(inputs.history?.ranks);
  hash.update(`},"eligibility":{"flags":`);
  list(inputs.eligibility?.flags);
  hash.update(`,"stepsAside":`);
  list(inputs.eligibility?.stepsAside);
  hash.update("}}");
  return `sha256:${hash.digest()}`;
}

function sortedBy<T extends { unitId: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0));
}
