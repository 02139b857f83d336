import { decideRanking, rankScores, rankScoresWithOrdering } from "../../../core/ranking/rankScores";
import type { VotesFile } from "../../../core/ranking/votesFileSchema";
import { VotesFileSchema } from "../../../core/ranking/votesFileSchema";
import type { RankingPolicyInput } from "../../../core/template/rankingPolicySchema";
import { contextWith, plain, standingsOf } from "./rankingKit";

/** Ties go to the meeting after section I; two provincial flags. */
const policy: RankingPolicyInput = {
  tieBreak: [{ key: "section", code: "I" }, { key: "meeting" }],
  awards: [{ award: "co-ubnd-tinh", quota: { kind: "count", count: 2 } }],
};

/** cong-an-tinh first; tand-tinh and vksnd-tinh tied through the whole chain at the quota's edge. */
const SPECS = {
  "cong-an-tinh": { total: 99, nodes: { I: 48 } },
  "tand-tinh": { total: 97, nodes: { I: 47 } },
  "vksnd-tinh": { total: 97, nodes: { I: 47 } },
  "so-tu-phap": { total: 90, nodes: { I: 45 } },
  "thanh-tra-tinh": { total: 80, nodes: { I: 40 } },
};

const votesWith = (tieDecisions: VotesFile["tieDecisions"]): VotesFile => ({
  formatVersion: 1,
  ballots: [],
  elections: [],
  tieDecisions,
});

function rank(
  tieDecisions: VotesFile["tieDecisions"],
  specs: typeof SPECS | Record<string, unknown> = SPECS,
) {
  const ctx = contextWith(policy, { votes: votesWith(tieDecisions) });
  return rankScoresWithOrdering(ctx, standingsOf(ctx.compiled, specs as typeof SPECS));
}

const REASON = "Hội nghị biểu quyết 6/9 thành viên đồng ý";

describe("the meeting's tie decisions (quyết định của Hội nghị Khối)", () => {
  it("orders two units tied to the meeting as decided: ranks 2 and 3, the reason in the sentence, the flag to the first", () => {
    const before = rank([]).outcome;
    expect(before.units.slice(1, 3).map((u) => [u.unitId, u.rank])).toEqual([
      ["tand-tinh", 2],
      ["vksnd-tinh", 2],
    ]);
    expect(before.proposals[0]!.undecided).toEqual(["tand-tinh", "vksnd-tinh"]);

    const { outcome, ordering } = rank([
      { order: ["vksnd-tinh", "tand-tinh"], reason: REASON, decidedAt: "2022-12-20T10:00:00+07:00" },
    ]);
    expect(ordering.decisionProblems).toEqual([]);
    expect(outcome.units.slice(0, 3).map((u) => [u.unitId, u.rank])).toEqual([
      ["cong-an-tinh", 1],
      ["vksnd-tinh", 2],
      ["tand-tinh", 3],
    ]);
    expect(outcome.ties).toHaveLength(1);
    const tie = outcome.ties[0]!;
    expect([tie.above, tie.below]).toEqual(["vksnd-tinh", "tand-tinh"]);
    expect(tie.resolvedBy).toEqual({ key: "meeting" });
    expect(tie.decision).toEqual({ index: 0, reason: REASON, decidedAt: "2022-12-20T10:00:00+07:00" });
    expect(tie.sentence.vi).toBe(
      `Viện Kiểm sát nhân dân tỉnh xếp trên Tòa án nhân dân tỉnh theo quyết định của Hội nghị Khối: ${REASON}`,
    );
    expect(tie.sentence.en).toBe(
      `Viện Kiểm sát nhân dân tỉnh ranks above Tòa án nhân dân tỉnh by the meeting's decision: ${REASON}`,
    );
    const flag = outcome.proposals[0]!;
    expect(flag.proposed).toEqual(["cong-an-tinh", "vksnd-tinh"]);
    expect(flag.undecided).toEqual([]);
    expect(flag.unused).toBe(0);
  });

  it("orders a whole 3-unit tie and gives it distinct ranks", () => {
    const specs = { ...SPECS, "so-tu-phap": { total: 97, nodes: { I: 47 } } };
    const { outcome, ordering } = rank(
      [{ order: ["so-tu-phap", "vksnd-tinh", "tand-tinh"], reason: REASON }],
      specs,
    );
    expect(ordering.decisionProblems).toEqual([]);
    expect(outcome.units.slice(1, 4).map((u) => [u.unitId, u.rank])).toEqual([
      ["so-tu-phap", 2],
      ["vksnd-tinh", 3],
      ["tand-tinh", 4],
    ]);
    expect(outcome.ties.map((t) => [t.above, t.below, t.decision?.index])).toEqual([
      ["so-tu-phap", "vksnd-tinh", 0],
      ["vksnd-tinh", "tand-tinh", 0],
    ]);
  });

  it("reports a decision about units that are not tied as a problem and does not apply it", () => {
    const { outcome, ordering } = rank([{ order: ["so-tu-phap", "cong-an-tinh"], reason: REASON }]);
    expect(ordering.decisionProblems!.map((p) => [p.source, p.path])).toEqual([["votes", "tieDecisions[0]"]]);
    expect(ordering.decisionProblems![0]!.message.vi).toContain("không bằng nhau đến hết các tiêu chí phụ");
    expect(plain(outcome)).toEqual(plain(rank([]).outcome));
  });

  it("reports a decision about a tie the chain already broke as a problem and does not apply it", () => {
    const specs = { ...SPECS, "vksnd-tinh": { total: 97, nodes: { I: 46 } } };
    const { outcome, ordering } = rank([{ order: ["vksnd-tinh", "tand-tinh"], reason: REASON }], specs);
    expect(ordering.decisionProblems!.map((p) => p.path)).toEqual(["tieDecisions[0]"]);
    expect(outcome.units.slice(1, 3).map((u) => u.unitId)).toEqual(["tand-tinh", "vksnd-tinh"]);
    expect(outcome.ties[0]!.resolvedBy).toEqual({ key: "section", code: "I" });
  });

  it("reports a decision covering part of a 3-unit tie as a problem and does not apply it", () => {
    const specs = { ...SPECS, "so-tu-phap": { total: 97, nodes: { I: 47 } } };
    const { outcome, ordering } = rank([{ order: ["vksnd-tinh", "tand-tinh"], reason: REASON }], specs);
    expect(ordering.decisionProblems!.map((p) => p.path)).toEqual(["tieDecisions[0]"]);
    expect(ordering.decisionProblems![0]!.message.vi).toContain("nhóm bằng điểm gồm 3 đơn vị");
    expect(outcome.units.slice(1, 4).map((u) => u.rank)).toEqual([2, 2, 2]);
    expect(outcome.ties.every((t) => t.resolvedBy === null && t.decision === undefined)).toBe(true);
  });

  it("reports a decision naming a non-member or an unranked unit as a problem and does not apply it", () => {
    const { "thanh-tra-tinh": _withoutReturn, ...specs } = SPECS;
    const { outcome, ordering } = rank(
      [
        { order: ["vksnd-tinh", "khong-co"], reason: REASON },
        { order: ["tand-tinh", "thanh-tra-tinh"], reason: REASON },
      ],
      specs,
    );
    expect(ordering.decisionProblems!.map((p) => p.path)).toEqual(["tieDecisions[0]", "tieDecisions[1]"]);
    expect(ordering.decisionProblems![0]!.message.vi).toContain('"khong-co" không phải đơn vị thành viên');
    expect(ordering.decisionProblems![1]!.message.vi).toContain("Thanh tra tỉnh không được xếp hạng");
    expect(outcome.units.slice(1, 3).map((u) => u.rank)).toEqual([2, 2]);
  });

  it("applies a decision in a stability rerun whose chain leaves the same group tied, silently not otherwise", () => {
    const ctx = contextWith(policy, {
      votes: votesWith([{ order: ["vksnd-tinh", "tand-tinh"], reason: REASON }]),
    });
    const standings = standingsOf(ctx.compiled, {
      ...SPECS,
      "vksnd-tinh": { total: 97, nodes: { I: 47 }, deductions: 1 },
    });
    const at = (d: ReturnType<typeof decideRanking>, id: string) => d.rankOf[d.indexOf.get(id)!];
    const same = decideRanking(ctx, standings, [{ key: "meeting" }]);
    expect([at(same, "vksnd-tinh"), at(same, "tand-tinh")]).toEqual([2, 3]);
    // Fewer deductions breaks the tie: the decision is not needed there, and not applied.
    const broken = decideRanking(ctx, standings, [{ key: "fewerDeductions" }]);
    expect([at(broken, "tand-tinh"), at(broken, "vksnd-tinh")]).toEqual([2, 3]);
  });

  it("does not depend on the order of the standings", () => {
    const ctx = contextWith(policy, {
      votes: votesWith([{ order: ["vksnd-tinh", "tand-tinh"], reason: REASON }]),
    });
    const standings = standingsOf(ctx.compiled, SPECS);
    expect(plain(rankScores(ctx, [...standings].reverse()))).toEqual(plain(rankScores(ctx, standings)));
  });
});

describe("votes file: tieDecisions", () => {
  const file = (tieDecisions: unknown) => ({ formatVersion: 1, tieDecisions });

  it("defaults to no decisions and accepts a decision with its reason", () => {
    expect(VotesFileSchema.parse({ formatVersion: 1 }).tieDecisions).toEqual([]);
    const d = { order: ["a", "b"], reason: "Biểu quyết", decidedAt: "2022-12-20T10:00:00+07:00" };
    expect(VotesFileSchema.parse(file([d])).tieDecisions).toEqual([d]);
  });

  it("needs two units and a reason", () => {
    expect(VotesFileSchema.safeParse(file([{ order: ["a"], reason: "x" }])).success).toBe(false);
    expect(VotesFileSchema.safeParse(file([{ order: ["a", "b"] }])).success).toBe(false);
    expect(VotesFileSchema.safeParse(file([{ order: ["a", "b"], reason: " " }])).success).toBe(false);
  });

  it("rejects a unit listed twice in a decision or in two decisions, in Vietnamese first", () => {
    const twice = VotesFileSchema.safeParse(file([{ order: ["a", "b", "a"], reason: "x" }]));
    expect(twice.error!.issues.map((i) => [i.path, (i as { params?: { vi: string } }).params?.vi])).toEqual([
      [["tieDecisions", 0, "order", 2], '"a" được nêu hai lần trong một quyết định'],
    ]);
    const two = VotesFileSchema.safeParse(
      file([
        { order: ["a", "b"], reason: "x" },
        { order: ["c", "b"], reason: "y" },
      ]),
    );
    expect(two.error!.issues.map((i) => [i.path, (i as { params?: { vi: string } }).params?.vi])).toEqual([
      [["tieDecisions", 1, "order", 1], '"b" đã có trong tieDecisions[0]'],
    ]);
  });
});
