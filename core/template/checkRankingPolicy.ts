import { toFixed } from "../decimal/fixed";
import { msg } from "../i18n/localized";
import type { RankingPolicy, TieBreakKey } from "./rankingPolicySchema";
import type { TemplateProblem } from "./templateProblem";
import type { Template, TemplateNode } from "./templateSchema";

/** What the policy's checks look its names up in: the template's awards, section codes and members. */
type PolicyChecks = {
  add(path: string, vi: string, en: string): void;
  awardIds: ReadonlySet<string>;
  /** The award ids as a list for messages ("—" when there are none). */
  awardList: string;
  sectionCodes: ReadonlySet<string>;
  memberIds: ReadonlySet<string>;
};

/**
 * Cross-checks a template's ranking policy against the template: award ids, section codes in tie-break keys,
 * band order, prerequisites (no cycles), member ids in the rotation order. Empty when there is no policy.
 */
export function checkRankingPolicy(template: Template): TemplateProblem[] {
  const policy = template.ranking;
  if (policy === undefined) return [];
  const problems: TemplateProblem[] = [];
  const sectionCodes = new Set<string>();
  const collect = (node: TemplateNode) => {
    sectionCodes.add(node.code);
    node.children?.forEach(collect);
  };
  template.sections.forEach(collect);
  const awardIds = new Set(template.awards.map((a) => a.id));
  const c: PolicyChecks = {
    add: (path, vi, en) => problems.push({ path, message: msg(vi, en) }),
    awardIds,
    awardList: [...awardIds].join(", ") || "—",
    sectionCodes,
    memberIds: new Set(template.members.map((m) => m.id)),
  };
  checkChain(c, policy.tieBreak, "ranking.tieBreak");
  policy.stability.tieBreakAlternatives.forEach((chain, i) =>
    checkChain(c, chain, `ranking.stability.tieBreakAlternatives[${i}]`),
  );
  const bandIds = checkBands(c, policy);
  const policyAwards = checkAwards(c, policy, bandIds);
  checkPrerequisites(c, policy, policyAwards);
  checkRotation(c, policy);
  return problems;
}

/** A tie-break chain: its section codes and awards exist, and "meeting" comes last. */
function checkChain(c: PolicyChecks, chain: readonly TieBreakKey[], path: string): void {
  const { add, sectionCodes, awardIds, awardList } = c;
  chain.forEach((key, i) => {
    if (key.key === "section" && !sectionCodes.has(key.code)) {
      add(
        `${path}[${i}].code`,
        `Tiêu chí phụ "section": mã "${key.code}" không có trong phần chấm điểm.`,
        `Tie-break "section": code "${key.code}" is not in the scored sections.`,
      );
    }
    if (key.key === "votes" && !awardIds.has(key.award)) {
      add(
        `${path}[${i}].award`,
        `Tiêu chí phụ "votes": danh hiệu "${key.award}" không có trong "awards" (${awardList}).`,
        `Tie-break "votes": award "${key.award}" is not listed in "awards" (${awardList}).`,
      );
    }
    if (key.key === "meeting" && i !== chain.length - 1) {
      add(
        `${path}[${i}]`,
        `"meeting" (Hội nghị quyết định) phải là bước cuối của chuỗi tiêu chí phụ.`,
        `"meeting" (the meeting decides) must be the last step of the tie-break chain.`,
      );
    }
  });
}

/** Bands: unique ids, from the highest minimum to the lowest. Returns the band ids. */
function checkBands(c: PolicyChecks, policy: RankingPolicy): Set<string> {
  const { add } = c;
  const bandIds = new Set<string>();
  policy.bands.forEach((band, i) => {
    if (bandIds.has(band.id))
      add(`ranking.bands[${i}].id`, `Mã xếp loại "${band.id}" bị trùng.`, `Duplicate band id "${band.id}".`);
    bandIds.add(band.id);
    const prev = policy.bands[i - 1];
    if (prev !== undefined && toFixed(band.min) >= toFixed(prev.min)) {
      add(
        `ranking.bands[${i}].min`,
        `Các mức xếp loại phải xếp từ cao xuống thấp: "${band.name}" cần mức điểm thấp hơn "${prev.name}".`,
        `Bands go from highest to lowest: "${band.name}" needs a lower minimum than "${prev.name}".`,
      );
    }
  });
  return bandIds;
}

/** Award policies: the award exists and has one policy, its band exists, topN and quota tables are whole. */
function checkAwards(
  c: PolicyChecks,
  policy: RankingPolicy,
  bandIds: ReadonlySet<string>,
): Map<string, number> {
  const { add, awardIds, awardList } = c;
  const policyAwards = new Map<string, number>();
  policy.awards.forEach((a, i) => {
    const path = `ranking.awards[${i}]`;
    if (!awardIds.has(a.award)) {
      add(
        `${path}.award`,
        `Danh hiệu "${a.award}" không có trong "awards" của bảng (${awardList}).`,
        `Award "${a.award}" is not listed in the template's "awards" (${awardList}).`,
      );
    }
    if (policyAwards.has(a.award)) {
      add(`${path}.award`, `Danh hiệu "${a.award}" có hai quy định.`, `Award "${a.award}" has two policies.`);
    }
    policyAwards.set(a.award, i);
    if (a.minBand !== undefined && !bandIds.has(a.minBand)) {
      add(
        `${path}.minBand`,
        `Mức xếp loại "${a.minBand}" không có trong "ranking.bands".`,
        `Band "${a.minBand}" is not defined in "ranking.bands".`,
      );
    }
    if (a.vote?.mode === "topN" && a.vote.topN === undefined) {
      add(
        `${path}.vote.topN`,
        `Chế độ "topN" cần số đơn vị được đưa ra bỏ phiếu ("topN").`,
        `Mode "topN" needs the number of units that may be voted on ("topN").`,
      );
    }
    if (a.quota.kind === "bySize") {
      a.quota.rows.forEach((row, r) => {
        if (row.maxMembers !== undefined && row.maxMembers < row.minMembers) {
          add(
            `${path}.quota.rows[${r}].maxMembers`,
            `Bảng chỉ tiêu: "maxMembers" nhỏ hơn "minMembers".`,
            `Quota table: "maxMembers" is below "minMembers".`,
          );
        }
      });
    }
  });
  return policyAwards;
}

/** Each prerequisite is an award with a policy, and following prerequisites never comes back. */
function checkPrerequisites(
  c: PolicyChecks,
  policy: RankingPolicy,
  policyAwards: ReadonlyMap<string, number>,
): void {
  const { add } = c;
  policy.awards.forEach((a, i) => {
    if (a.requires === undefined) return;
    if (!policyAwards.has(a.requires)) {
      add(
        `ranking.awards[${i}].requires`,
        `Điều kiện tiên quyết "${a.requires}" phải là một danh hiệu có quy định trong "ranking.awards".`,
        `Prerequisite "${a.requires}" must be an award with a policy in "ranking.awards".`,
      );
      return;
    }
    const seen = new Set([a.award]);
    for (let next: string | undefined = a.requires; next !== undefined;) {
      if (seen.has(next)) {
        add(
          `ranking.awards[${i}].requires`,
          `Điều kiện tiên quyết của "${a.award}" tạo thành vòng lặp.`,
          `The prerequisites of "${a.award}" form a cycle.`,
        );
        break;
      }
      seen.add(next);
      const idx = policyAwards.get(next);
      next = idx === undefined ? undefined : policy.awards[idx]?.requires;
    }
  });
}

/** The rotation order names members only. */
function checkRotation(c: PolicyChecks, policy: RankingPolicy): void {
  const { add, memberIds } = c;
  policy.rotation?.order?.forEach((id, i) => {
    if (!memberIds.has(id)) {
      add(
        `ranking.rotation.order[${i}]`,
        `Đơn vị "${id}" trong thứ tự luân phiên không phải thành viên của Khối.`,
        `Unit "${id}" in the rotation order is not a member of the bloc.`,
      );
    }
  });
}
