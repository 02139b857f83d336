import { rankScores } from "../../../core/ranking/rankScores";
import type { TieBreakKey } from "../../../core/template/rankingPolicySchema";
import { ballot, contextWith, standingsOf } from "./rankingKit";

const chain = (...keys: TieBreakKey[]) => ({ tieBreak: [...keys, { key: "meeting" as const }] });

describe("rankScores: order, competition ranks and tie sentences", () => {
  it("ranks by final total, highest first, and gives equal unresolved totals the same rank (1, 2, 2, 4)", () => {
    const ctx = contextWith(chain());
    const out = rankScores(
      ctx,
      standingsOf(ctx.compiled, {
        "cong-an-tinh": { total: 97.5 },
        "tand-tinh": { total: 95 },
        "vksnd-tinh": { total: 95 },
        "so-tu-phap": { total: 90.25 },
        "thanh-tra-tinh": { total: 99 },
      }),
    );
    expect(out.units.map((u) => [u.unitId, u.rank])).toEqual([
      ["thanh-tra-tinh", 1],
      ["cong-an-tinh", 2],
      ["tand-tinh", 3],
      ["vksnd-tinh", 3],
      ["so-tu-phap", 5],
    ]);
    expect(out.ties).toHaveLength(1);
    expect(out.ties[0]!.resolvedBy).toBeNull();
    expect(out.ties[0]!.sentence.vi).toBe(
      "Tòa án nhân dân tỉnh và Viện Kiểm sát nhân dân tỉnh bằng điểm (95,00); Hội nghị Khối quyết định thứ tự",
    );
  });

  it("breaks a tie by the section I score and says so with both values", () => {
    const ctx = contextWith(chain({ key: "section", code: "I" }));
    const out = rankScores(
      ctx,
      standingsOf(ctx.compiled, {
        "tand-tinh": { total: 96, nodes: { I: 47 } },
        "cong-an-tinh": { total: 96, nodes: { I: 48.5 } },
      }),
    );
    expect(out.units.slice(0, 2).map((u) => [u.unitId, u.rank])).toEqual([
      ["cong-an-tinh", 1],
      ["tand-tinh", 2],
    ]);
    expect(out.ties[0]!.sentence.vi).toBe(
      "Công an tỉnh xếp trên Tòa án nhân dân tỉnh do điểm mục I cao hơn (48,50 so với 47,00)",
    );
    expect(out.ties[0]!.sentence.en).toBe(
      "Công an tỉnh ranks above Tòa án nhân dân tỉnh on a higher score in I (48.50 vs 47.00)",
    );
  });

  it("ranks a tie by votes for an award first when the chain starts with votes", () => {
    const ctx = contextWith(chain({ key: "votes", award: "co-ubnd-tinh" }, { key: "section", code: "I" }), {
      votes: {
        formatVersion: 1,
        ballots: [ballot("co-ubnd-tinh", { "tand-tinh": 4, "cong-an-tinh": 3 })],
        elections: [],
      },
    });
    const out = rankScores(
      ctx,
      standingsOf(ctx.compiled, {
        "tand-tinh": { total: 96, nodes: { I: 47 } },
        "cong-an-tinh": { total: 96, nodes: { I: 48.5 } },
      }),
    );
    expect(out.units[0]!.unitId).toBe("tand-tinh");
    expect(out.ties[0]!.sentence.vi).toBe(
      "Tòa án nhân dân tỉnh xếp trên Công an tỉnh do nhiều phiếu bầu Cờ thi đua của UBND tỉnh hơn (4 phiếu so với 3 phiếu)",
    );
  });

  it("skips the votes key when no ballot was held and goes on to the next rule", () => {
    const ctx = contextWith(chain({ key: "votes", award: "co-ubnd-tinh" }, { key: "fewerDeductions" }));
    const out = rankScores(
      ctx,
      standingsOf(ctx.compiled, {
        "tand-tinh": { total: 96, deductions: 1 },
        "cong-an-tinh": { total: 96, deductions: 2 },
      }),
    );
    expect(out.units[0]!.unitId).toBe("tand-tinh");
    expect(out.ties[0]!.resolvedBy).toEqual({ key: "fewerDeductions" });
    expect(out.ties[0]!.sentence.vi).toContain("do ít điểm trừ hơn (1,00 so với 2,00)");
  });

  it("breaks a tie by more bonus points", () => {
    const ctx = contextWith(chain({ key: "moreBonus" }));
    const out = rankScores(
      ctx,
      standingsOf(ctx.compiled, {
        "so-tu-phap": { total: 100, bonus: 5 },
        "vksnd-tinh": { total: 100, bonus: 2.5 },
      }),
    );
    expect(out.units[0]!.unitId).toBe("so-tu-phap");
    expect(out.ties[0]!.sentence.vi).toContain("do nhiều điểm thưởng hơn (5,00 so với 2,50)");
  });

  it("breaks a tie by the earliest complete submission, comparing instants across offsets", () => {
    const ctx = contextWith(chain({ key: "earliestSubmission" }));
    const out = rankScores(
      ctx,
      standingsOf(ctx.compiled, {
        // 08:00 at +07:00 is 01:00 UTC: earlier than 02:00 UTC.
        "vksnd-tinh": { total: 90, submittedAt: "2022-12-05T02:00:00Z" },
        "so-tu-phap": { total: 90, submittedAt: "2022-12-05T08:00:00+07:00" },
      }),
    );
    expect(out.units[0]!.unitId).toBe("so-tu-phap");
    expect(out.ties[0]!.sentence.vi).toBe(
      "Sở Tư pháp xếp trên Viện Kiểm sát nhân dân tỉnh do nộp hồ sơ đầy đủ sớm hơn (05/12/2022 08:00 so với 05/12/2022 02:00 UTC)",
    );
  });

  it("ranks an incomplete return (one with validation problems) after every complete one on the submission key, and says so", () => {
    const ctx = contextWith(chain({ key: "earliestSubmission" }));
    const out = rankScores(
      ctx,
      standingsOf(ctx.compiled, {
        "vksnd-tinh": { total: 90, submittedAt: "2022-12-01T08:00:00+07:00", complete: false },
        "so-tu-phap": { total: 90, submittedAt: "2022-12-05T08:00:00+07:00" },
        "tand-tinh": { total: 90, submittedAt: "2022-12-02T08:00:00+07:00", complete: false },
      }),
    );
    expect(out.units.slice(0, 3).map((u) => [u.unitId, u.rank])).toEqual([
      ["so-tu-phap", 1],
      ["vksnd-tinh", 2],
      ["tand-tinh", 3],
    ]);
    expect(out.ties.map((t) => t.sentence.vi)).toEqual([
      "Sở Tư pháp xếp trên Viện Kiểm sát nhân dân tỉnh do nộp hồ sơ đầy đủ sớm hơn (05/12/2022 08:00 so với 01/12/2022 08:00 [hồ sơ chưa đầy đủ])",
      "Viện Kiểm sát nhân dân tỉnh xếp trên Tòa án nhân dân tỉnh do nộp hồ sơ đầy đủ sớm hơn (01/12/2022 08:00 [hồ sơ chưa đầy đủ] so với 02/12/2022 08:00 [hồ sơ chưa đầy đủ])",
    ]);
    expect(out.ties[0]!.sentence.en).toBe(
      "Sở Tư pháp ranks above Viện Kiểm sát nhân dân tỉnh on an earlier complete submission (05/12/2022 08:00 vs 01/12/2022 08:00 [incomplete])",
    );
  });

  it("breaks a tie by last year's rank, a unit without one ranking below", () => {
    const ctx = contextWith(chain({ key: "lastYearRank" }), {
      history: {
        formatVersion: 1,
        awards: [],
        terms: [],
        ranks: [
          { year: 2021, unitId: "thanh-tra-tinh", rank: 3 },
          { year: 2020, unitId: "so-tu-phap", rank: 1 },
        ],
      },
    });
    const out = rankScores(
      ctx,
      standingsOf(ctx.compiled, { "so-tu-phap": { total: 90 }, "thanh-tra-tinh": { total: 90 } }),
    );
    expect(out.units[0]!.unitId).toBe("thanh-tra-tinh");
    expect(out.ties[0]!.sentence.vi).toBe(
      "Thanh tra tỉnh xếp trên Sở Tư pháp do xếp hạng năm 2021 cao hơn (hạng 3 so với không có)",
    );
  });

  it("leaves a tie the whole chain cannot break to the meeting, naming the rules tried, and shares the rank", () => {
    const ctx = contextWith(chain({ key: "section", code: "I" }, { key: "fewerDeductions" }));
    const out = rankScores(
      ctx,
      standingsOf(ctx.compiled, {
        "vksnd-tinh": { total: 90, nodes: { I: 40 } },
        "so-tu-phap": { total: 90, nodes: { I: 40 } },
      }),
    );
    expect(out.units.slice(0, 2).map((u) => u.rank)).toEqual([1, 1]);
    // Display order only: Vietnamese name order ("Sở" before "Viện").
    expect(out.units.slice(0, 2).map((u) => u.unitId)).toEqual(["so-tu-phap", "vksnd-tinh"]);
    expect(out.ties[0]!.sentence.vi).toBe(
      "Sở Tư pháp và Viện Kiểm sát nhân dân tỉnh bằng điểm (90,00) và không phân định được theo tiêu chí phụ (điểm mục I, điểm trừ); Hội nghị Khối quyết định thứ tự",
    );
  });

  it("classifies each unit into the first band whose minimum it reaches", () => {
    const ctx = contextWith({
      bands: [
        { id: "xuat-sac", name: "Xuất sắc", nameEn: "Excellent", min: 95 },
        { id: "tot", name: "Tốt", min: 85 },
        { id: "kha", name: "Khá", min: 70 },
      ],
    });
    const out = rankScores(
      ctx,
      standingsOf(ctx.compiled, {
        "cong-an-tinh": { total: 95 },
        "tand-tinh": { total: 94.99 },
        "vksnd-tinh": { total: 85 },
        "so-tu-phap": { total: 70 },
        "thanh-tra-tinh": { total: 69.5 },
      }),
    );
    expect(out.units.map((u) => u.band?.id ?? null)).toEqual(["xuat-sac", "tot", "tot", "kha", null]);
    expect(out.units[0]!.band!.name).toEqual({ vi: "Xuất sắc", en: "Excellent" });
    expect(out.units[2]!.band!.name).toEqual({ vi: "Tốt", en: "Tốt" });
  });
});
