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
      vi: 'Bản tự chấm, entries["I.2"].level: cần một chuỗi ký tự, nhận được 3.',
      en: 'Return, entries["I.2"].level: expected a string, got 3.',
    });
    expect(parsed.problems[1]?.message.vi).toContain("trường không được hỗ trợ: colour");
  });

  it("names types in words in both languages, never zod's names (a int, record)", () => {
    const parsed = parseReturn({
      ...valid,
      entries: { "I.1": { count: "3" }, "I.2": { passed: "có" }, "I.3": { count: 1.5 } },
    });
    if (parsed.ok) throw new Error("expected problems");
    expect(parsed.problems.map((p) => p.message)).toEqual([
      {
        vi: 'Bản tự chấm, entries["I.1"].count: cần một số, nhận được "3".',
        en: 'Return, entries["I.1"].count: expected a number, got "3".',
      },
      {
        vi: 'Bản tự chấm, entries["I.2"].passed: cần true hoặc false, nhận được "có".',
        en: 'Return, entries["I.2"].passed: expected true or false, got "có".',
      },
      {
        vi: 'Bản tự chấm, entries["I.3"].count: cần một số nguyên, nhận được 1.5.',
        en: 'Return, entries["I.3"].count: expected a whole number, got 1.5.',
      },
    ]);
    const notObject = parseReturn([]);
    if (notObject.ok) throw new Error("expected problems");
    expect(notObject.problems[0]?.message).toEqual({
      vi: "Bản tự chấm: cần một đối tượng {…}, nhận được [].",
      en: "Return: expected an object {…}, got [].",
    });
    const entries = parseReturn({ ...valid, entries: [] });
    expect(entries.ok ? "" : entries.problems[0]?.message.en).toBe(
      "Return, entries: expected an object {…}, got [].",
    );
  });

  it("keeps what is valid of a return whose entries alone are broken, naming the fields left out", () => {
    const parsed = parseReturn({
      ...valid,
      entries: {
        "I.1": { achieved: "92", target: 100 },
        "I.2": { level: "X", scoore: 3 },
        "I.3": 5,
        "I.4": {},
      },
    });
    if (parsed.ok) throw new Error("expected problems");
    expect(parsed.salvaged?.value.entries).toEqual({
      "I.1": { target: 100 },
      "I.2": { level: "X" },
      "I.4": {},
    });
    expect([...(parsed.salvaged?.broken ?? new Map())].map(([code, fields]) => [code, [...fields]])).toEqual([
      ["I.1", ["achieved"]],
      ["I.2", ["scoore"]],
      ["I.3", ["*"]],
    ]);
  });

  it("keeps nothing when the return itself (table, unit) is broken", () => {
    const parsed = parseReturn({ ...valid, unitId: "Công an", entries: { "I.1": { count: "3" } } });
    expect(parsed.ok ? "ok" : parsed.salvaged).toBeUndefined();
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
