import { workbookProblemWording } from "../../../core/bloc";
import type { Entry } from "../../../core/returns/returnSchema";
import { allKinds } from "../scoring/scoringKit";

const missing = (code: string, entry?: Entry) =>
  workbookProblemWording(allKinds.byCode.get(code)!, { type: "missing-entry" }, entry);

describe("a missing entry in the scoring workbook's words, from each kind's module", () => {
  it("When a criterion of each typed kind is left empty, then its kind says what to enter in column F", () => {
    const vi = (code: string) => missing(code)?.message.vi;
    expect(vi("I.2")).toBe("Tiêu chí I.2: chưa chọn mức xếp loại (cột F: HTXSNV, HTTNV, HTNV, KHTNV).");
    expect(vi("I.3")).toBe("Tiêu chí I.3: chưa nhập số lượng (cột F, ≥ 0).");
    expect(vi("II.1")).toBe("Tiêu chí II.1: chưa chọn Đạt hoặc Không đạt (cột F).");
    expect(vi("II.2")).toBe("Tiêu chí II.2: chưa nhập số lần (cột F, số nguyên ≥ 0).");
    expect(vi("II.3")).toBe("Tiêu chí II.3: chưa nhập số lần (cột F, số nguyên ≥ 0).");
    expect(vi("III.1")).toBe("Tiêu chí III.1: chưa nhập điểm (cột F, 0–25).");
    expect(vi("T.3")).toBe("Mục thưởng T.3: chưa nhập số lần (cột F, số nguyên ≥ 0).");
    expect(vi("TR.2")).toBe("Mục trừ TR.2: chưa chọn Có hoặc Không (cột F).");
    expect(missing("TR.3")).toEqual({
      column: 6,
      message: {
        vi: "Mục trừ TR.3: chưa nhập điểm (cột F, 0–3).",
        en: "Deduction item TR.3: enter the score (column F, 0–3).",
      },
    });
  });

  it("When a percent-of-target entry lacks one of result and target, then the empty one's column is named", () => {
    expect(missing("I.1", { achieved: 90 })).toEqual({
      column: 7,
      message: {
        vi: "Tiêu chí I.1: chưa nhập chỉ tiêu (cột G); cần cả kết quả (cột F) và chỉ tiêu.",
        en: "Criterion I.1: the target (column G) is empty; both the result (column F) and the target are needed.",
      },
    });
    expect(missing("I.1", { target: 100 })?.message.en).toBe(
      "Criterion I.1: the result (column F) is empty; both the result and the target (column G) are needed.",
    );
    expect(missing("I.1")).toMatchObject({ column: 6 });
    expect(missing("I.1")?.message.vi).toBe("Tiêu chí I.1: chưa nhập kết quả (cột F) và chỉ tiêu (cột G).");
  });

  it("When an award-history item has no entry, then there is nothing to type and the engine's words stand", () => {
    expect(missing("T.1")).toBeUndefined();
  });
});
