import { z } from "zod";
import { toFixed } from "../decimal/fixed";
import { msg } from "../i18n/localized";
import { stepsDown, stepsUp } from "./whatIfSteps";
import type { CriterionKindModule } from "./criterionKind";
import { countSheetMissing, maxOf, NO_ENTRY, pts, val } from "./criterionWords";
import { fixedLiteral, num } from "./formulaText";
import { limitPoints } from "./limitPoints";
import { countSheetInput, readCount } from "./readCount";
import { CountSchema, PositivePointsSchema } from "./ruleFieldSchemas";

/** Count × points: each counted item (initiative, model, report) earns `pointsPerItem`, capped at the maximum. */
export const CountRuleSchema = z.strictObject({
  kind: z.literal("count"),
  pointsPerItem: PositivePointsSchema,
});
export type CountRule = z.infer<typeof CountRuleSchema>;

/** The entry field count × points reads: how many items. */
export const CountEntryFields = { count: CountSchema.optional() };

/** Count × points (số lượng × điểm): count × pointsPerItem, capped at the maximum. */
export const count: CriterionKindModule<CountRule> = {
  kind: "count",
  schema: CountRuleSchema,
  name: msg("số lượng × điểm", "count × points"),
  blocks: ["sections", "bonus", "deductions"],
  fields: ["count"],

  points(node, rule, entry, ctx) {
    const n = entry?.count;
    if (n === undefined) return { claimed: 0, explain: (lang) => NO_ENTRY[lang] };
    const product = BigInt(Math.max(n, 0)) * BigInt(toFixed(rule.pointsPerItem));
    const claimed = limitPoints(product, 0, node.max, ctx.rounding);
    const verb = node.block === "deductions" ? msg("Trừ ", "Deduct ") : msg("", "");
    return {
      claimed,
      // "4 × 2,5 = 10", "Trừ 2 × 2 = 4", "7 × 2,5 = 17,5, tối đa 15 → 15"
      explain(lang) {
        let text = `${verb[lang]}${val(n, lang)} × ${val(rule.pointsPerItem, lang)} = ${pts(Number(product), lang)}`;
        if (product > BigInt(node.max)) {
          text += `, ${lang === "vi" ? "tối đa" : "max"} ${pts(node.max, lang)} → ${pts(claimed, lang)}`;
        }
        return text;
      },
    };
  },

  whatIfSteps: (node, rule, current) =>
    node.block === "deductions"
      ? stepsDown(current, toFixed(rule.pointsPerItem))
      : stepsUp(current, toFixed(rule.pointsPerItem), node.max),

  sheetMissing: (_node, _rule, _entry, columns) => countSheetMissing(columns),

  needs: () => msg(`"count" (số nguyên ≥ 0)`, `"count" (a whole number ≥ 0)`),

  // A bonus or deduction item whose count claims more than its maximum says so (a criterion is simply capped);
  // the table's cap is not a typing error: the maximum counts (core/scoring/entrySeverity.ts says so).
  checkEntry(node, rule, entry, report) {
    if (node.block === "sections" || entry.count === undefined) return;
    const claimed = entry.count * toFixed(rule.pointsPerItem);
    if (claimed <= node.max) return;
    const line = (lang: "vi" | "en") =>
      `${val(entry.count!, lang)} × ${val(rule.pointsPerItem, lang)} = ${pts(claimed, lang)}`;
    report(
      "cap-exceeded",
      `${line("vi")} điểm, vượt mức tối đa ${maxOf(node.max, "vi")}`,
      `${line("en")} points, above the maximum ${maxOf(node.max, "en")}`,
    );
  },

  formula: (node, rule, { input: F }) => ({
    raw: `IF(ISNUMBER(${F}),MAX(${F},0)*${num(rule.pointsPerItem)},0)`,
    low: "0",
    high: fixedLiteral(node.max),
  }),

  ruleText: (node, rule) =>
    `Nhập số lượng: mỗi ${node.unit ?? "đơn vị"} ${val(rule.pointsPerItem, "vi")} điểm, tối đa ${pts(node.max, "vi")}`,

  sheetInput: (_node, _rule, entry) => countSheetInput(entry?.count),
  readCells: (_node, _rule, cells) => readCount(cells),
};
