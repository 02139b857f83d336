import type { Localized } from "../../i18n/localized";
import { msg } from "../../i18n/localized";
import type { EligibilityFlag, GateEffect, RankingPolicy } from "../../template/rankingPolicySchema";
import { ELIGIBILITY_FLAGS } from "../../template/rankingPolicySchema";
import type { EligibilityFlagEntry } from "../eligibilityFileSchema";
import type { EligibilityReason, UnitEligibility, UnitStanding } from "../rankingResult";
import { formatIsoTime } from "../formatIsoTime";

const FLAG_NAMES: Record<EligibilityFlag, Localized> = {
  "disciplined-unit": msg("Đơn vị bị kỷ luật", "Unit disciplined"),
  "disciplined-head": msg("Người đứng đầu bị kỷ luật", "Head of unit disciplined"),
  investigation: msg("Đang bị thanh tra, điều tra", "Under investigation"),
  corruption: msg("Có vụ việc tham nhũng", "Corruption case"),
  "low-rating": msg("Xếp loại năm dưới mức yêu cầu", "Annual rating below the required level"),
  "no-covenant": msg("Không ký giao ước thi đua", "No signed covenant"),
  "late-return": msg("Nộp hồ sơ muộn", "Late return"),
  manual: msg("Bị loại theo quyết định của Khối", "Disqualified by the bloc"),
};

/** The name of a flag in both languages. */
export function flagName(flag: EligibilityFlag): Localized {
  return FLAG_NAMES[flag];
}

/** The effect a policy gives a flag; a flag the policy does not list keeps the unit out of the awards. */
export function gateEffect(policy: RankingPolicy, flag: EligibilityFlag): GateEffect {
  return policy.eligibility[flag] ?? "awards";
}

/**
 * Who takes part in the ranking and who may be proposed, with every reason: the unit's flags from the eligibility file,
 * a return after the policy's deadline ("late-return"), and no valid return at all. Reasons are in flag order.
 */
export function evaluateEligibility(
  standing: UnitStanding,
  policy: RankingPolicy,
  flags: readonly EligibilityFlagEntry[],
): UnitEligibility {
  const reasons: EligibilityReason[] = [];
  if (!standing.hasReturn) {
    reasons.push({
      flag: "no-return",
      effect: "ranking",
      reason: msg("Không có bảng tự chấm hợp lệ", "No valid self-scored return"),
    });
  }
  if (
    policy.returnDeadline !== undefined &&
    standing.submittedAt !== undefined &&
    Date.parse(standing.submittedAt) > Date.parse(policy.returnDeadline)
  ) {
    const when = formatIsoTime(standing.submittedAt);
    const due = formatIsoTime(policy.returnDeadline);
    reasons.push({
      flag: "late-return",
      effect: gateEffect(policy, "late-return"),
      reason: msg(
        `${FLAG_NAMES["late-return"].vi}: nộp ${when}, hạn ${due}`,
        `${FLAG_NAMES["late-return"].en}: submitted ${when}, due ${due}`,
      ),
    });
  }
  const sorted = [...flags].sort(
    (a, b) =>
      ELIGIBILITY_FLAGS.indexOf(a.flag) - ELIGIBILITY_FLAGS.indexOf(b.flag) ||
      (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0),
  );
  for (const f of sorted) {
    reasons.push({
      flag: f.flag,
      effect: gateEffect(policy, f.flag),
      reason: msg(`${FLAG_NAMES[f.flag].vi}: ${f.reason}`, `${FLAG_NAMES[f.flag].en}: ${f.reason}`),
    });
  }
  const ranked = !reasons.some((r) => r.effect === "ranking");
  const awardable = ranked && !reasons.some((r) => r.effect === "awards");
  return { ranked, awardable, reasons };
}
