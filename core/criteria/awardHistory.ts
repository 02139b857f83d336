import { z } from "zod";
import { msg } from "../i18n/localized";
import { awardReceived } from "../returns/awardReceived";
import type { CriterionKindModule } from "./criterionKind";
import { pts } from "./criterionWords";
import { limitPoints } from "./limitPoints";
import { IdSchema } from "./ruleFieldSchemas";

/**
 * Award history (bonus blocks only): `points` when the unit received `award` in one of the last `yearsBack`
 * years, read from the bloc's history — never typed by the unit.
 */
export const AwardHistoryRuleSchema = z.strictObject({
  kind: z.literal("awardHistory"),
  award: IdSchema,
  yearsBack: z.number().int().min(1).max(10).default(1),
});
export type AwardHistoryRule = z.infer<typeof AwardHistoryRuleSchema>;

/** Award history reads no entry field: the unit types nothing. */
export const AwardHistoryEntryFields = {};

/** Award history (theo lịch sử khen thưởng): the maximum when the history says the unit received the award. */
export const awardHistory: CriterionKindModule<AwardHistoryRule> = {
  kind: "awardHistory",
  schema: AwardHistoryRuleSchema,
  name: msg("theo lịch sử khen thưởng", "award history"),
  blocks: ["bonus"],
  fields: [],
  readsHistory: true,

  points(node, rule, _entry, ctx) {
    const from = ctx.year - rule.yearsBack;
    const years = rule.yearsBack === 1 ? `${from}` : `${from}–${ctx.year - 1}`;
    const name = ctx.awardNames?.get(rule.award) ?? msg(rule.award, rule.award);
    // No history given is not "not received": the bonus is unknown, and says so.
    if (ctx.history === undefined) {
      return {
        claimed: 0,
        explain: (lang) =>
          lang === "vi"
            ? `Chưa có lịch sử khen thưởng: chưa biết có nhận ${name.vi} năm ${years} không (tạm tính 0)`
            : `No award history given: whether ${name.en} was received in ${years} is unknown (0 for now)`,
      };
    }
    const year = awardReceived(ctx.history, ctx.unitId, rule.award, ctx.year, rule.yearsBack);
    if (year === undefined) {
      return {
        claimed: 0,
        explain: (lang) =>
          lang === "vi"
            ? `Không nhận ${name.vi} năm ${years} (theo lịch sử khen thưởng): 0`
            : `${name.en} not received in ${years} (per the award history): 0`,
      };
    }
    const claimed = limitPoints(node.max, 0, node.max, ctx.rounding);
    return {
      claimed,
      explain: (lang) =>
        lang === "vi"
          ? `Đã nhận ${name.vi} năm ${year}: ${pts(claimed, lang)}`
          : `Received ${name.en} in ${year}: ${pts(claimed, lang)}`,
    };
  },

  needs: () => msg("(không nhập)", "(nothing)"),
  formula: () => undefined,
  ruleText: (_node, rule) => `Theo lịch sử khen thưởng (${rule.yearsBack} năm trước), không tự nhập`,

  sheetInput: () => ({ input: null, format: "general", validations: [], highlights: [] }),

  sheetConstant(node, rule, ctx) {
    // Without the bloc's history the sheet must not state "not received": it says it is not known (0 for now).
    if (ctx.history === undefined)
      return { text: "Chưa biết (chưa có lịch sử khen thưởng; tạm tính 0)", points: 0 };
    const received =
      awardReceived(ctx.history, ctx.unitId, rule.award, ctx.year, rule.yearsBack) !== undefined;
    return { text: received ? "Có (theo lịch sử)" : "Không (theo lịch sử)", points: received ? node.max : 0 };
  },

  readCells: () => ({}),

  checkRule(rule, at, report) {
    if (at.awards === undefined || at.awards.has(rule.award)) return;
    const ids = [...at.awards].join(", ");
    report(
      `${at.path}.award`,
      `Mục ${at.code}: danh hiệu "${rule.award}" không có trong "awards" (${ids || "trống"}).`,
      `${at.code}: award "${rule.award}" is not listed in "awards" (${ids || "empty"}).`,
    );
  },
};
