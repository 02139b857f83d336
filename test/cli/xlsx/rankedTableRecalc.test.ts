import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { toFixed } from "../../../core/decimal/fixed";
import { rankBloc, selfScores, usableReturns } from "../../../core/ranking/rankBloc";
import type { RankingInputs } from "../../../core/ranking/rankingInputs";
import type { RankingResult } from "../../../core/ranking/rankingResult";
import type { UnitReturn } from "../../../core/returns/returnSchema";
import { RANKED_COL, RANKED_HEADER_ROW, RANKED_SHEET } from "../../../core/sheets/rankedTablePlan";
import { rankingWorkbookPlan } from "../../../core/sheets/rankingWorkbookPlan";
import { sheetSelfScore } from "../../../core/sheets/sheetSelfScore";
import type { CompiledTemplate } from "../../../core/template/compileTemplate";
import { parseTemplate } from "../../../core/template/parseTemplate";
import type { TemplateInput } from "../../../core/template/templateSchema";
import { readXlsx } from "../../../cli/xlsx/readXlsx";
import { writeXlsxBuffer } from "../../../cli/xlsx/renderXlsx";
import { allKindsTemplate } from "../../fixtures/allKindsTemplate";
import {
  haGiang2019Eligibility,
  haGiang2019History,
  haGiang2019Returns,
  haGiang2019Reviews,
  haGiang2019Template,
  haGiang2019Votes,
} from "../../fixtures/hagiang2019/haGiang2019";
import { sofficeConvert, sofficeOrSkip } from "../../helpers/libreOffice";
import { randomReturn } from "../../helpers/randomReturn";
import { seededRandom } from "../../helpers/seededRandom";

const soffice = sofficeOrSkip("LibreOffice recalculation of ranked tables");

function compile(input: unknown): CompiledTemplate {
  const parsed = parseTemplate(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.compiled;
}

/** Two units with the same return (a tie the meeting decides) and two tied on total but not on section I. */
function tiedReturns(compiled: CompiledTemplate): UnitReturn[] {
  const rand = seededRandom(5);
  const [a, b, c, d, e] = compiled.template.members.map((m) => randomReturn(compiled, m.id, rand, true));
  if (!a || !b || !c || !d || !e) throw new Error("members");
  const twin = { ...structuredClone(a), unitId: b.unitId };
  // c and d: same entries except I.2 (12 vs 10) and III.1 (10 vs 12): equal totals, section I differs.
  const base = structuredClone(c.entries);
  const cc: UnitReturn = { ...c, entries: { ...base, "I.2": { level: "HTXSNV" }, "III.1": { score: 10 } } };
  const dd: UnitReturn = {
    ...d,
    entries: { ...structuredClone(base), "I.2": { level: "HTTNV" }, "III.1": { score: 12 } },
  };
  return [a, twin, cc, dd, e];
}

/** `signed`: each unit's A on its own scoring sheet (`sheetSelfScore`), what Tự chấm must show. */
type Case = { name: string; file: string; result: RankingResult; signed: Map<string, number> };

(soffice ? describe : describe.skip)("ranked table recalculated by LibreOffice", () => {
  const cases: Case[] = [];
  let outDir = "";

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), "thidua-ranked-"));
    const add = async (
      name: string,
      compiled: CompiledTemplate,
      returns: UnitReturn[],
      inputs: RankingInputs,
    ) => {
      const result = rankBloc(compiled, returns, inputs);
      const usable = usableReturns(compiled, returns, inputs);
      const self = selfScores(compiled, usable.returns, usable.problemsByReturn, inputs);
      const file = join(dir, `r${cases.length}.xlsx`);
      writeFileSync(
        file,
        await writeXlsxBuffer(rankingWorkbookPlan(compiled, self, result, { date: "15/01/2020" })),
      );
      const signed = new Map(self.map((s) => [s.unitId, sheetSelfScore(compiled, s.points)]));
      cases.push({ name, file, result, signed });
    };
    await add(
      "Hà Giang Khối Nội chính 2019 (reviews, votes, flags, history)",
      compile(haGiang2019Template),
      haGiang2019Returns(),
      {
        reviews: haGiang2019Reviews,
        votes: haGiang2019Votes,
        history: haGiang2019History,
        eligibility: haGiang2019Eligibility,
      },
    );
    const meeting = compile(allKindsTemplate);
    await add("allKinds, ties left to the meeting", meeting, tiedReturns(meeting), {});
    const bySection = compile({
      ...structuredClone(allKindsTemplate),
      ranking: { tieBreak: [{ key: "section", code: "I" }, { key: "meeting" }] },
    } as TemplateInput);
    await add("allKinds, ties broken by section I", bySection, tiedReturns(bySection), {});
    outDir = sofficeConvert(
      soffice ?? "",
      cases.map((c) => c.file),
      "xlsx",
      join(dir, "out"),
    );
  }, 300_000);

  it("covers a tie left to the meeting and a tie broken by the chain", () => {
    expect(cases[1]?.result.ties.some((t) => t.resolvedBy === null)).toBe(true);
    expect(cases[2]?.result.ties.some((t) => t.resolvedBy?.key === "section")).toBe(true);
  });

  it("gives every unit the total and the rank rankBloc gives", async () => {
    for (const c of cases) {
      const grids = await readXlsx(readFileSync(join(outDir, c.file.split("/").pop() ?? "")));
      const table = grids.find((g) => g.name === RANKED_SHEET)?.values ?? [];
      const got = c.result.units.map((_unit, i) => {
        const row = table[RANKED_HEADER_ROW + i] ?? [];
        const total = row[RANKED_COL.total - 1];
        const rank = row[RANKED_COL.rank - 1];
        return {
          unit: row[RANKED_COL.unit - 1],
          total: typeof total === "number" ? toFixed(total) : total,
          rank: rank === "—" ? null : rank,
        };
      });
      const want = c.result.units.map((u) => ({ unit: u.name, total: toFixed(u.total), rank: u.rank }));
      expect({ name: c.name, rows: got }).toEqual({ name: c.name, rows: want });
    }
  });

  it("reads Tự chấm as the A each unit signed, Thẩm định + Thưởng − Trừ = Tổng, and an unreviewed unit's Thẩm định as its own points", async () => {
    for (const c of cases) {
      const grids = await readXlsx(readFileSync(join(outDir, c.file.split("/").pop() ?? "")));
      const table = grids.find((g) => g.name === RANKED_SHEET)?.values ?? [];
      c.result.units.forEach((u, i) => {
        const row = table[RANKED_HEADER_ROW + i] ?? [];
        const [self, reviewed, bonus, deductions, total] = [
          RANKED_COL.self,
          RANKED_COL.reviewed,
          RANKED_COL.bonus,
          RANKED_COL.deductions,
          RANKED_COL.total,
        ].map((col) => toFixed(Number(row[col - 1])));
        expect({ unit: u.name, self }).toEqual({
          unit: u.name,
          self: toFixed(c.signed.get(u.unitId) ?? NaN),
        });
        expect(reviewed! + bonus! - deductions!).toBe(total);
        // Unreviewed: the unit's own points, with what only the consolidation computes (relative to the best).
        if (u.stages.length === 0) expect(reviewed).toBe(toFixed(u.selfScore));
      });
    }
  });

  it("lists the proposals below the table in the template's award order, the Government flag first", async () => {
    const grids = await readXlsx(readFileSync(join(outDir, cases[0]!.file.split("/").pop() ?? "")));
    const lines = (grids.find((g) => g.name === RANKED_SHEET)?.values ?? []).map((row) =>
      String(row[0] ?? ""),
    );
    const start = lines.indexOf("Đề nghị khen thưởng:");
    expect(lines.slice(start + 1, start + 4).map((l) => l.replace(/ \(.*$/, ""))).toEqual([
      "– Cờ thi đua của Chính phủ",
      "– Cờ thi đua của UBND tỉnh",
      "– Bằng khen của Chủ tịch UBND tỉnh",
    ]);
  });
});
