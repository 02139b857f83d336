import type { Localized } from "../../i18n/localized";
import { msg } from "../../i18n/localized";
import type { TieBreakKey } from "../../template/rankingPolicySchema";
import type { UnitStanding } from "../rankingResult";
import type { TieDecision } from "../votesFileSchema";
import type { PreparedKey } from "./prepareTieBreakKeys";
import { compareOnKey, pointsOrNone } from "./prepareTieBreakKeys";

/**
 * The sentence for the minutes about adjacent units a (above) and b with equal totals; points are written with the
 * table's `decimals`.
 */
export function tieSentence(
  standings: readonly UnitStanding[],
  keys: readonly PreparedKey[],
  a: number,
  b: number,
  decimals: number,
): Localized {
  const sa = standings[a]!;
  const sb = standings[b]!;
  for (const key of keys) {
    if (compareOnKey(key, a, b) === 0) continue;
    return msg(
      `${sa.name} xếp trên ${sb.name} do ${key.phrase.vi} (${key.format(a, "vi")} so với ${key.format(b, "vi")})`,
      `${sa.name} ranks above ${sb.name} on ${key.phrase.en} (${key.format(a, "en")} vs ${key.format(b, "en")})`,
    );
  }
  const total = pointsOrNone(sa.total, "vi", decimals);
  const totalEn = pointsOrNone(sa.total, "en", decimals);
  const rules: TieBreakKey[] = keys.map((k) => k.key);
  const tried = keys.map((k) => (k.name ?? k.phrase).vi).join(", ");
  const triedEn = keys.map((k) => (k.name ?? k.phrase).en).join(", ");
  return msg(
    `${sa.name} và ${sb.name} bằng điểm (${total})` +
      (rules.length > 0 ? ` và không phân định được theo tiêu chí phụ (${tried})` : "") +
      "; Hội nghị Khối quyết định thứ tự",
    `${sa.name} and ${sb.name} are tied at ${totalEn}` +
      (rules.length > 0 ? ` and not separated by the tie-break rules (${triedEn})` : "") +
      "; the meeting decides the order",
  );
}

/** The sentence for the minutes about adjacent tied units a (above) and b that the meeting ordered. */
export function decisionSentence(
  standings: readonly UnitStanding[],
  a: number,
  b: number,
  decision: TieDecision,
): Localized {
  const sa = standings[a]!;
  const sb = standings[b]!;
  return msg(
    `${sa.name} xếp trên ${sb.name} theo quyết định của Hội nghị Khối: ${decision.reason}`,
    `${sa.name} ranks above ${sb.name} by the meeting's decision: ${decision.reason}`,
  );
}
