import { z } from "zod";
import { toFixed } from "../decimal/fixed";
import { msg } from "../i18n/localized";
import type { CriterionKindModule } from "./criterionKind";
import { NO_ENTRY, pts, val } from "./criterionWords";
import { fixedLiteral, num, str } from "./formulaText";
import { isBlank } from "./isBlank";
import { limitPoints } from "./limitPoints";
import { PointsSchema } from "./ruleFieldSchemas";

/** One rung of a rating ladder, e.g. HTXSNV → 10 points. */
export const LadderLevelSchema = z.strictObject({
  code: z.string().min(1).max(20),
  label: z.string().min(1).max(200),
  labelEn: z.string().max(200).optional(),
  points: PointsSchema,
});

/** Rating ladder (xếp loại): the unit picks a level, each level has fixed points. */
export const LadderRuleSchema = z.strictObject({
  kind: z.literal("ladder"),
  levels: z.array(LadderLevelSchema),
});
export type LadderRule = z.infer<typeof LadderRuleSchema>;

/** The entry field a ladder reads: the level's code (HTXSNV…). */
export const LadderEntryFields = { level: z.string().trim().min(1).max(20).optional() };
export type LadderLevel = z.infer<typeof LadderLevelSchema>;

/** Rating ladder (xếp loại, e.g. HTXSNV / HTTNV / HTNV / KHTNV): fixed points per level. */
export const ladder: CriterionKindModule<LadderRule> = {
  kind: "ladder",
  schema: LadderRuleSchema,
  name: msg("xếp loại", "rating ladder"),
  blocks: ["sections", "bonus"],
  fields: ["level"],

  points(node, rule, entry, ctx) {
    const code = entry?.level;
    if (code === undefined) return { claimed: 0, explain: (lang) => NO_ENTRY[lang] };
    const level = rule.levels.find((l) => l.code === code);
    if (level === undefined) {
      const codes = rule.levels.map((l) => l.code).join(", ");
      return {
        claimed: 0,
        explain: (lang) =>
          lang === "vi"
            ? `Mức "${code}" không có trong thang (${codes}): 0`
            : `Level "${code}" is not on the ladder (${codes}): 0`,
      };
    }
    const claimed = limitPoints(toFixed(level.points), 0, node.max, ctx.rounding);
    return {
      claimed,
      explain: (lang) =>
        lang === "vi"
          ? `Mức ${level.code} (${level.label}): ${pts(claimed, lang)}`
          : `Level ${level.code} (${level.labelEn ?? level.label}): ${pts(claimed, lang)}`,
    };
  },

  whatIfSteps: (node, rule, current) =>
    [...new Set(rule.levels.map((l) => Math.min(toFixed(l.points), node.max)))]
      .filter((p) => p > current)
      .sort((a, b) => a - b),

  sheetMissing(_node, rule, _entry, { input }) {
    const levels = rule.levels.map((l) => l.code).join(", ");
    return {
      cell: "input",
      message: msg(
        `chưa chọn mức xếp loại (cột ${input}: ${levels})`,
        `choose a level (column ${input}: ${levels})`,
      ),
    };
  },

  needs(_node, rule) {
    const levels = rule.levels.map((l) => l.code).join(", ");
    return msg(`"level" (một trong: ${levels})`, `"level" (one of: ${levels})`);
  },

  checkEntry(_node, rule, entry, report) {
    if (rule.levels.some((l) => l.code === entry.level)) return;
    const levels = rule.levels.map((l) => `${l.code} (${l.label})`).join(", ");
    const levelsEn = rule.levels.map((l) => `${l.code} (${l.labelEn ?? l.label})`).join(", ");
    report(
      "unknown-level",
      `mức "${entry.level}" không có trong thang xếp loại; chọn một trong: ${levels}.`,
      `level "${entry.level}" is not on the ladder; choose one of: ${levelsEn}.`,
    );
  },

  formula(node, rule, refs) {
    let raw = "0";
    for (const level of [...rule.levels].reverse()) {
      raw = `IF(TRIM(${refs.input})=${str(level.code)},${num(level.points)},${raw})`;
    }
    return { raw, low: "0", high: fixedLiteral(node.max) };
  },

  ruleText: (_node, rule) =>
    `Chọn mức: ${rule.levels.map((l) => `${l.code} = ${val(l.points, "vi")}`).join("; ")}`,

  sheetInput: (_node, rule, entry) => ({
    input: entry?.level ?? null,
    format: "text",
    validations: [
      {
        cell: "input",
        rule: { type: "list", items: rule.levels.map((l) => l.code) },
        error: "Chọn một mức trong danh sách.",
      },
    ],
    highlights: [],
  }),

  readCells(_node, rule, cells) {
    const input = cells.value("input");
    if (isBlank(input)) return {};
    const text = String(input).trim().toLocaleLowerCase("vi");
    const level = rule.levels.find((l) => l.code.toLocaleLowerCase("vi") === text);
    if (level !== undefined) return { level: level.code };
    const allowed = rule.levels.map((l) => l.code).join(", ");
    cells.report(
      "unknown-level",
      "input",
      `mức "${String(input)}" không có trong thang (${allowed})`,
      `level "${String(input)}" is not on the ladder (${allowed})`,
    );
    return {};
  },

  checkRule(rule, at, report) {
    const code = at.code;
    if (rule.levels.length === 0) {
      report(
        `${at.path}.levels`,
        `Tiêu chí ${code}: thang xếp loại chưa có mức nào; thêm các mức (ví dụ HTXSNV, HTTNV, HTNV, KHTNV) kèm điểm.`,
        `${code}: the rating ladder has no levels; add levels (e.g. HTXSNV, HTTNV, HTNV, KHTNV) with their points.`,
      );
    }
    const seen = new Set<string>();
    rule.levels.forEach((level, i) => {
      if (seen.has(level.code)) {
        report(
          `${at.path}.levels[${i}].code`,
          `Tiêu chí ${code}: mức "${level.code}" bị trùng; mỗi mức cần một mã riêng.`,
          `${code}: duplicate level "${level.code}"; give each level its own code.`,
        );
      }
      seen.add(level.code);
      if (level.points > at.max) {
        report(
          `${at.path}.levels[${i}].points`,
          `Tiêu chí ${code}: mức "${level.code}" cho ${val(level.points, "vi")} điểm, vượt điểm tối đa ${val(at.max, "vi")}; giảm điểm của mức hoặc nâng "max".`,
          `${code}: level "${level.code}" gives ${val(level.points, "en")}, above the maximum ${val(at.max, "en")}; lower the level or raise "max".`,
        );
      }
    });
  },

  // Labels are words, not scoring: renaming a level keeps the fingerprint.
  fingerprintData: (rule) => ({
    kind: rule.kind,
    levels: rule.levels.map((l) => ({ code: l.code, points: toFixed(l.points) })),
  }),

  roundedNumbers: (rule) =>
    rule.levels.map((l, i) => ({ path: `.levels[${i}]`, values: { points: l.points } })),
};
