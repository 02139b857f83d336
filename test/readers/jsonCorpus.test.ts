import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { main } from "../../cli/main";
import { memoryIo } from "../cli/memoryIo";

const root = resolve(__dirname, "..", "..");
const template = join(root, "templates", "ha-giang-khoi-noi-chinh-2022.json");
const returns = join(root, "examples", "returns", "ha-giang-khoi-noi-chinh-2022");
const sample = readFileSync(template, "utf8");
const dir = mkdtempSync(join(tmpdir(), "thidua-json-corpus-"));
const aReturn = readFileSync(join(returns, "so-tu-phap.json"), "utf8");

/** A hostile or clumsy JSON file, the command that reads it, and what its message must say. */
type Case = {
  name: string;
  file: string;
  content: string | Buffer | "fifo";
  argv: (file: string) => string[];
  says: RegExp;
};

const cases: Case[] = [
  {
    name: "a return naming unitId twice",
    file: "hai-lan.json",
    content: aReturn.replace(
      /"unitId": "so-tu-phap",/,
      '"unitId": "so-tu-phap", "unitId": "thanh-tra-tinh",',
    ),
    argv: (f) => ["score", template, f],
    says: /hai-lan\.json: khóa "unitId" ghi hai lần trong cùng một đối tượng \(unitId, dòng \d+, cột \d+;/,
  },
  {
    name: "a template with a key twice",
    file: "mau-trung.json",
    content: sample.replace(/^\{/, '{\n  "id": "khac",'),
    argv: (f) => ["template", "check", f],
    says: /mau-trung\.json: khóa "id" ghi hai lần/,
  },
  {
    name: "a __proto__ key in a return's entries",
    file: "proto.json",
    content: aReturn.replace(/"entries": \{/, '"entries": {"__proto__": {"points": 100},'),
    argv: (f) => ["score", template, f],
    says: /proto\.json: khóa "__proto__" không được phép \(entries\.__proto__, dòng \d+, cột \d+\)/,
  },
  {
    name: "JSON nested 5,000 deep",
    file: "sau.json",
    content: "[".repeat(5000) + "]".repeat(5000),
    argv: (f) => ["template", "check", f],
    says: /sau\.json: JSON lồng quá sâu tại dòng 1, cột 65/,
  },
  {
    name: "a 6 MB file",
    file: "lon.json",
    content: JSON.stringify({ note: "x".repeat(6 * 1024 * 1024) }),
    argv: (f) => ["template", "check", f],
    says: /lon\.json: tệp quá lớn \(\d+ byte; tối đa 5242880 byte\)/,
  },
  {
    name: "a Latin-1 template",
    file: "latin1.json",
    content: Buffer.from(sample.replace(/[^\u0020-\u00ff\n]/g, "?"), "latin1"),
    argv: (f) => ["template", "check", f],
    says: /latin1\.json: tệp không phải UTF-8 \(byte 0x[0-9A-F]{2} ở dòng \d+\)/,
  },
  {
    name: "a FIFO as the history file",
    file: "lich-su.fifo",
    content: "fifo",
    argv: (f) => ["rank", template, "--returns", returns, "--history", f],
    says: /lich-su\.fifo: không phải tệp thông thường/,
  },
  {
    name: "a decimal comma in a return",
    file: "dau-phay.json",
    content: '{\n  "formatVersion": 1,\n  "points": 8,5\n}',
    argv: (f) => ["score", template, f],
    says: /dau-phay\.json: không phải JSON hợp lệ tại dòng 3, cột 14: số thập phân trong JSON dùng dấu chấm: viết 8\.5 thay cho 8,5/,
  },
];

describe("hostile and clumsy JSON inputs, through the commands", () => {
  it.each(cases)(
    "$name: one clear message naming the file and the place, exit 1, no stack trace",
    async (c) => {
      const path = join(dir, c.file);
      if (c.content === "fifo") execFileSync("mkfifo", [path]);
      else writeFileSync(path, c.content);
      const io = memoryIo(dir);
      const started = Date.now();
      const code = await main(c.argv(c.file), io);
      expect(Date.now() - started).toBeLessThan(5000);
      expect(code).toBe(1);
      const said = io.out() + io.err();
      expect(said).toMatch(c.says);
      expect(said).not.toMatch(/\n\s+at .+:\d+:\d+/);
    },
  );
});
