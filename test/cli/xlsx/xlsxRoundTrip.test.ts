import type { Entry, UnitReturn } from "../../../core/returns/returnSchema";
import { readScoringSheet } from "../../../core/sheets/readScoringSheet";
import { COL, SCORING_SHEET, scoringSheetLayout } from "../../../core/sheets/scoringSheetLayout";
import { scoringSheetPlan } from "../../../core/sheets/scoringSheetPlan";
import { METADATA_SHEET, parseSheetMetadata } from "../../../core/sheets/sheetMetadata";
import { parseTemplate } from "../../../core/template/parseTemplate";
import { readXlsx } from "../../../cli/xlsx/readXlsx";
import type { SheetGrid } from "../../../cli/xlsx/readXlsx";
import { writeXlsxBuffer } from "../../../cli/xlsx/renderXlsx";
import { decodeXmlText, encodeXmlText } from "../../../cli/xlsx/xmlText";
import { allKindsTemplate } from "../../fixtures/allKindsTemplate";
import { findHiddenCharacter } from "../../../core/text";
import { INJECTION_CORPUS, OVER_LIMIT_NOTE } from "../../helpers/injectionCorpus";
import { randomReturn } from "../../helpers/randomReturn";
import { seededRandom } from "../../helpers/seededRandom";

const parsed = parseTemplate(allKindsTemplate);
if (!parsed.ok) throw new Error("allKindsTemplate is invalid");
const compiled = parsed.compiled;

async function roundTrip(
  ret: UnitReturn,
  unitId = ret.unitId,
): Promise<{ grids: SheetGrid[]; read: ReturnType<typeof readScoringSheet> }> {
  const grids = await readXlsx(await writeXlsxBuffer(scoringSheetPlan(compiled, unitId, { ret })));
  const main = grids.find((g) => g.name === SCORING_SHEET);
  const meta = parseSheetMetadata(grids.find((g) => g.name === METADATA_SHEET)?.values);
  if (!main || !meta.ok) throw new Error("sheets missing");
  return { grids, read: readScoringSheet(compiled, main.values, meta.metadata, { formulas: main.formulas }) };
}

describe("plan → .xlsx (ExcelJS) → read", () => {
  it("gives back the same return, formulas untouched, metadata sheet very hidden", async () => {
    const rand = seededRandom(42);
    for (let i = 0; i < 5; i++) {
      const ret = randomReturn(compiled, "vksnd-tinh", rand);
      for (const e of Object.values(ret.entries)) {
        if (e.percent !== undefined) {
          e.achieved = e.percent;
          e.target = 100;
          delete e.percent;
        }
      }
      const { grids, read } = await roundTrip(ret);
      expect(read).toEqual({ ok: true, return: ret });
      expect(grids.find((g) => g.name === METADATA_SHEET)?.state).toBe("veryHidden");
    }
  });

  it("keeps every injection string inert and unchanged in notes and evidence, and in a unit name", async () => {
    const entries: Record<string, Entry> = {};
    const codes = ["I.1", "I.2", "II.1", "II.2", "II.3", "III.1", "T.3", "TR.1", "TR.2", "TR.3"];
    // Strings holding a control or invisible character are refused as evidence (issue 12, item 4): see below.
    const visible = INJECTION_CORPUS.filter(
      (t) => findHiddenCharacter(t, { allowLineBreaks: true }) === undefined,
    );
    visible.forEach((text, i) => {
      const code = codes[i % codes.length] ?? "I.1";
      const entry = (entries[code] ??= {});
      if (i < codes.length) entry.note = text;
      else if (text.length > 500) (entries["T.3"] ??= {}).note = text;
      else entry.evidence = [{ ref: text.trim() === "" ? "x" : text.trim().replace(/\s*\n[\s\S]*/, "") }];
    });
    const ret: UnitReturn = {
      formatVersion: 1,
      template: { id: compiled.template.id, version: "1", fingerprint: compiled.fingerprint },
      unitId: "cong-an-tinh",
      entries,
    };
    const { grids, read } = await roundTrip(ret);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    for (const [code, e] of Object.entries(entries)) {
      expect(read.return.entries[code]?.note).toBe(e.note);
      expect(read.return.entries[code]?.evidence).toEqual(e.evidence);
    }
    // No cell holding untrusted text became a formula: every formula cell is one the plan wrote.
    const plan = scoringSheetPlan(compiled, "cong-an-tinh", { ret });
    const main = grids.find((g) => g.name === SCORING_SHEET);
    const planned =
      plan.sheets[0]?.cells.flatMap((row, r) => row.flatMap((c, col) => (c?.f ? [`${r}:${col}`] : []))) ?? [];
    const found =
      main?.formulas.flatMap((row, r) => row.flatMap((f, col) => (f ? [`${r}:${col}`] : []))) ?? [];
    expect(found).toEqual(planned);
  });

  it("refuses evidence holding a control or invisible character, naming the cell, and keeps it inert", async () => {
    const hidden = INJECTION_CORPUS.filter(
      (t) => findHiddenCharacter(t, { allowLineBreaks: true }) !== undefined,
    );
    expect(hidden.length).toBeGreaterThan(0);
    for (const text of [...hidden, "\u200b"]) {
      const ret: UnitReturn = {
        formatVersion: 1,
        template: { id: compiled.template.id, version: "1", fingerprint: compiled.fingerprint },
        unitId: "cong-an-tinh",
        entries: { "I.1": { evidence: [{ ref: text.trim().replace(/\s*\n[\s\S]*/, "") || text }] } },
      };
      const { read } = await roundTrip(ret);
      expect(read.ok).toBe(false);
      if (read.ok) continue;
      expect(read.problems[0]?.message.vi).toMatch(
        /^Ô I\d+ \(tiêu chí I\.1\): minh chứng thứ 1 .*U\+[0-9A-F]{4}/,
      );
    }
  });

  it("writes an over-long hostile note as text and reports it on reading, naming the cell and the limit", async () => {
    const ret: UnitReturn = {
      formatVersion: 1,
      template: { id: compiled.template.id, version: "1", fingerprint: compiled.fingerprint },
      unitId: "cong-an-tinh",
      entries: { "III.1": { score: 20, note: OVER_LIMIT_NOTE } },
    };
    const { grids, read } = await roundTrip(ret);
    const J = `J${scoringSheetLayout(compiled).rowOf[compiled.byCode.get("III.1")?.index ?? -1] ?? 0}`;
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
    const main = grids.find((g) => g.name === SCORING_SHEET);
    const [row, col] = [Number(J.slice(1)) - 1, COL.note - 1];
    expect(main?.values[row]?.[col]).toBe(OVER_LIMIT_NOTE);
    expect(main?.formulas[row]?.[col]).toBeNull();
  });

  it("writes a hostile unit name as text", async () => {
    const hostile = {
      ...structuredClone(allKindsTemplate),
      leader: undefined,
      deputy: undefined,
      members: [{ id: "don-vi-x", name: '=HYPERLINK("http://x")' }],
    };
    const p = parseTemplate(hostile);
    if (!p.ok) throw new Error("invalid");
    const grids = await readXlsx(await writeXlsxBuffer(scoringSheetPlan(p.compiled, "don-vi-x")));
    expect(grids[0]?.values[2]?.[1]).toBe('=HYPERLINK("http://x")');
    expect(grids[0]?.formulas[2]?.[1]).toBeNull();
  });
});

describe("encodeXmlText", () => {
  it("escapes control characters and literal _xHHHH_ the way Excel does, and decodes them back", () => {
    expect(encodeXmlText("a\u0001b_x0041_")).toBe("a_x0001_b_x005F_x0041_");
    expect(encodeXmlText("a\u007Fb")).toBe("a_x007F_b");
    for (const text of INJECTION_CORPUS) expect(decodeXmlText(encodeXmlText(text))).toBe(text);
  });
});
