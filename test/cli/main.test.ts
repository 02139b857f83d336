import { tmpdir } from "node:os";
import { main } from "../../cli/main";
import { memoryIo } from "./memoryIo";

describe("thidua help", () => {
  it("prints the command's own usage and summary for `thidua rank --help`, not the list of commands, exit 0", async () => {
    const io = memoryIo(tmpdir());
    expect(await main(["rank", "--help"], io)).toBe(0);
    expect(io.out()).toBe(
      "Cách dùng: thidua rank TEMPLATE --returns DIR [--reviews F] [--cross F] [--votes F] [--history F] [--flags F] [--what-if UNIT] [--minutes BIEN_BAN.xlsx] [--force] [--lang vi|en] [--json]\n" +
        "  Xếp hạng khối: bảng xếp hạng, câu phân định bằng điểm, điều kiện, đề nghị khen thưởng theo chỉ tiêu, độ ổn định, luân phiên; --minutes ghi dự thảo biên bản họp (.xlsx, in A4).\n" +
        "\n" +
        "Tùy chọn chung: --lang vi|en (mặc định vi), --json (đầu ra cho máy đọc)\n",
    );
    expect(io.err()).toBe("");
  });

  it("speaks English with --lang en, and -h works as --help", async () => {
    const io = memoryIo(tmpdir());
    expect(await main(["consolidate", "-h", "--lang", "en"], io)).toBe(0);
    expect(io.out()).toMatch(/^Usage: thidua consolidate TEMPLATE RETURN\.xlsx… -o RANKING\.xlsx /);
    expect(io.out()).toContain("\n  Consolidate the units' filled workbooks");
    expect(io.out()).not.toContain("thidua rank");
  });

  it("lists both template commands for `thidua template --help`", async () => {
    const io = memoryIo(tmpdir());
    expect(await main(["template", "--help"], io)).toBe(0);
    const usages = io.out().match(/^Cách dùng: thidua \S+ \S+/gm);
    expect(usages).toEqual(["Cách dùng: thidua template check", "Cách dùng: thidua template schema"]);
  });

  it("prints the list of every command for `thidua --help` (exit 0) and for an unknown command (exit 2)", async () => {
    const help = memoryIo(tmpdir());
    expect(await main(["--help"], help)).toBe(0);
    expect(help.out()).toMatch(/^thidua — chấm điểm, xếp hạng và khen thưởng khối thi đua\n/);
    expect(help.out()).toContain("\n  thidua rank TEMPLATE --returns DIR");
    expect(help.out()).toContain("\n  thidua demo [--templates DIR]");
    const unknown = memoryIo(tmpdir());
    expect(await main(["xep-hang"], unknown)).toBe(2);
    expect(unknown.out()).toBe(help.out());
  });
});
