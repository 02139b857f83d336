/// <reference types="office-js" />
import { HistoryResponseSchema } from "../../../core/api";
import { rankBloc } from "../../../core/bloc";
import type { FinalizedSummary } from "../../../core/history";
import { unitTrends } from "../../../core/history";
import type { ApiRequest } from "../../../src-taskpane/api/apiTransport";
import { ApiError } from "../../../src-taskpane/api/apiTransport";
import type { BlocHistoryView } from "../../../src-taskpane/api/thiduaApi";
import { thiduaApi } from "../../../src-taskpane/api/thiduaApi";
import { PLAN_CHART_NAME } from "../../../src-taskpane/excel/applySheetPlan";
import type { ExcelRun } from "../../../src-taskpane/excel/scoringWorkbookActions";
import { writeWorkbookPlan } from "../../../src-taskpane/excel/leaderWorkbookActions";
import { leaderDocumentsFor } from "../../../src-taskpane/ui/connected/leaderDocumentsFor";
import { parseTemplate } from "../../../core/template";
import { historyWorkbookPlan, minutesOptionsOf, minutesWorkbookPlan } from "../../../core/sheets";
import {
  haGiang2019Eligibility,
  haGiang2019History,
  haGiang2019Returns,
  haGiang2019Reviews,
  haGiang2019Template,
  haGiang2019Votes,
} from "../../fixtures/hagiang2019/haGiang2019";
import { FakeContext } from "../../helpers/fakeExcel";
import type { FakeWorksheet } from "../../helpers/fakeExcel";

const parsed = parseTemplate(haGiang2019Template);
if (!parsed.ok) throw new Error("the Hà Giang 2019 template is invalid");
const compiled = parsed.compiled;
const result = rankBloc(
  compiled,
  haGiang2019Returns().map((r) => ({ return: r })),
  {
    reviews: haGiang2019Reviews,
    votes: haGiang2019Votes,
    history: haGiang2019History,
    eligibility: haGiang2019Eligibility,
  },
).result;

const BLOC = "ha-giang-noi-chinh";
const summary = (year: number, totals: [string, string, number][]): FinalizedSummary => ({
  blocId: BLOC,
  periodId: `hg-${year}`,
  year,
  kind: "year-end",
  version: 1,
  finalizedAt: `${year}-12-20T05:00:00.000Z`,
  finalizedBy: "key:leader",
  inputHash: `sha256:${"b".repeat(64)}`,
  units: totals.map(([unitId, name, total], i) => ({
    unitId,
    name,
    rank: i + 1,
    total,
    selfTotal: total,
    hasReturn: true,
    proposals: [],
    adjusted: [],
  })),
  rotation: {
    year: year + 1,
    leader: "so-noi-vu",
    deputy: "tand-tinh",
    explanation: { vi: "Luân phiên theo thứ tự cố định", en: "Fixed rotation order" },
  },
});
const finalized = [
  summary(2020, [
    ["so-noi-vu", "Sở Nội vụ", 98],
    ["tand-tinh", "Tòa án nhân dân tỉnh", 96],
    ["cong-an-tinh", "Công an tỉnh", 95],
  ]),
  summary(2021, [
    ["tand-tinh", "Tòa án nhân dân tỉnh", 99],
    ["so-noi-vu", "Sở Nội vụ", 97.5],
    ["cong-an-tinh", "Công an tỉnh", 96],
  ]),
];
/** The answer as the server gives it, parsed by its schema; every list this test does not need is empty. */
const historyView: BlocHistoryView = HistoryResponseSchema.parse({
  ...Object.fromEntries(Object.keys(HistoryResponseSchema.shape).map((key) => [key, []])),
  blocId: BLOC,
  history: { formatVersion: 1, awards: [], ranks: [], terms: [{ year: 2021, leader: "so-noi-vu" }] },
  finalized,
  trends: unitTrends(finalized),
});

/** The pane's pieces around one fake workbook: what Excel.run would hand the batch, and the api's calls. */
function setup(lang: "vi" | "en" = "vi", withTemplate = true) {
  const context = new FakeContext();
  const run: ExcelRun = (batch) => batch(context.asExcel());
  const asked: string[] = [];
  const api = {
    history: (blocId: string) => {
      asked.push(blocId);
      return Promise.resolve(historyView);
    },
  };
  const docs = leaderDocumentsFor({
    plans: { historyWorkbookPlan, minutesWorkbookPlan, minutesOptionsOf, writeWorkbookPlan },
    api,
    blocId: BLOC,
    lang,
    run,
    ...(withTemplate ? { template: compiled } : {}),
  });
  const sheet = (name: string) => context.workbook.worksheets.get(name) as FakeWorksheet;
  return { context, docs, asked, sheet };
}

describe("leaderDocumentsFor: the History sheet", () => {
  it("When the leader inserts the history, then the bloc's history is read and written in 2 syncs with a line per unit", async () => {
    const { context, docs, asked, sheet } = setup();
    await docs.insertHistory();
    expect(asked).toEqual([BLOC]);
    expect(context.syncCount).toBe(2);
    const ws = sheet("Lịch sử");
    expect(ws.at("A1")?.value).toBe("LỊCH SỬ THI ĐUA – Khối thi đua Nội chính tỉnh Hà Giang");
    // Years × units: the totals the chart is drawn over.
    expect([ws.at("A6")?.value, ws.at("B5")?.value, ws.at("B6")?.value, ws.at("B7")?.value]).toEqual([
      2020,
      "Sở Nội vụ",
      98,
      97.5,
    ]);
    expect(ws.charts.items).toEqual([
      expect.objectContaining({
        type: "LineMarkers",
        source: "B5:D7",
        seriesBy: "Columns",
        name: PLAN_CHART_NAME,
        seriesCategories: ["A6:A7", "A6:A7", "A6:A7"],
        legendVisible: true,
        title: "Tổng điểm thi đua qua các năm",
      }),
    ]);
  });

  it("When it is inserted again, then the sheet and its chart are replaced (3 syncs), not duplicated", async () => {
    const { context, docs, sheet } = setup();
    await docs.insertHistory();
    context.resetCounters();
    await docs.insertHistory();
    expect(context.syncCount).toBe(3);
    expect(sheet("Lịch sử").charts.items).toHaveLength(1);
  });

  it("When the server cannot answer, then the failure reaches the caller and Excel is not touched", async () => {
    const context = new FakeContext();
    const docs = leaderDocumentsFor({
      plans: { historyWorkbookPlan, minutesWorkbookPlan, minutesOptionsOf, writeWorkbookPlan },
      api: { history: () => Promise.reject(new ApiError(503, undefined)) },
      blocId: BLOC,
      lang: "vi",
      run: (batch) => batch(context.asExcel()),
    });
    await expect(docs.insertHistory()).rejects.toBeInstanceOf(ApiError);
    expect(context.syncCount).toBe(0);
  });
});

describe("leaderDocumentsFor: the minutes (Biên bản)", () => {
  it("When the leader inserts the minutes of a result, then a print-ready sheet is written in 2 syncs", async () => {
    const { context, docs, sheet } = setup();
    await docs.insertMinutes(result);
    expect(context.syncCount).toBe(2);
    const ws = sheet("Biên bản");
    expect(ws.at("D1")?.value).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(ws.at("A1")?.value).toBe("KHỐI THI ĐUA NỘI CHÍNH TỈNH HÀ GIANG");
    expect(ws.pageLayout.printArea).toMatch(/^A1:E\d+$/);
    expect(ws.pageLayout.orientation).toBe("Portrait");
    // Merged paragraphs get their height after the autofit; the table's rows are left to Excel.
    expect(ws.rowsAutofitted).toBe(true);
    expect(ws.rowHeights.get(1)).toBeGreaterThanOrEqual(15);
    const totals = [...ws.cells.values()].map((c) => c.value);
    expect(totals).toContain("99,50");
    expect(totals).toContain("Hà Giang, ngày … tháng … năm …");
  });

  it("When the result came over the wire as JSON, then the same minutes are written, in English when asked", async () => {
    const { docs, sheet } = setup("en", false);
    await docs.insertMinutes(JSON.parse(JSON.stringify(result)) as typeof result);
    const ws = sheet("Minutes");
    expect(ws.at("D1")?.value).toBe("SOCIALIST REPUBLIC OF VIET NAM");
    // Without the table the bloc is named by the result's table id, and points keep their own decimals.
    expect(ws.at("A1")?.value).toBe(result.templateId.toUpperCase());
    expect([...ws.cells.values()].map((c) => c.value)).toContain("99.5");
  });
});

describe("thiduaApi.history", () => {
  it("reads GET blocs/{blocId}/history and checks the answer against HistoryResponseSchema", async () => {
    const requests: ApiRequest[] = [];
    let body: unknown = historyView;
    const api = thiduaApi(async (request) => {
      requests.push(request);
      return { status: 200, etag: undefined, body };
    }, "tdk_leader");
    expect(await api.history("khối/1")).toEqual(historyView);
    expect(requests[0]).toMatchObject({ method: "GET", path: "blocs/kh%E1%BB%91i%2F1/history" });
    body = { ...historyView, trends: "not a list" };
    await expect(api.history(BLOC)).rejects.toThrow();
  });
});
