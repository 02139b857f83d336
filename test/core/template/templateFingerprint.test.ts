import { shortFingerprint, templateFingerprint } from "../../../core/template/templateFingerprint";
import { TemplateSchema } from "../../../core/template/templateSchema";
import { allKindsTemplate } from "../../fixtures/allKindsTemplate";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** The fingerprint of the fixture after `mutate`; the schema applies defaults as a file load would. */
function fingerprintAfter(mutate: (t: Json) => void = () => {}): string {
  const t = JSON.parse(JSON.stringify(allKindsTemplate));
  mutate(t);
  return templateFingerprint(TemplateSchema.parse(t));
}

/** Rebuilds every object with its keys in reverse order. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .reverse()
      .map(([k, v]) => [k, reverseKeys(v)]),
  );
}

const original = fingerprintAfter();

describe("templateFingerprint", () => {
  it("is a sha256 of 64 hex digits, shown as its first 12", () => {
    expect(original).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(shortFingerprint(original)).toBe(original.slice(7, 19));
  });

  it.each<[string, (t: Json) => void]>([
    ["a criterion's standard points", (t) => (t.sections[0].children[2].standard = 11)],
    ["a criterion's maximum", (t) => (t.sections[0].children[0].max = 34)],
    ["a group's cap", (t) => (t.sections[1].cap = 29)],
    ["a manual step", (t) => (t.sections[2].children[0].rule.step = 1)],
    ["a ladder level's points", (t) => (t.sections[0].children[1].rule.levels[2].points = 6)],
    ["a ladder level's code", (t) => (t.sections[0].children[1].rule.levels[2].code = "HT")],
    [
      "the per-step points of a percent-of-target",
      (t) => (t.sections[0].children[0].rule.pointsPerStepUnder = 1),
    ],
    ["a violations floor", (t) => (t.sections[1].children[2].rule.floor = 1)],
    ["a count's points per item", (t) => (t.sections[1].children[1].rule.pointsPerItem = 3)],
    ["the bonus cap", (t) => (t.bonus.cap = 25)],
    ["a deduction item's maximum", (t) => (t.deductions.items[0].max = 8)],
    ["an award-history's years back", (t) => (t.bonus.items[0].rule.yearsBack = 2)],
    ["the rounding decimals", (t) => (t.rounding.decimals = 1)],
    ["the rounding mode", (t) => (t.rounding.mode = "half-even")],
    ["evidenceRequired", (t) => (t.sections[2].children[0].evidenceRequired = true)],
    ["a criterion code", (t) => (t.sections[2].children[0].code = "III.9")],
    ["the base", (t) => (t.base = 90)],
    // award-history bonuses look back from the year; a return is one year's results
    ["the emulation year", (t) => (t.identity.year = 2023)],
  ])("changes when %s changes", (_what, mutate) => {
    expect(fingerprintAfter(mutate)).not.toBe(original);
  });

  it.each<[string, (t: Json) => void]>([
    ["a title", (t) => (t.sections[0].children[0].title = "Tỷ lệ giải quyết án")],
    ["an English title", (t) => (t.sections[0].titleEn = "Core tasks")],
    ["guidance", (t) => (t.sections[0].children[0].guidance = "Nhập số án đã giải quyết và chỉ tiêu.")],
    ["a ladder level's label", (t) => (t.sections[0].children[1].rule.levels[0].label = "Xuất sắc")],
    ["the measuring unit", (t) => (t.sections[0].children[2].unit = "văn bản thẩm định")],
    ["the members", (t) => t.members.push({ id: "cuc-thads-tinh", name: "Cục Thi hành án dân sự tỉnh" })],
    ["the leader and deputy", (t) => ([t.leader, t.deputy] = [t.deputy, t.leader])],
    [
      "the rest of the identity (version label, province, bloc, period)",
      (t) =>
        Object.assign(t.identity, {
          version: "2",
          province: "Nghệ An",
          period: "mid-year",
          bloc: { id: "khoi-khac", name: "Khối khác" },
        }),
    ],
    ["the awards' names", (t) => (t.awards[2].name = "Bằng khen")],
    ["the sample notice", (t) => (t.notice = "Bảng mẫu.")],
    ["a title's extra spacing", (t) => (t.sections[1].title = `  ${t.sections[1].title}  `)],
    ["a default written out: max equal to standard", (t) => (t.sections[0].children[2].max = 10)],
    [
      "a default written out: evidenceRequired false",
      (t) => (t.sections[2].children[0].evidenceRequired = false),
    ],
    ["a default written out: yearsBack 1", (t) => (t.bonus.items[1].rule.yearsBack = 1)],
    [
      "a default written out: percent steps",
      (t) => Object.assign(t.sections[0].children[0].rule, { steps: "whole" }),
    ],
    [
      "a default written out: relativeToBest higher",
      (t) => (t.sections[0].children[2].rule.better = "higher"),
    ],
  ])("does not change with %s", (_what, mutate) => {
    expect(fingerprintAfter(mutate)).toBe(original);
  });

  it("changes with the year also for a table without award-history bonuses", () => {
    const withoutHistory = (t: Json) =>
      (t.bonus.items = t.bonus.items.filter((i: Json) => i.rule.kind !== "awardHistory"));
    const before = fingerprintAfter(withoutHistory);
    expect(fingerprintAfter((t) => (withoutHistory(t), (t.identity.year = 2023)))).not.toBe(before);
  });

  it("does not change when every object's keys are written in another order", () => {
    const reversed = reverseKeys(JSON.parse(JSON.stringify(allKindsTemplate)));
    expect(Object.keys(reversed as object)[0]).toBe("deductions");
    expect(templateFingerprint(TemplateSchema.parse(reversed))).toBe(original);
  });

  it("does not change when the rounding block is left to its default", () => {
    expect(fingerprintAfter((t) => delete t.rounding)).toBe(original);
  });
});
