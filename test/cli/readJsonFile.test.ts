import { execFileSync } from "node:child_process";
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

  it("refuses a FIFO and a device at once, without waiting for a writer or reading forever", async () => {
    execFileSync("mkfifo", [join(dir, "fifo.json")]);
    const started = Date.now();
    const fifo = await readJsonFile("fifo.json", dir);
    const zero = await readJsonFile("/dev/zero", dir);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(fifo).toMatchObject({ ok: false, code: "not-a-file" });
    expect(fifo.ok ? "" : fifo.message.vi).toBe(
      "fifo.json: không phải tệp thông thường (là thiết bị, FIFO hoặc socket); hãy chỉ ra một tệp JSON.",
    );
    expect(zero).toMatchObject({ ok: false, code: "not-a-file" });
  });

  it("refuses a file over the size bound before reading it", async () => {
    writeFileSync(join(dir, "big.json"), JSON.stringify({ a: "x".repeat(2000) }));
    const read = await readJsonFile("big.json", dir, { maxBytes: 1000 });
    expect(read.ok ? "" : read.message.en).toBe(
      "big.json: the file is too large (2008 bytes; at most 1000).",
    );
  });

  it("refuses a Latin-1 or UTF-16 file instead of reading mojibake, naming the line", async () => {
    writeFileSync(join(dir, "latin1.json"), Buffer.from('{\n  "name": "S\xd4 T\xda ph\xe1p"\n}', "latin1"));
    const latin1 = await readJsonFile("latin1.json", dir);
    expect(latin1).toMatchObject({ ok: false, code: "not-utf8" });
    expect(latin1.ok ? "" : latin1.message.vi).toBe(
      "latin1.json: tệp không phải UTF-8 (byte 0xD4 ở dòng 2); có lẽ tệp được lưu bằng mã Latin-1 hoặc Windows-1258: hãy lưu lại dạng UTF-8.",
    );
    writeFileSync(
      join(dir, "utf16.json"),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("{}", "utf16le")]),
    );
    const utf16 = await readJsonFile("utf16.json", dir);
    expect(utf16.ok ? "" : utf16.message.en).toBe(
      "utf16.json: the file is saved as UTF-16; save it again as UTF-8.",
    );
  });

  it("refuses a return naming unitId twice, and JSON nested 5,000 deep, naming the file and the place", async () => {
    const twice = await messageFor("twice.json", '{\n  "unitId": "a",\n  "unitId": "b"\n}');
    expect(twice.vi).toMatch(
      /^twice\.json: khóa "unitId" ghi hai lần trong cùng một đối tượng \(unitId, dòng 3, cột 3;/,
    );
    const deep = await messageFor("deep.json", "[".repeat(5000) + "]".repeat(5000));
    expect(deep.en).toBe(
      "deep.json: the JSON nests too deep at line 1, column 65: over 64 levels of {…} or […] (at most 64).",
    );
  });
});
