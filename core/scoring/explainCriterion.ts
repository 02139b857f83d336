import type { Fixed } from "../decimal/fixed";
import type { Lang, Localized } from "../i18n/localized";
import type { Entry } from "../returns/returnSchema";
import type { CompiledNode } from "../template/compileTemplate";
import type { LadderLevel } from "../template/criterionRuleSchema";
import { awardReceived } from "./awardReceived";
import type { CriterionContext } from "./criterionContext";
import { formatPoints, formatValue } from "./formatPoints";
import type { PercentOfTargetParts, PercentOfTargetRule } from "./percentOfTarget";
import { percentOfTargetParts } from "./percentOfTarget";
import { claimedPoints, hasEvidence } from "./pointsForEntry";

// Each explanation is written by one function per kind taking the language, called once for vi and once for en.
// No closures per criterion: explanations run millions of times in a bloc's consolidation.

/** Points as the language writes them (26,5 / 26.5; "−20" below zero). */
export function pts(value: Fixed, lang: Lang): string {
  return formatPoints(value, lang);
}

/**
 * How a criterion's points were computed, in Vietnamese and English, e.g. "92% kế hoạch: 30 − 8 × 0,5 = 26".
 * `points` is the criterion's final points (from `pointsForEntry`); kept apart from the fast path.
 */
export function explainCriterion(
  node: CompiledNode,
  entry: Entry | undefined,
  ctx: CriterionContext,
  points: Fixed,
): Localized {
  const claimed = claimedPoints(node, entry, ctx);
  const how = explainClaim(node, entry, ctx, claimed);
  if (claimed > 0 && points === 0 && node.evidenceRequired && !hasEvidence(entry)) {
    return {
      vi: `${how.vi}; thiếu minh chứng nên ${pts(claimed, "vi")} điểm tự chấm không được tính → 0`,
      en: `${how.en}; evidence is missing, so the ${pts(claimed, "en")} points claimed do not count → 0`,
    };
  }
  return how;
}

const NO_ENTRY: Localized = { vi: "Chưa nhập: 0", en: "No entry: 0" };

function explainClaim(
  node: CompiledNode,
  entry: Entry | undefined,
  ctx: CriterionContext,
  points: Fixed,
): Localized {
  const rule = node.rule;
  if (rule === undefined) return { vi: "", en: "" };
  switch (rule.kind) {
    case "passFail":
      if (entry?.passed === undefined) return NO_ENTRY;
      if (node.block === "deductions") {
        return entry.passed
          ? { vi: `Có: trừ ${pts(points, "vi")}`, en: `Yes: deduct ${pts(points, "en")}` }
          : { vi: "Không: trừ 0", en: "No: deduct 0" };
      }
      return entry.passed
        ? { vi: `Đạt: ${pts(points, "vi")}`, en: `Passed: ${pts(points, "en")}` }
        : { vi: "Không đạt: 0", en: "Not passed: 0" };
    case "ladder": {
      if (entry?.level === undefined) return NO_ENTRY;
      let level: LadderLevel | undefined;
      for (const l of rule.levels) if (l.code === entry.level) level = l;
      if (level === undefined) {
        const codes = rule.levels.map((l) => l.code).join(", ");
        return {
          vi: `Mức "${entry.level}" không có trong thang (${codes}): 0`,
          en: `Level "${entry.level}" is not on the ladder (${codes}): 0`,
        };
      }
      return {
        vi: `Mức ${level.code} (${level.label}): ${pts(points, "vi")}`,
        en: `Level ${level.code} (${level.labelEn ?? level.label}): ${pts(points, "en")}`,
      };
    }
    case "percentOfTarget": {
      const parts = percentOfTargetParts(node, rule, entry, ctx.rounding);
      if (parts === undefined) {
        return entry?.achieved !== undefined && entry.target !== undefined
          ? { vi: "Kế hoạch phải lớn hơn 0: 0", en: "The target must be greater than 0: 0" }
          : NO_ENTRY;
      }
      return { vi: percentText("vi", node, rule, parts), en: percentText("en", node, rule, parts) };
    }
    case "relativeToBest": {
      const q = entry?.quantity;
      if (q === undefined) return NO_ENTRY;
      return {
        vi: relativeText("vi", node, rule.better, q, ctx.best, points),
        en: relativeText("en", node, rule.better, q, ctx.best, points),
      };
    }
    case "count": {
      const count = entry?.count;
      if (count === undefined) return NO_ENTRY;
      return {
        vi: countText("vi", node, count, rule.pointsPerItem, points),
        en: countText("en", node, count, rule.pointsPerItem, points),
      };
    }
    case "violations": {
      const count = entry?.count;
      if (count === undefined) return NO_ENTRY;
      return {
        vi: violationsText("vi", node, count, rule, points),
        en: violationsText("en", node, count, rule, points),
      };
    }
    case "manual": {
      const score = entry?.score;
      if (score === undefined) return NO_ENTRY;
      if (Math.round(score * 10_000) > node.max) {
        return {
          vi: `Điểm chấm ${formatValue(score, "vi")} vượt tối đa ${pts(node.max, "vi")} → ${pts(points, "vi")}`,
          en: `Score ${formatValue(score, "en")} is above the maximum ${pts(node.max, "en")} → ${pts(points, "en")}`,
        };
      }
      if (score < 0) {
        return {
          vi: `Điểm chấm âm (${formatValue(score, "vi")}) → 0`,
          en: `Negative score (${formatValue(score, "en")}) → 0`,
        };
      }
      return { vi: `Điểm chấm: ${pts(points, "vi")}`, en: `Score: ${pts(points, "en")}` };
    }
    case "awardHistory": {
      const from = ctx.year - rule.yearsBack;
      const years = rule.yearsBack === 1 ? `${from}` : `${from}–${ctx.year - 1}`;
      const name = ctx.awardNames?.get(rule.award) ?? { vi: rule.award, en: rule.award };
      // No history given is not "not received": the bonus is unknown, and says so.
      if (ctx.history === undefined) {
        return {
          vi: `Chưa có lịch sử khen thưởng: chưa biết có nhận ${name.vi} năm ${years} không (tạm tính 0)`,
          en: `No award history given: whether ${name.en} was received in ${years} is unknown (0 for now)`,
        };
      }
      const year = awardReceived(ctx.history, ctx.unitId, rule.award, ctx.year, rule.yearsBack);
      return year === undefined
        ? {
            vi: `Không nhận ${name.vi} năm ${years} (theo lịch sử khen thưởng): 0`,
            en: `${name.en} not received in ${years} (per the award history): 0`,
          }
        : {
            vi: `Đã nhận ${name.vi} năm ${year}: ${pts(points, "vi")}`,
            en: `Received ${name.en} in ${year}: ${pts(points, "en")}`,
          };
    }
  }
}

/** "92% kế hoạch: 30 − 8 × 0,5 = 26", "110% of target: 30 + 10 × 0.5 = 35, max 33 → 33". */
function percentText(
  lang: Lang,
  node: CompiledNode,
  rule: PercentOfTargetRule,
  parts: PercentOfTargetParts,
): string {
  const vi = lang === "vi";
  const percent = ratio(parts.percentNum, parts.percentDen, 2);
  let head = `${percent.exact ? "" : "≈"}${formatValue(percent.value, lang)}% ${vi ? "kế hoạch" : "of target"}`;
  if (rule.stepPercent !== 1) {
    const step = formatValue(rule.stepPercent, lang);
    head += vi ? ` (bước ${step}%)` : ` (${step}% steps)`;
  }
  if (parts.direction === 0)
    return `${head}: ${vi ? "đạt điểm chuẩn" : "standard points"} ${pts(parts.points, lang)}`;
  const steps = ratio(parts.stepsNum, parts.stepsDen, 4);
  // "=" only when the arithmetic shown is exact: the steps as printed, and no rounding of the result
  const eq = steps.exact && rawIsExact(node.standard, parts) ? "=" : "≈";
  const sign = parts.direction > 0 ? "+" : "−";
  let text =
    `${head}: ${pts(node.standard, lang)} ${sign} ${steps.exact ? "" : "≈"}${formatValue(steps.value, lang)}` +
    ` × ${pts(parts.rate, lang)} ${eq} ${pts(parts.raw, lang)}`;
  if (parts.raw > node.max)
    text += `, ${vi ? "tối đa" : "max"} ${pts(node.max, lang)} → ${pts(parts.points, lang)}`;
  else if (parts.raw < parts.points) {
    text += `, ${vi ? "sàn" : "floor"} ${formatValue(rule.floor, lang)} → ${pts(parts.points, lang)}`;
  }
  return text;
}

/** True when standard ± steps × rate equals the rounded raw points exactly. */
function rawIsExact(standard: Fixed, parts: PercentOfTargetParts): boolean {
  const delta = parts.stepsNum * BigInt(parts.rate);
  const exactNum = BigInt(standard) * parts.stepsDen + (parts.direction > 0 ? delta : -delta);
  return exactNum === BigInt(parts.raw) * parts.stepsDen;
}

/** "10 × 120 / 150 (cao nhất khối) = 8", or why there are no points yet. */
function relativeText(
  lang: Lang,
  node: CompiledNode,
  better: "higher" | "lower",
  q: number,
  best: number | null | undefined,
  points: Fixed,
): string {
  const vi = lang === "vi";
  const qText = formatValue(q, lang);
  if (best === undefined) {
    return vi
      ? `Số lượng ${qText}: điểm so với đơn vị cao nhất tính khi tổng hợp toàn khối`
      : `Quantity ${qText}: points relative to the best unit are computed when the whole bloc is consolidated`;
  }
  if (best === null) {
    return vi
      ? `Số lượng ${qText}: khối chưa có số liệu hợp lệ để so sánh: 0`
      : `Quantity ${qText}: the bloc has no valid figures to compare with: 0`;
  }
  if (q < 0) return vi ? `Số lượng âm (${qText}): 0` : `Negative quantity (${qText}): 0`;
  const bestText = formatValue(best, lang);
  const qF = Math.round(q * 10_000);
  const bestF = Math.round(best * 10_000);
  if (better === "higher") {
    if (best <= 0) {
      return vi
        ? "Cả khối chưa có kết quả (cao nhất = 0): 0"
        : "Nobody in the bloc has a result yet (best = 0): 0";
    }
    const eq = BigInt(qF) * BigInt(node.max) === BigInt(points) * BigInt(bestF) ? "=" : "≈";
    return `${pts(node.max, lang)} × ${qText} / ${bestText} (${vi ? "cao nhất khối" : "bloc's best"}) ${eq} ${pts(points, lang)}`;
  }
  if (q === 0) {
    return vi
      ? `Số lượng 0 là tốt nhất (càng thấp càng tốt): ${pts(points, lang)}`
      : `A quantity of 0 is the best (lower is better): ${pts(points, lang)}`;
  }
  if (best <= 0) {
    return vi
      ? `Đơn vị tốt nhất khối có số lượng 0, đơn vị có ${qText}: 0`
      : `The bloc's best has a quantity of 0; ${qText} earns 0`;
  }
  const eq = BigInt(bestF) * BigInt(node.max) === BigInt(points) * BigInt(qF) ? "=" : "≈";
  return `${pts(node.max, lang)} × ${bestText} (${vi ? "thấp nhất khối" : "bloc's lowest"}) / ${qText} ${eq} ${pts(points, lang)}`;
}

/** "4 × 2,5 = 10", "Trừ 2 × 2 = 4", "7 × 2,5 = 17,5, tối đa 15 → 15". */
function countText(lang: Lang, node: CompiledNode, count: number, perItem: number, points: Fixed): string {
  const product = count * Math.round(perItem * 10_000);
  const verb = node.block === "deductions" ? (lang === "vi" ? "Trừ " : "Deduct ") : "";
  let text = `${verb}${formatValue(count, lang)} × ${formatValue(perItem, lang)} = ${pts(product, lang)}`;
  if (product > node.max)
    text += `, ${lang === "vi" ? "tối đa" : "max"} ${pts(node.max, lang)} → ${pts(points, lang)}`;
  return text;
}

/** "10 − 2 × 1,5 = 7", "10 − 6 × 1,5 = 1, sàn 2 → 2". */
function violationsText(
  lang: Lang,
  node: CompiledNode,
  count: number,
  rule: { pointsPerViolation: number; floor: number },
  points: Fixed,
): string {
  const raw = node.standard - count * Math.round(rule.pointsPerViolation * 10_000);
  let text = `${pts(node.standard, lang)} − ${formatValue(count, lang)} × ${formatValue(rule.pointsPerViolation, lang)} = ${pts(raw, lang)}`;
  if (raw < points)
    text += `, ${lang === "vi" ? "sàn" : "floor"} ${formatValue(rule.floor, lang)} → ${pts(points, lang)}`;
  return text;
}

/** A BigInt ratio as a number rounded half-up to `decimals` places, and whether that is exact. */
function ratio(numerator: bigint, denominator: bigint, decimals: number): { value: number; exact: boolean } {
  const unit = 10n ** BigInt(decimals);
  const scaled = numerator * unit;
  const negative = scaled < 0n;
  const a = negative ? -scaled : scaled;
  let q = a / denominator;
  const r = a - q * denominator;
  if (2n * r >= denominator) q += 1n;
  return { value: Number(negative ? -q : q) / Number(unit), exact: r === 0n };
}
