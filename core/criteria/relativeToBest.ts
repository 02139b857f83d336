import { z } from "zod";
import type { Fixed } from "../decimal/fixed";
import { toFixed } from "../decimal/fixed";
import type { Lang } from "../i18n/localized";
import { msg } from "../i18n/localized";
import { QuantitySchema } from "./ruleFieldSchemas";
import { stepsUp } from "./whatIfSteps";
import type { CriterionKindModule } from "./criterionKind";
import { NO_ENTRY, pts, val } from "./criterionWords";
import { limitPoints } from "./limitPoints";
import { readNonNegative } from "./readNonNegative";

/** Relative to the bloc's best (so với đơn vị cao nhất): the best unit gets the maximum, others pro rata. */
export const RelativeToBestRuleSchema = z.strictObject({
  kind: z.literal("relativeToBest"),
  better: z.enum(["higher", "lower"]).default("higher"),
});
export type RelativeToBestRule = z.infer<typeof RelativeToBestRuleSchema>;

/** The entry field relative-to-best reads: the quantity compared with the bloc's best. */
export const RelativeToBestEntryFields = { quantity: QuantitySchema.optional() };

/** Why a quantity earns what it earns, before any arithmetic (the cases that give no ratio). */
type Case = "alone" | "no-best" | "negative" | "nobody" | "zero-is-best" | "best-is-zero" | "ratio";

/**
 * So với đơn vị cao nhất: max × quantity / best (lower is better: max × best / quantity, and 0 is the best).
 * 0 without a known best, with a best of 0 when higher is better, or for a negative quantity. Computable only
 * across all returns: `best` is the bloc's (see `CriterionContext.best`).
 */
export const relativeToBest: CriterionKindModule<RelativeToBestRule> = {
  kind: "relativeToBest",
  schema: RelativeToBestRuleSchema,
  name: msg("so với đơn vị cao nhất", "relative to the best"),
  blocks: ["sections"],
  fields: ["quantity"],

  points(node, rule, entry, ctx) {
    const q = entry?.quantity;
    if (q === undefined) return { claimed: 0, explain: (lang) => NO_ENTRY[lang] };
    const best = ctx.best;
    const higher = rule.better === "higher";
    let which: Case = "ratio";
    if (best === undefined) which = "alone";
    else if (best === null) which = "no-best";
    else if (q < 0) which = "negative";
    else if (higher && best <= 0) which = "nobody";
    else if (!higher && q === 0) which = "zero-is-best";
    else if (!higher && best <= 0) which = "best-is-zero";
    const qF = BigInt(toFixed(q));
    const bestF = BigInt(toFixed(best ?? 0));
    // max × quantity / best, or max × best / quantity when lower is better
    const [num, den] = higher ? [qF, bestF] : [bestF, qF];
    let claimed: Fixed = 0;
    if (which === "zero-is-best") claimed = limitPoints(node.max, 0, node.max, ctx.rounding);
    else if (which === "ratio") claimed = limitPoints(BigInt(node.max) * num, 0, node.max, ctx.rounding, den);
    const exact = BigInt(node.max) * num === BigInt(claimed) * den;
    return {
      claimed,
      explain: (lang) => relativeText(lang, which, higher, q, best ?? 0, node.max, claimed, exact),
    };
  },

  whatIfSteps: (node, _rule, current, unit) => stepsUp(current, unit, node.max),

  sheetMissing: (_node, _rule, _entry, { input }) => ({
    cell: "input",
    message: msg(`chưa nhập số lượng (cột ${input}, ≥ 0)`, `enter the quantity (column ${input}, ≥ 0)`),
  }),

  needs: () => msg(`"quantity" (số lượng ≥ 0)`, `"quantity" (≥ 0)`),

  checkEntry(_node, _rule, entry, report) {
    if (entry.quantity === undefined || entry.quantity >= 0) return;
    report(
      "out-of-range",
      `số lượng ("quantity") = ${val(entry.quantity, "vi")} âm; giá trị phải ≥ 0.`,
      `quantity = ${val(entry.quantity, "en")} is negative; it must be ≥ 0.`,
    );
  },

  blocBest: {
    quantity: (entry) => entry.quantity,
    lowerIsBetter: (rule) => rule.better === "lower",
    claims(rule, entry) {
      const q = entry.quantity;
      return q !== undefined && (q > 0 || rule.better === "lower");
    },
  },

  formula: () => undefined,

  ruleText: (node, rule) =>
    `Nhập số lượng; điểm tính khi tổng hợp toàn khối (đơn vị ${rule.better === "higher" ? "cao" : "thấp"} nhất = ${pts(node.max, "vi")})`,

  sheetInput: (_node, _rule, entry) => ({
    input: entry?.quantity ?? null,
    format: "general",
    validations: [{ cell: "input", rule: { type: "decimal", min: 0 }, error: "Nhập một số không âm." }],
    highlights: [],
  }),

  readCells(_node, _rule, cells) {
    const quantity = readNonNegative(cells, "input");
    return quantity === undefined ? {} : { quantity };
  },
};

/** "10 × 120 / 150 (cao nhất khối) = 8", or why there are no points yet. */
function relativeText(
  lang: Lang,
  which: Case,
  higher: boolean,
  q: number,
  best: number,
  max: Fixed,
  points: Fixed,
  exact: boolean,
): string {
  const vi = lang === "vi";
  const qText = val(q, lang);
  switch (which) {
    case "alone":
      return vi
        ? `Số lượng ${qText}: điểm so với đơn vị cao nhất tính khi tổng hợp toàn khối`
        : `Quantity ${qText}: points relative to the best unit are computed when the whole bloc is consolidated`;
    case "no-best":
      return vi
        ? `Số lượng ${qText}: khối chưa có số liệu hợp lệ để so sánh: 0`
        : `Quantity ${qText}: the bloc has no valid figures to compare with: 0`;
    case "negative":
      return vi ? `Số lượng âm (${qText}): 0` : `Negative quantity (${qText}): 0`;
    case "nobody":
      return vi
        ? "Cả khối chưa có kết quả (cao nhất = 0): 0"
        : "Nobody in the bloc has a result yet (best = 0): 0";
    case "zero-is-best":
      return vi
        ? `Số lượng 0 là tốt nhất (càng thấp càng tốt): ${pts(points, lang)}`
        : `A quantity of 0 is the best (lower is better): ${pts(points, lang)}`;
    case "best-is-zero":
      return vi
        ? `Đơn vị tốt nhất khối có số lượng 0, đơn vị có ${qText}: 0`
        : `The bloc's best has a quantity of 0; ${qText} earns 0`;
    case "ratio": {
      const eq = exact ? "=" : "≈";
      const bestText = val(best, lang);
      return higher
        ? `${pts(max, lang)} × ${qText} / ${bestText} (${vi ? "cao nhất khối" : "bloc's best"}) ${eq} ${pts(points, lang)}`
        : `${pts(max, lang)} × ${bestText} (${vi ? "thấp nhất khối" : "bloc's lowest"}) / ${qText} ${eq} ${pts(points, lang)}`;
    }
  }
}
