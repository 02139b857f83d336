import { formatNumber } from "../../i18n/formatNumber";
import type { Localized } from "../../i18n/localized";
import { msg } from "../../i18n/localized";
import type { CloseCall, RankingOutcome } from "../rankingResult";

/**
 * The stability line for a close call (sát nút), in words that agree with how the ranking decided the pair: a gap
 * in points; level and separated by a rule of the tie-break chain; level and ordered by the meeting's decision; or
 * level and not separated at all (same rank, the meeting decides) — never "separated by the tie-break" then.
 */
export function closeCallSentence(
  call: CloseCall,
  outcome: Pick<RankingOutcome, "units" | "ties">,
): Localized {
  const nameOf = (id: string) => outcome.units.find((u) => u.unitId === id)?.name ?? id;
  const above = nameOf(call.above);
  const below = nameOf(call.below);
  if (call.gap !== 0)
    return msg(
      `Sát nút: ${above} hơn ${below} ${formatNumber(call.gap, "vi")} điểm`,
      `Close call: ${above} leads ${below} by ${formatNumber(call.gap, "en")}`,
    );
  const tie = outcome.ties.find((t) => t.above === call.above && t.below === call.below);
  if (tie?.decision !== undefined)
    return msg(
      `Sát nút: ${above} và ${below} bằng điểm, thứ tự do Hội nghị Khối quyết định`,
      `Close call: ${above} and ${below} are level, ordered by the meeting's decision`,
    );
  if (tie === undefined || tie.resolvedBy === null)
    return msg(
      `Sát nút: ${above} và ${below} bằng điểm, chưa phân định (cùng hạng, Hội nghị Khối quyết định)`,
      `Close call: ${above} and ${below} are level and not separated (same rank, the meeting decides)`,
    );
  return msg(
    `Sát nút: ${above} và ${below} bằng điểm, chỉ phân định bằng tiêu chí phụ`,
    `Close call: ${above} and ${below} are level, separated only by the tie-break`,
  );
}
