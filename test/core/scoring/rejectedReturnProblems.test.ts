import { parseReturn } from "../../../core/returns/parseReturn";
import { rejectedReturnProblems } from "../../../core/scoring/rejectedReturnProblems";
import { allKinds, fullEntries, returnOf } from "./scoringKit";

function problemsOf(entries: Record<string, unknown>, edit?: (ret: Record<string, unknown>) => void) {
  const ret: Record<string, unknown> = { ...returnOf(allKinds, {}), entries };
  edit?.(ret);
  const parsed = parseReturn(JSON.parse(JSON.stringify(ret)));
  if (parsed.ok) throw new Error("expected the return to be rejected");
  return rejectedReturnProblems(allKinds, parsed, { history: [] }).map((p) => [p.type, p.code]);
}

describe("rejectedReturnProblems", () => {
  it("adds what the table finds in the valid part: a level off the ladder, a missing entry", () => {
    const { "III.1": _left, ...rest } = fullEntries;
    expect(problemsOf({ ...rest, "I.1": { achieved: "92", target: 100 }, "I.2": { level: "XS" } })).toEqual([
      ["wrong-field", "I.1"],
      ["unknown-level", "I.2"],
      ["missing-entry", "III.1"],
    ]);
  });

  it("does not also call a wrongly typed, misspelt or broken entry missing, nor its broken evidence missing", () => {
    expect(
      problemsOf({
        ...fullEntries,
        "I.1": { achieved: 92, target: 100, evidence: "BC-12" },
        "I.2": { levell: "HTXSNV" },
        "II.1": "đạt",
      }),
    ).toEqual([
      ["wrong-field", "I.1"],
      ["wrong-field", "I.2"],
      ["wrong-field", "II.1"],
    ]);
  });

  it("gives the format problems alone when the return itself (its table or unit) is broken", () => {
    expect(problemsOf({ "I.2": { level: "XS" } }, (ret) => (ret.unitId = "Công an"))).toEqual([
      ["unknown-unit", undefined],
    ]);
  });
});
