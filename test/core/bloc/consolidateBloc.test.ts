import { consolidateBloc } from "../../../core/bloc";
import type { ReceivedReturn } from "../../../core/bloc";
import { cellRef, COL, scoringSheetLayout } from "../../../core/sheets";
import { compile2019, inputs2019, sources2019 } from "./blocKit";

const compiled = compile2019();
const rowOf = (code: string) => scoringSheetLayout(compiled).rowOf[compiled.byCode.get(code)!.index]!;

/** The 2019 returns as the leader received them, all read cleanly from workbooks named "<unit>.xlsx". */
function received(): ReceivedReturn[] {
  return sources2019().map((s) => ({
    file: `${s.return.unitId}.xlsx`,
    from: "workbook",
    read: { ok: true, return: s.return },
  }));
}

describe("consolidateBloc: the returns received, the year-end files → the ranking and typed problems", () => {
  it("ranks the bloc as rank does, with no problem when every return was read cleanly", () => {
    const out = consolidateBloc(compiled, received(), inputs2019);
    expect(out.problems).toEqual([]);
    expect(out.result.units.slice(0, 2).map((u) => [u.unitId, u.rank])).toEqual([
      ["so-noi-vu", 1],
      ["cong-an-tinh", 2],
    ]);
    expect(out.selfScores).toHaveLength(8);
  });

  it("words a criterion's problem in the workbook's columns, at the cell of its row, typed by the engine", () => {
    const all = received();
    const first = all[0]!.read;
    if (!first.ok) throw new Error("read");
    delete first.return.entries["V.1"]!.evidence;
    const out = consolidateBloc(compiled, all, inputs2019);
    expect(out.problems).toEqual([
      {
        code: "missing-evidence",
        file: "so-noi-vu.xlsx",
        unitId: "so-noi-vu",
        criterion: "V.1",
        cell: cellRef(rowOf("V.1"), COL.evidence),
        message: {
          vi: "Tiêu chí V.1: cần minh chứng (cột I) nhưng chưa có — tính 0 điểm.",
          en: "Criterion V.1: evidence (column I) is required but empty — counted as 0 points.",
        },
        outcome: { kind: "counted", points: 0 },
      },
    ]);
  });

  it("keeps the engine's words and gives no cell for a return that came from a JSON file", () => {
    const all = received().map((r): ReceivedReturn => ({
      ...r,
      file: r.file.replace("xlsx", "json"),
      from: "json",
    }));
    const first = all[0]!.read;
    if (!first.ok) throw new Error("read");
    delete first.return.entries["V.1"]!.evidence;
    const [problem] = consolidateBloc(compiled, all, inputs2019).problems;
    expect(problem).toMatchObject({ code: "missing-evidence", file: "so-noi-vu.json", criterion: "V.1" });
    expect(problem!.cell).toBeUndefined();
    expect(problem!.message.vi).not.toContain("cột");
  });

  it("reports a workbook that could not be read by file and cell, and names the member left without a return", () => {
    const all = received();
    all[1] = {
      file: "cong-an-tinh.xlsx",
      from: "workbook",
      read: {
        ok: false,
        problems: [
          { type: "formula-edited", cell: "H14", code: "II.1", message: { vi: "sửa", en: "edited" } },
        ],
      },
    };
    const out = consolidateBloc(compiled, all, inputs2019);
    expect(out.problems.map((p) => [p.code, p.file, p.cell, p.criterion])).toEqual([
      ["formula-edited", "cong-an-tinh.xlsx", "H14", "II.1"],
      ["missing-returns", undefined, undefined, undefined],
    ]);
    expect(out.result.units.find((u) => u.unitId === "cong-an-tinh")).toMatchObject({ hasReturn: false });
  });

  it("uses two identical workbooks of one unit once and says so at the second file", () => {
    const all = received();
    all.push({ ...all[2]!, file: "tand-tinh-lan-2.xlsx" });
    const out = consolidateBloc(compiled, all, inputs2019);
    expect(out.problems.map((p) => [p.code, p.file, p.unitId])).toEqual([
      ["duplicate-identical", "tand-tinh-lan-2.xlsx", "tand-tinh"],
    ]);
    expect(out.result.units.find((u) => u.unitId === "tand-tinh")?.rank).toBe(3);
  });

  it("applies the reviewed sheet's adjustments after the reviews file's, and reports its problems by cell", () => {
    const adjustment = {
      unitId: "so-noi-vu",
      code: "VIII.1",
      stage: "review" as const,
      points: 5,
      reason: "Hội nghị thẩm định lại",
      reviewer: "Khối trưởng",
      at: "2019-12-20T09:00:00+07:00",
    };
    const reviewed = consolidateBloc(compiled, received(), inputs2019, {
      file: "xep-hang.xlsx",
      read: { ok: true, adjustments: [adjustment] },
    });
    expect(reviewed.result.units.find((u) => u.unitId === "so-noi-vu")?.total).toBe(95);
    const refused = consolidateBloc(compiled, received(), inputs2019, {
      file: "xep-hang.xlsx",
      read: { ok: false, problems: [{ type: "not-ours", message: { vi: "không phải", en: "not ours" } }] },
    });
    expect(refused.problems.map((p) => [p.code, p.file])).toEqual([["not-ours", "xep-hang.xlsx"]]);
  });

  it("names the year-end input and field of a problem in it", () => {
    const reviews = {
      ...inputs2019.reviews!,
      adjustments: [{ ...inputs2019.reviews!.adjustments[0]!, unitId: "x" }],
    };
    const out = consolidateBloc(compiled, received(), { ...inputs2019, reviews });
    expect(out.problems.map((p) => [p.code, p.input, p.path])).toContainEqual([
      "year-end-input",
      "reviews",
      "adjustments[0].unitId",
    ]);
    expect(out.problems.every((p) => p.file === undefined && p.cell === undefined)).toBe(true);
  });
});
