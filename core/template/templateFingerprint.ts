import { criterionKind } from "../criteria/registry";
import { toFixed } from "../decimal/fixed";
import { canonicalJson } from "../hash/canonicalJson";
import { sha256Hex } from "../hash/sha256";
import type { CriterionRule } from "./criterionRuleSchema";
import type { AdjustmentBlock, Template, TemplateNode } from "./templateSchema";

/**
 * A stable hash of everything that affects scoring — the emulation year, base, rounding, codes, structure,
 * points, caps, evidence flags and rules — and nothing else (titles, guidance, members and the rest of the
 * identity do not change it). A return carries it, so a return made on another version of the table, or on the
 * same table for another year, is recognised. The year is in because award-history bonuses look back from it,
 * and because a return is one year's results: copied to next year's table it must not pass as current.
 */
export function templateFingerprint(template: Template): string {
  const scoring = {
    year: template.identity.year,
    base: toFixed(template.base),
    rounding: template.rounding,
    sections: template.sections.map(nodeScoring),
    bonus: blockScoring(template.bonus),
    deductions: blockScoring(template.deductions),
  };
  return `sha256:${sha256Hex(canonicalJson(scoring))}`;
}

/** The first 12 hex digits, for display ("a1b2c3d4e5f6"). */
export function shortFingerprint(fingerprint: string): string {
  return fingerprint.replace(/^sha256:/, "").slice(0, 12);
}

function nodeScoring(node: TemplateNode): unknown {
  return {
    code: node.code,
    standard: fixedOrUndefined(node.standard),
    max: fixedOrUndefined(node.max ?? node.standard),
    cap: fixedOrUndefined(node.cap),
    evidence: node.evidenceRequired ?? false,
    rule: node.rule ? ruleScoring(node.rule) : undefined,
    children: node.children?.map(nodeScoring),
  };
}

function blockScoring(block: AdjustmentBlock): unknown {
  return {
    cap: fixedOrUndefined(block.cap),
    items: block.items.map((item) => ({
      code: item.code,
      max: toFixed(item.max),
      evidence: item.evidenceRequired ?? false,
      rule: ruleScoring(item.rule),
    })),
  };
}

function ruleScoring(rule: CriterionRule): unknown {
  const own = criterionKind(rule).fingerprintData?.(rule);
  if (own !== undefined) return own;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(rule))
    out[key] = typeof value === "number" ? toFixed(value) : value;
  return out;
}

function fixedOrUndefined(value: number | undefined): number | undefined {
  return value === undefined ? undefined : toFixed(value);
}
