import { rankBloc } from "../../../core/bloc/rankBloc";
import type { Entry } from "../../../core/returns/returnSchema";
import { entrySeverity, isRefusedReturn } from "../../../core/scoring/entrySeverity";
import type { SheetProblemType } from "../../../core/sheets/sheetProblem";
import { validateReturn } from "../../../core/scoring/validateReturn";
import { allKinds, fullEntries, returnOf, tableWith, withEvidence } from "./scoringKit";

const members = allKinds.template.members.map((m) => m.id);

/** Every member sends the complete return; `changes` are applied to the first member's (undefined removes). */
function bloc(changes: Record<string, Entry | undefined>) {
  return members.map((unitId, i) => {
    const entries: Record<string, Entry> = { ...fullEntries };
    if (i === 0) {
      for (const [code, entry] of Object.entries(changes)) {
        if (entry === undefined) delete entries[code];
        else entries[code] = entry;
      }
    }
    return { source: `${unitId}.json`, return: returnOf(allKinds, entries, unitId) };
  });
}

const history = { formatVersion: 1 as const, awards: [], terms: [], ranks: [] };
const first = members[0]!;

describe("one severity rule for an entry's problem (entrySeverity)", () => {
  it("When a manual score is typed off its step (2,7 with a step of 0,5), then the return is refused, not ranked as typed", () => {
    const { result } = rankBloc(allKinds, bloc({ "III.1": { score: 2.7 } }), { history });
    const unit = result.units.find((u) => u.unitId === first);
    expect(unit).toMatchObject({ hasReturn: false, rank: null });
    const problem = result.problems.find((p) => p.type === "not-a-step");
    expect(problem).toMatchObject({ unitId: first, code: "III.1", outcome: { kind: "refused" } });
    expect(problem?.message.vi).toBe(
      "Tiêu chí III.1: điểm chấm 2,7 không phải bội số của bước 0,5 (ví dụ 0, 0,5, 1…) — không được tính: bản tự chấm chưa được dùng để xếp hạng cho đến khi sửa.",
    );
    expect(result.problems.find((p) => p.type === "missing-returns")?.message.vi).toContain("1/5");
  });

  it("When a manual score is above its maximum, in a section or in the deduction block, then the return is refused as the sheet refuses it", () => {
    for (const changes of [{ "III.1": { score: 26 } }, { "TR.3": { score: 4 } }]) {
      const { result } = rankBloc(allKinds, bloc(changes), { history });
      expect(result.units.find((u) => u.unitId === first)?.hasReturn).toBe(false);
      expect(result.problems.find((p) => p.unitId === first)?.outcome).toEqual({ kind: "refused" });
    }
  });

  it("When a required entry is left blank, then the unit is ranked with 0 for it and the problem says 0 counted", () => {
    const whole = rankBloc(allKinds, bloc({}), { history }).result;
    const { result } = rankBloc(allKinds, bloc({ "III.1": undefined }), { history });
    const before = whole.units.find((u) => u.unitId === first)!;
    const unit = result.units.find((u) => u.unitId === first)!;
    expect(unit.hasReturn).toBe(true);
    expect(unit.selfScore).toBe(before.selfScore - (fullEntries["III.1"]?.score ?? NaN));
    const problem = result.problems.find((p) => p.type === "missing-entry");
    expect(problem?.outcome).toEqual({ kind: "counted", points: 0 });
    expect(problem?.message.vi).toBe('Tiêu chí III.1: chưa nhập "score" (0–25) — tính 0 điểm.');
  });

  it("When a bonus count passes the item's maximum, then the maximum counts and the problem says how much", () => {
    const { result } = rankBloc(allKinds, bloc({ "T.3": { count: 3, ...withEvidence } }), { history });
    expect(result.units.find((u) => u.unitId === first)?.hasReturn).toBe(true);
    const problem = result.problems.find((p) => p.type === "cap-exceeded");
    expect(problem?.outcome).toEqual({ kind: "counted", points: 5 });
    expect(problem?.message.vi).toBe("Mục thưởng T.3: 3 × 2 = 6 điểm, vượt mức tối đa 5 — tính 5 điểm.");
  });

  it("When a deduction requires evidence that is missing, then the deduction still counts and says how much", () => {
    const compiled = tableWith(
      [
        {
          code: "I",
          title: "Nội dung I",
          children: [{ code: "I.1", title: "Tiêu chí", standard: 10, rule: { kind: "manual" } }],
        },
      ],
      {
        deductions: {
          items: [
            {
              code: "TR.1",
              title: "Kỷ luật",
              max: 6,
              evidenceRequired: true,
              rule: { kind: "count", pointsPerItem: 2 },
            },
          ],
        },
      },
    );
    const problems = validateReturn(
      compiled,
      returnOf(compiled, { "I.1": { score: 8 }, "TR.1": { count: 1 } }),
      {
        history: [],
      },
    );
    expect(problems).toEqual([
      {
        type: "missing-evidence",
        code: "TR.1",
        message: {
          vi: 'Mục trừ TR.1 yêu cầu minh chứng ("evidence") nhưng chưa có — trừ 2 điểm.',
          en: "Deduction item TR.1 requires evidence but none is given — deducted: 2 points.",
        },
        outcome: { kind: "counted", points: 2 },
      },
    ]);
  });

  it("When the sheet's reader finds a problem in an entry, then the rule refuses it, as the reader refuses the file", () => {
    const entryProblems: SheetProblemType[] = [
      "not-a-number",
      "too-many-decimals",
      "out-of-range",
      "not-whole",
      "not-a-step",
      "unknown-level",
      "unknown-choice",
      "invalid-target",
      "invalid-text",
      "percent-entry",
    ];
    for (const type of entryProblems) expect([type, entrySeverity(type)]).toEqual([type, "refused"]);
    // Problems about the file or the table are not about an entry: the rule says nothing of them.
    expect(entrySeverity("formula-edited")).toBeUndefined();
    expect(entrySeverity("history-missing")).toBeUndefined();
    expect(isRefusedReturn([{ type: "missing-entry" }, { type: "cap-exceeded" }])).toBe(false);
    expect(isRefusedReturn([{ type: "missing-entry" }, { type: "fingerprint-mismatch" }])).toBe(true);
  });
});
