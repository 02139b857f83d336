import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readReturnWorkbook } from "../../../cli/xlsx/readReturnWorkbook";
import { parseTemplate } from "../../../core/template/parseTemplate";
import { allKindsTemplate } from "../../fixtures/allKindsTemplate";

const parsed = parseTemplate(allKindsTemplate);
if (!parsed.ok) throw new Error("allKindsTemplate is invalid");
const compiled = parsed.compiled;

async function problemOf(file: string, cwd: string) {
  const read = await readReturnWorkbook(compiled, file, cwd);
  if (read.ok) throw new Error("expected a problem");
  expect(read.problems).toHaveLength(1);
  return read.problems[0];
}

describe("readReturnWorkbook", () => {
  const dir = mkdtempSync(join(tmpdir(), "thidua-rrw-"));

  it("says in Vietnamese that a damaged .xlsx cannot be read, the library's words in parentheses only", async () => {
    // The start of a zip and nothing after it: a file cut off on the way.
    writeFileSync(join(dir, "bang-diem.xlsx"), Buffer.from("PK\u0003\u0004 cut off", "latin1"));
    const problem = await problemOf("bang-diem.xlsx", dir);
    expect(problem?.type).toBe("not-ours");
    expect(problem?.message.vi).toMatch(
      /^Tệp không phải tệp Excel \.xlsx đọc được \(có thể là tệp \.xls cũ, \.csv hoặc tệp bị hỏng\); hãy mở bằng Excel và lưu lại dạng \.xlsx\. \(Chi tiết: [^()]+\)$/,
    );
    expect(problem?.message.en).toMatch(/^The file is not a readable Excel \.xlsx file/);
  });

  it("says that a file is missing, or is a folder, without the system's English", async () => {
    mkdirSync(join(dir, "thu-muc.xlsx"), { recursive: true });
    expect((await problemOf("khong-co.xlsx", dir))?.message).toEqual({
      vi: "Không tìm thấy tệp.",
      en: "No such file.",
    });
    expect((await problemOf("thu-muc.xlsx", dir))?.message).toEqual({
      vi: "Đây là thư mục, không phải tệp.",
      en: "This is a directory, not a file.",
    });
  });
});
