import type { CouncilDecision, FinalizedSummary } from "../../../core/history";
import { awaitingCouncil, blocHistory, checkCouncilDecision } from "../../../core/history";

function summary(year: number, proposals: Record<string, string[]>): FinalizedSummary {
  return {
    blocId: "b1",
    periodId: `p-${year}`,
    year,
    kind: "year-end",
    version: 1,
    finalizedAt: `${year}-12-20T00:00:00.000Z`,
    finalizedBy: "key:l",
    inputHash: "h",
    units: Object.entries(proposals).map(([unitId, awards], i) => ({
      unitId,
      name: unitId,
      rank: i + 1,
      total: 90 - i,
      selfTotal: 90 - i,
      hasReturn: true,
      proposals: awards,
      adjusted: [],
    })),
    rotation: null,
  };
}

let seq = 0;
function decision(
  unitId: string,
  award: string,
  outcome: CouncilDecision["outcome"],
  year = 2021,
): CouncilDecision {
  seq += 1;
  return {
    id: `d${String(seq).padStart(4, "0")}`,
    blocId: "b1",
    year,
    unitId,
    award,
    outcome,
    reference: `Quyết định số ${seq}/QĐ-UBND`,
    decidedOn: "2022-03-15",
    recordedBy: "key:board",
    recordedAt: "2022-03-20T00:00:00.000Z",
  };
}

const year2021 = summary(2021, { u1: ["co-tinh"], u2: ["bang-khen"], u3: ["bang-khen"] });

describe("the council's decisions in the bloc's history", () => {
  it("When no decision is recorded, then the finalized proposals count and are listed as awaiting the council", () => {
    expect(blocHistory(undefined, [year2021], 2022).awards).toEqual([
      { unitId: "u1", year: 2021, award: "co-tinh" },
      { unitId: "u2", year: 2021, award: "bang-khen" },
      { unitId: "u3", year: 2021, award: "bang-khen" },
    ]);
    expect(awaitingCouncil([year2021], [], 2022)).toHaveLength(3);
  });

  it("When the council confers one award and cuts another, then the cut one is gone and only the third still awaits", () => {
    const decisions = [decision("u1", "co-tinh", "conferred"), decision("u2", "bang-khen", "not-conferred")];
    const h = blocHistory(undefined, [year2021], 2022, decisions);
    expect(h.awards).toEqual([
      { unitId: "u3", year: 2021, award: "bang-khen" },
      { unitId: "u1", year: 2021, award: "co-tinh" },
    ]);
    expect(awaitingCouncil([year2021], decisions, 2022)).toEqual([
      { unitId: "u3", year: 2021, award: "bang-khen" },
    ]);
  });

  it("When a conferred award is later revoked, then it stays in the history marked revoked (no bonus), the later decision counting", () => {
    const decisions = [decision("u1", "co-tinh", "conferred"), decision("u1", "co-tinh", "revoked")];
    expect(blocHistory(undefined, [year2021], 2022, decisions).awards).toContainEqual({
      unitId: "u1",
      year: 2021,
      award: "co-tinh",
      revoked: true,
    });
  });

  it("When a decision is about the ranked year or later, then it does not feed that year's history", () => {
    const year2022 = summary(2022, { u1: ["co-tinh"] });
    const h = blocHistory(undefined, [year2021, year2022], 2022, [
      decision("u1", "co-tinh", "revoked", 2022),
    ]);
    expect(h.awards.filter((a) => a.year === 2022)).toEqual([]);
  });

  it("When an imported award is revoked, then the imported record is replaced by the revoked one", () => {
    const imported = {
      formatVersion: 1 as const,
      awards: [{ unitId: "u2", year: 2019, award: "co-chinh-phu" }],
      terms: [],
      ranks: [],
    };
    const h = blocHistory(imported, [], 2022, [decision("u2", "co-chinh-phu", "revoked", 2019)]);
    expect(h.awards).toEqual([{ unitId: "u2", year: 2019, award: "co-chinh-phu", revoked: true }]);
  });
});

describe("checkCouncilDecision", () => {
  const body = (unitId: string, award: string, outcome: CouncilDecision["outcome"], year = 2021) => ({
    year,
    unitId,
    award,
    outcome,
    reference: "Quyết định số 1/QĐ-UBND",
    decidedOn: "2022-03-15",
  });

  it("When the bloc proposed the award in a finalized result, then conferring or not conferring it is allowed", () => {
    expect(checkCouncilDecision(body("u1", "co-tinh", "conferred"), [year2021], undefined, []).ok).toBe(true);
    expect(checkCouncilDecision(body("u2", "bang-khen", "not-conferred"), [year2021], undefined, []).ok).toBe(
      true,
    );
  });

  it("When the award was not proposed for that unit and year, then the decision is refused naming them", () => {
    const refused = checkCouncilDecision(body("u2", "co-tinh", "conferred"), [year2021], undefined, []);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.problem.error).toBe("unprocessable");
    expect(refused.problem.message.vi).toContain('"co-tinh" của đơn vị "u2" năm 2021');
    expect(checkCouncilDecision(body("u1", "co-tinh", "conferred", 2020), [year2021], undefined, []).ok).toBe(
      false,
    );
  });

  it("When an award was never conferred or is already revoked, then revoking it is refused; once conferred it may be revoked", () => {
    const revoke = body("u1", "co-tinh", "revoked");
    expect(checkCouncilDecision(revoke, [year2021], undefined, []).ok).toBe(false);
    const conferred = [decision("u1", "co-tinh", "conferred")];
    expect(checkCouncilDecision(revoke, [year2021], undefined, conferred).ok).toBe(true);
    const revoked = [...conferred, decision("u1", "co-tinh", "revoked")];
    expect(checkCouncilDecision(revoke, [year2021], undefined, revoked).ok).toBe(false);
  });
});
