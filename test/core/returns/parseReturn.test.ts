import { parseReturn } from "../../../core/returns/parseReturn";

const valid = {
  formatVersion: 1,
  template: { id: "mau-kiem-thu", fingerprint: `sha256:${"a".repeat(64)}` },
  unitId: "cong-an-tinh",
  submittedAt: "2022-12-05T08:30:00+07:00",
  entries: {
    "I.1": { achieved: 92, target: 100, evidence: [{ ref: "Báo cáo 12/BC" }] },
    "I.2": { level: "HTXSNV" },
  },
};

describe("parseReturn", () => {
  it("accepts a valid return and keeps its values", () => {
    const parsed = parseReturn(valid);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.value.entries["I.2"]).toEqual({ level: "HTXSNV" });
  });

  it("names the field path of every schema problem, with the criterion code", () => {
    const parsed = parseReturn({
      ...valid,
      entries: { "I.2": { level: 3, colour: "red" }, "I.3": { count: 1.5 }, "I.4": { evidence: [{}] } },
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((p) => [p.type, p.code, p.path])).toEqual([
      ["wrong-field", "I.2", 'entries["I.2"].level'],
      ["wrong-field", "I.2", 'entries["I.2"]'],
      ["wrong-field", "I.3", 'entries["I.3"].count'],
      ["missing-entry", "I.4", 'entries["I.4"].evidence[0].ref'],
    ]);
    expect(parsed.problems[0]?.message).toEqual({
      vi: 'Bản tự chấm, entries["I.2"].level: cần kiểu string, nhận được 3.',
      en: 'Return, entries["I.2"].level: expected a string, got 3.',
    });
    expect(parsed.problems[1]?.message.vi).toContain("trường không được hỗ trợ: colour");
  });

  it("maps problems outside the entries to the return-level problem types", () => {
    const parsed = parseReturn({
      formatVersion: 2,
      template: { id: "Mau Sai", fingerprint: "abc" },
      unitId: "",
      entries: { "bad code": {} },
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((p) => [p.type, p.path])).toEqual([
      ["template-mismatch", "formatVersion"],
      ["template-mismatch", "template.id"],
      ["fingerprint-mismatch", "template.fingerprint"],
      ["unknown-unit", "unitId"],
      ["unknown-criterion", 'entries["bad code"]'],
    ]);
    expect(parsed.problems[4]?.message.vi).toBe(
      'Bản tự chấm, entries["bad code"]: mã tiêu chí "bad code" không hợp lệ (dạng I, I.1, I.1.a).',
    );
  });

  it("reports numbers out of range and more than four decimals", () => {
    const parsed = parseReturn({ ...valid, entries: { "I.1": { count: -1 }, "I.2": { score: 1.23456 } } });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((p) => [p.type, p.path])).toEqual([
      ["out-of-range", 'entries["I.1"].count'],
      ["out-of-range", 'entries["I.2"].score'],
    ]);
    expect(parsed.problems[0]?.message.en).toBe(
      'Return, entries["I.1"].count: value -1 is too small (minimum 0).',
    );
  });

  it("never throws on input that is not an object", () => {
    for (const input of [null, undefined, 42, "return", [], { entries: null }]) {
      const parsed = parseReturn(input);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.problems.length).toBeGreaterThan(0);
    }
    const parsed = parseReturn(null);
    if (!parsed.ok) expect(parsed.problems[0]?.path).toBe("(tệp / file)");
  });
});
