import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import JSZip from "jszip";
import { XlsxLimitError } from "../../cli/xlsx/checkXlsxPackage";
import { readXlsx } from "../../cli/xlsx/readXlsx";
import { main } from "../../cli/main";
import { deflatedPieces, repeated, textEntry, writeZip } from "../helpers/writeZip";
import { memoryIo } from "../cli/memoryIo";

const root = resolve(__dirname, "..", "..");
const template = join(root, "templates", "ha-giang-khoi-noi-chinh-2022.json");
const dir = mkdtempSync(join(tmpdir(), "thidua-xlsx-limits-"));
const CONTENT_TYPES = textEntry("[Content_Types].xml", '<?xml version="1.0"?><Types/>');

/** A package whose sheet XML inflates to `size` bytes of spaces, declaring `declared` bytes. */
async function zipBomb(size: number, declared: number): Promise<Buffer> {
  const body = await deflatedPieces(repeated(Buffer.alloc(1 << 20, 0x20), size >> 20));
  return writeZip([
    CONTENT_TYPES,
    { name: "xl/worksheets/sheet1.xml", deflated: body.deflated, size: declared },
  ]);
}

/** A member's scoring workbook made by thidua, with `extra` added at the end of its first sheet's cells. */
async function memberWorkbookWith(extra: string): Promise<Buffer> {
  const file = join(dir, "member.xlsx");
  expect(
    await main(["workbook", template, "--unit", "so-tu-phap", "-o", file, "--force"], memoryIo(dir)),
  ).toBe(0);
  const zip = await JSZip.loadAsync(readFileSync(file));
  const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  zip.file("xl/worksheets/sheet1.xml", sheet.replace("</sheetData>", `${extra}</sheetData>`));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

async function refusal(data: Buffer): Promise<string> {
  const error = await readXlsx(data).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(XlsxLimitError);
  return (error as XlsxLimitError).words.vi;
}

describe("readXlsx limits", () => {
  it("refuses a zip bomb whether its part declares its size or lies about it", async () => {
    expect(await refusal(await zipBomb(300 << 20, 300 << 20))).toMatch(
      /^phần "xl\/worksheets\/sheet1\.xml" trong tệp nén giải nén ra hơn 8388608 byte/,
    );
    expect(await refusal(await zipBomb(64 << 20, 1000))).toMatch(/^phần "xl\/worksheets\/sheet1\.xml"/);
  });

  it("refuses a cell at XFD1048576 and a cell in row 1048576, naming the sheet and the cell", async () => {
    const corner = await memberWorkbookWith('<row r="20"><c r="XFD20"><v>1</v></c></row>');
    expect(await refusal(corner)).toBe(
      'trang "Chấm điểm" có ô XFD20 nằm ngoài vùng đọc A1:IV10000 (tối đa 10000 dòng, 256 cột); xóa các dòng, cột thừa rồi lưu lại',
    );
    const last = await memberWorkbookWith('<row r="1048576" s="1" customFormat="1"><c r="A1048576"/></row>');
    expect(await refusal(last)).toMatch(/^trang "Chấm điểm" có dòng 1048576 nằm ngoài vùng đọc/);
  });

  it("reads an empty row 1048576 (LibreOffice writes one after a row is deleted) without expanding it", async () => {
    const plain = await readXlsx(await memberWorkbookWith(""));
    const started = Date.now();
    for (const empty of ['<row r="1048576" s="1" customFormat="1"/>', '<row r="1048576" ht="12.8"></row>']) {
      const grids = await readXlsx(await memberWorkbookWith(empty));
      expect(grids[0]?.values).toEqual(plain[0]?.values);
    }
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("refuses a merge or a validation over the whole sheet, but reads a whole-sheet selection (Ctrl+A)", async () => {
    const edited = async (edit: (sheet: string) => string) => {
      const zip = await JSZip.loadAsync(await memberWorkbookWith(""));
      const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
      const changed = edit(sheet);
      expect(changed).not.toBe(sheet);
      zip.file("xl/worksheets/sheet1.xml", changed);
      return zip.generateAsync({ type: "nodebuffer" });
    };
    const validation = await edited((s) =>
      s.replace(/(<dataValidation [^>]*sqref=")[^"]*"/, '$1A1:XFD1048576"'),
    );
    expect(await refusal(validation)).toMatch(/có ô XFD1048576 nằm ngoài vùng đọc/);
    const merge = await edited((s) =>
      s.replace(
        "</sheetData>",
        '</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>',
      ),
    );
    expect(await refusal(merge)).toMatch(/có ô XFD1048576 nằm ngoài vùng đọc/);
    const selection = await edited((s) =>
      s.replace('<selection pane="bottomRight"/>', '<selection pane="bottomRight" sqref="A1:XFD1048576"/>'),
    );
    expect((await readXlsx(selection)).map((g) => g.name)).toContain("Chấm điểm");
  });

  it("refuses a million filled rows by the size of their XML", async () => {
    const rows = function* () {
      for (let from = 1; from <= 1_000_000; from += 10_000) {
        const block = Array.from(
          { length: 10_000 },
          (_, i) => `<row r="${from + i}"><c r="A${from + i}"><v>1</v></c></row>`,
        );
        yield Buffer.from(block.join(""));
      }
    };
    const body = await deflatedPieces(rows());
    const data = writeZip([
      CONTENT_TYPES,
      { name: "xl/worksheets/sheet1.xml", deflated: body.deflated, size: body.size },
    ]);
    expect(await refusal(data)).toMatch(/giải nén ra hơn 8388608 byte/);
  });
});

describe("thidua consolidate on hostile workbooks, as a process", () => {
  it("refuses a zip bomb and a corner cell within 256 MB and a few seconds, naming the file", async () => {
    writeFileSync(join(dir, "bom.xlsx"), await zipBomb(1024 << 20, 1000));
    writeFileSync(
      join(dir, "goc.xlsx"),
      await memberWorkbookWith('<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'),
    );
    const probe = join(dir, "probe.cjs");
    // Runs the CLI as bin/thidua.js does and reports its peak resident set (KB) when it exits: VmHWM of its own
    // address space. Not getrusage's maxRSS, which Linux carries over from the forking parent (the jest worker,
    // hundreds of MB late in a full run) through exec, so it measured the worker, not the CLI.
    writeFileSync(
      probe,
      `process.on("exit", () => {
        const hwm = /VmHWM:\\s+(\\d+)/.exec(require("fs").readFileSync("/proc/self/status", "utf8"));
        process.stderr.write("maxRSS:" + (hwm ? hwm[1] : process.resourceUsage().maxRSS) + "\\n");
      });
      require(${JSON.stringify(join(root, "dist", "cli", "thidua.cjs"))}).run();\n`,
    );
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the build script is plain CommonJS
    (require("../../scripts/cliBundle.cjs") as { freshBundle(): string }).freshBundle();
    for (const file of ["bom.xlsx", "goc.xlsx"]) {
      const started = Date.now();
      const result = await promisify(execFile)(
        process.execPath,
        [probe, "consolidate", template, file, "-o", "xep-hang.xlsx", "--force"],
        { cwd: dir },
      ).catch((error: { code: number; stdout: string; stderr: string }) => error);
      const seconds = (Date.now() - started) / 1000;
      const rssMb = Number(/maxRSS:(\d+)/.exec(result.stderr)?.[1]) / 1024;
      expect({ file, code: "code" in result ? result.code : 0 }).toEqual({ file, code: 1 });
      expect(result.stdout).toContain(file);
      expect(result.stdout).toMatch(/giải nén ra hơn|nằm ngoài vùng đọc/);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(rssMb).toBeLessThan(256);
      expect(seconds).toBeLessThan(10);
    }
  });
});
