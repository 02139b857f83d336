import { missingHistoryProblem } from "../../../core/scoring/missingHistoryProblem";
import { allKinds, oneCriterion } from "./scoringKit";

describe("missingHistoryProblem", () => {
  it("says once that the award-history bonuses wait for the bloc's history, naming them", () => {
    expect(missingHistoryProblem(allKinds, undefined)).toEqual({
      type: "history-missing",
      message: {
        vi: "Chưa có lịch sử khen thưởng của khối: điểm thưởng theo lịch sử khen thưởng (T.1, T.2) đang tạm tính 0, nên tổng điểm là tạm tính, chưa phải kết quả cuối cùng.",
        en: "The bloc's award history is missing: the award-history bonus (T.1, T.2) counts 0 for now, so the total is provisional, not final.",
      },
    });
    expect(missingHistoryProblem(allKinds, { best: new Map() })?.type).toBe("history-missing");
  });

  it("is silent when the history is given, even empty, or when the table has no award-history bonus", () => {
    expect(missingHistoryProblem(allKinds, { history: [] })).toBeUndefined();
    const { compiled } = oneCriterion({ standard: 10, rule: { kind: "passFail" } });
    expect(missingHistoryProblem(compiled, undefined)).toBeUndefined();
  });
});
