import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { main } from "../../cli/main";
import { writeXlsxBuffer } from "../../cli/xlsx/renderXlsx";
import type { UnitReturn } from "../../core/returns/returnSchema";
import { CONS_COL, CONSOLIDATION_SHEET } from "../../core/sheets/consolidationSheetPlan";
import { COL, SCORING_SHEET, scoringSheetLayout } from "../../core/sheets/scoringSheetLayout";
import { scoringSheetPlan } from "../../core/sheets/scoringSheetPlan";
import { METADATA_SHEET } from "../../core/sheets/sheetMetadata";
import { parseTemplate } from "../../core/template/parseTemplate";
import { memoryIo } from "../cli/memoryIo";
import { textEntry, writeZip } from "../helpers/writeZip";

const root = resolve(__dirname, "..", "..");
const bloc = "ha-giang-khoi-noi-chinh-2022";
const templateFile = join(root, "templates", `${bloc}.json`);
const parsed = parseTemplate(JSON.parse(readFileSync(templateFile, "utf8")));
if (!parsed.ok) throw new Error("the sample template does not parse");
const compiled = parsed.compiled;
const layout = scoringSheetLayout(compiled);
const rowOf = (code: string) => layout.rowOf[compiled.byCode.get(code)?.index ?? -1] ?? 0;
const dir = mkdtempSync(join(tmpdir(), "thidua-tamper-"));
const returnOf = (unit: string) =>
  JSON.parse(readFileSync(join(root, "examples", "returns", bloc, `${unit}.json`), "utf8")) as UnitReturn;

/** The workbook `thidua workbook` gives the unit, filled with its example return. */
const workbookOf = (unit: string) =>
  writeXlsxBuffer(scoringSheetPlan(compiled, unit, { ret: returnOf(unit) }));

/** The workbook edited cell by cell through ExcelJS, as a person editing the file (not the sheet) would. */
async function edited(unit: string, edit: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await workbookOf(unit)) as unknown as ArrayBuffer);
  edit(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The workbook's zip rewritten entry by entry, with `extra` entries added after them (names may repeat). */
async function repacked(unit: string, extra: { name: string; text: string }[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await workbookOf(unit));
  const entries = [];
  for (const f of Object.values(zip.files).filter((f) => !f.dir))
    entries.push(textEntry(f.name, await f.async("string")));
  return writeZip([...entries, ...extra.map((e) => textEntry(e.name, e.text))]);
}

type Case = { name: string; file: string; content: () => Promise<Buffer>; says: RegExp[] };

const cases: Case[] = [
  {
    name: "an input cell holding a formula whose cached value was edited",
    file: "so-tu-phap.xlsx",
    content: () =>
      edited("so-tu-phap", (wb) => {
        wb.getWorksheet(SCORING_SHEET)!.getCell(rowOf("I.1"), COL.input).value = {
          formula: "100+7",
          result: 150,
        };
      }),
    says: [
      new RegExp(
        `so-tu-phap\\.xlsx \\[F${rowOf("I.1")}\\]: Ô F${rowOf("I.1")} chứa công thức \\(=100\\+7\\) nhưng là ô nhập số liệu`,
      ),
    ],
  },
  {
    name: "a link to an external workbook",
    file: "thanh-tra-tinh.xlsx",
    content: () =>
      repacked("thanh-tra-tinh", [
        {
          name: "xl/externalLinks/externalLink1.xml",
          text: '<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
        },
      ]),
    says: [
      /thanh-tra-tinh\.xlsx: Bảng tính có liên kết tới một bảng tính khác \("xl\/externalLinks\/externalLink1\.xml"\)/,
    ],
  },
  {
    name: "a zip with two entries of the same name",
    file: "cong-an-tinh.xlsx",
    content: () =>
      repacked("cong-an-tinh", [
        { name: "xl/worksheets/sheet1.xml", text: '<worksheet xmlns="x"><sheetData/></worksheet>' },
      ]),
    says: [/cong-an-tinh\.xlsx: Tệp nén có hai phần cùng tên "xl\/worksheets\/sheet1\.xml"/],
  },
  {
    name: "the metadata edited to claim another member",
    file: "tand-tinh.xlsx",
    content: () =>
      edited("tand-tinh", (wb) => {
        const meta = wb.getWorksheet(METADATA_SHEET)!;
        meta.eachRow((row) => {
          if (row.getCell(1).value === "unitId") row.getCell(2).value = "so-tu-phap";
        });
      }),
    says: [
      /tand-tinh\.xlsx \[B3\]: Trang ẩn _thidua ghi đơn vị "so-tu-phap" \(Sở Tư pháp\) nhưng ô B3 ghi "Tòa án nhân dân tỉnh"/,
      /tand-tinh\.xlsx: Tên tệp chỉ đơn vị "tand-tinh" nhưng trang ẩn _thidua ghi "so-tu-phap"/,
    ],
  },
  {
    name: "a locked constant (a criterion's maximum) typed over",
    file: "vksnd-tinh.xlsx",
    content: () =>
      edited("vksnd-tinh", (wb) => {
        wb.getWorksheet(SCORING_SHEET)!.getCell(rowOf("I.1"), COL.max).value = 99;
      }),
    says: [
      new RegExp(
        `vksnd-tinh\\.xlsx \\[D${rowOf("I.1")}\\]: Ô D${rowOf("I.1")} \\(mục I\\.1, cột Điểm tối đa\\) đã bị sửa: \\d+ → 99\\.`,
      ),
    ],
  },
];

describe("tampered workbooks, through `thidua consolidate`", () => {
  it.each(cases)("$name: refused with its reason, naming the file and the cell, exit 1", async (c) => {
    const sub = mkdtempSync(join(dir, "case-"));
    writeFileSync(join(sub, c.file), await c.content());
    const io = memoryIo(sub);
    const code = await main(["consolidate", templateFile, c.file, "-o", "xep-hang.xlsx"], io);
    const said = io.out() + io.err();
    for (const says of c.says) expect(said).toMatch(says);
    expect(code).toBe(1);
    expect(said).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it("the untouched workbook of the same unit gives none of these problems, and the report says it came from a file", async () => {
    const sub = mkdtempSync(join(dir, "clean-"));
    writeFileSync(join(sub, "tand-tinh.xlsx"), await workbookOf("tand-tinh"));
    const io = memoryIo(sub);
    await main(["consolidate", templateFile, "tand-tinh.xlsx", "-o", "xep-hang.xlsx"], io);
    const said = io.out() + io.err();
    expect(said).not.toMatch(/tand-tinh\.xlsx( \[\w+\])?: /);
    // The report says the return came from a file, and which unit that file claims (it cannot prove the sender).
    expect(said).toContain("Bản tự chấm đọc từ tệp (1); đơn vị là đơn vị mà tệp tự ghi");
    expect(said).toContain("  tand-tinh.xlsx → Tòa án nhân dân tỉnh (tand-tinh)");
  });
});

describe("what is not tampering", () => {
  it("When the metadata sheet is shown and the file saved again by another program, then nothing is reported", async () => {
    const sub = mkdtempSync(join(dir, "shown-"));
    const content = await edited("tand-tinh", (wb) => {
      wb.getWorksheet(METADATA_SHEET)!.state = "visible";
    });
    writeFileSync(join(sub, "tand-tinh.xlsx"), content);
    const io = memoryIo(sub);
    await main(["consolidate", templateFile, "tand-tinh.xlsx", "-o", "xep-hang.xlsx"], io);
    expect(io.out() + io.err()).not.toMatch(/tand-tinh\.xlsx( \[\w+\])?: /);
  });
});

describe("the --reviewed path holds typed reviews to the reviews file's rules", () => {
  it("a reason over 2,000 characters, points finer than the table's rounding and a reviewer's name over 200 characters are refused, each at its cell", async () => {
    const sub = mkdtempSync(join(dir, "reviewed-"));
    const files: string[] = [];
    for (const m of compiled.template.members) {
      writeFileSync(join(sub, `${m.id}.xlsx`), await workbookOf(m.id));
      files.push(`${m.id}.xlsx`);
    }
    const io = memoryIo(sub);
    await main(["consolidate", templateFile, ...files, "-o", "vong-1.xlsx"], io);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(sub, "vong-1.xlsx"));
    const ws = wb.getWorksheet(CONSOLIDATION_SHEET)!;
    let row = 0;
    ws.eachRow((r, n) => {
      if (r.getCell(CONS_COL.unitId).value === "so-tu-phap" && r.getCell(CONS_COL.code).value === "III.2")
        row = n;
    });
    expect(row).toBeGreaterThan(0);
    ws.getCell(row, CONS_COL.reviewed).value = 3.125;
    ws.getCell(row, CONS_COL.reason).value = "x".repeat(2100);
    await wb.xlsx.writeFile(join(sub, "vong-1.xlsx"));

    const again = memoryIo(sub);
    const code = await main(
      [
        "consolidate",
        templateFile,
        ...files,
        "--reviewed",
        "vong-1.xlsx",
        "--reviewer",
        "y".repeat(250),
        "-o",
        "vong-2.xlsx",
      ],
      again,
    );
    const said = again.out() + again.err();
    expect(said).toContain(
      `vong-1.xlsx [F${row}]: Ô F${row} (Sở Tư pháp, tiêu chí III.2): 3,125 điểm có nhiều hơn 2 chữ số thập phân`,
    );
    expect(said).toContain(
      `vong-1.xlsx [I${row}]: Ô I${row} (Sở Tư pháp, tiêu chí III.2): lý do dài 2100 ký tự (tối đa 2000).`,
    );
    expect(said).toContain("vong-1.xlsx: --reviewer: tên người thẩm định dài 250 ký tự (tối đa 200).");
    expect(code).toBe(1);
    expect(said).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });
});
