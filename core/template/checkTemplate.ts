import { checkLadderCodes } from "./checkLadderCodes";
import { checkMembers } from "./checkMembers";
import { checkAdjustmentItems, checkSections } from "./checkNodes";
import { checkRankingPolicy } from "./checkRankingPolicy";
import { templateChecks } from "./templateChecks";
import type { TemplateProblem } from "./templateProblem";
import type { Template } from "./templateSchema";

/**
 * Every structural mistake of a schema-valid template, each naming its path and the fix: duplicate codes,
 * nodes that are neither group nor criterion, maxima below standard points, children above a parent's cap,
 * ladders without levels, kinds not allowed where they stand, sections not adding up to the base, members.
 * `unknown` lists paths whose content stands in for something the schema rejected (see `salvageTemplate`): no
 * check reads them, and no sum that includes them is compared, so nothing is reported twice or made up.
 */
export function checkTemplate(
  template: Template,
  unknown: ReadonlySet<string> = new Set(),
): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const c = templateChecks(template, unknown, problems);
  checkSections(c);
  checkAdjustmentItems(c);
  checkMembers(c);
  checkLadderCodes(c);
  // The policy names awards, members and section codes: a stand-in for any of them would make its checks guess.
  const policyKnown =
    !c.anyUnknownUnder("ranking") &&
    !c.anyUnknownUnder("awards") &&
    !c.anyUnknownUnder("members") &&
    ![...unknown].some((u) => u.startsWith("sections") && (u.endsWith(".code") || !u.includes(".")));
  if (policyKnown) problems.push(...checkRankingPolicy(template));
  return problems;
}
