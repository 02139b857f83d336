import type { RuleAt } from "../criteria/criterionKind";
import type { CriterionKind, CriterionRule } from "../criteria/registry";
import { criterionKind, KINDS_BY_BLOCK } from "../criteria/registry";
import { toFixed } from "../decimal/fixed";
import { formatNumber } from "../i18n/formatNumber";
import { msg } from "../i18n/localized";
import type { TemplateProblem } from "./templateProblem";
import type { Template } from "./templateSchema";

/** What every structural check of one template shares: where problems go and which paths stand in for broken parts. */
export type TemplateChecks = {
  template: Template;
  add(path: string, vi: string, en: string): void;
  /** True when `path` or a part that contains it stands in for a broken part. */
  isUnknown(path: string): boolean;
  /** True when something at or under `prefix` stands in for a broken part. */
  anyUnknownUnder(prefix: string): boolean;
  /** Records `code` at `path`; a code met before is reported. */
  claimCode(code: string, path: string): void;
  /** A bound finer than the rounding rule could never be reached exactly: the bloc meant something else. */
  checkPrecision(path: string, code: string, values: Record<string, number | undefined>): void;
  /** A kind used in a block that does not allow it. */
  checkKindAllowed(path: string, code: string, kind: CriterionKind, block: keyof typeof KINDS_BY_BLOCK): void;
  /** The kind's own checks of its rule (levels, floors, steps, award ids). */
  checkRule(rule: CriterionRule, at: Omit<RuleAt, "awards">): void;
};

const BLOCK_WORDS = {
  sections: "phần chấm điểm / the scored sections",
  bonus: "điểm thưởng / bonus",
  deductions: "điểm trừ / deductions",
} as const;

/** The shared state of `checkTemplate`'s checks; problems are pushed into `problems`. */
export function templateChecks(
  template: Template,
  unknown: ReadonlySet<string>,
  problems: TemplateProblem[],
): TemplateChecks {
  const add = (path: string, vi: string, en: string) => problems.push({ path, message: msg(vi, en) });
  const isUnknown = (path: string): boolean => {
    if (unknown.size === 0) return false;
    for (let end = path.length; end > 0; end--) {
      const c = path[end];
      if ((end === path.length || c === "." || c === "[") && unknown.has(path.slice(0, end))) return true;
    }
    return false;
  };
  const anyUnknownUnder = (prefix: string): boolean =>
    [...unknown].some((u) => u === prefix || u.startsWith(`${prefix}.`) || u.startsWith(`${prefix}[`));
  const firstPathOfCode = new Map<string, string>();
  const awardIds = new Set(template.awards.map((a) => a.id));
  const decimals = template.rounding.decimals;
  return {
    template,
    add,
    isUnknown,
    anyUnknownUnder,
    claimCode(code, path) {
      if (isUnknown(`${path}.code`)) return;
      const first = firstPathOfCode.get(code);
      if (first === undefined) {
        firstPathOfCode.set(code, path);
        return;
      }
      add(
        `${path}.code`,
        `Mã "${code}" bị trùng với ${first}. Mỗi mục cần một mã riêng (ví dụ I.1, I.2).`,
        `Duplicate code "${code}" (already used at ${first}). Give each node its own code (e.g. I.1, I.2).`,
      );
    },
    checkPrecision(path, code, values) {
      if (isUnknown("rounding")) return;
      for (const [field, value] of Object.entries(values)) {
        if (value === undefined || toFixed(value) % 10 ** (4 - decimals) === 0) continue;
        add(
          `${path}.${field}`,
          `Mục ${code}: ${field} = ${formatNumber(value, "vi")} chi tiết hơn quy tắc làm tròn của bảng (${decimals} chữ số thập phân); làm tròn giá trị này hoặc tăng "rounding.decimals".`,
          `${code}: ${field} = ${formatNumber(value, "en")} is finer than the table's rounding (${decimals} decimal places); round it or raise "rounding.decimals".`,
        );
      }
    },
    checkKindAllowed(path, code, kind, block) {
      const allowed = KINDS_BY_BLOCK[block];
      if (allowed.includes(kind)) return;
      add(
        `${path}.rule.kind`,
        `Mục ${code}: loại "${kind}" không dùng được trong ${BLOCK_WORDS[block]}; được dùng: ${allowed.join(", ")}.`,
        `${code}: kind "${kind}" is not allowed in ${BLOCK_WORDS[block]}; allowed: ${allowed.join(", ")}.`,
      );
    },
    checkRule(rule, at) {
      const awards = anyUnknownUnder("awards") ? undefined : awardIds;
      criterionKind(rule).checkRule?.(rule, { ...at, awards }, add);
    },
  };
}
