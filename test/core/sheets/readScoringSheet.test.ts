import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseTemplate } from "../../../core/template/parseTemplate";
import type { CompiledTemplate } from "../../../core/template/compileTemplate";
import type { UnitReturn } from "../../../core/returns/returnSchema";
import { normalizeFormula } from "../../../core/sheets/normalizeFormula";
import { readScoringSheet } from "../../../core/sheets/readScoringSheet";
import { COL, scoringSheetLayout } from "../../../core/sheets/scoringSheetLayout";
import { scoringSheetPlan } from "../../../core/sheets/scoringSheetPlan";
import { parseSheetMetadata } from "../../../core/sheets/sheetMetadata";
import type { SheetMetadata } from "../../../core/sheets/sheetMetadata";
import type { SheetPlan } from "../../../core/sheets/sheetPlan";
import { allKindsTemplate } from "../../fixtures/allKindsTemplate";
import { planFormulas, planValues } from "../../helpers/planGrids";
import { randomReturn } from "../../helpers/randomReturn";
import { seededRandom } from "../../helpers/seededRandom";

const parsed = parseTemplate(allKindsTemplate);
if (!parsed.ok) throw new Error("allKindsTemplate is invalid");
const compiled: CompiledTemplate = parsed.compiled;
const layout = scoringSheetLayout(compiled);
const rowOf = (code: string) => layout.rowOf[compiled.byCode.get(code)?.index ?? -1] ?? 0;

function sheetFor(ret: UnitReturn | undefined): {
  values: unknown[][];
  formulas: (string | null)[][];
  meta: SheetMetadata;
} {
  const plan = scoringSheetPlan(compiled, "tand-tinh", ret ? { ret } : {});
  const meta = parseSheetMetadata(planValues(plan.sheets[1] as SheetPlan));
  if (!meta.ok) throw new Error(meta.problem.en);
  return {
    values: planValues(plan.sheets[0] as SheetPlan),
    formulas: planFormulas(plan.sheets[0] as SheetPlan),
    meta: meta.metadata,
  };
}

/** What a sheet can carry of a return: percent-only entries become achieved/100. */
function asSheetReturn(ret: UnitReturn): UnitReturn {
  const entries = Object.fromEntries(
    Object.entries(ret.entries).map(([code, e]) => {
      if (e.percent === undefined) return [code, e];
      const { percent, ...rest } = e;
      return [code, { ...rest, achieved: percent, target: 100 }];
    }),
  );
  return { ...ret, entries };
}

describe("readScoringSheet", () => {
  it("reads back exactly the return a sheet was filled with, for many random returns", () => {
    const rand = seededRandom(7);
    for (let i = 0; i < 50; i++) {
      const ret = randomReturn(compiled, "tand-tinh", rand);
      const { values, formulas, meta } = sheetFor(ret);
      const read = readScoringSheet(compiled, values, meta, { formulas });
      expect(read).toEqual({ ok: true, return: asSheetReturn(ret) });
    }
  });

  it("round-trips random returns on every sample template in templates/", () => {
    const dir = join(__dirname, "../../../templates");
    const files = readdirSync(dir).filter((f) => f.endsWith(".json") && f !== "schema.json");
    expect(files.length).toBeGreaterThan(0);
    const rand = seededRandom(8);
    for (const file of files) {
      const sample = parseTemplate(JSON.parse(readFileSync(join(dir, file), "utf8")));
      if (!sample.ok) throw new Error(file);
      for (const member of sample.compiled.template.members) {
        const ret = randomReturn(sample.compiled, member.id, rand);
        const plan = scoringSheetPlan(sample.compiled, member.id, { ret });
        const meta = parseSheetMetadata(planValues(plan.sheets[1] as SheetPlan));
        if (!meta.ok) throw new Error(file);
        const main = plan.sheets[0] as SheetPlan;
        const read = readScoringSheet(sample.compiled, planValues(main), meta.metadata, {
          formulas: planFormulas(main),
        });
        expect({ file, read }).toEqual({ file, read: { ok: true, return: asSheetReturn(ret) } });
      }
    }
  });

  it("names the cell and the criterion when a score exceeds its maximum", () => {
    const { values, meta } = sheetFor(undefined);
    const r = rowOf("III.1");
    (values[r - 1] as unknown[])[COL.input - 1] = 27;
    const read = readScoringSheet(compiled, values, meta);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems).toEqual([
      {
        type: "out-of-range",
        cell: `F${r}`,
        code: "III.1",
        message: {
          vi: `Ô F${r} (tiêu chí III.1): 27 vượt điểm tối đa 25 — không được tính: bản tự chấm chưa được dùng để xếp hạng cho đến khi sửa.`,
          en: `Cell F${r} (criterion III.1): 27 exceeds the maximum 25 — refused: the return is not used in the ranking until this is corrected.`,
        },
      },
    ]);
  });

  it("reports every bad cell at once: unknown level, text in a number cell, a fractional count, a zero target", () => {
    const { values, meta } = sheetFor(undefined);
    const put = (code: string, col: number, v: unknown) =>
      ((values[rowOf(code) - 1] as unknown[])[col - 1] = v);
    put("I.2", COL.input, "XUAT SAC");
    put("I.1", COL.input, "92,5");
    put("I.1", COL.target, 0);
    put("II.2", COL.input, 2.5);
    put("II.1", COL.input, "Có lẽ");
    const read = readScoringSheet(compiled, values, meta);
    if (read.ok) throw new Error("expected problems");
    expect(read.problems.map((p) => [p.type, p.cell])).toEqual([
      ["not-a-number", `F${rowOf("I.1")}`],
      ["invalid-target", `G${rowOf("I.1")}`],
      ["unknown-level", `F${rowOf("I.2")}`],
      ["unknown-choice", `F${rowOf("II.1")}`],
      ["not-whole", `F${rowOf("II.2")}`],
    ]);
    expect(read.problems[2]?.message.vi).toBe(
      `Ô F${rowOf("I.2")} (tiêu chí I.2): mức "XUAT SAC" không có trong thang (HTXSNV, HTTNV, HTNV, KHTNV) — không được tính: bản tự chấm chưa được dùng để xếp hạng cho đến khi sửa.`,
    );
  });

  it("accepts pass/fail words and ladder codes whatever their case and surrounding spaces", () => {
    const { values, meta } = sheetFor(undefined);
    (values[rowOf("II.1") - 1] as unknown[])[COL.input - 1] = " đạt ";
    (values[rowOf("I.2") - 1] as unknown[])[COL.input - 1] = "htxsnv";
    const read = readScoringSheet(compiled, values, meta);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.return.entries["II.1"]).toEqual({ passed: true });
    expect(read.return.entries["I.2"]).toEqual({ level: "HTXSNV" });
  });

  it("refuses a sheet made on another version of the table, naming the versions", () => {
    const { values, meta } = sheetFor(undefined);
    const read = readScoringSheet(compiled, values, {
      ...meta,
      fingerprint: `sha256:${"0".repeat(64)}`,
      templateVersion: "0",
    });
    if (read.ok) throw new Error("expected a fingerprint problem");
    expect(read.problems[0]?.type).toBe("fingerprint-mismatch");
    expect(read.problems[0]?.message.vi).toContain("phiên bản khác");
  });

  it("reports a formula cell edited by hand or overwritten with a number", () => {
    const { values, formulas, meta } = sheetFor(undefined);
    const r = rowOf("II.3");
    (formulas[r - 1] as (string | null)[])[COL.points - 1] = null;
    (formulas[layout.totalRow - 1] as (string | null)[])[COL.points - 1] = "H1+100";
    const read = readScoringSheet(compiled, values, meta, { formulas });
    if (read.ok) throw new Error("expected edited formulas");
    expect(read.problems.map((p) => [p.type, p.cell, p.code])).toEqual([
      ["formula-edited", `H${r}`, "II.3"],
      ["formula-edited", `H${layout.totalRow}`, undefined],
    ]);
  });

  it("reports a moved row as a changed layout, naming the cell", () => {
    const { values, meta } = sheetFor(undefined);
    (values[rowOf("II.2") - 1] as unknown[])[COL.code - 1] = "II.9";
    const read = readScoringSheet(compiled, values, meta);
    if (read.ok) throw new Error("expected a layout problem");
    expect(read.problems[0]).toMatchObject({
      type: "layout-changed",
      cell: `A${rowOf("II.2")}`,
      code: "II.2",
    });
  });

  it("says in Vietnamese, then English, how long an over-long note or evidence is and what the limit is", () => {
    const { values, meta } = sheetFor(undefined);
    const put = (code: string, col: number, v: unknown) =>
      ((values[rowOf(code) - 1] as unknown[])[col - 1] = v);
    put("III.1", COL.note, "n".repeat(4123));
    put("I.1", COL.evidence, `CV 1/BC\n${"r".repeat(612)}`);
    put("II.3", COL.evidence, `CV 2/BC — ${"m".repeat(2345)}`);
    put("II.1", COL.evidence, Array.from({ length: 101 }, (_, i) => `BC ${i + 1}`).join("\n"));
    put("II.2", COL.evidence, " — chỉ có mô tả");
    const read = readScoringSheet(compiled, values, meta);
    if (read.ok) throw new Error("expected problems");
    const at = (code: string, col: number) => `${"ABCDEFGHIJK"[col - 1]}${rowOf(code)}`;
    expect(read.problems).toEqual(
      expect.arrayContaining([
        {
          type: "invalid-text",
          cell: at("III.1", COL.note),
          code: "III.1",
          message: {
            vi: `Ô ${at("III.1", COL.note)} (tiêu chí III.1): ghi chú dài 4.123 ký tự, tối đa 4.000 — không được tính: bản tự chấm chưa được dùng để xếp hạng cho đến khi sửa.`,
            en: `Cell ${at("III.1", COL.note)} (criterion III.1): the note is 4,123 characters long, at most 4,000 — refused: the return is not used in the ranking until this is corrected.`,
          },
        },
        {
          type: "invalid-text",
          cell: at("I.1", COL.evidence),
          code: "I.1",
          message: {
            vi: `Ô ${at("I.1", COL.evidence)} (tiêu chí I.1): minh chứng thứ 2 dài 612 ký tự, tối đa 500 — không được tính: bản tự chấm chưa được dùng để xếp hạng cho đến khi sửa.`,
            en: `Cell ${at("I.1", COL.evidence)} (criterion I.1): evidence line 2 is 612 characters long, at most 500 — refused: the return is not used in the ranking until this is corrected.`,
          },
        },
      ]),
    );
    const vi = read.problems.map((p) => p.message.vi);
    expect(vi).toContain(
      `Ô ${at("II.3", COL.evidence)} (tiêu chí II.3): phần mô tả của minh chứng thứ 1 dài 2.345 ký tự, tối đa 2.000 — không được tính: bản tự chấm chưa được dùng để xếp hạng cho đến khi sửa.`,
    );
    expect(vi).toContain(
      `Ô ${at("II.1", COL.evidence)} (tiêu chí II.1): có 101 minh chứng, tối đa 100 — không được tính: bản tự chấm chưa được dùng để xếp hạng cho đến khi sửa.`,
    );
    expect(vi).toContain(
      `Ô ${at("II.2", COL.evidence)} (tiêu chí II.2): minh chứng thứ 1 thiếu số hiệu, tên văn bản trước dấu "—" — không được tính: bản tự chấm chưa được dùng để xếp hạng cho đến khi sửa.`,
    );
    expect(read.problems).toHaveLength(5);
    for (const p of read.problems) expect(p.message.vi).not.toMatch(/Too big|Too small|expected|Invalid/);
  });

  it("says a number beyond what a return can hold is out of range, with the bounds (a target in G)", () => {
    const { values, meta } = sheetFor(undefined);
    (values[rowOf("I.1") - 1] as unknown[])[COL.input - 1] = 90;
    (values[rowOf("I.1") - 1] as unknown[])[COL.target - 1] = 2e10;
    const read = readScoringSheet(compiled, values, meta);
    if (read.ok) throw new Error("expected a problem");
    const G = `G${rowOf("I.1")}`;
    expect(read.problems).toEqual([
      {
        type: "out-of-range",
        cell: G,
        code: "I.1",
        message: {
          vi: `Ô ${G} (tiêu chí I.1): 20.000.000.000 ngoài khoảng −900.719.925 đến 900.719.925 — không được tính: bản tự chấm chưa được dùng để xếp hạng cho đến khi sửa.`,
          en: `Cell ${G} (criterion I.1): 20,000,000,000 is outside −900,719,925 to 900,719,925 — refused: the return is not used in the ranking until this is corrected.`,
        },
      },
    ]);
  });

  it("compares formulas the way spreadsheets rewrite them", () => {
    expect(normalizeFormula("=_xlfn.ROUND( $K$8 , 2)")).toBe(normalizeFormula("round(K8,2)"));
  });
});

describe("parseSheetMetadata", () => {
  it("says a workbook without the hidden sheet is not ours", () => {
    const result = parseSheetMetadata([["Tên đơn vị", "Điểm"]]);
    expect(result).toEqual({
      ok: false,
      problem: expect.objectContaining({ vi: expect.stringContaining("Không phải tệp của Thi Đua") }),
    });
  });
});
