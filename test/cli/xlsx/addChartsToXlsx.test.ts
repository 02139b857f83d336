import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { addChartsToXlsx } from "../../../cli/xlsx/addChartsToXlsx";
import { readXlsx } from "../../../cli/xlsx/readXlsx";
import { renderXlsx, writeXlsxBuffer } from "../../../cli/xlsx/renderXlsx";
import { decodeXmlText } from "../../../cli/xlsx/xmlText";
import { rankBloc, selfScores, usableReturns } from "../../../core/ranking/rankBloc";
import type { RankingInputs } from "../../../core/ranking/rankingInputs";
import type { RankingResult } from "../../../core/ranking/rankingResult";
import { RANKED_SHEET } from "../../../core/sheets/rankedTablePlan";
import { rankingWorkbookPlan } from "../../../core/sheets/rankingWorkbookPlan";
import type { SheetPlan, WorkbookPlan } from "../../../core/sheets/sheetPlan";
import { SHEET_STYLES } from "../../../core/sheets/sheetStyles";
import { parseTemplate } from "../../../core/template/parseTemplate";
import {
  haGiang2019Eligibility,
  haGiang2019History,
  haGiang2019Returns,
  haGiang2019Reviews,
  haGiang2019Template,
  haGiang2019Votes,
} from "../../fixtures/hagiang2019/haGiang2019";
import { sofficeConvert, sofficeOrSkip } from "../../helpers/libreOffice";

/** The children of <worksheet>, in the order the CT_Worksheet schema sequence requires. */
const WORKSHEET_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/** Names of the top-level children of the root element, in document order. */
function topLevelChildren(xml: string): string[] {
  const names: string[] = [];
  let depth = 0;
  for (const m of xml.matchAll(/<([/?!]?)([A-Za-z][\w:.-]*)[^>]*?(\/?)>/g)) {
    const [, mark, name = "", selfClosing] = m;
    if (mark === "?" || mark === "!") continue;
    if (mark === "/") {
      depth--;
      continue;
    }
    if (depth === 1) names.push(name);
    if (!selfClosing) depth++;
  }
  return names;
}

function unescapeXml(text: string): string {
  return decodeXmlText(
    text
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, "&"),
  );
}

/** The formula and cached points of a chart's categories (`c:cat`) or values (`c:val`). */
function chartSeries(chart: string, part: "cat" | "val"): { f: string; count: number; points: string[] } {
  const body = new RegExp(`<c:${part}>([\\s\\S]*?)</c:${part}>`).exec(chart)?.[1] ?? "";
  const f = unescapeXml(/<c:f>([^<]*)<\/c:f>/.exec(body)?.[1] ?? "");
  const count = Number(/<c:ptCount val="(\d+)"\/>/.exec(body)?.[1] ?? -1);
  const points = [...body.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v><\/c:pt>/g)].map((m) =>
    unescapeXml(m[2] ?? ""),
  );
  return { f, count, points };
}

async function haGiangWorkbook(): Promise<{ plan: WorkbookPlan; result: RankingResult }> {
  const parsed = parseTemplate(haGiang2019Template);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const inputs: RankingInputs = {
    reviews: haGiang2019Reviews,
    votes: haGiang2019Votes,
    history: haGiang2019History,
    eligibility: haGiang2019Eligibility,
  };
  const returns = haGiang2019Returns();
  const result = rankBloc(parsed.compiled, returns, inputs);
  const usable = usableReturns(parsed.compiled, returns, inputs);
  const self = selfScores(parsed.compiled, usable.returns, usable.problemsByReturn, inputs);
  return { plan: rankingWorkbookPlan(parsed.compiled, self, result, { date: "20/12/2019" }), result };
}

async function part(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`no ${path} in the package`);
  return file.async("string");
}

describe("addChartsToXlsx on the Hà Giang 2019 ranked table", () => {
  let plan: WorkbookPlan;
  let result: RankingResult;
  let zip: JSZip;
  let buffer: Buffer;

  beforeAll(async () => {
    ({ plan, result } = await haGiangWorkbook());
    buffer = await writeXlsxBuffer(plan);
    zip = await JSZip.loadAsync(buffer);
  });

  it("writes a clustered bar chart of the totals against the unit names, titled in Vietnamese", async () => {
    const chart = await part(zip, "xl/charts/chart1.xml");
    expect(chart).toContain('<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/>');
    expect(chart).toContain("<a:t>Tổng điểm thi đua năm 2019</a:t>");
    expect(chart).toContain("<c:tx><c:v>Tổng điểm</c:v></c:tx>");
    const ranked = result.units.filter((u) => u.rank !== null);
    expect(ranked).toHaveLength(8);
    expect(chartSeries(chart, "cat")).toEqual({
      f: "'Xếp hạng'!$B$6:$B$13",
      count: 8,
      points: ranked.map((u) => u.name),
    });
    expect(chartSeries(chart, "cat").points.slice(0, 2)).toEqual(["Sở Nội vụ", "Công an tỉnh"]);
    const values = chartSeries(chart, "val");
    expect(values.f).toBe("'Xếp hạng'!$G$6:$G$13");
    expect(values.count).toBe(8);
    // The totals column holds formulas (ROUND(D+E−F, 4)): the cache is what they compute, i.e. rankBloc's totals.
    expect(values.points.map(Number)).toEqual(ranked.map((u) => u.total));
    expect(values.points.map(Number)).toEqual([99.5, 98, 97, 97, 93, 91.5, 89, 88]);
  });

  it("labels the value axis with whole numbers at a round step, the bars with the table's points", async () => {
    const chart = await part(zip, "xl/charts/chart1.xml");
    const valAx = /<c:valAx>[\s\S]*<\/c:valAx>/.exec(chart)?.[0] ?? "";
    expect(valAx).toContain('<c:numFmt formatCode="#,##0" sourceLinked="0"/>');
    expect(valAx).toContain('<c:majorUnit val="20"/>');
    const labels = /<c:dLbls>[\s\S]*<\/c:dLbls>/.exec(chart)?.[0] ?? "";
    expect(labels).toContain('<c:numFmt formatCode="#,##0.00" sourceLinked="0"/>');
  });

  it("anchors the chart below the signature block, across the table's columns", async () => {
    const drawing = await part(zip, "xl/drawings/drawing1.xml");
    const corner = (tag: string) => {
      const m = new RegExp(`<xdr:${tag}><xdr:col>(\\d+)</xdr:col>.*?<xdr:row>(\\d+)</xdr:row>`).exec(drawing);
      return { column: Number(m?.[1]), row: Number(m?.[2]) };
    };
    const table = plan.sheets.find((s) => s.name === RANKED_SHEET) as SheetPlan;
    const lastUsedRow = table.cells.length; // 1-based number of the plan's last row (the signature block)
    expect(corner("from")).toEqual({ column: 1, row: lastUsedRow + 1 }); // 0-based: B, one empty row below
    expect(corner("to").column).toBe(11); // up to the end of column K
    expect(corner("to").row - corner("from").row).toBeGreaterThanOrEqual(8 * 1.6);
    expect(drawing).toContain('<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"');
    const drawingRels = await part(zip, "xl/drawings/_rels/drawing1.xml.rels");
    expect(drawingRels).toContain(
      'Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"',
    );
  });

  it("references the drawing from the ranked sheet at its schema position, after a page break", async () => {
    const sheet = await part(zip, "xl/worksheets/sheet1.xml");
    const children = topLevelChildren(sheet);
    expect(children).toEqual(
      expect.arrayContaining(["sheetData", "headerFooter", "rowBreaks", "drawing", "extLst"]),
    );
    const ranks = children.map((c) => WORKSHEET_ORDER.indexOf(c));
    expect(ranks.every((r) => r >= 0)).toBe(true);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const drawingId = /<drawing r:id="([^"]+)"\/>/.exec(sheet)?.[1];
    const rels = await part(zip, "xl/worksheets/_rels/sheet1.xml.rels");
    expect(rels).toContain(
      `Id="${drawingId}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"`,
    );
    // The printed chart starts a page: the break follows the signature block's last row.
    const table = plan.sheets.find((s) => s.name === RANKED_SHEET) as SheetPlan;
    expect(sheet).toContain(`<brk id="${table.cells.length}" max="16383" man="1"/>`);
    // Only the ranked table has a chart.
    expect(await part(zip, "xl/worksheets/sheet2.xml")).not.toContain("<drawing");
    expect(zip.file("xl/worksheets/_rels/sheet2.xml.rels")).toBeNull();
  });

  it("declares the drawing and chart parts in [Content_Types].xml", async () => {
    const types = await part(zip, "[Content_Types].xml");
    expect(types).toContain(
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>',
    );
    expect(types).toContain(
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>',
    );
  });

  it("keeps every value and formula ExcelJS reads back unchanged", async () => {
    const withoutChart = Buffer.from(await (await renderXlsx(plan)).xlsx.writeBuffer());
    expect(await JSZip.loadAsync(withoutChart).then((z) => z.file("xl/charts/chart1.xml"))).toBeNull();
    const before = await readXlsx(withoutChart);
    const after = await readXlsx(buffer);
    expect(after).toEqual(before);
    const table = after.find((g) => g.name === RANKED_SHEET);
    expect(table?.values[5]?.slice(0, 2)).toEqual([1, "Sở Nội vụ"]);
    expect(table?.formulas[5]?.[6]).toBe("ROUND(D6+E6-F6,4)");
  });
});

describe("addChartsToXlsx with untrusted names and odd sheet names", () => {
  const names = ['=HYPERLINK("http://x")', 'Hội <Nông dân> & "Cựu chiến binh"', "Tab\there\u0001"];
  const sheet: SheetPlan = {
    name: "Đơn vị's bảng",
    visibility: "visible",
    columns: [{ width: 30 }, { width: 10 }, { width: 10 }, { width: 10 }],
    cells: [
      [{ v: "Đơn vị" }, { v: "A" }, { v: "B" }, { v: "Tổng" }],
      ...names.map((name, i) => [
        { v: name, text: true },
        { v: 10.25 * (i + 1) },
        { v: i },
        { f: `ROUND(B${i + 2}-C${i + 2}*2+(0.00005),4)`, fmt: "#,##0.0000" },
      ]),
    ],
    merges: [],
    validations: [],
    conditionalFormats: [],
    protect: false,
    chart: {
      title: 'Tổng điểm <năm> & "2024"',
      type: "bar",
      sheet: "Đơn vị's bảng",
      categories: "A2:A4",
      values: "D2:D4",
      anchor: "A7",
    },
  };
  const plan: WorkbookPlan = { sheets: [sheet], styles: SHEET_STYLES };

  it("escapes every text in the chart and quotes the sheet name in its formulas", async () => {
    const zip = await JSZip.loadAsync(await writeXlsxBuffer(plan));
    const chart = await part(zip, "xl/charts/chart1.xml");
    expect(chart).toContain("<a:t>Tổng điểm &lt;năm&gt; &amp; &quot;2024&quot;</a:t>");
    expect(chartSeries(chart, "cat")).toEqual({ f: "'Đơn vị''s bảng'!$A$2:$A$4", count: 3, points: names });
    const values = chartSeries(chart, "val");
    expect(values.f).toBe("'Đơn vị''s bảng'!$D$2:$D$4");
    // ROUND to 4 places, halves away from zero: 10,25005 → 10,2501; 20,5 − 2 + 0,00005 → 18,5001; 26,75005 → 26,7501.
    expect(values.points.map(Number)).toEqual([10.2501, 18.5001, 26.7501]);
    expect(chart).toContain("<c:formatCode>#,##0.0000</c:formatCode>");
  });

  it("leaves a plan without charts byte for byte as ExcelJS wrote it", async () => {
    const noChart: WorkbookPlan = { sheets: [{ ...sheet, chart: undefined }], styles: SHEET_STYLES };
    const raw = Buffer.from(await (await renderXlsx(noChart)).xlsx.writeBuffer());
    expect(await addChartsToXlsx(raw, noChart)).toBe(raw);
  });

  it("refuses a chart on a sheet the package does not have, naming it", async () => {
    const raw = Buffer.from(await (await renderXlsx(plan)).xlsx.writeBuffer());
    const other: WorkbookPlan = { ...plan, sheets: [{ ...sheet, name: "Khác" }] };
    await expect(addChartsToXlsx(raw, other)).rejects.toThrow('sheet "Khác" is not in the package');
  });
});

describe("addChartsToXlsx for blocs of different sizes", () => {
  /** A plain table of `units` rows (name, total) with a chart of the totals anchored two rows below. */
  function blocPlan(units: number): WorkbookPlan {
    const cells = Array.from({ length: units }, (_, i) => [{ v: `Đơn vị số ${i + 1}` }, { v: 100 - i / 2 }]);
    return {
      styles: SHEET_STYLES,
      sheets: [
        {
          name: "Xếp hạng",
          visibility: "visible",
          columns: [{ width: 30 }, { width: 10 }, { width: 10 }, { width: 10 }, { width: 10 }, { width: 10 }],
          cells,
          merges: [],
          validations: [],
          conditionalFormats: [],
          protect: false,
          chart: {
            title: "Tổng điểm",
            type: "bar",
            sheet: "Xếp hạng",
            categories: `A1:A${units}`,
            values: `B1:B${units}`,
            anchor: `A${units + 2}`,
          },
        },
      ],
    };
  }
  async function drawn(units: number) {
    const zip = await JSZip.loadAsync(await writeXlsxBuffer(blocPlan(units)));
    const drawing = await part(zip, "xl/drawings/drawing1.xml");
    const rows = [...drawing.matchAll(/<xdr:row>(\d+)<\/xdr:row>/g)].map((m) => Number(m[1]));
    const chart = await part(zip, "xl/charts/chart1.xml");
    return {
      height: (rows[1] ?? 0) - (rows[0] ?? 0),
      from: rows[0],
      valueLabels: /<c:showVal val="1"\/>/.test(chart),
      points: chartSeries(chart, "val").points.length,
    };
  }

  it("gives each bar about 1,6 rows and its value label in a bloc of 20", async () => {
    expect(await drawn(20)).toEqual({ height: 38, from: 21, valueLabels: true, points: 20 });
  });

  it("keeps a large bloc's chart within one printed page and drops the value labels that would overlap", async () => {
    expect(await drawn(40)).toEqual({ height: 42, from: 41, valueLabels: true, points: 40 });
    expect(await drawn(100)).toEqual({ height: 42, from: 101, valueLabels: false, points: 100 });
  });
});

const soffice = sofficeOrSkip("LibreOffice opening the ranked table's chart");

(soffice ? describe : describe.skip)("the ranked table's chart in LibreOffice", () => {
  let dir = "";
  let result: RankingResult;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "thidua-chart-"));
    const workbook = await haGiangWorkbook();
    result = workbook.result;
    writeFileSync(join(dir, "bang-xep-hang.xlsx"), await writeXlsxBuffer(workbook.plan));
    sofficeConvert(soffice ?? "", [join(dir, "bang-xep-hang.xlsx")], "pdf", join(dir, "pdf"));
    sofficeConvert(soffice ?? "", [join(dir, "bang-xep-hang.xlsx")], "xlsx", join(dir, "xlsx"));
  }, 300_000);

  it("prints the chart on its own page, after the table and the signature block", () => {
    const pdf = join(dir, "pdf", "bang-xep-hang.pdf");
    expect(statSync(pdf).size).toBeGreaterThan(10_000);
    const pages = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).split("\f");
    const chartPage = pages.findIndex((p) => p.includes("Tổng điểm thi đua năm 2019"));
    const signaturePage = pages.findIndex((p) => p.includes("ĐƠN VỊ KHỐI TRƯỞNG"));
    expect(signaturePage).toBe(0);
    expect(chartPage).toBe(1);
    // The unit names on the chart page are the category labels (the table rows are on page 1).
    for (const name of ["Sở Nội vụ", "Cục Thi hành án dân sự tỉnh", "Sở Tư pháp"])
      expect(pages[chartPage]).toContain(name);
  });

  it("keeps the chart when LibreOffice saves the workbook again, with the totals it recalculated", async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(dir, "xlsx", "bang-xep-hang.xlsx")));
    const chartPaths = Object.keys(zip.files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
    expect(chartPaths).toHaveLength(1);
    const chart = await part(zip, chartPaths[0] ?? "");
    expect(chart).toContain('<c:barDir val="bar"/>');
    const ranked = result.units.filter((u) => u.rank !== null);
    expect(chartSeries(chart, "cat")).toEqual({
      f: "'Xếp hạng'!$B$6:$B$13",
      count: 8,
      points: ranked.map((u) => u.name),
    });
    const values = chartSeries(chart, "val");
    expect(values.f).toBe("'Xếp hạng'!$G$6:$G$13");
    expect(values.points.map(Number)).toEqual(ranked.map((u) => u.total));
  });
});
