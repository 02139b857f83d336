import { rankBloc } from "../../../core/bloc";
import { FinalizedSummarySchema, finalizedSummaryOf } from "../../../core/history";
import { parseTemplate } from "../../../core/template";
import {
  haGiang2019Eligibility,
  haGiang2019History,
  haGiang2019Returns,
  haGiang2019Reviews,
  haGiang2019Template,
  haGiang2019Votes,
} from "../../fixtures/hagiang2019/haGiang2019";

const parsed = parseTemplate(haGiang2019Template);
if (!parsed.ok) throw new Error("the Hà Giang 2019 template is invalid");
const result = rankBloc(
  parsed.compiled,
  haGiang2019Returns().map((r) => ({ return: r })),
  {
    reviews: haGiang2019Reviews,
    votes: haGiang2019Votes,
    history: haGiang2019History,
    eligibility: haGiang2019Eligibility,
  },
).result;
const period = {
  blocId: "ha-giang",
  periodId: "ha-giang-2019",
  year: 2019,
  kind: "year-end" as const,
  version: 2,
};

describe("finalizedSummaryOf", () => {
  it("When a ranking is finalized, then the summary keeps every unit's rank, totals, proposals and adjusted criteria, and the rotation with its reason", () => {
    const summary = finalizedSummaryOf(period, result, { at: "2019-12-20T05:00:00.000Z", by: "key:l" });
    expect(FinalizedSummarySchema.parse(summary)).toEqual(summary);
    expect(summary).toMatchObject({ ...period, finalizedBy: "key:l", inputHash: result.inputHash });
    expect(summary.units.map((u) => [u.unitId, u.rank, u.total, u.proposals])).toEqual(
      result.units.map((u) => [u.unitId, u.rank, u.total, u.proposals]),
    );
    const reviewed = result.units.flatMap((u) => u.stages.map((s) => `${u.unitId} ${s.code}`));
    expect(reviewed.length).toBeGreaterThan(0);
    expect(summary.units.flatMap((u) => u.adjusted.map((a) => `${u.unitId} ${a.code}`))).toEqual(reviewed);
    expect(summary.rotation?.explanation).toEqual(result.rotation?.explanation);
    expect(summary.rotation?.leader).toBe("so-noi-vu");
  });
});
