import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../../cli/main";
import { writeXlsxBuffer } from "../../../cli/xlsx/renderXlsx";
import type { UnitReturn } from "../../../core/returns/returnSchema";
import { scoringSheetLayout, SCORING_SHEET } from "../../../core/sheets/scoringSheetLayout";
import { scoringSheetPlan } from "../../../core/sheets/scoringSheetPlan";
import type { CompiledTemplate } from "../../../core/template/compileTemplate";
import { parseTemplate } from "../../../core/template/parseTemplate";
import { sofficeConvert } from "../../helpers/libreOffice";
import { randomReturn } from "../../helpers/randomReturn";
import { seededRandom } from "../../helpers/seededRandom";
import { typeIntoWorkbooks, typingToolsOrSkip } from "../../helpers/typeIntoWorkbook";
import { memoryIo } from "../memoryIo";

const ROOT = join(__dirname, "..", "..", "..");
const ID = "ha-giang-khoi-noi-chinh-2022";

/**
 * A Vietnamese paragraph of about `length` characters in which every seventh word is a numbered marker
 * (`${tag}01`, `${tag}02`, …): the printout shows the whole text exactly when it shows every marker.
 */
function markedText(tag: string, length: number): { text: string; markers: string[] } {
  const words =
    "Đơn vị đã tổ chức triển khai đầy đủ kế hoạch, ban hành văn bản hướng dẫn và kiểm tra việc thực hiện tại các phòng, ban trực thuộc".split(
      " ",
    );
  const out: string[] = [];
  const markers: string[] = [];
  for (let i = 0; out.join(" ").length < length; i++) {
    if (i % 7 === 0) {
      markers.push(`${tag}${String(markers.length + 1).padStart(2, "0")}`);
      out.push(markers[markers.length - 1] ?? "");
    } else out.push(words[i % words.length] ?? "");
  }
  return { text: out.join(" "), markers };
}

function compiled2022(): CompiledTemplate {
  const parsed = parseTemplate(JSON.parse(readFileSync(join(ROOT, "templates", `${ID}.json`), "utf8")));
  if (!parsed.ok) throw new Error(`${ID} is invalid`);
  return parsed.compiled;
}

/** The text of each page of a PDF (pdftotext keeps a page break as form feed). */
function pdfPages(pdf: string, layout = false): string[] {
  const args = layout ? ["-layout", pdf, "-"] : [pdf, "-"];
  return execFileSync("pdftotext", args, { encoding: "utf8" }).split("\f").slice(0, -1);
}

function pdfPageCount(pdf: string): number {
  const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
  return Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1]);
}

const tools = typingToolsOrSkip("Printed workbooks through LibreOffice");

(tools ? describe : describe.skip)("the workbooks as LibreOffice prints them (PDF, pdftotext)", () => {
  const compiled = compiled2022();
  const layout = scoringSheetLayout(compiled);
  const criteria = compiled.scorable.filter((n) => n.block === "sections");
  const rowOf = (i: number) => layout.rowOf[criteria[i]?.index ?? -1] ?? 0;
  const prefilledNote = markedText("ghichu", 450);
  const prefilledEvidence = [1, 2, 3, 4, 5].map((k) => markedText(`mc${k}x`, 90));
  const typed = [
    { cell: `J${rowOf(3)}`, ...markedText("gotj", 450) },
    { cell: `I${rowOf(4)}`, ...markedText("goti", 500) },
    { cell: `J${rowOf(5)}`, ...markedText("gotk", 250) },
  ];
  let dir = "";
  let pdf = (name: string) => join(dir, "pdf", `${name}.pdf`);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "thidua-print-"));
    pdf = (name: string) => join(dir, "pdf", `${name}.pdf`);
    // The year as a bloc runs it: the members' workbooks (demo), consolidated with the year-end files and the
    // meeting's date, as `thidua consolidate` prints it for the meeting.
    expect(await main(["demo", "--out", dir], memoryIo(dir))).toBe(0);
    const members = readdirSync(join(dir, ID)).map((f) => join(dir, ID, f));
    const yearEnd = ["reviews", "votes", "history", "flags"].flatMap((k) => [
      `--${k}`,
      join(ROOT, "examples", k, `${ID}.json`),
    ]);
    const consolidate = ["consolidate", join(ROOT, "templates", `${ID}.json`), ...members, ...yearEnd];
    const out = ["--date", "15/12/2022", "-o", join(dir, "xep-hang.xlsx")];
    expect(await main([...consolidate, ...out], memoryIo(dir))).toBe(0);

    // A return being edited, with a long note and five pieces of evidence, written by the program.
    const unit = compiled.template.members[0]?.id ?? "";
    const ret: UnitReturn = randomReturn(compiled, unit, seededRandom(2022), true);
    const code = criteria[2]?.code ?? "";
    ret.entries[code] = {
      ...ret.entries[code],
      note: prefilledNote.text,
      evidence: prefilledEvidence.map((e, k) => ({ ref: `CV ${k + 1}/BC`, description: e.text })),
    };
    writeFileSync(
      join(dir, "ghi-san.xlsx"),
      await writeXlsxBuffer(scoringSheetPlan(compiled, unit, { ret })),
    );

    // An empty sheet the unit fills in LibreOffice, typing long texts into rows the program sized for empty cells.
    writeFileSync(join(dir, "trong.xlsx"), await writeXlsxBuffer(scoringSheetPlan(compiled, unit)));
    typeIntoWorkbooks(tools!, [
      {
        in: join(dir, "trong.xlsx"),
        out: join(dir, "da-nhap.xlsx"),
        sheet: SCORING_SHEET,
        cells: Object.fromEntries(typed.map((t) => [t.cell, t.text])),
      },
    ]);
    const files = ["xep-hang", "ghi-san", "da-nhap"].map((f) => join(dir, `${f}.xlsx`));
    sofficeConvert(tools!.soffice, files, "pdf", join(dir, "pdf"));
  }, 600_000);

  it("When notes and evidence are long, then every word of them is on the printed page (rows sized to the text)", () => {
    const printed = pdfPages(pdf("ghi-san")).join("\n");
    const markers = [prefilledNote, ...prefilledEvidence].flatMap((t) => t.markers);
    expect(markers.filter((m) => !printed.includes(m))).toEqual([]);
  });

  it("When the unit types long text into the sheet, then the rows grow and the whole text prints", () => {
    const printed = pdfPages(pdf("da-nhap")).join("\n");
    for (const t of typed) expect(t.markers.filter((m) => !printed.includes(m))).toEqual([]);
  });

  it("When the table is signed, then the line reads 'Hà Giang, ngày 15 tháng 12 năm 2022'; a unit's sheet leaves the date to fill in", () => {
    expect(pdfPages(pdf("xep-hang"))[0]).toContain("Hà Giang, ngày 15 tháng 12 năm 2022");
    expect(pdfPages(pdf("ghi-san")).join("\n")).toContain("Hà Giang, ngày … tháng … năm …");
  });

  it("When a page prints, then the table's id and the result's code are in its footer, not in the title block", () => {
    const pages = pdfPages(pdf("xep-hang"), true);
    const title = pages[0]?.split("\n").find((line) => line.includes("Tổng kết năm 2022")) ?? "";
    expect(title.trim()).toBe("Tổng kết năm 2022");
    const footers = pages.map((p) => p.trimEnd().split("\n").pop() ?? "");
    for (const footer of footers)
      expect(footer).toMatch(
        /Bảng điểm ha-giang-khoi-noi-chinh-2022, phiên bản 2022\.1 · Mã kết quả [0-9a-f]{12}/,
      );
    const sheetFooters = pdfPages(pdf("ghi-san"), true).map((p) => p.trimEnd().split("\n").pop() ?? "");
    for (const footer of sheetFooters) expect(footer).toMatch(/phiên bản 2022\.1 · [0-9a-f]{12}/);
  });

  it("When a tie is broken by section I, then both scores are written with the table's two decimals", () => {
    const printed = pdfPages(pdf("xep-hang")).join("\n");
    expect(printed).toContain("(26,75 so với 26,50)");
    expect(printed).not.toContain("26,75 so với 26,5)");
  });

  it("When the chart prints, then its value axis shows whole numbers (100, not 100.00)", () => {
    const chart = pdfPages(pdf("xep-hang"), true).find((p) => p.includes("Tổng điểm thi đua năm 2022")) ?? "";
    const tokens = chart.split(/\s+/);
    expect(tokens).toEqual(expect.arrayContaining(["0", "20", "40", "60", "80", "100"]));
    expect(tokens.filter((t) => /^(0|[1-9]\d*0)[.,]00$/.test(t))).toEqual([]);
  });

  it("When 8 units are consolidated on 31 criteria, then the consolidation sheet prints on at most 7 landscape pages", () => {
    const pages = pdfPages(pdf("xep-hang"));
    const consolidation = pages.filter((p) => p.includes("Bảng tổng hợp điểm thi đua"));
    // Before: a narrow criterion column wrapped most titles and the workbook ran to 13 pages (10 of them this sheet).
    expect(consolidation.length).toBeLessThanOrEqual(7);
    expect(pdfPageCount(pdf("xep-hang"))).toBe(2 + consolidation.length);
  });

  it("When a criterion gives nothing for exceeding its target, then its guidance says nothing of it (no '+0')", () => {
    // Words of a wrapped cell come one line after another: compare with the line breaks as spaces.
    const printed = pdfPages(pdf("ghi-san")).join("\n").replace(/\s+/g, " ");
    expect(printed).toContain("đạt 100% trở lên = 6");
    expect(printed).not.toMatch(/\+0(?![,.\d])/);
  });
});
