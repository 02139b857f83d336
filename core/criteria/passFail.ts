import { z } from "zod";
import { msg } from "../i18n/localized";
import type { CriterionKindModule } from "./criterionKind";
import { NO_ENTRY, pts } from "./criterionWords";
import { fixedLiteral, passFailWords, str } from "./formulaText";
import { isBlank } from "./isBlank";
import { limitPoints } from "./limitPoints";

/** Đạt / không đạt: yes earns the standard points (the item's maximum in a bonus/deduction block), no earns 0. */
export const PassFailRuleSchema = z.strictObject({ kind: z.literal("passFail") });
export type PassFailRule = z.infer<typeof PassFailRuleSchema>;

/** The entry field a pass/fail criterion reads: true = đạt (passed), false = không đạt. */
export const PassFailEntryFields = { passed: z.boolean().optional() };

/** Pass/fail (đạt / không đạt): the unit answers yes or no; yes earns the standard points, no earns 0. */
export const passFail: CriterionKindModule<PassFailRule> = {
  kind: "passFail",
  schema: PassFailRuleSchema,
  name: msg("đạt/không đạt", "pass/fail"),
  blocks: ["sections", "bonus", "deductions"],
  fields: ["passed"],

  // A pass is worth the standard; a deduction item improves the total by not being incurred.
  whatIfSteps(node, _rule, current) {
    if (node.block === "deductions") return current > 0 ? [0] : [];
    return current < node.standard ? [node.standard] : [];
  },

  sheetMissing(node, _rule, _entry, { input }) {
    const w = passFailWords(node.block);
    return {
      cell: "input",
      message: msg(
        `chưa chọn ${w.yes} hoặc ${w.no} (cột ${input})`,
        `choose ${w.yes} or ${w.no} (column ${input})`,
      ),
    };
  },

  points(node, _rule, entry, ctx) {
    const passed = entry?.passed;
    if (passed === undefined) return { claimed: 0, explain: (lang) => NO_ENTRY[lang] };
    const claimed = passed ? limitPoints(node.standard, 0, node.max, ctx.rounding) : 0;
    const deduction = node.block === "deductions";
    return {
      claimed,
      explain(lang) {
        const vi = lang === "vi";
        if (deduction) {
          if (!passed) return vi ? "Không: trừ 0" : "No: deduct 0";
          return `${vi ? "Có: trừ" : "Yes: deduct"} ${pts(claimed, lang)}`;
        }
        if (!passed) return vi ? "Không đạt: 0" : "Not passed: 0";
        return `${vi ? "Đạt" : "Passed"}: ${pts(claimed, lang)}`;
      },
    };
  },

  needs: () => msg(`"passed" (true = đạt, false = không đạt)`, `"passed" (true or false)`),

  formula(node, _rule, refs) {
    const yes = str(passFailWords(node.block).yes);
    return {
      raw: `IF(TRIM(${refs.input})=${yes},${fixedLiteral(node.standard)},0)`,
      low: "0",
      high: fixedLiteral(node.max),
    };
  },

  ruleText(node) {
    const w = passFailWords(node.block);
    return `Chọn ${w.yes} / ${w.no}: ${w.yes} = ${pts(node.standard, "vi")} điểm`;
  },

  sheetInput(node, _rule, entry) {
    const w = passFailWords(node.block);
    return {
      input: entry?.passed === undefined ? null : entry.passed ? w.yes : w.no,
      format: "general",
      validations: [
        { cell: "input", rule: { type: "list", items: [w.yes, w.no] }, error: `Chọn ${w.yes} hoặc ${w.no}.` },
      ],
      highlights: [],
    };
  },

  readCells(node, _rule, cells) {
    const input = cells.value("input");
    if (isBlank(input)) return {};
    const w = passFailWords(node.block);
    const text = String(input).trim().toLocaleLowerCase("vi");
    if (text === w.yes.toLocaleLowerCase("vi")) return { passed: true };
    if (text === w.no.toLocaleLowerCase("vi")) return { passed: false };
    cells.report(
      "unknown-choice",
      "input",
      `"${String(input)}" không hợp lệ (chọn ${w.yes} hoặc ${w.no})`,
      `"${String(input)}" is not allowed (choose ${w.yes} or ${w.no})`,
    );
    return {};
  },

  checkRule(_rule, at, report) {
    if (at.max !== at.standard) {
      report(
        at.path,
        `Tiêu chí ${at.code} (đạt/không đạt): điểm tối đa phải bằng điểm chuẩn.`,
        `${at.code} (pass/fail): the maximum must equal the standard points.`,
      );
    }
  },
};
