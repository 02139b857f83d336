import { toFixed } from "../../../core/decimal/fixed";
import type { RankingContext } from "../../../core/ranking/rankScores";
import type { UnitStanding } from "../../../core/ranking/rankingResult";
import type { CompiledTemplate } from "../../../core/template/compileTemplate";
import { parseTemplate } from "../../../core/template/parseTemplate";
import type { RankingPolicyInput } from "../../../core/template/rankingPolicySchema";
import type { TemplateInput } from "../../../core/template/templateSchema";
import { allKindsTemplate } from "../../fixtures/allKindsTemplate";

/** The shared all-kinds template (5 members) with the given ranking policy, parsed; throws on a bad fixture. */
export function compiledWith(
  ranking: RankingPolicyInput,
  patch: Partial<TemplateInput> = {},
): CompiledTemplate {
  const parsed = parseTemplate({ ...allKindsTemplate, ...patch, ranking });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.compiled;
}

/** A ranking context for the policy, with optional files. */
export function contextWith(
  ranking: RankingPolicyInput,
  files: Omit<RankingContext, "compiled" | "policy"> = {},
  patch: Partial<TemplateInput> = {},
): RankingContext {
  const compiled = compiledWith(ranking, patch);
  return { compiled, policy: compiled.template.ranking!, ...files };
}

export type StandingSpec = {
  total: number;
  bonus?: number;
  deductions?: number;
  self?: number;
  /** Points of section/criterion codes, for "section" tie-breaks. */
  nodes?: Record<string, number>;
  submittedAt?: string;
  hasReturn?: boolean;
  /** False: the return had validation problems (an incomplete submission). */
  complete?: boolean;
};

/** Standings for every member of the template from a spec per unit id (members not listed have no return). */
export function standingsOf(compiled: CompiledTemplate, specs: Record<string, StandingSpec>): UnitStanding[] {
  return compiled.template.members.map((m) => {
    const spec = specs[m.id];
    const nodePoints = new Float64Array(compiled.nodes.length);
    for (const [code, points] of Object.entries(spec?.nodes ?? {}))
      nodePoints[compiled.byCode.get(code)!.index] = toFixed(points);
    const bonus = toFixed(spec?.bonus ?? 0);
    const deductions = toFixed(spec?.deductions ?? 0);
    const total = toFixed(spec?.total ?? 0);
    return {
      unitId: m.id,
      name: m.name,
      hasReturn: spec !== undefined && spec.hasReturn !== false,
      selfTotal: toFixed(spec?.self ?? spec?.total ?? 0),
      selfScore: toFixed(spec?.self ?? spec?.total ?? 0) - bonus + deductions,
      reviewedScore: total - bonus + deductions,
      bonus,
      deductions,
      total,
      nodePoints,
      submittedAt: spec?.submittedAt,
      complete: spec !== undefined && spec.hasReturn !== false && spec.complete !== false,
    };
  });
}

/** A ballot where every member is present and votes validly. */
export function ballot(award: string, tallies: Record<string, number>, members = 5, present = members) {
  return {
    award,
    membersTotal: members,
    membersPresent: present,
    ballotsCast: present,
    ballotsValid: present,
    tallies: Object.entries(tallies).map(([unitId, votes]) => ({ unitId, votes })),
  };
}

/** A result as its JSON carries it (what `thidua rank --json` prints and the snapshots pin). */
export function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}
