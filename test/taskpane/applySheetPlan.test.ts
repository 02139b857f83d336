/// <reference types="office-js" />
import { rankBloc, selfScores, usableReturns } from "../../core/ranking/rankBloc";
import type { UnitReturn } from "../../core/returns/returnSchema";
import { RANKED_SHEET } from "../../core/sheets/rankedTablePlan";
import { rankingWorkbookPlan } from "../../core/sheets/rankingWorkbookPlan";
import { readScoringSheet } from "../../core/sheets/readScoringSheet";
import { COL, SCORING_SHEET, scoringSheetLayout } from "../../core/sheets/scoringSheetLayout";
import { scoringSheetPlan } from "../../core/sheets/scoringSheetPlan";
import { METADATA_SHEET, parseSheetMetadata } from "../../core/sheets/sheetMetadata";
import type { CompiledTemplate } from "../../core/template/compileTemplate";
import { parseTemplate } from "../../core/template/parseTemplate";
import { applySheetPlan, PLAN_CHART_NAME } from "../../src-taskpane/excel/applySheetPlan";
import { readSheetGrids } from "../../src-taskpane/excel/readSheetGrid";
import { allKindsTemplate } from "../fixtures/allKindsTemplate";
import { bigTemplate } from "../helpers/bigTemplate";
import { FakeContext } from "../helpers/fakeExcel";
import type { FakeWorksheet } from "../helpers/fakeExcel";
import { INJECTION_CORPUS, OVER_LIMIT_NOTE } from "../helpers/injectionCorpus";
import { randomReturn } from "../helpers/randomReturn";
import { seededRandom } from "../helpers/seededRandom";
import { findHiddenCharacter } from "../../core/text";

function compile(input: unknown): CompiledTemplate {
  const parsed = parseTemplate(input);
  if (!parsed.ok) throw new Error("invalid template");
  return parsed.compiled;
}

const compiled = compile(allKindsTemplate);
const layout = scoringSheetLayout(compiled);
const rowOf = (code: string) => layout.rowOf[compiled.byCode.get(code)?.index ?? -1] ?? 0;

/** A return a sheet can carry exactly (percent-only entries become achieved/100). */
function sheetReturn(seed: number, unitId = "so-tu-phap"): UnitReturn {
  const ret = randomReturn(compiled, unitId, seededRandom(seed));
  for (const e of Object.values(ret.entries)) {
    if (e.percent !== undefined) {
      e.achieved = e.percent;
      e.target = 100;
      delete e.percent;
    }
  }
  return ret;
}

async function readBack(context: FakeContext) {
  const [main, meta] = await readSheetGrids(context.asExcel(), [SCORING_SHEET, METADATA_SHEET]);
  const metadata = parseSheetMetadata(meta?.values);
  if (!main || !metadata.ok) throw new Error("sheets missing");
  return readScoringSheet(compiled, main.values, metadata.metadata, { formulas: main.formulas });
}

describe("applySheetPlan (Office.js) against the in-memory Excel fake", () => {
  it("writes a scoring sheet in 2 syncs and reads it back in 1, giving the same return", async () => {
    const context = new FakeContext();
    const ret = sheetReturn(1);
    const stats = await applySheetPlan(context.asExcel(), scoringSheetPlan(compiled, "so-tu-phap", { ret }));
    expect(stats.syncs).toBe(2);
    expect(context.syncCount).toBe(2);
    context.resetCounters();
    const read = await readBack(context);
    expect(context.syncCount).toBe(1);
    expect(read).toEqual({ ok: true, return: ret });
  });

  it("writes values, formulas and number formats as 2-D blocks, never cell by cell", async () => {
    const context = new FakeContext();
    await applySheetPlan(context.asExcel(), scoringSheetPlan(compiled, "so-tu-phap"));
    const ws = context.workbook.worksheets.get(SCORING_SHEET) as FakeWorksheet;
    const r = rowOf("II");
    expect(ws.at(`A${r}`)?.value).toBe("II");
    expect(ws.at(`H${r}`)?.formula).toBe(`=MIN(30,SUM(H${r + 1}:H${r + 3}))`);
    expect(ws.at(`H${rowOf("I.1")}`)?.numberFormat).toBe("#,##0.00");
    expect(ws.at(`I${rowOf("I.1")}`)?.numberFormat).toBe("@");
    const writes = context.requests.flat().filter((op) => op.op === "formulas");
    expect(writes.map((op) => op.address)).toEqual([`A1:K${layout.lastRow}`, "A1:B12"]);
  });

  it("sets dropdowns, bounds, highlights, protection, print setup and the very hidden metadata sheet", async () => {
    const context = new FakeContext();
    await applySheetPlan(context.asExcel(), scoringSheetPlan(compiled, "so-tu-phap"));
    const ws = context.workbook.worksheets.get(SCORING_SHEET) as FakeWorksheet;
    const rule = (ref: string) => ws.validations.find((v) => v.address.split(",").includes(ref))?.rule;
    expect(rule(`F${rowOf("I.2")}`)).toEqual({
      list: { inCellDropDown: true, source: "HTXSNV,HTTNV,HTNV,KHTNV" },
    });
    const r = rowOf("III.1");
    expect(rule(`F${r}`)).toEqual({
      custom: { formula: `=AND(ISNUMBER(F${r}),F${r}>=0,F${r}<=25,MOD(ROUND(F${r}/0.5,9),1)=0)` },
    });
    expect(rule(`F${rowOf("TR.3")}`)).toEqual({
      decimal: { formula1: 0, formula2: 3, operator: "Between" },
    });
    expect(rule(`F${rowOf("II.2")}`)).toEqual({
      wholeNumber: { formula1: 0, formula2: 1_000_000, operator: "Between" },
    });
    const manual = ws.conditionalFormats.find(
      (c) => c.address.split(",").includes(`F${rowOf("III.1")}`) && c.formula?.includes("$D"),
    );
    expect(manual).toMatchObject({ type: "Custom", fill: "#F4B6B6" });
    expect(ws.protection.protected).toBe(true);
    expect(ws.at(`F${rowOf("III.1")}`)?.locked).toBe(false);
    expect(ws.at(`J${rowOf("III.1")}`)?.locked).toBe(false);
    expect(ws.at(`H${rowOf("III.1")}`)?.locked).toBe(true);
    expect(ws.at("A1")?.locked).toBe(true);
    expect(ws.pageLayout).toMatchObject({
      paperSize: "A4",
      orientation: "Landscape",
      printTitleRows: "$6:$6",
    });
    expect(ws.pageLayout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    // The unit on the left of the footer, the table's id, version and fingerprint in its centre.
    const footer = Object.fromEntries(
      context.requests
        .flat()
        .filter((op) => op.op.startsWith("header.") && op.op.endsWith("Footer"))
        .map((op) => [op.op, op.value]),
    );
    expect(footer).toEqual({
      "header.leftFooter": "Sở Tư pháp",
      "header.centerFooter": expect.stringMatching(/^Bảng điểm .+, phiên bản .+ · [0-9a-f]{12}$/),
      "header.rightFooter": "Trang &P/&N",
    });
    expect(ws.frozen).toBe("A1:B6");
    expect(ws.hiddenColumns.has(COL.raw)).toBe(true);
    expect(ws.merges).toContain("A1:J1");
    const meta = context.workbook.worksheets.get(METADATA_SHEET) as FakeWorksheet;
    expect(meta.visibility).toBe("VeryHidden");
    expect(meta.at("A1")?.value).toMatch(/^Trang dữ liệu của chương trình — không sửa/);
    expect(meta.at("B7")?.value).toBe(compiled.fingerprint);
  });

  it("rewrites a workbook that already holds the protected sheets, still in 2 syncs", async () => {
    const context = new FakeContext();
    await applySheetPlan(
      context.asExcel(),
      scoringSheetPlan(compiled, "so-tu-phap", { ret: sheetReturn(2) }),
    );
    context.resetCounters();
    const ret = sheetReturn(3);
    const stats = await applySheetPlan(context.asExcel(), scoringSheetPlan(compiled, "so-tu-phap", { ret }));
    expect(stats.syncs).toBe(2);
    expect(context.workbook.worksheets.items.map((s) => s.name)).toEqual([SCORING_SHEET, METADATA_SHEET]);
    expect(await readBack(context)).toEqual({ ok: true, return: ret });
  });

  it("keeps untrusted text inert: the injection corpus in notes and evidence is stored as text and read back unchanged", async () => {
    const hostileName = '=HYPERLINK("http://x","Công an")';
    const template = {
      ...structuredClone(allKindsTemplate),
      leader: undefined,
      deputy: undefined,
      members: [{ id: "don-vi-x", name: hostileName }],
    };
    const c = compile(template);
    const codes = c.scorable.filter((n) => n.rule?.kind !== "awardHistory").map((n) => n.code);
    const entries: UnitReturn["entries"] = {};
    // Strings holding a control or invisible character are refused on reading (issue 12 item 4; see
    // test/cli/xlsx/xlsxRoundTrip.test.ts): the rest must come back unchanged.
    const visible = INJECTION_CORPUS.filter(
      (t) => findHiddenCharacter(t, { allowLineBreaks: true }) === undefined,
    );
    visible.forEach((text, i) => {
      const code = codes[i % codes.length] ?? "I.1";
      const entry = (entries[code] ??= {});
      // Every string once as a note; those that fit one evidence line also as evidence (one piece per line).
      entry.note = `${entry.note ?? ""}${text}`;
      const ref = text.trim().replace(/\s*[\r\n][\s\S]*/, "");
      if (ref !== "" && ref.length <= 500) entry.evidence = [...(entry.evidence ?? []), { ref }];
    });
    const evidenced = Object.values(entries).flatMap((e) => e.evidence ?? []);
    expect(evidenced.map((e) => e.ref)).toEqual(expect.arrayContaining(["=1+1", "@SUM(A1:A9)", "-2+3"]));
    const ret: UnitReturn = {
      formatVersion: 1,
      template: { id: c.template.id, version: "1", fingerprint: c.fingerprint },
      unitId: "don-vi-x",
      entries,
    };
    const context = new FakeContext();
    await applySheetPlan(context.asExcel(), scoringSheetPlan(c, "don-vi-x", { ret }));
    const ws = context.workbook.worksheets.get(SCORING_SHEET) as FakeWorksheet;
    expect(ws.at("B3")).toMatchObject({ value: hostileName });
    expect(ws.at("B3")?.formula).toBeUndefined();
    const untrusted = [...ws.cells.entries()].filter(([ref]) => /^[IJ]\d+$/.test(ref) || ref === "B3");
    expect(untrusted.filter(([, cell]) => cell.formula !== undefined)).toEqual([]);
    const [main, meta] = await readSheetGrids(context.asExcel(), [SCORING_SHEET, METADATA_SHEET]);
    const metadata = parseSheetMetadata(meta?.values);
    if (!main || !metadata.ok) throw new Error("sheets missing");
    // Read back as text, not as formulas: "=1+1" in a text cell is the text "=1+1".
    const textColumns = [COL.evidence - 1, COL.note - 1];
    const formulaLike = main.formulas.flatMap((row, r) =>
      textColumns.flatMap((col) => (row[col] === null || row[col] === undefined ? [] : [`${r + 1}:${col}`])),
    );
    expect(formulaLike).toEqual([]);
    const read = readScoringSheet(c, main.values, metadata.metadata, { formulas: main.formulas });
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    for (const [code, e] of Object.entries(entries)) {
      expect(read.return.entries[code]?.note).toBe(e.note);
      expect(read.return.entries[code]?.evidence).toEqual(e.evidence);
    }
  });

  it("writes an over-long hostile note as text and reports it on reading, naming the cell and the limit", async () => {
    const ret: UnitReturn = {
      ...sheetReturn(5),
      entries: { "III.1": { score: 20, note: OVER_LIMIT_NOTE } },
    };
    const context = new FakeContext();
    await applySheetPlan(context.asExcel(), scoringSheetPlan(compiled, "so-tu-phap", { ret }));
    const J = `J${rowOf("III.1")}`;
    const ws = context.workbook.worksheets.get(SCORING_SHEET) as FakeWorksheet;
    expect(ws.at(J)).toMatchObject({ value: OVER_LIMIT_NOTE });
    expect(ws.at(J)?.formula).toBeUndefined();
    const read = await readBack(context);
    expect(read).toMatchObject({
      ok: false,
      problems: [
        expect.objectContaining({
          type: "invalid-text",
          cell: J,
          message: expect.objectContaining({
            vi: `Ô ${J} (tiêu chí III.1): ghi chú dài 4.033 ký tự, tối đa 4.000 — không được tính: bản tự chấm chưa được dùng để xếp hạng cho đến khi sửa.`,
          }),
        }),
      ],
    });
  });

  it("renders a 300-criterion template in at most 3 syncs, each request far below 5 MB", async () => {
    const big = compile(bigTemplate(300));
    const context = new FakeContext();
    const stats = await applySheetPlan(context.asExcel(), scoringSheetPlan(big, "cong-an-tinh"));
    expect(stats.syncs).toBeLessThanOrEqual(3);
    expect(Math.max(...context.requestBytes)).toBeLessThan(1_500_000);
    context.resetCounters();
    await readSheetGrids(context.asExcel(), [SCORING_SHEET, METADATA_SHEET]);
    expect(context.syncCount).toBe(1);
  });

  it("splits the writes into more requests when a request would exceed the byte budget", async () => {
    const big = compile(bigTemplate(300));
    const context = new FakeContext();
    const stats = await applySheetPlan(context.asExcel(), scoringSheetPlan(big, "cong-an-tinh"), {
      maxRequestBytes: 50_000,
      rowsPerBlock: 40,
    });
    expect(stats.syncs).toBeGreaterThan(3);
    expect(Math.max(...context.requestBytes)).toBeLessThan(60_000);
  });

  it("When a scoring sheet is inserted, then the workbook's structure is protected: the metadata sheet cannot be shown nor a sheet added", async () => {
    const context = new FakeContext();
    await applySheetPlan(context.asExcel(), scoringSheetPlan(compiled, "so-tu-phap"));
    expect(context.workbook.protection.structureLocked).toBe(true);
    const meta = context.workbook.worksheets.get(METADATA_SHEET) as FakeWorksheet;
    expect(() => (meta.visibility = "Visible")).toThrow(/structure is protected/);
    expect(() => context.workbook.worksheets.add("Trang mới")).toThrow(/structure is protected/);
    const ops = context.requests.flat().map((op) => op.op);
    expect(ops.filter((op) => op.startsWith("workbook."))).toEqual(["workbook.protect"]);
    expect(ops.lastIndexOf("workbook.protect")).toBeGreaterThan(ops.lastIndexOf("protect"));
  });

  it("When the sheet is written again into the protected workbook, then the structure is unprotected while writing and protected again, still in 2 syncs", async () => {
    const context = new FakeContext();
    await applySheetPlan(context.asExcel(), scoringSheetPlan(compiled, "so-tu-phap"));
    context.resetCounters();
    const ret = sheetReturn(4);
    const stats = await applySheetPlan(context.asExcel(), scoringSheetPlan(compiled, "so-tu-phap", { ret }));
    expect(stats.syncs).toBe(2);
    const ops = context.requests.flat().map((op) => op.op);
    expect(ops.filter((op) => op.startsWith("workbook."))).toEqual([
      "workbook.unprotect",
      "workbook.protect",
    ]);
    expect(context.workbook.protection.structureLocked).toBe(true);
    expect(await readBack(context)).toEqual({ ok: true, return: ret });
  });

  it("When the sheet is unprotected and a locked constant typed over in Excel, then reading it names the cell", async () => {
    const context = new FakeContext();
    await applySheetPlan(
      context.asExcel(),
      scoringSheetPlan(compiled, "so-tu-phap", { ret: sheetReturn(6) }),
    );
    const ws = context.workbook.worksheets.get(SCORING_SHEET) as FakeWorksheet;
    const max = `D${rowOf("III.1")}`;
    await expect(context.typeInto(SCORING_SHEET, max, "50")).rejects.toThrow();
    ws.protection.unprotect();
    await context.typeInto(SCORING_SHEET, max, "50");
    const read = await readBack(context);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.problems).toEqual([
      expect.objectContaining({
        type: "constant-edited",
        cell: max,
        message: expect.objectContaining({
          vi: expect.stringContaining(`Ô ${max} (mục III.1, cột Điểm tối đa) đã bị sửa: 25 → 50.`) as unknown,
        }) as unknown,
      }),
    ]);
  });

  it("says a workbook without the hidden sheet is not ours, in one sync", async () => {
    const context = new FakeContext();
    context.workbook.worksheets.add("Sheet1");
    const grids = await readSheetGrids(context.asExcel(), [SCORING_SHEET, METADATA_SHEET]);
    expect(grids).toEqual([undefined, undefined]);
    expect(context.syncCount).toBe(1);
  });
});

describe("applySheetPlan with the leader's ranking workbook", () => {
  function rankingPlan(seed: number) {
    const returns = compiled.template.members.map((m, i) => sheetReturn(seed + i, m.id));
    const result = rankBloc(compiled, returns);
    const usable = usableReturns(compiled, returns, {});
    return rankingWorkbookPlan(
      compiled,
      selfScores(compiled, usable.returns, usable.problemsByReturn, {}),
      result,
    );
  }

  it("draws the planned bar chart of totals on the values column, the unit names as its categories", async () => {
    const context = new FakeContext();
    const stats = await applySheetPlan(context.asExcel(), rankingPlan(20));
    expect(stats.syncs).toBe(2);
    const ws = context.workbook.worksheets.get(RANKED_SHEET) as FakeWorksheet;
    expect(ws.charts.items).toEqual([
      {
        type: "BarClustered",
        source: "G6:G10",
        seriesBy: "Columns",
        name: PLAN_CHART_NAME,
        categories: "B6:B10",
        seriesCategories: ["B6:B10"],
        title: "Tổng điểm thi đua năm 2022",
        position: expect.stringMatching(/^B\d+$/),
        reversePlotOrder: true,
        valueAxisFormat: "#,##0",
        valueAxisMajorUnit: expect.any(Number),
        legendVisible: false,
      },
    ]);
    expect(ws.conditionalFormats).toContainEqual({ address: "G6:G10", type: "DataBar", fill: "#9DC3E6" });
    expect(ws.at("G6")?.formula).toBe("=ROUND(D6+E6-F6,4)");
    expect(ws.protection.protected).toBe(true);
    expect(ws.active).toBe(true);
    // The leader's workbook leaves the structure open (the leader may add sheets of their own).
    expect(context.workbook.protection.structureLocked).toBe(false);
  });

  it("replaces its chart when the workbook is written again, in 3 syncs, and keeps the user's charts", async () => {
    const context = new FakeContext();
    await applySheetPlan(context.asExcel(), rankingPlan(20));
    const ws = context.workbook.worksheets.get(RANKED_SHEET) as FakeWorksheet;
    ws.charts.items.push({
      type: "Pie",
      source: "D6:D10",
      seriesBy: "Columns",
      name: "Biểu đồ riêng",
      seriesCategories: [undefined],
    });
    context.resetCounters();
    const stats = await applySheetPlan(context.asExcel(), rankingPlan(40));
    expect(stats.syncs).toBe(3);
    expect(context.syncCount).toBe(3);
    expect(ws.charts.items.map((c) => c.name)).toEqual(["Biểu đồ riêng", PLAN_CHART_NAME]);
  });
});
