import { parseTemplate } from "../../../core/template/parseTemplate";
import type { TemplateProblem } from "../../../core/template/templateProblem";
import { allKindsTemplate } from "../../fixtures/allKindsTemplate";

/** A deep, freely mutable copy of the shared all-kinds fixture (plain JSON, as a file would give). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
function fixture(): Json {
  return JSON.parse(JSON.stringify(allKindsTemplate));
}

function problemsOf(mutate: (t: Json) => void): TemplateProblem[] {
  const t = fixture();
  mutate(t);
  const parsed = parseTemplate(t);
  if (parsed.ok) throw new Error("expected the template to be rejected");
  return parsed.problems;
}

/** The problem at `path`, failing with the list of paths found when there is none. */
function at(problems: TemplateProblem[], path: string): TemplateProblem {
  const found = problems.find((p) => p.path === path);
  if (!found) throw new Error(`no problem at ${path}; got ${problems.map((p) => p.path).join(", ")}`);
  return found;
}

describe("parseTemplate on the all-kinds fixture", () => {
  it("accepts the fixture as it is", () => {
    const parsed = parseTemplate(fixture());
    expect(parsed.ok).toBe(true);
  });
});

describe("checkTemplate: structural mistakes, each with its path and the fix", () => {
  it("rejects a code used twice in the sections", () => {
    const p = at(
      problemsOf((t) => (t.sections[0].children[1].code = "I.1")),
      "sections[0].children[1].code",
    );
    expect(p.message.vi).toContain('Mã "I.1" bị trùng với sections[0].children[0]');
    expect(p.message.en).toContain("Give each node its own code");
  });

  it("rejects a deduction code that repeats a bonus code", () => {
    const p = at(
      problemsOf((t) => (t.deductions.items[0].code = "T.1")),
      "deductions.items[0].code",
    );
    expect(p.message.en).toBe(
      'Duplicate code "T.1" (already used at bonus.items[0]). Give each node its own code (e.g. I.1, I.2).',
    );
  });

  it("rejects a bonus code that repeats a criterion code", () => {
    const p = at(
      problemsOf((t) => (t.bonus.items[2].code = "II.2")),
      "bonus.items[2].code",
    );
    expect(p.message.en).toContain("already used at sections[1].children[1]");
  });

  it("rejects a node with both a rule and children", () => {
    const p = at(
      problemsOf((t) => (t.sections[2].rule = { kind: "manual" })),
      "sections[2]",
    );
    expect(p.message.vi).toContain('vừa có "children" vừa có "rule"');
    expect(p.message.en).toContain('a group has only "children", a criterion only "rule"');
  });

  it("rejects a node with neither a rule nor children", () => {
    const p = at(
      problemsOf((t) => delete t.sections[0].children[2].rule),
      "sections[0].children[2]",
    );
    expect(p.message.en).toContain('add a "rule" (criterion) or "children" (group)');
  });

  it("rejects an empty group, and says the sections no longer reach the base", () => {
    const problems = problemsOf((t) => (t.sections[2].children = []));
    expect(at(problems, "sections[2].children").message.en).toBe(
      'Group III has no children: add criteria to "children" or make it a criterion with a "rule".',
    );
    expect(at(problems, "sections").message.en).toBe(
      "The sections' standard points add up to 75, not the table's base (100).",
    );
  });

  it("rejects a maximum on a group and points to cap", () => {
    const p = at(
      problemsOf((t) => (t.sections[2].max = 30)),
      "sections[2].max",
    );
    expect(p.message.en).toContain('use "cap" to limit it');
  });

  it("rejects a cap below the children's standard points", () => {
    const p = at(
      problemsOf((t) => (t.sections[1].cap = 20)),
      "sections[1].cap",
    );
    expect(p.message.vi).toContain("cộng lại 25, vượt mức trần 20");
    expect(p.message.en).toContain('raise "cap" or lower the children');
  });

  it("rejects a group standard that differs from the sum of its children", () => {
    const p = at(
      problemsOf((t) => (t.sections[0].standard = 40)),
      "sections[0].standard",
    );
    expect(p.message.en).toBe(
      'Group I: standard says 40 but its children add up to 50; make them agree or drop "standard".',
    );
  });

  it("rejects a maximum below the standard points", () => {
    const p = at(
      problemsOf((t) => (t.sections[0].children[2].max = 5)),
      "sections[0].children[2].max",
    );
    expect(p.message.vi).toContain("điểm tối đa 5 thấp hơn điểm chuẩn 10");
    expect(p.message.en).toContain("the maximum must be ≥ the standard");
  });

  it("rejects a rating ladder without levels", () => {
    const p = at(
      problemsOf((t) => (t.sections[0].children[1].rule.levels = [])),
      "sections[0].children[1].rule.levels",
    );
    expect(p.message.en).toContain("add levels (e.g. HTXSNV, HTTNV, HTNV, KHTNV) with their points");
  });

  it("rejects a level written twice", () => {
    const p = at(
      problemsOf((t) => (t.sections[0].children[1].rule.levels[2].code = "HTTNV")),
      "sections[0].children[1].rule.levels[2].code",
    );
    expect(p.message.vi).toBe('Tiêu chí I.2: mức "HTTNV" bị trùng; mỗi mức cần một mã riêng.');
  });

  it("rejects a level worth more than the criterion's maximum", () => {
    const p = at(
      problemsOf((t) => (t.sections[0].children[1].rule.levels[0].points = 12.5)),
      "sections[0].children[1].rule.levels[0].points",
    );
    expect(p.message.vi).toContain('mức "HTXSNV" cho 12,5 điểm, vượt điểm tối đa 12');
    expect(p.message.en).toContain("gives 12.5, above the maximum 12");
  });

  it("rejects a floor above the standard points", () => {
    const p = at(
      problemsOf((t) => (t.sections[1].children[2].rule.floor = 12)),
      "sections[1].children[2].rule.floor",
    );
    expect(p.message.en).toBe(
      'II.3: the floor 12 is above the standard points 10; "floor" must be ≤ the standard.',
    );
  });

  it("rejects a manual step that does not divide the maximum", () => {
    const p = at(
      problemsOf((t) => (t.sections[2].children[0].rule.step = 2)),
      "sections[2].children[0].rule.step",
    );
    expect(p.message.vi).toBe(
      "Tiêu chí III.1: bước chấm 2 không chia hết điểm tối đa 25; chọn bước là ước của điểm tối đa (ví dụ 0,5).",
    );
  });

  it("rejects a pass/fail criterion whose maximum differs from its standard", () => {
    const p = at(
      problemsOf((t) => (t.sections[1].children[0].max = 6)),
      "sections[1].children[0].rule",
    );
    expect(p.message.en).toBe("II.1 (pass/fail): the maximum must equal the standard points.");
  });

  it("rejects a kind the deduction block does not allow, listing the allowed ones", () => {
    const p = at(
      problemsOf((t) => (t.deductions.items[2].rule = { kind: "violations", pointsPerViolation: 1 })),
      "deductions.items[2].rule.kind",
    );
    expect(p.message.en).toBe(
      'TR.3: kind "violations" is not allowed in điểm trừ / deductions; allowed: passFail, count, manual.',
    );
  });

  it("rejects an award-history criterion inside the scored sections", () => {
    const p = at(
      problemsOf((t) => (t.sections[2].children[0].rule = { kind: "awardHistory", award: "co-chinh-phu" })),
      "sections[2].children[0].rule.kind",
    );
    expect(p.message.en).toContain('kind "awardHistory" is not allowed in');
    expect(p.message.en).toContain("allowed: passFail, ladder, percentOfTarget");
  });

  it("rejects an award-history bonus for an award the table does not list", () => {
    const p = at(
      problemsOf((t) => (t.bonus.items[0].rule.award = "co-bo")),
      "bonus.items[0].rule.award",
    );
    expect(p.message.en).toBe(
      'T.1: award "co-bo" is not listed in "awards" (co-chinh-phu, co-ubnd-tinh, bang-khen).',
    );
  });

  it("rejects sections that do not add up to the base", () => {
    const p = at(
      problemsOf((t) => (t.base = 90)),
      "sections",
    );
    expect(p.message.vi).toBe("Điểm chuẩn các nội dung cộng lại 100, khác điểm chuẩn của bảng (base = 90).");
  });

  it("rejects a member id used twice", () => {
    const p = at(
      problemsOf((t) => (t.members[4].id = "so-tu-phap")),
      "members[4].id",
    );
    expect(p.message.vi).toBe('Mã đơn vị "so-tu-phap" bị trùng; mỗi đơn vị cần một mã riêng.');
  });

  it("rejects a member name used twice, even in another Unicode form or case", () => {
    const p = at(
      problemsOf((t) => (t.members[4].name = "sở tư pháp".normalize("NFD"))),
      "members[4].name",
    );
    expect(p.message.en).toContain("Duplicate member name");
  });

  it("rejects a leader who is not a member", () => {
    const p = at(
      problemsOf((t) => (t.leader = "so-noi-vu")),
      "leader",
    );
    expect(p.message.vi).toBe(
      'Khối trưởng "so-noi-vu" không có trong danh sách đơn vị thành viên; dùng một mã trong "members".',
    );
  });

  it("rejects the same unit as leader and deputy", () => {
    const p = at(
      problemsOf((t) => (t.deputy = "cong-an-tinh")),
      "deputy",
    );
    expect(p.message.en).toBe("Leader and deputy must be different units.");
  });

  it("reports every structural problem at once", () => {
    const problems = problemsOf((t) => {
      t.sections[0].children[1].code = "I.1";
      t.sections[1].cap = 20;
      t.sections[2].children[0].rule.step = 2;
      t.bonus.items[0].rule.award = "co-bo";
      t.deputy = "cong-an-tinh";
    });
    expect(problems.map((p) => p.path)).toEqual(
      expect.arrayContaining([
        "sections[0].children[1].code",
        "sections[1].cap",
        "sections[2].children[0].rule.step",
        "bonus.items[0].rule.award",
        "deputy",
      ]),
    );
  });
});

describe("parseTemplate: schema mistakes, each with its path and what is allowed", () => {
  it("rejects an unknown criterion kind and lists the kinds", () => {
    const p = at(
      problemsOf((t) => (t.sections[0].children[1].rule = { kind: "bogus" })),
      "sections[0].children[1].rule.kind",
    );
    expect(p.message.en).toBe(
      "Unknown criterion kind; use one of: passFail, ladder, percentOfTarget, relativeToBest, count, violations, manual, awardHistory.",
    );
  });

  it("rejects a misspelt field and names it", () => {
    const p = at(
      problemsOf((t) => (t.sections[0].children[0].maximum = 33)),
      "sections[0].children[0]",
    );
    expect(p.message.vi).toBe("Trường không được hỗ trợ: maximum (kiểm tra chính tả).");
    expect(p.message.en).toBe("Unsupported field(s): maximum (check the spelling).");
  });

  it("rejects points with more than four decimals", () => {
    const p = at(
      problemsOf((t) => (t.sections[0].children[2].standard = 10.12345)),
      "sections[0].children[2].standard",
    );
    expect(p.message.en).toContain("at most 4 decimal places");
  });

  it("rejects a missing required field", () => {
    const p = at(
      problemsOf((t) => delete t.identity.year),
      "identity.year",
    );
    expect(p.message.vi).toBe("Thiếu trường bắt buộc (kiểu số).");
  });

  it("rejects a period that is neither mid-year nor year-end, listing both", () => {
    const p = at(
      problemsOf((t) => (t.identity.period = "quarter")),
      "identity.period",
    );
    expect(p.message.en).toBe('Value must be one of: "mid-year", "year-end".');
  });

  it("reports every schema problem at once", () => {
    const problems = problemsOf((t) => {
      delete t.identity.year;
      t.sections[0].children[0].maximum = 33;
      t.sections[0].children[1].rule = { kind: "bogus" };
      t.sections[0].children[2].standard = 10.12345;
    });
    expect(problems.map((p) => p.path).sort()).toEqual([
      "identity.year",
      "sections[0].children[0]",
      "sections[0].children[1].rule.kind",
      "sections[0].children[2].standard",
    ]);
  });
});

describe("checkTemplate: points finer than the table's rounding", () => {
  it("rejects a maximum with more decimals than the rounding keeps, naming the fix", () => {
    const p = at(
      problemsOf((t) => {
        t.rounding.decimals = 1;
        t.sections[0].children[0].max = 33.25;
      }),
      "sections[0].children[0].max",
    );
    expect(p.message.en).toBe(
      'I.1: max = 33.25 is finer than the table\'s rounding (1 decimal places); round it or raise "rounding.decimals".',
    );
  });

  it("checks ladder points, floors, group caps and bonus items too", () => {
    const problems = problemsOf((t) => {
      t.rounding.decimals = 0;
      t.sections[0].children[1].rule.levels[2].points = 7.5;
      t.sections[1].children[2].rule.floor = 2.5;
      t.sections[1].cap = 30.5;
      t.bonus.items[2].max = 5.5;
    });
    expect(problems.map((p) => p.path)).toEqual(
      expect.arrayContaining([
        "sections[0].children[1].rule.levels[2].points",
        "sections[1].children[2].rule.floor",
        "sections[1].cap",
        "bonus.items[2].max",
      ]),
    );
  });

  it("accepts half-points when the table rounds to one decimal", () => {
    const t = fixture();
    t.rounding.decimals = 1;
    expect(parseTemplate(t).ok).toBe(true);
  });
});
