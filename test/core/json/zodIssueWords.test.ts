import { z } from "zod";
import { zodIssueWords } from "../../../core/json";

function wordsFor(schema: z.ZodType, input: unknown) {
  const parsed = schema.safeParse(input, { reportInput: true });
  if (parsed.success) throw new Error("parsed");
  return parsed.error.issues.map(zodIssueWords);
}

describe("zodIssueWords", () => {
  it("says zod's generic messages in Vietnamese, type names included, and keeps zod's English", () => {
    expect(wordsFor(z.object({ name: z.string() }), { name: 5 })).toEqual([
      {
        vi: "Đầu vào không hợp lệ: mong đợi chuỗi, nhận được số",
        en: "Invalid input: expected string, received number",
      },
    ]);
    expect(wordsFor(z.enum(["HTXSNV", "HTTNV"]), "HTT")[0]?.vi).toBe(
      'Tùy chọn không hợp lệ: mong đợi một trong các giá trị "HTXSNV"|"HTTNV"',
    );
    expect(wordsFor(z.strictObject({}), { extra: 1 })[0]?.vi).toBe('Khóa không được nhận dạng: "extra"');
    expect(wordsFor(z.array(z.number()).max(1), [1, 2])[0]?.vi).toBe(
      "Quá lớn: mong đợi danh sách có <=1 phần tử",
    );
  });
});
