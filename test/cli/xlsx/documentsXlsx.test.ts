import JSZip from "jszip";
import { writeXlsxBuffer } from "../../../cli/xlsx/renderXlsx";
import { rankBloc } from "../../../core/bloc";
import type { FinalizedSummary } from "../../../core/history";
import { unitTrends } from "../../../core/history";
import { historyWorkbookPlan, minutesOptionsOf, minutesWorkbookPlan } from "../../../core/sheets";
import { parseTemplate } from "../../../core/template";
import { haGiang2019Returns, haGiang2019Template } from "../../fixtures/hagiang2019/haGiang2019";

const files = async (buffer: Buffer) => {
  const zip = await JSZip.loadAsync(buffer);
  const text = (name: string) => zip.file(name)?.async("string") ?? Promise.resolve(undefined);
  return { names: Object.keys(zip.files), text };
};

describe("the minutes and the History sheet as .xlsx (ExcelJS)", () => {
  it("writes the minutes' print area and the heights of its merged paragraphs", async () => {
    const parsed = parseTemplate(haGiang2019Template);
    if (!parsed.ok) throw new Error("invalid template");
    const result = rankBloc(
      parsed.compiled,
      haGiang2019Returns().map((r) => ({ return: r })),
    ).result;
    const plan = minutesWorkbookPlan(result, minutesOptionsOf(parsed.compiled));
    const sheet = plan.sheets[0]!;
    const { text } = await files(await writeXlsxBuffer(plan));
    const workbook = (await text("xl/workbook.xml")) ?? "";
    expect(workbook).toMatch(
      /<definedName name="_xlnm.Print_Area"[^>]*>&apos;Biên bản&apos;!\$A\$1:\$E\$\d+<\/definedName>/,
    );
    const xml = (await text("xl/worksheets/sheet1.xml")) ?? "";
    expect(xml).toContain('orientation="portrait"');
    // Row 1 (the bloc beside the motto) carries the height the plan computed for it.
    expect(xml).toMatch(new RegExp(`<row r="1"[^>]* ht="${sheet.heights?.[0]}"`));
  });

  it("leaves the History's line chart to the data bars: no chart part, bars on the totals", async () => {
    const summary = (year: number, total: number): FinalizedSummary => ({
      blocId: "b",
      periodId: `p-${year}`,
      year,
      kind: "year-end",
      version: 1,
      finalizedAt: `${year}-12-20T05:00:00.000Z`,
      finalizedBy: "key:leader",
      inputHash: "sha256:x",
      units: [
        {
          unitId: "a",
          name: "Đơn vị A",
          rank: 1,
          total,
          selfTotal: total,
          hasReturn: true,
          proposals: [],
          adjusted: [],
        },
      ],
      rotation: null,
    });
    const finalized = [summary(2021, 90), summary(2022, 95)];
    const plan = historyWorkbookPlan({
      blocId: "b",
      history: { formatVersion: 1, awards: [], terms: [], ranks: [] },
      finalized,
      trends: unitTrends(finalized),
    });
    expect(plan.sheets[0]?.chart?.type).toBe("line");
    const { names, text } = await files(await writeXlsxBuffer(plan));
    expect(names.some((n) => n.startsWith("xl/charts/"))).toBe(false);
    const xml = (await text("xl/worksheets/sheet1.xml")) ?? "";
    expect(xml).toMatch(new RegExp(`<conditionalFormatting sqref="${plan.sheets[0]?.dataBars?.[0]?.ref}"`));
    expect(xml).toContain("<dataBar");
  });
});
