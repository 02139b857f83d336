import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { lineAndColumn, readJsonFile } from "../../cli/readJsonFile";

const dir = mkdtempSync(join(tmpdir(), "thidua-read-"));

describe("readJsonFile", () => {
  it("parses a file relative to the working directory, even with a byte-order mark", async () => {
    writeFileSync(join(dir, "bom.json"), '\uFEFF{"tên": "Sở Tư pháp"}');
    const read = await readJsonFile("bom.json", dir);
    expect(read).toEqual({ ok: true, path: join(dir, "bom.json"), value: { tên: "Sở Tư pháp" } });
  });

  it("names the file and the line and column of a syntax error", async () => {
    writeFileSync(join(dir, "comma.json"), '{\n  "a": 1,\n  "b": 2,\n}\n');
    const read = await readJsonFile("comma.json", dir);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.message.vi).toMatch(/^comma\.json: không phải JSON hợp lệ tại dòng 4, cột 1 /);
    expect(read.message.en).toMatch(/^comma\.json: not valid JSON at line 4, column 1 /);
  });

  it("points at the end of a file that stops early", async () => {
    writeFileSync(join(dir, "short.json"), '{\n  "a": [1, 2');
    const read = await readJsonFile("short.json", dir);
    expect(read.ok ? "" : read.message.en).toContain("at line 2, column 13");
  });

  it("says a missing file is missing, and a directory is not a file", async () => {
    mkdirSync(join(dir, "folder"), { recursive: true });
    const missing = await readJsonFile("khong-co.json", dir);
    const folder = await readJsonFile("folder", dir);
    expect(missing.ok ? "" : missing.message.vi).toBe("khong-co.json: không tìm thấy tệp.");
    expect(folder.ok ? "" : folder.message.en).toBe("folder: is a directory, not a file.");
  });
});

describe("lineAndColumn", () => {
  it("counts lines and columns from 1", () => {
    expect(lineAndColumn("ab\ncd", 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn("ab\ncd", 4)).toEqual({ line: 2, column: 2 });
  });
});
