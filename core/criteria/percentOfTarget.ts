import { z } from "zod";
import type { Fixed, RoundingRule } from "../decimal/fixed";
import { clampFixed, roundPoints, toFixed } from "../decimal/fixed";
import { msg } from "../i18n/localized";
import type { Entry } from "../returns/returnSchema";
import type { CompiledNode } from "../template/compileTemplate";
import { stepsThroughStandard, stepsUp } from "./whatIfSteps";
import type { CriterionKindModule } from "./criterionKind";
import { NO_ENTRY, pts, val } from "./criterionWords";
import { fixedLiteral, num } from "./formulaText";
import { PointsSchema, PositivePointsSchema, QuantitySchema } from "./ruleFieldSchemas";
import { percentOfTargetSheetMissing, percentText } from "./percentOfTargetWords";
import { readNonNegative } from "./readNonNegative";
import { checkFloor } from "./checkFloor";
import { typedNumberFormula } from "./typedPercent";

/**
 * Percent of target: standard points at 100 %; every `stepPercent` over adds `pointsPerStepOver` up to the
 * maximum, every `stepPercent` under removes `pointsPerStepUnder` down to `floor`. With `steps: "whole"` only
 * completed steps count (92 % with 1 %-steps is 8 steps under); with `"proportional"` the fraction counts too.
 */
export const PercentOfTargetRuleSchema = z.strictObject({
  kind: z.literal("percentOfTarget"),
  stepPercent: PositivePointsSchema.default(1),
  pointsPerStepOver: PointsSchema.default(0),
  pointsPerStepUnder: PointsSchema,
  floor: PointsSchema.default(0),
  steps: z.enum(["whole", "proportional"]).default("whole"),
});
export type PercentOfTargetRule = z.infer<typeof PercentOfTargetRuleSchema>;

/** The entry fields percent of target reads: the result and the target, or the percent itself. */
export const PercentOfTargetEntryFields = {
  achieved: QuantitySchema.optional(),
  target: QuantitySchema.optional(),
  percent: QuantitySchema.optional(),
};

/** How a percent-of-target entry became points, every intermediate exact (BigInt ratios). */
export type PercentOfTargetWorking = {
  /** The achieved percent as an exact ratio (percent = percentNum / percentDen). */
  percentNum: bigint;
  percentDen: bigint;
  /** -1 under target, 0 exactly on it, 1 over it. */
  direction: -1 | 0 | 1;
  /** Steps off target as an exact ratio (whole mode: already truncated to completed steps). */
  stepsNum: bigint;
  stepsDen: bigint;
  /** Points per step in the entry's direction. */
  rate: Fixed;
  /** standard ± steps × rate, rounded, before the maximum / floor. */
  raw: Fixed;
  points: Fixed;
};

/**
 * Điểm theo % kế hoạch: percent = 100 × achieved / target (or `percent` when no pair is given); steps =
 * |percent − 100| / stepPercent, truncated to completed steps in "whole" mode; points = standard ± steps ×
 * pointsPerStep(Over|Under), rounded with the table's rounding, then kept within [floor, max]. Undefined when the
 * entry has no usable achieved + target (target > 0) or percent.
 */
export function percentOfTargetWorking(
  node: CompiledNode,
  rule: PercentOfTargetRule,
  entry: Entry | undefined,
  rounding: RoundingRule,
): PercentOfTargetWorking | undefined {
  if (entry === undefined) return undefined;
  let percentNum: bigint;
  let percentDen: bigint;
  if (entry.achieved !== undefined && entry.target !== undefined) {
    const target = BigInt(toFixed(entry.target));
    if (target <= 0n) return undefined;
    percentNum = BigInt(toFixed(entry.achieved)) * 100n;
    percentDen = target;
  } else if (entry.percent !== undefined) {
    percentNum = BigInt(toFixed(entry.percent));
    percentDen = 10_000n;
  } else return undefined;
  // steps = (percent − 100) / stepPercent, with stepPercent in ten-thousandths
  const diff = (percentNum - 100n * percentDen) * 10_000n;
  const direction: -1 | 0 | 1 = diff > 0n ? 1 : diff < 0n ? -1 : 0;
  const abs = diff < 0n ? -diff : diff;
  let stepsNum = abs;
  let stepsDen = percentDen * BigInt(toFixed(rule.stepPercent));
  if (rule.steps === "whole") {
    stepsNum = abs / stepsDen;
    stepsDen = 1n;
  }
  const rate =
    direction === 0 ? 0 : toFixed(direction > 0 ? rule.pointsPerStepOver : rule.pointsPerStepUnder);
  const standard = BigInt(node.standard);
  const delta = stepsNum * BigInt(rate);
  const raw = roundPoints(
    direction >= 0 ? standard * stepsDen + delta : standard * stepsDen - delta,
    stepsDen,
    rounding,
  );
  const points = clampFixed(raw, toFixed(rule.floor), node.max);
  return { percentNum, percentDen, direction, stepsNum, stepsDen, rate, raw, points };
}

/** Percent of target (% kế hoạch): the unit enters the result and the target (or the percent). */
export const percentOfTarget: CriterionKindModule<PercentOfTargetRule> = {
  kind: "percentOfTarget",
  schema: PercentOfTargetRuleSchema,
  name: msg("% kế hoạch", "percent of target"),
  blocks: ["sections"],
  fields: ["achieved", "target", "percent"],

  points(node, rule, entry, ctx) {
    const working = percentOfTargetWorking(node, rule, entry, ctx.rounding);
    if (working === undefined) {
      const badTarget = entry?.achieved !== undefined && entry.target !== undefined;
      return {
        claimed: 0,
        explain: (lang) =>
          !badTarget
            ? NO_ENTRY[lang]
            : lang === "vi"
              ? "Kế hoạch phải lớn hơn 0: 0"
              : "The target must be greater than 0: 0",
      };
    }
    return { claimed: working.points, explain: (lang) => percentText(lang, node, rule, working) };
  },

  whatIfSteps: (node, rule, current, unit) =>
    rule.steps === "proportional"
      ? stepsUp(current, unit, node.max)
      : stepsThroughStandard(
          current,
          node.standard,
          node.max,
          toFixed(rule.pointsPerStepUnder),
          toFixed(rule.pointsPerStepOver),
        ),
  sheetMissing: (_node, _rule, entry, columns) => percentOfTargetSheetMissing(entry, columns),
  needs: () =>
    msg(
      `"achieved" và "target" (kết quả và kế hoạch) hoặc "percent"`,
      `"achieved" and "target", or "percent"`,
    ),

  checkEntry(_node, _rule, entry, report) {
    const hasPair = entry.achieved !== undefined || entry.target !== undefined;
    if (entry.percent !== undefined && hasPair) {
      report(
        "wrong-field",
        `nhập hoặc "achieved" và "target", hoặc "percent", không nhập cả hai cách.`,
        `enter either "achieved" and "target", or "percent", not both.`,
      );
    } else if (hasPair && (entry.achieved === undefined || entry.target === undefined)) {
      const missing = entry.achieved === undefined ? "achieved" : "target";
      report(
        "missing-entry",
        `thiếu "${missing}"; cần cả kết quả đạt được ("achieved") và kế hoạch ("target").`,
        `"${missing}" is missing; both "achieved" and "target" are needed.`,
      );
    }
    if (entry.target !== undefined && entry.target <= 0) {
      report(
        "invalid-target",
        `kế hoạch ("target") = ${val(entry.target, "vi")}; kế hoạch phải lớn hơn 0.`,
        `target = ${val(entry.target, "en")}; the target must be greater than 0.`,
      );
    }
    for (const field of ["achieved", "percent"] as const) {
      const v = entry[field];
      if (v !== undefined && v < 0) {
        report(
          "out-of-range",
          `"${field}" = ${val(v, "vi")} âm; giá trị phải ≥ 0.`,
          `"${field}" = ${val(v, "en")} is negative; it must be ≥ 0.`,
        );
      }
    }
  },

  // Steps are counted after rounding the quotient to 9 decimals so that 92 % of 50 (binary 91,99999…) still
  // counts 8 whole steps.
  // A percent-formatted F or G ("95%", stored as 0,95) counts as the percentage typed, as the reader reads it.
  typedPercent: "percentage",
  formula(node, rule, { input, target }) {
    const F = typedNumberFormula(input);
    const G = typedNumberFormula(target);
    const step = num(rule.stepPercent);
    const count = (q: string) => (rule.steps === "whole" ? `INT(ROUND(${q},9))` : q);
    const over = count(`(${F}-${G})*100/(${G}*${step})`);
    const under = count(`(${G}-${F})*100/(${G}*${step})`);
    const std = fixedLiteral(node.standard);
    return {
      raw: `IF(AND(ISNUMBER(${input}),ISNUMBER(${target})),IF(${G}>0,IF(${F}>=${G},${std}+${over}*${num(rule.pointsPerStepOver)},${std}-${under}*${num(rule.pointsPerStepUnder)}),0),0)`,
      low: num(rule.floor),
      high: fixedLiteral(node.max),
      guard: `AND(ISNUMBER(${input}),ISNUMBER(${target}),N(${target})>0)`,
    };
  },

  // A side with no points per step is left unsaid ("vượt +0" reads as a bonus that is not there).
  ruleText(node, rule) {
    const step = val(rule.stepPercent, "vi");
    const unit = rule.steps === "whole" ? `mỗi ${step}% trọn` : `mỗi ${step}%`;
    const over = rule.pointsPerStepOver > 0 && node.max > node.standard;
    const under = rule.pointsPerStepUnder > 0;
    const reach =
      over && under ? "đạt 100%" : over ? "từ 100% trở xuống" : under ? "đạt 100% trở lên" : "mọi tỷ lệ";
    const steps = [
      over ? `${unit} vượt +${val(rule.pointsPerStepOver, "vi")} (tối đa ${pts(node.max, "vi")})` : "",
      under ? `${unit} thiếu −${val(rule.pointsPerStepUnder, "vi")} (sàn ${val(rule.floor, "vi")})` : "",
    ].filter((s) => s !== "");
    const scale = steps.length > 0 ? `; ${steps.join(", ")}` : "";
    return `Nhập kết quả (F) và chỉ tiêu (G): ${reach} = ${pts(node.standard, "vi")}${scale}`;
  },

  sheetInput(_node, _rule, entry) {
    const achieved = entry?.achieved ?? entry?.percent;
    const target =
      entry?.achieved !== undefined ? entry.target : entry?.percent !== undefined ? 100 : entry?.target;
    return {
      input: achieved ?? null,
      format: "general",
      target: target ?? null,
      validations: [
        { cell: "input", rule: { type: "decimal", min: 0 }, error: "Nhập một số không âm." },
        { cell: "target", rule: { type: "decimal", min: 0.0001 }, error: "Chỉ tiêu phải lớn hơn 0." },
      ],
      highlights: [
        { cell: "target", reason: "missing", formula: (c) => `LEN(TRIM(${c}))=0` },
        {
          cell: "target",
          reason: "out-of-range",
          formula: (c) => `AND(${c}<>"",OR(NOT(ISNUMBER(${c})),${c}<=0))`,
        },
        {
          cell: "input",
          reason: "out-of-range",
          formula: (c) => `AND(${c}<>"",OR(NOT(ISNUMBER(${c})),${c}<0))`,
        },
      ],
    };
  },

  readCells(_node, _rule, cells) {
    const achieved = readNonNegative(cells, "input");
    const target = cells.number("target");
    if (target !== undefined && target <= 0) {
      cells.report(
        "invalid-target",
        "target",
        `chỉ tiêu ${val(target, "vi")} phải lớn hơn 0`,
        `target ${val(target, "en")} must be greater than 0`,
      );
    }
    return {
      ...(achieved === undefined ? {} : { achieved }),
      ...(target === undefined || target <= 0 ? {} : { target }),
    };
  },

  checkRule: checkFloor,
  roundedNumbers: (rule) => [{ path: "", values: { floor: rule.floor } }],
};
