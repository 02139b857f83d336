import type { Entry, UnitReturn } from "../../../core/returns/returnSchema";
import type { ReturnProblem } from "../../../core/scoring/scoreResult";
import { validateReturn } from "../../../core/scoring/validateReturn";
import { allKinds, fullEntries, returnOf, withEvidence } from "./scoringKit";

/** The problems of a complete valid return with `changes` applied (undefined removes an entry). */
function problemsWith(
  changes: Record<string, Entry | undefined>,
  edit?: (ret: UnitReturn) => void,
): ReturnProblem[] {
  const entries: Record<string, Entry> = { ...fullEntries };
  for (const [code, entry] of Object.entries(changes)) {
    if (entry === undefined) delete entries[code];
    else entries[code] = entry;
  }
  const ret = returnOf(allKinds, entries);
  edit?.(ret);
  // An empty history: the bloc records no awards (no history at all is a problem of its own).
  return validateReturn(allKinds, ret, { history: [] });
}
const typesOf = (problems: ReturnProblem[]) => problems.map((p) => [p.type, p.code]);

describe("validateReturn", () => {
  it("finds nothing wrong in a complete return", () => {
    expect(problemsWith({})).toEqual([]);
  });

  it("recognises a return made on another version of the table (fingerprint), and says only that", () => {
    const problems = problemsWith({ "I.2": { level: "XS" }, "III.1": undefined }, (ret) => {
      ret.template.fingerprint = `sha256:${"ab".repeat(32)}`;
      ret.template.version = "0";
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.type).toBe("fingerprint-mismatch");
    expect(problems[0]?.message.vi).toBe(
      `Bản tự chấm được lập trên một phiên bản khác của bảng chấm điểm "mau-kiem-thu" (phiên bản "0", mã vân tay abababababab; ` +
        `bảng hiện hành: phiên bản "1", mã vân tay ${allKinds.fingerprint.slice(7, 19)}); hãy lập lại trên bảng hiện hành.`,
    );
    expect(problems[0]?.message.en).toContain("made on another version of the scoring table");
  });

  it("says once, naming both ids, that a return was made for another table", () => {
    // Another bloc's return: its fingerprint differs too, and none of its entries fit; one problem says it all.
    const problems = problemsWith(
      { "I.2": { score: 3 }, "X.1": { passed: true }, "I.1": undefined },
      (ret) => {
        ret.template.id = "dak-lak-khoi-3-2022";
        ret.template.fingerprint = `sha256:${"cd".repeat(32)}`;
      },
    );
    expect(problems).toEqual([
      {
        type: "template-mismatch",
        message: {
          vi: 'Bản tự chấm này lập cho bảng chấm điểm "dak-lak-khoi-3-2022", không phải bảng "mau-kiem-thu" đang dùng để chấm; hãy chấm nó bằng bảng "dak-lak-khoi-3-2022".',
          en: 'This return was made for scoring table "dak-lak-khoi-3-2022", not for "mau-kiem-thu" used to score it; score it with table "dak-lak-khoi-3-2022".',
        },
      },
    ]);
  });

  it("reports another template id or version and a unit outside the bloc", () => {
    expect(typesOf(problemsWith({}, (ret) => (ret.template.id = "khoi-khac")))).toEqual([
      ["template-mismatch", undefined],
    ]);
    const version = problemsWith({}, (ret) => (ret.template.version = "2"));
    expect(version[0]?.message.vi).toBe(
      'Bản tự chấm ghi phiên bản "2" nhưng bảng "mau-kiem-thu" là phiên bản "1".',
    );
    const unit = problemsWith({}, (ret) => (ret.unitId = "so-noi-vu"));
    expect(unit[0]?.type).toBe("unknown-unit");
    expect(unit[0]?.message.vi).toContain('Đơn vị "so-noi-vu" không phải thành viên của Khối kiểm thử');
  });

  it("reports entries for unknown codes and for groups", () => {
    const problems = problemsWith({ "IX.9": { passed: true }, II: { score: 3 } });
    expect(typesOf(problems)).toEqual([
      ["unknown-criterion", "IX.9"],
      ["unknown-criterion", "II"],
    ]);
    expect(problems[1]?.message.vi).toBe(
      "Mục II là nhóm, điểm được cộng từ các mục con (II.1, II.2, II.3); nhập điểm ở các mục con.",
    );
  });

  it("reports a missing criterion entry but not a missing bonus or deduction entry", () => {
    const problems = problemsWith({ "I.2": undefined, "II.3": { note: "chưa có số liệu" } });
    expect(problems).toEqual([
      {
        type: "missing-entry",
        code: "I.2",
        message: {
          vi: 'Tiêu chí I.2: chưa nhập "level" (một trong: HTXSNV, HTTNV, HTNV, KHTNV) — tính 0 điểm.',
          en: 'Criterion I.2: no entry; enter "level" (one of: HTXSNV, HTTNV, HTNV, KHTNV) — counted as 0 points.',
        },
        outcome: { kind: "counted", points: 0 },
      },
      {
        type: "missing-entry",
        code: "II.3",
        message: {
          vi: 'Tiêu chí II.3: chưa nhập "count" (số nguyên ≥ 0) — tính 0 điểm.',
          en: 'Criterion II.3: no entry; enter "count" (a whole number ≥ 0) — counted as 0 points.',
        },
        outcome: { kind: "counted", points: 0 },
      },
    ]);
  });

  it("reports a field of another kind", () => {
    const problems = problemsWith({ "II.2": { count: 2, level: "HTNV", ...withEvidence } });
    expect(problems).toEqual([
      {
        type: "wrong-field",
        code: "II.2",
        message: {
          vi: 'Tiêu chí II.2 (số lượng × điểm): không dùng trường "level"; nhập "count" (số nguyên ≥ 0) — không được tính: bản tự chấm chưa được dùng để xếp hạng cho đến khi sửa.',
          en: 'Criterion II.2 (count × points): field "level" does not apply; enter "count" (a whole number ≥ 0) — refused: the return is not used in the ranking until this is corrected.',
        },
        outcome: { kind: "refused" },
      },
    ]);
    // A field of another kind in place of the right one is one mistake, not also a missing entry.
    expect(problemsWith({ "II.1": { level: "HTNV" } })).toEqual([
      {
        type: "wrong-field",
        code: "II.1",
        message: {
          vi: 'Tiêu chí II.1 (đạt/không đạt): không dùng trường "level"; nhập "passed" (true = đạt, false = không đạt) — không được tính: bản tự chấm chưa được dùng để xếp hạng cho đến khi sửa.',
          en: 'Criterion II.1 (pass/fail): field "level" does not apply; enter "passed" (true or false) — refused: the return is not used in the ranking until this is corrected.',
        },
        outcome: { kind: "refused" },
      },
    ]);
  });

  it("reports a level that is not on the ladder, listing the allowed levels", () => {
    const problems = problemsWith({ "I.2": { level: "XUATSAC" } });
    expect(problems[0]).toEqual({
      type: "unknown-level",
      code: "I.2",
      message: {
        vi:
          'Tiêu chí I.2: mức "XUATSAC" không có trong thang xếp loại; chọn một trong: HTXSNV (Hoàn thành xuất sắc nhiệm vụ), ' +
          "HTTNV (Hoàn thành tốt nhiệm vụ), HTNV (Hoàn thành nhiệm vụ), KHTNV (Không hoàn thành nhiệm vụ) — không được tính: bản tự chấm chưa được dùng để xếp hạng cho đến khi sửa.",
        en:
          'Criterion I.2: level "XUATSAC" is not on the ladder; choose one of: HTXSNV (Hoàn thành xuất sắc nhiệm vụ), ' +
          "HTTNV (Hoàn thành tốt nhiệm vụ), HTNV (Hoàn thành nhiệm vụ), KHTNV (Không hoàn thành nhiệm vụ) — refused: the return is not used in the ranking until this is corrected.",
      },
      outcome: { kind: "refused" },
    });
  });

  it("reports percent-of-target mistakes: target ≤ 0, negatives, half a pair, both ways at once", () => {
    expect(typesOf(problemsWith({ "I.1": { achieved: 5, target: 0, ...withEvidence } }))).toEqual([
      ["invalid-target", "I.1"],
    ]);
    expect(problemsWith({ "I.1": { achieved: 5, target: -2, ...withEvidence } })[0]?.message.vi).toBe(
      'Tiêu chí I.1: kế hoạch ("target") = −2; kế hoạch phải lớn hơn 0 — không được tính: bản tự chấm chưa được dùng để xếp hạng cho đến khi sửa.',
    );
    expect(typesOf(problemsWith({ "I.1": { achieved: -5, target: 10, ...withEvidence } }))).toEqual([
      ["out-of-range", "I.1"],
    ]);
    expect(typesOf(problemsWith({ "I.1": { percent: -1, ...withEvidence } }))).toEqual([
      ["out-of-range", "I.1"],
    ]);
    expect(typesOf(problemsWith({ "I.1": { achieved: 90, ...withEvidence } }))).toEqual([
      ["missing-entry", "I.1"],
    ]);
    expect(
      typesOf(problemsWith({ "I.1": { achieved: 90, target: 100, percent: 90, ...withEvidence } })),
    ).toEqual([["wrong-field", "I.1"]]);
  });

  it("reports a negative quantity", () => {
    expect(problemsWith({ "I.3": { quantity: -3 } })[0]?.message.vi).toBe(
      'Tiêu chí I.3: số lượng ("quantity") = −3 âm; giá trị phải ≥ 0 — không được tính: bản tự chấm chưa được dùng để xếp hạng cho đến khi sửa.',
    );
  });

  it("reports manual scores outside [0, max] and off the step", () => {
    expect(problemsWith({ "III.1": { score: 26 } })).toEqual([
      {
        type: "out-of-range",
        code: "III.1",
        message: {
          vi: "Tiêu chí III.1: điểm chấm 26 vượt mức tối đa 25; điểm phải trong khoảng 0–25 — không được tính: bản tự chấm chưa được dùng để xếp hạng cho đến khi sửa.",
          en: "Criterion III.1: score 26 is above the maximum 25; it must be within 0–25 — refused: the return is not used in the ranking until this is corrected.",
        },
        outcome: { kind: "refused" },
      },
    ]);
    expect(typesOf(problemsWith({ "III.1": { score: -0.5 } }))).toEqual([["out-of-range", "III.1"]]);
    expect(problemsWith({ "III.1": { score: 20.25 } })).toEqual([
      {
        type: "not-a-step",
        code: "III.1",
        message: {
          vi: "Tiêu chí III.1: điểm chấm 20,25 không phải bội số của bước 0,5 (ví dụ 0, 0,5, 1…) — không được tính: bản tự chấm chưa được dùng để xếp hạng cho đến khi sửa.",
          en: "Criterion III.1: score 20.25 is not a multiple of the step 0.5 (e.g. 0, 0.5, 1…) — refused: the return is not used in the ranking until this is corrected.",
        },
        outcome: { kind: "refused" },
      },
    ]);
  });

  it("reports claims without required evidence, but not a claim worth 0", () => {
    expect(problemsWith({ "II.2": { count: 2 } })).toEqual([
      {
        type: "missing-evidence",
        code: "II.2",
        message: {
          vi: 'Tiêu chí II.2 yêu cầu minh chứng ("evidence") nhưng chưa có — tính 0 điểm.',
          en: "Criterion II.2 requires evidence but none is given — counted as 0 points.",
        },
        outcome: { kind: "counted", points: 0 },
      },
    ]);
    expect(problemsWith({ "II.2": { count: 0 } })).toEqual([]);
    expect(typesOf(problemsWith({ "I.1": { percent: 100, evidence: [] } }))).toEqual([
      ["missing-evidence", "I.1"],
    ]);
    expect(typesOf(problemsWith({ "T.3": { count: 1 } }))).toEqual([["missing-evidence", "T.3"]]);
  });

  it("reports an entry typed on an award-history item", () => {
    expect(problemsWith({ "T.1": { passed: true } })).toEqual([
      {
        type: "history-entry",
        code: "T.1",
        message: {
          vi: 'Mục thưởng T.1 được tính từ lịch sử khen thưởng của khối, không nhập trong bản tự chấm; xóa mục "T.1".',
          en: 'Bonus item T.1 comes from the bloc\'s award history and is not typed in the return; remove "T.1".',
        },
      },
    ]);
  });

  it("reports bonus and deduction claims above the item's maximum (the points are capped)", () => {
    expect(problemsWith({ "T.3": { count: 3, ...withEvidence } })[0]).toEqual({
      type: "cap-exceeded",
      code: "T.3",
      message: {
        vi: "Mục thưởng T.3: 3 × 2 = 6 điểm, vượt mức tối đa 5 — tính 5 điểm.",
        en: "Bonus item T.3: 3 × 2 = 6 points, above the maximum 5 — counted as 5 points.",
      },
      outcome: { kind: "counted", points: 5 },
    });
    // A manual score typed above its maximum is refused in every block, as the sheet's reader refuses it.
    expect(typesOf(problemsWith({ "TR.3": { score: 4 } }))).toEqual([["out-of-range", "TR.3"]]);
    // a section count above its maximum is a legitimate capped claim, explained but not a problem
    expect(problemsWith({ "II.2": { count: 9, ...withEvidence } })).toEqual([]);
  });

  it("gives every problem at once, return-level first, then in table order", () => {
    const problems = problemsWith(
      {
        "I.1": { achieved: 90, target: 0 },
        "I.2": { level: "GIOI" },
        "I.3": undefined,
        "II.1": { count: 1 },
        "II.2": { count: 3 },
        "III.1": { score: 25.3 },
        "T.2": { passed: true },
        "TR.1": { count: 9 },
        "Z.1": { passed: true },
      },
      (ret) => {
        ret.unitId = "so-noi-vu";
        ret.template.version = "2";
      },
    );
    expect(typesOf(problems)).toEqual([
      ["template-mismatch", undefined],
      ["unknown-unit", undefined],
      ["invalid-target", "I.1"],
      ["unknown-level", "I.2"],
      ["missing-entry", "I.3"],
      ["wrong-field", "II.1"],
      ["missing-evidence", "II.2"],
      ["out-of-range", "III.1"],
      ["not-a-step", "III.1"],
      ["history-entry", "T.2"],
      ["cap-exceeded", "TR.1"],
      ["unknown-criterion", "Z.1"],
    ]);
    for (const p of problems) {
      if (p.code !== undefined) {
        expect(p.message.vi).toContain(p.code);
        expect(p.message.en).toContain(p.code);
      }
    }
  });
});
