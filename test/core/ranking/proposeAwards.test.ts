import { rankScores } from "../../../core/ranking/rankScores";
import type { RankingPolicyInput } from "../../../core/template/rankingPolicySchema";
import { ballot, contextWith, plain, standingsOf } from "./rankingKit";

const FIVE = {
  "cong-an-tinh": { total: 99 },
  "tand-tinh": { total: 97 },
  "vksnd-tinh": { total: 95 },
  "so-tu-phap": { total: 90 },
  "thanh-tra-tinh": { total: 80 },
};
const majority = { comparison: ">" as const, numerator: 1, denominator: 2, of: "present" as const };
const bands = [
  { id: "xuat-sac", name: "Xuất sắc", min: 95 },
  { id: "tot", name: "Tốt", min: 85 },
];

function propose(
  policy: RankingPolicyInput,
  files: Parameters<typeof contextWith>[1] = {},
  specs: Record<string, { total: number }> = FIVE,
) {
  const ctx = contextWith(policy, files);
  return rankScores(ctx, standingsOf(ctx.compiled, specs));
}

describe("award proposals within quotas", () => {
  it("proposes by rank up to the quota", () => {
    const out = propose({ awards: [{ award: "co-ubnd-tinh", quota: { kind: "count", count: 2 } }] });
    expect(out.proposals[0]!.proposed).toEqual(["cong-an-tinh", "tand-tinh"]);
    expect(out.proposals[0]!.unused).toBe(0);
    expect(out.units.find((u) => u.unitId === "cong-an-tinh")!.proposed).toBe("co-ubnd-tinh");
  });

  it("chooses the Government flag only among those proposed for the provincial flag, one award per unit", () => {
    const out = propose(
      {
        awards: [
          { award: "co-chinh-phu", quota: { kind: "count", count: 1 }, requires: "co-ubnd-tinh" },
          { award: "co-ubnd-tinh", quota: { kind: "count", count: 2 } },
          { award: "bang-khen", quota: { kind: "count", count: 2 } },
        ],
        eligibility: { manual: "awards" },
      },
      {
        eligibility: {
          formatVersion: 1,
          flags: [{ unitId: "cong-an-tinh", flag: "manual", reason: "Khối quyết định" }],
          stepsAside: [],
        },
      },
    );
    const byAward = Object.fromEntries(out.proposals.map((p) => [p.award, p.proposed]));
    expect(byAward).toEqual({
      "co-ubnd-tinh": ["tand-tinh", "vksnd-tinh"],
      "co-chinh-phu": ["tand-tinh"],
      "bang-khen": ["so-tu-phap", "thanh-tra-tinh"],
    });
    // Processed prerequisite first, whatever the policy's order; the table shows the highest award.
    expect(out.proposals.map((p) => p.award)).toEqual(["co-ubnd-tinh", "co-chinh-phu", "bang-khen"]);
    const tand = out.units.find((u) => u.unitId === "tand-tinh")!;
    expect(tand.proposals).toEqual(["co-chinh-phu", "co-ubnd-tinh"]);
    expect(tand.proposed).toBe("co-chinh-phu");
    const note = out.proposals[1]!.candidates.find((c) => c.unitId === "vksnd-tinh");
    expect(note).toBeUndefined(); // once the quota is full, the units further down are not listed one by one
    expect(
      out.proposals[2]!.candidates.filter((c) => c.outcome === "already-proposed").map((c) => c.unitId),
    ).toEqual(["tand-tinh", "vksnd-tinh"]);
    // Each note names the highest award the unit already has: the Government flag for TAND, whose provincial
    // flag was decided first.
    const already = (id: string) => out.proposals[2]!.candidates.find((c) => c.unitId === id)?.detail.vi;
    expect(already("tand-tinh")).toBe("Đã được đề nghị Cờ thi đua của Chính phủ");
    expect(already("vksnd-tinh")).toBe("Đã được đề nghị Cờ thi đua của UBND tỉnh");
  });

  it("lets cumulative awards go to the same unit when the policy says so", () => {
    const out = propose({
      oneAwardPerUnit: false,
      awards: [
        { award: "co-ubnd-tinh", quota: { kind: "count", count: 1 } },
        { award: "bang-khen", quota: { kind: "count", count: 2 } },
      ],
    });
    expect(out.proposals.map((p) => p.proposed)).toEqual([["cong-an-tinh"], ["cong-an-tinh", "tand-tinh"]]);
  });

  it("applies the minimum total and the minimum band, and reports the unused quota with the reasons", () => {
    const out = propose(
      {
        minimumTotal: 92,
        bands,
        awards: [{ award: "bang-khen", quota: { kind: "count", count: 5 }, minBand: "xuat-sac" }],
      },
      {},
      { ...FIVE, "vksnd-tinh": { total: 94 } },
    );
    const p = out.proposals[0]!;
    expect(p.proposed).toEqual(["cong-an-tinh", "tand-tinh"]);
    expect(p.unused).toBe(3);
    expect(p.candidates.map((c) => [c.unitId, c.outcome])).toEqual([
      ["vksnd-tinh", "band"],
      ["so-tu-phap", "below-minimum"],
      ["thanh-tra-tinh", "below-minimum"],
      ["cong-an-tinh", "proposed"],
      ["tand-tinh", "proposed"],
    ]);
    expect(p.unusedReason!.vi).toBe(
      "Không sử dụng 3 suất: không còn đơn vị đáp ứng điều kiện (1 xếp loại chưa đạt, 2 dưới điểm tối thiểu)",
    );
  });

  it("never proposes an ineligible unit: it keeps its rank, the place goes to the next", () => {
    const out = propose(
      { awards: [{ award: "co-ubnd-tinh", quota: { kind: "count", count: 1 } }] },
      {
        eligibility: {
          formatVersion: 1,
          flags: [{ unitId: "cong-an-tinh", flag: "investigation", reason: "Đang thanh tra" }],
          stepsAside: [],
        },
      },
    );
    expect(out.units[0]).toMatchObject({ unitId: "cong-an-tinh", rank: 1, proposed: null });
    expect(out.proposals[0]!.proposed).toEqual(["tand-tinh"]);
    expect(plain(out.proposals[0]!.candidates[0])).toEqual({
      unitId: "cong-an-tinh",
      outcome: "ineligible",
      detail: {
        vi: "Đang bị thanh tra, điều tra: Đang thanh tra",
        en: "Under investigation: Đang thanh tra",
      },
    });
  });

  describe("last year's holder", () => {
    const history = {
      formatVersion: 1 as const,
      awards: [{ unitId: "cong-an-tinh", year: 2021, award: "co-ubnd-tinh" }],
      terms: [],
      ranks: [],
    };
    const stepsAside = {
      formatVersion: 1 as const,
      flags: [],
      stepsAside: [{ unitId: "cong-an-tinh", award: "co-ubnd-tinh", reason: "Nhường đơn vị bạn" }],
    };
    const policy = (lastYearHolder: "allowed" | "excluded" | "mayStepAside") => ({
      awards: [{ award: "co-ubnd-tinh", quota: { kind: "count" as const, count: 1 }, lastYearHolder }],
    });

    it("may be proposed again when allowed (a step-aside is not honoured)", () => {
      expect(propose(policy("allowed"), { history, eligibility: stepsAside }).proposals[0]!.proposed).toEqual(
        ["cong-an-tinh"],
      );
    });

    it("is excluded when the policy excludes it", () => {
      const p = propose(policy("excluded"), { history }).proposals[0]!;
      expect(p.proposed).toEqual(["tand-tinh"]);
      expect(p.candidates[0]!.outcome).toBe("last-year-holder");
    });

    it("steps aside only when it says so and the policy allows it", () => {
      expect(propose(policy("mayStepAside"), { history }).proposals[0]!.proposed).toEqual(["cong-an-tinh"]);
      const p = propose(policy("mayStepAside"), { history, eligibility: stepsAside }).proposals[0]!;
      expect(p.proposed).toEqual(["tand-tinh"]);
      expect(p.candidates[0]!.detail.vi).toBe("Nhường (đã nhận năm 2021): Nhường đơn vị bạn");
    });

    it("does not count a revoked award", () => {
      const revoked = { ...history, awards: [{ ...history.awards[0]!, revoked: true }] };
      expect(propose(policy("excluded"), { history: revoked }).proposals[0]!.proposed).toEqual([
        "cong-an-tinh",
      ]);
    });
  });

  it("leaves a tie at the quota's edge to the meeting instead of picking by name", () => {
    const out = propose(
      { awards: [{ award: "co-ubnd-tinh", quota: { kind: "count", count: 2 } }] },
      {},
      { ...FIVE, "vksnd-tinh": { total: 97 } },
    );
    const p = out.proposals[0]!;
    expect(p.proposed).toEqual(["cong-an-tinh"]);
    expect(p.undecided).toEqual(["tand-tinh", "vksnd-tinh"]);
    expect(p.unused).toBe(1);
    expect(p.unusedReason!.vi).toBe(
      "1 suất chờ Hội nghị quyết định giữa các đơn vị bằng nhau: Tòa án nhân dân tỉnh, Viện Kiểm sát nhân dân tỉnh",
    );
  });

  describe("votes", () => {
    const votes = (tallies: Record<string, number>) => ({
      formatVersion: 1 as const,
      ballots: [ballot("co-ubnd-tinh", tallies)],
      elections: [],
    });

    it("confirm: the score ranks, a unit below the threshold is skipped", () => {
      const p = propose(
        {
          awards: [
            {
              award: "co-ubnd-tinh",
              quota: { kind: "count", count: 2 },
              vote: { mode: "confirm", threshold: majority },
            },
          ],
        },
        { votes: votes({ "cong-an-tinh": 2, "tand-tinh": 5, "vksnd-tinh": 3, "so-tu-phap": 5 }) },
      ).proposals[0]!;
      expect(p.vote).toBe("held");
      expect(p.proposed).toEqual(["tand-tinh", "vksnd-tinh"]);
      expect(p.candidates.find((c) => c.unitId === "cong-an-tinh")!.detail.vi).toBe(
        "Không đạt ngưỡng phiếu: 2/5 phiếu, cần > 1/2 số thành viên có mặt (5)",
      );
    });

    it("topN: only the top N by score may be voted on, then the votes order them", () => {
      const p = propose(
        {
          awards: [
            {
              award: "co-ubnd-tinh",
              quota: { kind: "count", count: 1 },
              vote: { mode: "topN", topN: 3, threshold: majority },
            },
          ],
        },
        { votes: votes({ "cong-an-tinh": 3, "tand-tinh": 4, "vksnd-tinh": 3, "so-tu-phap": 5 }) },
      ).proposals[0]!;
      expect(p.proposed).toEqual(["tand-tinh"]);
      expect(p.candidates.find((c) => c.unitId === "so-tu-phap")!.outcome).toBe("not-in-top-n");
    });

    it("voteDecides: the most votes win and the score breaks equal votes", () => {
      const p = propose(
        {
          awards: [
            {
              award: "co-ubnd-tinh",
              quota: { kind: "count", count: 2 },
              vote: { mode: "voteDecides", threshold: majority },
            },
          ],
        },
        { votes: votes({ "cong-an-tinh": 3, "tand-tinh": 3, "vksnd-tinh": 3, "thanh-tra-tinh": 5 }) },
      ).proposals[0]!;
      expect(p.proposed).toEqual(["thanh-tra-tinh", "cong-an-tinh"]);
    });

    it("marks the proposal pending when the policy asks for a vote and none was held", () => {
      const p = propose({
        awards: [
          {
            award: "co-ubnd-tinh",
            quota: { kind: "count", count: 1 },
            vote: { mode: "confirm", threshold: majority },
          },
        ],
      }).proposals[0]!;
      expect(p.vote).toBe("pending");
      expect(p.proposed).toEqual(["cong-an-tinh"]);
    });
  });
});
