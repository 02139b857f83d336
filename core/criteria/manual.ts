import { z } from "zod";
import { fromFixed, toFixed } from "../decimal/fixed";
import { msg } from "../i18n/localized";
import { stepsDown, stepsUp } from "./whatIfSteps";
import type { CriterionKindModule, SheetInput } from "./criterionKind";
import { maxOf, NO_ENTRY, pts, val } from "./criterionWords";
import { fixedLiteral, num } from "./formulaText";
import { limitPoints } from "./limitPoints";
import { PositivePointsSchema, QuantitySchema } from "./ruleFieldSchemas";

/** Manual: the scorer enters any score in [0, maximum], optionally in multiples of `step` (e.g. 0,5). */
export const ManualRuleSchema = z.strictObject({
  kind: z.literal("manual"),
  step: PositivePointsSchema.optional(),
});
export type ManualRule = z.infer<typeof ManualRuleSchema>;

/** The entry field a manual criterion reads: the score given. */
export const ManualEntryFields = { score: QuantitySchema.optional() };

/** Manual (chấm trực tiếp): the score typed, kept within [0, maximum]. */
export const manual: CriterionKindModule<ManualRule> = {
  kind: "manual",
  schema: ManualRuleSchema,
  name: msg("chấm trực tiếp", "manual score"),
  blocks: ["sections", "bonus", "deductions"],
  fields: ["score"],

  points(node, _rule, entry, ctx) {
    const score = entry?.score;
    if (score === undefined) return { claimed: 0, explain: (lang) => NO_ENTRY[lang] };
    const claimed = limitPoints(toFixed(score), 0, node.max, ctx.rounding);
    return {
      claimed,
      explain(lang) {
        const vi = lang === "vi";
        if (toFixed(score) > node.max) {
          return vi
            ? `Điểm chấm ${val(score, lang)} vượt tối đa ${pts(node.max, lang)} → ${pts(claimed, lang)}`
            : `Score ${val(score, lang)} is above the maximum ${pts(node.max, lang)} → ${pts(claimed, lang)}`;
        }
        if (score < 0)
          return vi ? `Điểm chấm âm (${val(score, lang)}) → 0` : `Negative score (${val(score, lang)}) → 0`;
        return `${vi ? "Điểm chấm" : "Score"}: ${pts(claimed, lang)}`;
      },
    };
  },

  whatIfSteps(node, rule, current, unit) {
    const step = rule.step === undefined ? unit : toFixed(rule.step);
    return node.block === "deductions" ? stepsDown(current, step) : stepsUp(current, step, node.max);
  },

  sheetMissing: (node, _rule, _entry, { input }) => ({
    cell: "input",
    message: msg(
      `chưa nhập điểm (cột ${input}, 0–${maxOf(node.max, "vi")})`,
      `enter the score (column ${input}, 0–${maxOf(node.max, "en")})`,
    ),
  }),

  needs: (node) => msg(`"score" (0–${maxOf(node.max, "vi")})`, `"score" (0–${maxOf(node.max, "en")})`),

  checkEntry(node, rule, entry, report) {
    const score = entry.score!;
    const max = (lang: "vi" | "en") => maxOf(node.max, lang);
    if (score < 0) {
      report(
        "out-of-range",
        `điểm chấm ${val(score, "vi")} âm; điểm phải trong khoảng 0–${max("vi")}.`,
        `score ${val(score, "en")} is negative; it must be within 0–${max("en")}.`,
      );
    } else if (toFixed(score) > node.max) {
      // Refused in every block, as the sheet's reader refuses it: the maximum is not what the unit typed.
      report(
        "out-of-range",
        `điểm chấm ${val(score, "vi")} vượt mức tối đa ${max("vi")}; điểm phải trong khoảng 0–${max("vi")}.`,
        `score ${val(score, "en")} is above the maximum ${max("en")}; it must be within 0–${max("en")}.`,
      );
    }
    if (rule.step !== undefined && toFixed(score) % toFixed(rule.step) !== 0) {
      const step = (lang: "vi" | "en") =>
        `${val(rule.step!, lang)} (${lang === "vi" ? "ví dụ" : "e.g."} 0, ${val(rule.step!, lang)}, ${val(rule.step! * 2, lang)}…)`;
      report(
        "not-a-step",
        `điểm chấm ${val(score, "vi")} không phải bội số của bước ${step("vi")}.`,
        `score ${val(score, "en")} is not a multiple of the step ${step("en")}.`,
      );
    }
  },

  formula: (node, _rule, { input: F }) => ({
    raw: `N(${F})`,
    low: "0",
    high: fixedLiteral(node.max),
    guard: `ISNUMBER(${F})`,
  }),

  ruleText: (node, rule) =>
    `Nhập điểm từ 0 đến ${pts(node.max, "vi")}${rule.step ? `, bước ${val(rule.step, "vi")}` : ""}`,

  sheetInput(node, rule, entry) {
    const max = fromFixed(node.max);
    // With a step, the cell itself refuses a score off it (2,7 with a step of 0,5), as the reader does.
    const step = rule.step;
    const bounds = `từ 0 đến ${val(max, "vi")}`;
    const validation: SheetInput["validations"][number] =
      step === undefined
        ? { cell: "input", rule: { type: "decimal", min: 0, max }, error: `Nhập điểm ${bounds}.` }
        : {
            cell: "input",
            rule: {
              type: "custom",
              formula: (c) =>
                `AND(ISNUMBER(${c}),${c}>=0,${c}<=${num(max)},MOD(ROUND(${c}/${num(step)},9),1)=0)`,
            },
            error: `Nhập điểm ${bounds} theo bước ${val(step, "vi")}: 0; ${val(step, "vi")}; ${val(step * 2, "vi")}; … ${val(max, "vi")}.`,
          };
    return {
      input: entry?.score ?? null,
      // General, not "#,##0.00": a spreadsheet keeps a number format when "8%" is typed over it (0,08, no trace),
      // but turns a General cell into a percentage, which the reader and the sheet then refuse (typedPercent.ts).
      format: "general",
      validations: [validation],
      highlights: [
        {
          cell: "input",
          reason: "out-of-range",
          formula: (c, maxCell) => `AND(ISNUMBER(${c}),OR(${c}<0,${c}>${maxCell}))`,
        },
        ...(rule.step === undefined
          ? []
          : [
              {
                cell: "input" as const,
                reason: "out-of-range" as const,
                formula: (c: string) => `AND(ISNUMBER(${c}),MOD(ROUND(${c}/${num(rule.step!)},9),1)<>0)`,
              },
            ]),
      ],
    };
  },

  readCells(node, rule, cells) {
    const s = cells.number("input");
    if (s === undefined) return {};
    const max = fromFixed(node.max);
    if (s > max) {
      cells.report(
        "out-of-range",
        "input",
        `${val(s, "vi")} vượt điểm tối đa ${val(max, "vi")}`,
        `${val(s, "en")} exceeds the maximum ${val(max, "en")}`,
      );
      return {};
    }
    if (s < 0) {
      cells.report(
        "out-of-range",
        "input",
        `${val(s, "vi")} âm (tối thiểu 0)`,
        `${val(s, "en")} is negative (minimum 0)`,
      );
      return {};
    }
    // Off the step is refused like above the maximum: what would count is not what was typed (one rule, per cell).
    if (rule.step !== undefined && toFixed(s) % toFixed(rule.step) !== 0) {
      const step = toFixed(rule.step);
      const below = fromFixed(toFixed(s) - (toFixed(s) % step));
      const above = fromFixed(toFixed(below) + step);
      cells.report(
        "not-a-step",
        "input",
        `${val(s, "vi")} không theo bước ${val(rule.step, "vi")}; hãy nhập ${val(below, "vi")} hoặc ${val(above, "vi")}`,
        `${val(s, "en")} is not on the step ${val(rule.step, "en")}; enter ${val(below, "en")} or ${val(above, "en")}`,
      );
      return {};
    }
    return { score: s };
  },

  checkRule(rule, at, report) {
    if (rule.step === undefined || toFixed(at.max) % toFixed(rule.step) === 0) return;
    report(
      `${at.path}.step`,
      `Tiêu chí ${at.code}: bước chấm ${val(rule.step, "vi")} không chia hết điểm tối đa ${val(at.max, "vi")}; chọn bước là ước của điểm tối đa (ví dụ 0,5).`,
      `${at.code}: the step ${val(rule.step, "en")} does not divide the maximum ${val(at.max, "en")}; choose a step that divides it (e.g. 0.5).`,
    );
  },
};
