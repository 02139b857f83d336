import { returnStatus } from "../../../core/periods";

type Args = Parameters<typeof returnStatus>;
const period = (state: string) => ({ state }) as unknown as Args[0];
const stored = { current: { version: 2 } } as unknown as Args[1];
const review = (unitId: string, code: string) => ({
  kind: "review",
  id: `r-${unitId}-${code}`,
  actor: "key:leader",
  value: { unitId, code, stage: "review", points: 3.5, reason: "Thiếu minh chứng số 12" },
});
const explanation = (unitId: string, code: string) => ({
  kind: "explanation",
  id: `e-${unitId}-${code}`,
  actor: "key:unit",
  value: { unitId, code, text: "Đã bổ sung báo cáo số 12" },
});
const inputs = (...list: unknown[]) => list as Args[2];
const own = (code: string) => (code === "I.1" ? 4 : undefined);

describe("returnStatus (where a unit's return stands)", () => {
  it("When nothing is stored, then it is a draft, whatever the period's state", () => {
    expect(returnStatus(period("open"), undefined, inputs(), "u1", own)).toMatchObject({
      stage: "draft",
      version: undefined,
    });
  });

  it("When it is stored and the period is open, then submitted; once closed or in review, under review", () => {
    expect(returnStatus(period("open"), stored, inputs(), "u1", own).stage).toBe("submitted");
    expect(returnStatus(period("closed"), stored, inputs(), "u1", own).stage).toBe("under-review");
    expect(returnStatus(period("reviewing"), stored, inputs(), "u1", own).stage).toBe("under-review");
  });

  it("When a reviewer adjusted this unit, then adjusted, each row beside the unit's own points with its explanation", () => {
    const status = returnStatus(
      period("reviewing"),
      stored,
      inputs(review("u1", "I.1"), review("u2", "I.2"), explanation("u1", "I.1"), explanation("u2", "I.2")),
      "u1",
      own,
    );
    expect(status.stage).toBe("adjusted");
    expect(status.version).toBe(2);
    expect(status.adjustments).toEqual([
      {
        code: "I.1",
        stage: "review",
        points: 3.5,
        reason: "Thiếu minh chứng số 12",
        own: 4,
        explanation: "Đã bổ sung báo cáo số 12",
      },
    ]);
  });

  it("When the period is finalized, then final, even with adjustments", () => {
    expect(returnStatus(period("finalized"), stored, inputs(review("u1", "I.1")), "u1", own).stage).toBe(
      "final",
    );
  });
});
