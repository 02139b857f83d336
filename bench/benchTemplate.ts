// The benches' scoring table at the domain's scale: 300 criteria of every kind (tenths and half-points, a capped
// group in every section, evidence on some), 5 bonus and 5 deduction items, three awards and a full ranking policy.
import type { TemplateInput } from "../core/template";

/** How big a bench bloc is; the real scale is 15 units × 300 criteria, tests use a tiny one. */
export interface BlocSize {
  readonly units: number;
  readonly criteria: number;
}

export const REAL_BLOC: BlocSize = { units: 15, criteria: 300 };

type NodeInput = NonNullable<TemplateInput["sections"]>[number];
type Rule = NonNullable<NodeInput["rule"]>;

const RULES: readonly Rule[] = [
  { kind: "passFail" },
  {
    kind: "ladder",
    levels: [
      { code: "A", label: "Xuất sắc", points: 1.1 },
      { code: "B", label: "Tốt", points: 0.9 },
      { code: "C", label: "Đạt", points: 0.7 },
      { code: "D", label: "Không đạt", points: 0 },
    ],
  },
  { kind: "percentOfTarget", stepPercent: 1, pointsPerStepOver: 0.05, pointsPerStepUnder: 0.1, floor: 0 },
  { kind: "percentOfTarget", pointsPerStepUnder: 0.1, steps: "proportional", pointsPerStepOver: 0.1 },
  { kind: "relativeToBest" },
  { kind: "count", pointsPerItem: 0.1 },
  { kind: "violations", pointsPerViolation: 0.1, floor: 0.2 },
  { kind: "manual", step: 0.1 },
];

/**
 * The table: `criteria` criteria of standard 1 dealt over 5 sections × 2 groups (the second group of each section
 * capped at its standard), the 8 criterion kinds in turn, every 7th needing evidence; 5 bonus and 5 deduction items;
 * three awards and a policy with bands, gates, the tie-break chain, quotas, a confirming vote, stability and rotation.
 */
export function benchTemplate(id: string, size: BlocSize): TemplateInput {
  const groups: NodeInput[][] = Array.from({ length: 10 }, () => []);
  for (let k = 0; k < size.criteria; k++) {
    const g = k % 10;
    const code = `${Math.floor(g / 2) + 1}.${(g % 2) + 1}.${groups[g]!.length + 1}`;
    const rule = RULES[k % RULES.length]!;
    const max =
      rule.kind === "passFail" || rule.kind === "relativeToBest" || rule.kind === "violations" ? 1 : 1.2;
    groups[g]!.push({
      code,
      title: `Tiêu chí ${code}`,
      standard: 1,
      max,
      evidenceRequired: k % 7 === 6,
      rule,
    });
  }
  const sections: NodeInput[] = [1, 2, 3, 4, 5].map((s) => ({
    code: `${s}`,
    title: `Nội dung ${s}`,
    children: [1, 2]
      .map((g) => ({ g, children: groups[(s - 1) * 2 + g - 1]! }))
      .filter(({ children }) => children.length > 0)
      .map(({ g, children }) => ({
        code: `${s}.${g}`,
        title: `Nhóm ${s}.${g}`,
        children,
        ...(g === 2 ? { cap: children.length } : {}),
      })),
  }));
  // Random entries average ≈ 0.62 of the base: bands at 64 %, 60 % and 52 % of it put 1–3 of 15 units in Xuất sắc.
  const at = (share: number) => Math.round(size.criteria * share * 10) / 10;
  const majority = { comparison: ">" as const, numerator: 1, denominator: 2, of: "present" as const };
  return {
    formatVersion: 1,
    id,
    identity: {
      bloc: { id: `khoi-${id}`, name: `Khối đo hiệu năng ${id}` },
      province: "Hà Giang",
      year: 2022,
      period: "year-end",
      version: "1",
    },
    members: Array.from({ length: size.units }, (_, i) => ({
      id: `${id}-dv-${i + 1}`,
      name: `Đơn vị ${i + 1}`,
    })),
    base: size.criteria,
    rounding: { decimals: 2, mode: "half-up" },
    sections: sections.filter((s) => (s.children ?? []).length > 0),
    awards: [
      { id: "co-chinh-phu", name: "Cờ thi đua của Chính phủ" },
      { id: "co-ubnd-tinh", name: "Cờ thi đua của UBND tỉnh" },
      { id: "bang-khen", name: "Bằng khen" },
    ],
    bonus: {
      cap: 10,
      items: [
        {
          code: "T.1",
          title: "Cờ tỉnh năm trước",
          max: 5,
          rule: { kind: "awardHistory", award: "co-ubnd-tinh" },
        },
        { code: "T.2", title: "Mô hình", max: 3, rule: { kind: "count", pointsPerItem: 0.3 } },
        { code: "T.3", title: "Khen đột xuất", max: 2, rule: { kind: "passFail" } },
        { code: "T.4", title: "Điểm thưởng khác", max: 2.5, rule: { kind: "manual" } },
        { code: "T.5", title: "Sáng kiến", max: 1.5, rule: { kind: "count", pointsPerItem: 0.1 } },
      ],
    },
    deductions: {
      cap: 8,
      items: [
        { code: "TR.1", title: "Kỷ luật", max: 3, rule: { kind: "count", pointsPerItem: 0.7 } },
        { code: "TR.2", title: "Vụ việc", max: 2, rule: { kind: "passFail" } },
        { code: "TR.3", title: "Trừ khác", max: 1.5, rule: { kind: "manual" } },
        { code: "TR.4", title: "Chậm báo cáo", max: 2, rule: { kind: "count", pointsPerItem: 0.1 } },
        { code: "TR.5", title: "Vắng họp", max: 1, rule: { kind: "count", pointsPerItem: 0.2 } },
      ],
    },
    ranking: {
      eligibility: { corruption: "ranking" },
      minimumTotal: at(0.52),
      bands: [
        { id: "xuat-sac", name: "Xuất sắc", min: at(0.64) },
        { id: "tot", name: "Tốt", min: at(0.6) },
        { id: "kha", name: "Khá", min: at(0.52) },
      ],
      tieBreak: [
        { key: "votes", award: "co-ubnd-tinh" },
        { key: "section", code: "1" },
        { key: "fewerDeductions" },
        { key: "lastYearRank" },
        { key: "meeting" },
      ],
      awards: [
        {
          award: "co-ubnd-tinh",
          quota: { kind: "count", count: 3 },
          minBand: "tot",
          vote: { mode: "confirm", threshold: majority },
        },
        {
          award: "co-chinh-phu",
          requires: "co-ubnd-tinh",
          quota: { kind: "count", count: 1 },
          minBand: "xuat-sac",
        },
        {
          award: "bang-khen",
          quota: { kind: "percent", percent: 30, rounding: "half-up" },
          lastYearHolder: "excluded",
        },
      ],
      stability: {
        closeCallGap: 0.5,
        tieBreakAlternatives: [[{ key: "section", code: "1" }, { key: "meeting" }]],
      },
      rotation: { rule: "elected" },
    },
  };
}
