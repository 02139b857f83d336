import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readJsonFile } from "../../cli/readJsonFile";

const dir = mkdtempSync(join(tmpdir(), "thidua-read-"));

async function messageFor(name: string, text: string): Promise<{ vi: string; en: string }> {
  writeFileSync(join(dir, name), text);
  const read = await readJsonFile(name, dir);
  if (read.ok) throw new Error(`${name} parsed`);
  return read.message;
}

describe("readJsonFile", () => {
  it("parses a file relative to the working directory, even with a byte-order mark", async () => {
    writeFileSync(join(dir, "bom.json"), '\uFEFF{"tên": "Sở Tư pháp"}');
    const read = await readJsonFile("bom.json", dir);
    expect(read).toEqual({ ok: true, path: join(dir, "bom.json"), value: { tên: "Sở Tư pháp" } });
  });

  it("points at a misspelt word on its own line, not at the end of the file", async () => {
    // Node 20 names no position here ("Unexpected token '}'…"); the file has five lines.
    const message = await messageFor("tru.json", '{\n  "a": 1,\n  "b": tru\n}\n');
    expect(message.vi).toBe(
      "tru.json: không phải JSON hợp lệ tại dòng 3, cột 8: giá trị tru không hợp lệ; có phải true? (viết thường, đủ chữ).",
    );
    expect(message.en).toBe(
      "tru.json: not valid JSON at line 3, column 8: tru is not a JSON value; did you mean true? (lower case, in full).",
    );
  });

  it("points at a trailing comma", async () => {
    const message = await messageFor("comma.json", '{\n  "a": 1,\n  "b": 2,\n}\n');
    expect(message.vi).toBe(
      'comma.json: không phải JSON hợp lệ tại dòng 3, cột 9: dấu phẩy thừa trước "}": sau mục cuối cùng không có dấu phẩy.',
    );
    expect(message.en).toMatch(/^comma\.json: not valid JSON at line 3, column 9: trailing comma before "}"/);
  });

  it("points at the end of a file that stops early, naming the bracket left open", async () => {
    const message = await messageFor("short.json", '{\n  "a": [1, 2');
    expect(message.en).toBe(
      'short.json: not valid JSON at line 2, column 13: the file ends too early: "]" is missing to close the "[" opened at line 2, column 8.',
    );
  });

  it("points at the opening quote of a string left open", async () => {
    const message = await messageFor("open.json", '{\n  "unitId": "cong-an-tinh,\n  "entries": {}\n}\n');
    expect(message.vi).toBe(
      'open.json: không phải JSON hợp lệ tại dòng 2, cột 13: chuỗi chưa được đóng: thiếu dấu ngoặc kép (") trước khi hết dòng.',
    );
  });

  it("says a missing comma between two fields is missing, where the second begins", async () => {
    const message = await messageFor("nocomma.json", '{\n  "a": 1\n  "b": 2\n}');
    expect(message.en).toBe(
      'nocomma.json: not valid JSON at line 3, column 3: a comma (,) is missing before "b": items are separated by commas.',
    );
  });

  it("explains a Vietnamese decimal comma, an unquoted field name, single quotes and comments", async () => {
    expect((await messageFor("decimal.json", '{"score": 97,5}')).vi).toBe(
      "decimal.json: không phải JSON hợp lệ tại dòng 1, cột 13: số thập phân trong JSON dùng dấu chấm: viết 97.5 thay cho 97,5.",
    );
    expect((await messageFor("key.json", "{\n  unitId: 1\n}")).en).toBe(
      'key.json: not valid JSON at line 2, column 3: the field name unitId must be in double quotes ("unitId").',
    );
    expect((await messageFor("single.json", "{'a': 1}")).en).toMatch(
      /at line 1, column 2: JSON strings use double quotes/,
    );
    expect((await messageFor("comment.json", '{\n  // ghi chú\n  "a": 1\n}')).vi).toMatch(
      /tại dòng 2, cột 3: JSON không cho phép chú thích/,
    );
  });

  it("says an empty file is empty, and a second value after the first is extra", async () => {
    expect((await messageFor("empty.json", "  \n")).vi).toBe(
      "empty.json: không phải JSON hợp lệ tại dòng 2, cột 1: tệp trống, không có giá trị JSON nào.",
    );
    expect((await messageFor("two.json", '{"a": 1}\n{"b": 2}\n')).en).toMatch(
      /at line 2, column 1: unexpected "\{" after the end of the JSON value/,
    );
  });

  it("writes every message on one line, Vietnamese without V8's English", async () => {
    const shapes = ['{"a": 1', "[1, 2]]", '{"a" 1}', '{"a": 01}', '{"a": "\\x"}', '["\t"]', '{"a": }'];
    for (const [i, text] of shapes.entries()) {
      const message = await messageFor(`shape-${i}.json`, text);
      expect(message.vi).toMatch(/^shape-\d\.json: không phải JSON hợp lệ tại dòng 1, cột \d+: [^\n]+\.$/);
      expect(message.vi).not.toMatch(/Unexpected|Expected|JSON at position|is not valid JSON/);
      expect(message.en).not.toContain("\n");
    }
  });

  it("says a missing file is missing, and a directory is not a file", async () => {
    mkdirSync(join(dir, "folder"), { recursive: true });
    const missing = await readJsonFile("khong-co.json", dir);
    const folder = await readJsonFile("folder", dir);
    expect(missing.ok ? "" : missing.message.vi).toBe("khong-co.json: không tìm thấy tệp.");
    expect(folder.ok ? "" : folder.message.en).toBe("folder: is a directory, not a file.");
  });
});
