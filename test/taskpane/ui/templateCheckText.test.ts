import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { templateCheckText } from "../../../src-taskpane/ui/templateCheckText";

const sample = readFileSync(
  resolve(__dirname, "../../../templates/ha-giang-khoi-noi-chinh-2022.json"),
  "utf8",
);

describe("templateCheckText", () => {
  it("says a sample table is valid, with its bloc, members and fingerprint", () => {
    const check = templateCheckText(sample);
    expect(check.ok).toBe(true);
    expect(check.lines[0]).toMatch(/^Bảng chấm điểm hợp lệ: .+, năm 2022\.$/);
    expect(check.lines[1]).toMatch(/^8 đơn vị thành viên, \d+ mục chấm điểm\.$/);
    expect(check.lines[2]).toMatch(/^Dấu vân tay: sha256:[0-9a-f]{64}$/);
  });

  it("names a JSON mistake by line and column, and a key written twice", () => {
    expect(templateCheckText('{"a": 97,5}')).toEqual({
      ok: false,
      lines: [
        "không phải JSON hợp lệ tại dòng 1, cột 9: số thập phân trong JSON dùng dấu chấm: viết 97.5 thay cho 97,5.",
      ],
    });
    expect(templateCheckText('{"id": "a", "id": "b"}').lines[0]).toMatch(/^khóa "id" ghi hai lần/);
  });

  it("lists the template's problems by path", () => {
    const broken = JSON.parse(sample) as { members: unknown[] };
    broken.members = [];
    const check = templateCheckText(JSON.stringify(broken));
    expect(check.ok).toBe(false);
    expect(check.lines[0]).toMatch(/^members/);
  });
});
