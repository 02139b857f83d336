import { canonicalCell, gridLockedCells, lockedCellsHash } from "../../../core/sheets/lockedCells";
import { readScoringSheet } from "../../../core/sheets/readScoringSheet";
import { COL, scoringSheetLayout } from "../../../core/sheets/scoringSheetLayout";
import type { ScoringSheetOptions } from "../../../core/sheets/scoringSheetPlan";
import { scoringSheetPlan } from "../../../core/sheets/scoringSheetPlan";
import { scoringOpenCells } from "../../../core/sheets/scoringSeal";
import { parseSheetMetadata } from "../../../core/sheets/sheetMetadata";
import type { SheetMetadata } from "../../../core/sheets/sheetMetadata";
import type { SheetPlan } from "../../../core/sheets/sheetPlan";
import { parseTemplate } from "../../../core/template/parseTemplate";
import { allKindsTemplate } from "../../fixtures/allKindsTemplate";
import { planFormulas, planValues } from "../../helpers/planGrids";

const parsed = parseTemplate(allKindsTemplate);
if (!parsed.ok) throw new Error("allKindsTemplate is invalid");
const compiled = parsed.compiled;
const layout = scoringSheetLayout(compiled);
const rowOf = (code: string) => layout.rowOf[compiled.byCode.get(code)?.index ?? -1] ?? 0;
const UNIT = "cong-an-tinh";
const HISTORY: ScoringSheetOptions["history"] = [{ unitId: UNIT, year: 2021, award: "co-ubnd-tinh" }];

/** A written sheet as a reader gets it: values, formulas and the metadata read back from the metadata sheet. */
function written(options: ScoringSheetOptions = {}) {
  const plan = scoringSheetPlan(compiled, UNIT, options);
  const main = plan.sheets[0] as SheetPlan;
  const meta = parseSheetMetadata(planValues(plan.sheets[1] as SheetPlan));
  if (!meta.ok) throw new Error(meta.problem.en);
  return { main, values: planValues(main), formulas: planFormulas(main), meta: meta.metadata };
}

function put(grid: unknown[][], row: number, col: number, v: unknown): void {
  while (grid.length < row) grid.push([]);
  (grid[row - 1] as unknown[])[col - 1] = v;
}

function problemsOf(
  values: unknown[][],
  formulas: (string | null)[][],
  meta: SheetMetadata,
): { type: string; cell?: string; vi: string }[] {
  const read = readScoringSheet(compiled, values, meta, { formulas });
  return read.ok ? [] : read.problems.map((p) => ({ type: p.type, cell: p.cell, vi: p.message.vi }));
}

describe("the seal of a scoring sheet's locked cells (hash in the metadata)", () => {
  it("When a sheet is written, then the metadata holds the hash of its locked cells, recomputable from the grid", () => {
    const { main, values, formulas, meta } = written();
    expect(meta.lockedCells).toMatch(/^sha256:[0-9a-f]{64}$/);
    const open = scoringOpenCells(main, layout);
    expect(lockedCellsHash(gridLockedCells(values, formulas, open))).toBe(meta.lockedCells);
    expect(meta.lockedExtras).toBeUndefined();
  });

  it("When the unit types into every input cell, then nothing is reported: input cells are outside the seal", () => {
    const { values, formulas, meta } = written();
    put(values, rowOf("III.1"), COL.input, 20);
    put(values, rowOf("III.1"), COL.evidence, "BC 1 — báo cáo");
    put(values, rowOf("III.1"), COL.note, "ghi chú");
    put(values, rowOf("I.1"), COL.target, 100);
    put(values, layout.signatureRows[0], COL.points, "Hà Giang, ngày 15 tháng 12 năm 2022");
    expect(problemsOf(values, formulas, meta)).toEqual([]);
  });

  it("When a maximum is overwritten after unprotecting, then its cell is named with the value before and after", () => {
    const { values, formulas, meta } = written();
    const r = rowOf("III.1");
    put(values, r, COL.max, 50);
    expect(problemsOf(values, formulas, meta)).toEqual([
      {
        type: "constant-edited",
        cell: `D${r}`,
        vi: expect.stringMatching(
          new RegExp(
            `^Ô D${r} \\(mục III\\.1, cột Điểm tối đa\\) đã bị sửa: 25 → 50\\. Ô này do chương trình ghi`,
          ),
        ) as unknown as string,
      },
    ]);
  });

  it("When the unit's name is overwritten, then B3 is named as the unit's name with both texts", () => {
    const { values, formulas, meta } = written();
    put(values, 3, 2, "Sở Tư pháp");
    const [problem] = problemsOf(values, formulas, meta);
    expect(problem).toMatchObject({ type: "constant-edited", cell: "B3" });
    expect(problem?.vi).toContain('Ô B3 (tên đơn vị) đã bị sửa: "Công an tỉnh" → "Sở Tư pháp"');
  });

  it("When an award-history row written from the history is overwritten, then the rebuilt sheet names it", () => {
    const { values, formulas, meta } = written({ history: HISTORY });
    // What the template alone does not give: both award-history rows' texts, and the points of the award received.
    expect(JSON.parse(meta.lockedExtras ?? "{}")).toEqual({
      [`F${rowOf("T.1")}`]: "s:Không (theo lịch sử)",
      [`F${rowOf("T.2")}`]: "s:Có (theo lịch sử)",
      [`H${rowOf("T.2")}`]: "n:10",
    });
    expect(problemsOf(values, formulas, meta)).toEqual([]);
    put(values, rowOf("T.1"), COL.points, 15);
    put(values, rowOf("T.1"), COL.input, "Có (theo lịch sử)");
    expect(problemsOf(values, formulas, meta).map((p) => [p.cell, p.vi.split(".")[0]])).toEqual([
      [`F${rowOf("T.1")}`, `Ô F${rowOf("T.1")} (mục T`],
      [`H${rowOf("T.1")}`, `Ô H${rowOf("T.1")} (mục T`],
    ]);
    expect(problemsOf(values, formulas, meta)[1]?.vi).toContain("đã bị sửa: 0 → 15");
  });

  it("When text is typed into an empty locked cell or beside the sheet, then that cell is named too", () => {
    const { values, formulas, meta } = written();
    put(values, rowOf("I"), COL.note, "sửa tay");
    put(values, 2, 14, "x");
    expect(problemsOf(values, formulas, meta).map((p) => [p.cell, p.vi.split(":")[1]])).toEqual([
      [
        "N2",
        ' (trống) → "x". Ô này do chương trình ghi và được khóa; hãy dùng lại tệp gốc (hoặc tạo lại bảng tự chấm) và chỉ nhập vào các ô màu vàng.',
      ],
      [
        `J${rowOf("I")}`,
        ' (trống) → "sửa tay". Ô này do chương trình ghi và được khóa; hãy dùng lại tệp gốc (hoặc tạo lại bảng tự chấm) và chỉ nhập vào các ô màu vàng.',
      ],
    ]);
  });

  it("When a formula is overwritten by a number, then it is reported once, by the formula check", () => {
    const { values, formulas, meta } = written();
    const r = rowOf("III.1");
    put(values, r, COL.points, 25);
    (formulas[r - 1] as (string | null)[])[COL.points - 1] = null;
    expect(problemsOf(values, formulas, meta)).toEqual([
      expect.objectContaining({ type: "formula-edited", cell: `H${r}` }),
    ]);
  });

  it("When what a spreadsheet rewrites on saving differs (spaces, case and $ in formulas, float noise), then nothing is reported", () => {
    const { main, values, formulas, meta } = written();
    const titleRow = rowOf("I.1");
    put(values, titleRow, COL.title, `  ${String(main.cells[titleRow - 1]?.[COL.title - 1]?.v).trim()}  `);
    const max = main.cells[titleRow - 1]?.[COL.max - 1]?.v as number;
    const noisy = max + 4e-15; // binary noise a program may write in the 16th or 17th digit
    expect(noisy).not.toBe(max);
    put(values, titleRow, COL.max, noisy);
    const fr = formulas[rowOf("I") - 1] as (string | null)[];
    fr[COL.points - 1] = `_xlfn.${String(fr[COL.points - 1])
      .toLowerCase()
      .replace(/H/gi, "$H$")}`;
    expect(problemsOf(values, formulas, meta)).toEqual([]);
  });

  it("When the seal does not match the sheet this program rebuilds, then the differing cells are still listed", () => {
    const { values, formulas, meta } = written({ history: HISTORY });
    const damaged = { ...meta, lockedExtras: "{not json" };
    put(values, rowOf("III.1"), COL.max, 50);
    const problems = problemsOf(values, formulas, damaged);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.cell).toBeUndefined();
    expect(problems[0]?.vi).toMatch(/^Các ô bị khóa của bảng không còn như khi chương trình ghi/);
    expect(problems[0]?.vi).toContain(`D${rowOf("III.1")}`);
  });

  it("When the seal's row was deleted from a version 2 file, then that is reported instead of checking nothing", () => {
    const { values, formulas, meta } = written();
    const unsealed: SheetMetadata = { ...meta };
    delete unsealed.lockedCells;
    const problems = problemsOf(values, formulas, unsealed);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.vi).toMatch(/^Trang _thidua không còn dấu kiểm tra các ô bị khóa \(lockedCells\)/);
  });

  it("When a file was written before the seal (format version 1), then it is read as before", () => {
    const { values, formulas, meta } = written();
    const old: SheetMetadata = { ...meta, sheetFormatVersion: 1 };
    delete old.lockedCells;
    put(values, rowOf("III.1"), COL.max, 50);
    expect(problemsOf(values, formulas, old)).toEqual([]);
  });
});

describe("canonicalCell", () => {
  it("writes numbers to 15 significant digits, collapses spaces, normalizes formulas and leaves empty cells out", () => {
    expect(canonicalCell(0.1 + 0.2)).toBe("n:0.3");
    expect(canonicalCell(" Công   an\ttỉnh ")).toBe("s:Công an tỉnh");
    expect(canonicalCell(null, "=SUM($H$8:H9)")).toBe(canonicalCell(12, "sum(H8:H9)"));
    expect(canonicalCell("")).toBeUndefined();
    expect(canonicalCell(null)).toBeUndefined();
    expect(canonicalCell("10")).not.toBe(canonicalCell(10));
  });
});
