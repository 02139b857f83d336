import type { Fixed } from "../decimal/fixed";
import { fromFixed, toFixed } from "../decimal/fixed";
import { formatNumber } from "../i18n/formatNumber";
import type { Lang, Localized } from "../i18n/localized";
import { msg } from "../i18n/localized";
import type { Entry } from "../returns/returnSchema";
import type { CompiledNode } from "../template/compileTemplate";
import { awardReceived } from "./awardReceived";
import type { CriterionContext } from "./criterionContext";
import { percentOfTargetParts } from "./percentOfTarget";
import { claimedPoints, hasEvidence } from "./pointsForEntry";

/** Points as the language writes them (26,5 / 26.5). */
export function pts(value: Fixed, lang: Lang): string {
  return formatNumber(fromFixed(value), lang).replace("-", "−");
}

/** A plain number as the language writes them, at most `decimals` places. */
function num(value: number, lang: Lang, decimals = 4): string {
  return formatNumber(value, lang, 0, decimals);
}

/** Both languages of one pattern: `f(lang)`. */
function both(f: (lang: Lang) => string): Localized {
  return { vi: f("vi"), en: f("en") };
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
  const how = explainClaim(node, entry, ctx);
  const claimed = claimedPoints(node, entry, ctx);
  if (claimed > 0 && points === 0 && node.evidenceRequired && !hasEvidence(entry)) {
    return msg(
      `${how.vi}; thiếu minh chứng nên ${pts(claimed, "vi")} điểm tự chấm không được tính → 0`,
      `${how.en}; evidence is missing, so the ${pts(claimed, "en")} points claimed do not count → 0`,
    );
  }
  return how;
}

function explainClaim(node: CompiledNode, entry: Entry | undefined, ctx: CriterionContext): Localized {
  const rule = node.rule;
  const points = claimedPoints(node, entry, ctx);
  const p = (lang: Lang) => pts(points, lang);
  if (rule === undefined) return msg("", "");
  const noEntry = msg(`Chưa nhập: 0`, `No entry: 0`);
  switch (rule.kind) {
    case "passFail":
      if (entry?.passed === undefined) return noEntry;
      if (node.block === "deductions") {
        return entry.passed
          ? msg(`Có: trừ ${p("vi")}`, `Yes: deduct ${p("en")}`)
          : msg(`Không: trừ 0`, `No: deduct 0`);
      }
      return entry.passed
        ? msg(`Đạt: ${p("vi")}`, `Passed: ${p("en")}`)
        : msg(`Không đạt: 0`, `Not passed: 0`);
    case "ladder": {
      if (entry?.level === undefined) return noEntry;
      const level = rule.levels.find((l) => l.code === entry.level);
      if (level === undefined) {
        return msg(
          `Mức "${entry.level}" không có trong thang (${rule.levels.map((l) => l.code).join(", ")}): 0`,
          `Level "${entry.level}" is not on the ladder (${rule.levels.map((l) => l.code).join(", ")}): 0`,
        );
      }
      return msg(
        `Mức ${level.code} (${level.label}): ${p("vi")}`,
        `Level ${level.code} (${level.labelEn ?? level.label}): ${p("en")}`,
      );
    }
    case "percentOfTarget": {
      const parts = percentOfTargetParts(node, rule, entry, ctx.rounding);
      if (parts === undefined) {
        return entry?.achieved !== undefined && entry.target !== undefined
          ? msg(`Kế hoạch phải lớn hơn 0: 0`, `The target must be greater than 0: 0`)
          : noEntry;
      }
      const percent = ratio(parts.percentNum, parts.percentDen, 2);
      const step = rule.stepPercent === 1 ? null : rule.stepPercent;
      const head = both(
        (lang) =>
          `${percent.exact ? "" : "≈"}${num(percent.value, lang, 2)}% ${lang === "vi" ? "kế hoạch" : "of target"}` +
          (step === null
            ? ""
            : lang === "vi"
              ? ` (bước ${num(step, lang)}%)`
              : ` (${num(step, lang)}% steps)`),
      );
      if (parts.direction === 0) {
        return both(
          (lang) => `${head[lang]}: ${lang === "vi" ? "đạt điểm chuẩn" : "standard points"} ${p(lang)}`,
        );
      }
      const steps = ratio(parts.stepsNum, parts.stepsDen, 4);
      const sign = parts.direction > 0 ? "+" : "−";
      const exactRaw = fromFixed(node.standard) + parts.direction * steps.value * fromFixed(parts.rate);
      const eq = steps.exact && Math.abs(exactRaw - fromFixed(parts.raw)) < 1e-9 ? "=" : "≈";
      return both((lang) => {
        let text =
          `${head[lang]}: ${pts(node.standard, lang)} ${sign} ${steps.exact ? "" : "≈"}${num(steps.value, lang)}` +
          ` × ${pts(parts.rate, lang)} ${eq} ${pts(parts.raw, lang)}`;
        if (parts.raw > node.max)
          text += `, ${lang === "vi" ? "tối đa" : "max"} ${pts(node.max, lang)} → ${p(lang)}`;
        else if (parts.raw < parts.points) {
          text += `, ${lang === "vi" ? "sàn" : "floor"} ${num(rule.floor, lang)} → ${p(lang)}`;
        }
        return text;
      });
    }
    case "relativeToBest": {
      const q = entry?.quantity;
      if (q === undefined) return noEntry;
      if (ctx.best === undefined) {
        return msg(
          `Số lượng ${num(q, "vi")}: điểm so với đơn vị cao nhất tính khi tổng hợp toàn khối`,
          `Quantity ${num(q, "en")}: points relative to the best unit are computed when the whole bloc is consolidated`,
        );
      }
      if (ctx.best === null) {
        return msg(
          `Số lượng ${num(q, "vi")}: khối chưa có số liệu hợp lệ để so sánh: 0`,
          `Quantity ${num(q, "en")}: the bloc has no valid figures to compare with: 0`,
        );
      }
      if (q < 0) return msg(`Số lượng âm (${num(q, "vi")}): 0`, `Negative quantity (${num(q, "en")}): 0`);
      const best = ctx.best;
      if (rule.better === "higher") {
        if (best <= 0) {
          return msg(
            `Cả khối chưa có kết quả (cao nhất = 0): 0`,
            `Nobody in the bloc has a result yet (best = 0): 0`,
          );
        }
        const eq = toFixed(q) * node.max === points * toFixed(best) ? "=" : "≈";
        return both(
          (lang) =>
            `${pts(node.max, lang)} × ${num(q, lang)} / ${num(best, lang)} ` +
            `(${lang === "vi" ? "cao nhất khối" : "bloc's best"}) ${eq} ${p(lang)}`,
        );
      }
      if (q === 0) {
        return msg(
          `Số lượng 0 là tốt nhất (càng thấp càng tốt): ${p("vi")}`,
          `A quantity of 0 is the best (lower is better): ${p("en")}`,
        );
      }
      if (best <= 0) {
        return msg(
          `Đơn vị tốt nhất khối có số lượng 0, đơn vị có ${num(q, "vi")}: 0`,
          `The bloc's best has a quantity of 0; ${num(q, "en")} earns 0`,
        );
      }
      const eq = toFixed(best) * node.max === points * toFixed(q) ? "=" : "≈";
      return both(
        (lang) =>
          `${pts(node.max, lang)} × ${num(best, lang)} ` +
          `(${lang === "vi" ? "thấp nhất khối" : "bloc's lowest"}) / ${num(q, lang)} ${eq} ${p(lang)}`,
      );
    }
    case "count":
    case "violations": {
      const count = entry?.count;
      if (count === undefined) return noEntry;
      if (rule.kind === "violations") return explainViolations(node, count, points, rule);
      const product = count * toFixed(rule.pointsPerItem);
      return both((lang) => {
        const verb = node.block === "deductions" ? (lang === "vi" ? "trừ " : "deduct ") : "";
        let text = `${verb}${num(count, lang)} × ${num(rule.pointsPerItem, lang)} = ${pts(product, lang)}`;
        if (product > node.max)
          text += `, ${lang === "vi" ? "tối đa" : "max"} ${pts(node.max, lang)} → ${p(lang)}`;
        return text.charAt(0).toUpperCase() + text.slice(1);
      });
    }
    case "manual": {
      const score = entry?.score;
      if (score === undefined) return noEntry;
      if (toFixed(score) > node.max) {
        return msg(
          `Điểm chấm ${num(score, "vi")} vượt tối đa ${pts(node.max, "vi")} → ${p("vi")}`,
          `Score ${num(score, "en")} is above the maximum ${pts(node.max, "en")} → ${p("en")}`,
        );
      }
      if (score < 0)
        return msg(`Điểm chấm âm (${num(score, "vi")}) → 0`, `Negative score (${num(score, "en")}) → 0`);
      return msg(`Điểm chấm: ${p("vi")}`, `Score: ${p("en")}`);
    }
    case "awardHistory": {
      const year = awardReceived(ctx.history, ctx.unitId, rule.award, ctx.year, rule.yearsBack);
      const from = ctx.year - rule.yearsBack;
      const years = rule.yearsBack === 1 ? `${from}` : `${from}–${ctx.year - 1}`;
      const name = ctx.awardNames?.get(rule.award) ?? { vi: rule.award, en: rule.award };
      return year === undefined
        ? msg(
            `Không nhận ${name.vi} năm ${years} (theo lịch sử khen thưởng): 0`,
            `${name.en} not received in ${years} (per the award history): 0`,
          )
        : msg(`Đã nhận ${name.vi} năm ${year}: ${p("vi")}`, `Received ${name.en} in ${year}: ${p("en")}`);
    }
  }
}

function explainViolations(
  node: CompiledNode,
  count: number,
  points: Fixed,
  rule: { pointsPerViolation: number; floor: number },
): Localized {
  const raw = node.standard - count * toFixed(rule.pointsPerViolation);
  return both((lang) => {
    let text =
      `${pts(node.standard, lang)} − ${num(count, lang)} × ${num(rule.pointsPerViolation, lang)} = ` +
      pts(raw, lang);
    if (raw < points)
      text += `, ${lang === "vi" ? "sàn" : "floor"} ${num(rule.floor, lang)} → ${pts(points, lang)}`;
    return text;
  });
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
