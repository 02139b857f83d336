import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../../cli/main";
import { readReturnWorkbook } from "../../../cli/xlsx/readReturnWorkbook";
import { readXlsx } from "../../../cli/xlsx/readXlsx";
import { writeXlsxBuffer } from "../../../cli/xlsx/renderXlsx";
import { COL, SCORING_SHEET } from "../../../core/sheets/scoringSheetLayout";
import { scoringSheetPlan } from "../../../core/sheets/scoringSheetPlan";
import { allKindsTemplate } from "../../fixtures/allKindsTemplate";
import { allKindsCell, allKindsCompiled, ordinaryEntries } from "../../fixtures/allKindsSheet";
import { typeIntoWorkbooks, typingToolsOrSkip } from "../../helpers/typeIntoWorkbook";
import { memoryIo } from "../memoryIo";

const tools = typingToolsOrSkip("Workbooks typed through LibreOffice");
const compiled = allKindsCompiled;
const at = allKindsCell;

/** The members' workbooks, each with its own mistakes typed over the ordinary entries, all in one soffice. */
async function typedBloc(mistakes: Record<string, Record<string, string>>) {
  const dir = mkdtempSync(join(tmpdir(), "thidua-typed-"));
  writeFileSync(join(dir, "mau.json"), JSON.stringify(allKindsTemplate));
  writeFileSync(join(dir, "lich-su.json"), JSON.stringify({ formatVersion: 1, awards: [] }));
  const jobs = [];
  for (const member of compiled.template.members) {
    const blank = join(dir, `${member.id}-mau.xlsx`);
    writeFileSync(blank, await writeXlsxBuffer(scoringSheetPlan(compiled, member.id)));
    const cells = { ...ordinaryEntries(), ...mistakes[member.id] };
    jobs.push({ in: blank, out: join(dir, `${member.id}.xlsx`), sheet: SCORING_SHEET, cells });
  }
  if (tools) typeIntoWorkbooks(tools, jobs);
  return { dir, files: compiled.template.members.map((m) => `${m.id}.xlsx`) };
}

async function sheetValue(file: string, ref: string): Promise<unknown> {
  const grid = (await readXlsx(readFileSync(file))).find((g) => g.name === SCORING_SHEET);
  const match = /^([A-Z]+)(\d+)$/.exec(ref);
  const col = (match?.[1] ?? "A").charCodeAt(0) - 64;
  return grid?.values[Number(match?.[2]) - 1]?.[col - 1];
}

(tools ? describe : describe.skip)("workbooks filled by typing in LibreOffice (vi-VN)", () => {
  let bloc: { dir: string; files: string[] };
  beforeAll(async () => {
    bloc = await typedBloc({
      // "95%" against a target of 100, and "100%" as a target: both mean the percentage typed.
      "cong-an-tinh": { [at("I.1", COL.input)]: "95%", [at("I.1", COL.target)]: "100" },
      "tand-tinh": { [at("I.1", COL.input)]: "92", [at("I.1", COL.target)]: "100%" },
      // A manual score typed with "%": no percentage is meant there, so it is refused.
      "vksnd-tinh": { [at("III.1", COL.input)]: "8%" },
      // A quantity typed in the wrong unit: fifteen million where the others typed 14.
      "so-tu-phap": { [at("I.3", COL.input)]: "15.000.000" },
    });
  }, 120_000);

  it("When 95% is typed as the achieved value, then the sheet and the reader both count 95 (5 steps under: 27,5)", async () => {
    const read = await readReturnWorkbook(compiled, "cong-an-tinh.xlsx", bloc.dir);
    expect(read.ok && read.return.entries["I.1"]).toMatchObject({ achieved: 95, target: 100 });
    expect(await sheetValue(join(bloc.dir, "cong-an-tinh.xlsx"), at("I.1", COL.points))).toBe(27.5);
  });

  it("When 100% is typed as the target, then it is a target of 100 (92 achieved: 8 steps under, 26), not 1", async () => {
    const read = await readReturnWorkbook(compiled, "tand-tinh.xlsx", bloc.dir);
    expect(read.ok && read.return.entries["I.1"]).toMatchObject({ achieved: 92, target: 100 });
    expect(await sheetValue(join(bloc.dir, "tand-tinh.xlsx"), at("I.1", COL.points))).toBe(26);
  });

  it("When 8% is typed as a manual score, then the reader refuses it at its cell and consolidate says what to do", async () => {
    const read = await readReturnWorkbook(compiled, "vksnd-tinh.xlsx", bloc.dir);
    const ref = at("III.1", COL.input);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.problems).toContainEqual(
      expect.objectContaining({ type: "percent-entry", cell: ref, code: "III.1" }),
    );
    const io = memoryIo(bloc.dir);
    const args = ["consolidate", "mau.json", ...bloc.files, "--history", "lich-su.json", "-o", "xh.xlsx"];
    expect(await main(args, io)).toBe(1);
    expect(io.out()).toContain(
      `vksnd-tinh.xlsx [${ref}]: Ô ${ref} (tiêu chí III.1): "8%" được nhập kèm dấu %; hãy nhập số không có dấu %`,
    );
    expect(io.out()).not.toContain("cong-an-tinh.xlsx [");
    expect(io.out()).not.toContain("tand-tinh.xlsx [");
  });

  it("When one unit types 15.000.000 where the others typed 14, then consolidate refuses it at its cell before it becomes the best", async () => {
    const ref = at("I.3", COL.input);
    const io = memoryIo(bloc.dir);
    const args = ["consolidate", "mau.json", ...bloc.files, "--history", "lich-su.json", "-o", "xh.xlsx"];
    expect(await main(args, io)).toBe(1);
    expect(io.out()).toContain(
      `so-tu-phap.xlsx [${ref}]: Ô ${ref} (tiêu chí I.3): 15.000.000 văn bản lớn gấp khoảng 1.071.429 lần mức thường gặp của khối (14 văn bản)`,
    );
    expect(io.out()).toMatch(/Chưa có bản tự chấm hợp lệ của 2\/5 đơn vị[^\n]*Sở Tư pháp/);
    // The others' points are what they would be without that file: the outlier decided nobody's points.
    const without = memoryIo(bloc.dir);
    const others = bloc.files.filter((f) => f !== "so-tu-phap.xlsx");
    await main(
      ["consolidate", "mau.json", ...others, "--history", "lich-su.json", "-o", "xh2.xlsx"],
      without,
    );
    const ranks = (text: string) => text.split("\n").filter((l) => /^\s+\d+\s{2}/.test(l));
    expect(ranks(io.out())).toEqual(ranks(without.out()));
    expect(ranks(io.out())).toHaveLength(3);
  });
});
