import { z } from "zod";
import { toFixed } from "../decimal/fixed";
import { msg } from "../i18n/localized";
import { stepsUp } from "./whatIfSteps";
import type { CriterionKindModule } from "./criterionKind";
import { countSheetMissing, NO_ENTRY, pts, val } from "./criterionWords";
import { fixedLiteral, num } from "./formulaText";
import { limitPoints } from "./limitPoints";
import { checkFloor } from "./checkFloor";
import { countSheetInput, readCount } from "./readCount";
import { CountSchema, PointsSchema, PositivePointsSchema } from "./ruleFieldSchemas";

/** Per-violation deduction: starts at the standard points, each violation removes `pointsPerViolation`, not below `floor`. */
export const ViolationsRuleSchema = z.strictObject({
  kind: z.literal("violations"),
  pointsPerViolation: PositivePointsSchema,
  floor: PointsSchema.default(0),
});
export type ViolationsRule = z.infer<typeof ViolationsRuleSchema>;

/** The entry field a per-violation deduction reads: how many violations. */
export const ViolationsEntryFields = { count: CountSchema.optional() };

/**
 * Per-violation deduction (trừ theo số vi phạm): standard − count × pointsPerViolation, not below the floor. No
 * entry scores 0 like every kind: an empty row is not "no violations".
 */
export const violations: CriterionKindModule<ViolationsRule> = {
  kind: "violations",
  schema: ViolationsRuleSchema,
  name: msg("trừ theo số vi phạm", "per-violation deduction"),
  blocks: ["sections"],
  fields: ["count"],

  points(node, rule, entry, ctx) {
    const n = entry?.count;
    if (n === undefined) return { claimed: 0, explain: (lang) => NO_ENTRY[lang] };
    const raw = BigInt(node.standard) - BigInt(n) * BigInt(toFixed(rule.pointsPerViolation));
    const claimed = limitPoints(raw, toFixed(rule.floor), node.max, ctx.rounding);
    return {
      claimed,
      // "10 − 2 × 1,5 = 7", "10 − 6 × 1,5 = 1, sàn 2 → 2"
      explain(lang) {
        let text = `${pts(node.standard, lang)} − ${val(n, lang)} × ${val(rule.pointsPerViolation, lang)} = ${pts(Number(raw), lang)}`;
        if (raw < BigInt(claimed)) {
          text += `, ${lang === "vi" ? "sàn" : "floor"} ${val(rule.floor, lang)} → ${pts(claimed, lang)}`;
        }
        return text;
      },
    };
  },

  // Fewer violations: up towards the standard, one violation at a time.
  whatIfSteps: (node, rule, current) => stepsUp(current, toFixed(rule.pointsPerViolation), node.standard),

  sheetMissing: (_node, _rule, _entry, columns) => countSheetMissing(columns),

  needs: () => msg(`"count" (số nguyên ≥ 0)`, `"count" (a whole number ≥ 0)`),

  formula: (node, rule, { input: F }) => ({
    raw: `${fixedLiteral(node.standard)}-N(${F})*${num(rule.pointsPerViolation)}`,
    low: num(rule.floor),
    high: fixedLiteral(node.max),
    guard: `ISNUMBER(${F})`,
  }),

  ruleText: (_node, rule) =>
    `Nhập số lần vi phạm: mỗi lần −${val(rule.pointsPerViolation, "vi")}, sàn ${val(rule.floor, "vi")}`,

  sheetInput: (_node, _rule, entry) => countSheetInput(entry?.count),
  readCells: (_node, _rule, cells) => readCount(cells),
  checkRule: checkFloor,
  roundedNumbers: (rule) => [{ path: "", values: { floor: rule.floor } }],
};
