import type { ReturnSource } from "../../../core/bloc";
import type { RankingInputs } from "../../../core/ranking";
import { parseTemplate } from "../../../core/template";
import type { TemplateInput } from "../../../core/template";
import {
  haGiang2019Eligibility,
  haGiang2019History,
  haGiang2019Returns,
  haGiang2019Reviews,
  haGiang2019Template,
  haGiang2019Votes,
} from "../../fixtures/hagiang2019/haGiang2019";

/** The Hà Giang 2019 table, with its ranking policy changed by `policy` when given. */
export function compile2019(policy: Partial<NonNullable<TemplateInput["ranking"]>> = {}) {
  const parsed = parseTemplate({
    ...haGiang2019Template,
    ranking: { ...haGiang2019Template.ranking!, ...policy },
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.compiled;
}

/** The eight 2019 returns, each named by a file "<unit>.json". */
export function sources2019(): ReturnSource[] {
  return haGiang2019Returns().map((r) => ({ source: `${r.unitId}.json`, return: r }));
}

export const inputs2019: RankingInputs = {
  reviews: haGiang2019Reviews,
  votes: haGiang2019Votes,
  history: haGiang2019History,
  eligibility: haGiang2019Eligibility,
};
