import type { FinalizedSummary } from "../../../core/history";
import { blocHistory, unitTrends } from "../../../core/history";
import type { HistorySheetInput, SheetPlan } from "../../../core/sheets";
import { historySheetPlan, historyWorkbookPlan } from "../../../core/sheets";

const unit = (unitId: string, name: string, rank: number | null, total: number, hasReturn = true) => ({
  unitId,
  name,
  rank,
  total,
  selfTotal: total + 1,
  hasReturn,
  proposals: [],
  adjusted: [],
});

const summary = (year: number, units: FinalizedSummary["units"], rotation: FinalizedSummary["rotation"]) =>
  ({
    blocId: "ha-giang-noi-chinh",
    periodId: `hg-${year}`,
    year,
    kind: "year-end",
    version: 1,
    finalizedAt: `${year}-12-20T05:00:00.000Z`,
    finalizedBy: "key:leader",
    inputHash: `sha256:${"a".repeat(64)}`,
    units,
    rotation,
  }) satisfies FinalizedSummary;

const finalized: FinalizedSummary[] = [
  // 2021 was finalized before the rotation's reason was kept.
  summary(2021, [unit("cong-an-tinh", "Công an tỉnh", 1, 96), unit("so-tu-phap", "Sở Tư pháp", 2, 90.5)], {
    year: 2022,
    leader: "cong-an-tinh",
    deputy: "so-tu-phap",
  }),
  summary(
    2022,
    [
      unit("so-tu-phap", "Sở Tư pháp", 1, 97.25),
      unit("cong-an-tinh", "Công an tỉnh", 2, 95),
      unit("tand-tinh", "Tòa án nhân dân tỉnh", null, 0, false),
    ],
    {
      year: 2023,
      leader: "so-tu-phap",
      deputy: null,
      explanation: {
        vi: "Bầu cử: Khối trưởng: Sở Tư pháp (trúng cử 7/8 phiếu); Khối phó: chưa xác định, Hội nghị bầu",
        en: "Elected: Leader: Sở Tư pháp (elected, 7/8 votes); Deputy: undecided, the meeting elects",
      },
    },
  ),
];
const input: HistorySheetInput = {
  blocId: "ha-giang-noi-chinh",
  history: blocHistory(
    { formatVersion: 1, awards: [], ranks: [], terms: [{ year: 2021, leader: "cuc-thads-tinh" }] },
    finalized,
    2023,
  ),
  finalized,
  trends: unitTrends(finalized),
};

const rowsOf = (sheet: SheetPlan): string[] =>
  sheet.cells.map((row) =>
    row
      .filter((c) => c !== null && c.v !== undefined && c.v !== null && c.v !== "")
      .map((c) => String(c?.v))
      .join(" | "),
  );

describe("historySheetPlan (lịch sử thi đua)", () => {
  const sheet = historySheetPlan(input, { blocName: "Khối Nội chính tỉnh Hà Giang" });
  const rows = rowsOf(sheet);

  it("tables the agreed totals and the ranks by year × unit; a unit without a return that year stays empty", () => {
    expect(rows.slice(0, 2)).toEqual([
      "LỊCH SỬ THI ĐUA – Khối Nội chính tỉnh Hà Giang",
      "Kết quả tổng kết năm đã chốt, các năm 2021–2022",
    ]);
    const totals = rows.indexOf("Tổng điểm thống nhất theo năm");
    expect(rows.slice(totals + 1, totals + 4)).toEqual([
      "Năm | Công an tỉnh | Sở Tư pháp",
      "2021 | 96 | 90.5",
      "2022 | 95 | 97.25",
    ]);
    const ranks = rows.indexOf("Thứ hạng theo năm");
    expect(rows.slice(ranks + 1, ranks + 4)).toEqual([
      "Năm | Công an tỉnh | Sở Tư pháp",
      "2021 | 1 | 2",
      "2022 | 2 | 1",
    ]);
    expect(rows.some((r) => r.includes("Tòa án"))).toBe(false);
  });

  it("draws a line per unit over the totals, the years as categories, and data bars for renderers without charts", () => {
    const header = rows.indexOf("Năm | Công an tỉnh | Sở Tư pháp") + 1;
    expect(sheet.chart).toEqual({
      title: "Tổng điểm thi đua qua các năm",
      type: "line",
      sheet: "Lịch sử",
      categories: `A${header + 1}:A${header + 2}`,
      values: `B${header}:C${header + 2}`,
      anchor: expect.stringMatching(/^A\d+$/),
    });
    expect(Number(sheet.chart?.anchor.slice(1))).toBeGreaterThan(sheet.cells.length);
    expect(sheet.dataBars).toEqual([{ ref: `B${header + 1}:C${header + 2}`, color: "9DC3E6" }]);
  });

  it("lists every year's leader and deputy, how many years each unit led, by name", () => {
    const terms = rows.indexOf("Nhiệm kỳ Khối trưởng, Khối phó");
    expect(rows.slice(terms + 1, terms + 7)).toEqual([
      "Năm | Khối trưởng | Khối phó",
      "2021 | cuc-thads-tinh",
      "2022 | Công an tỉnh | Sở Tư pháp",
      "2023 | Sở Tư pháp",
      "cuc-thads-tinh: 1 năm làm Khối trưởng (2021)",
      "Công an tỉnh: 1 năm làm Khối trưởng (2022)",
    ]);
  });

  it("suggests the leader for the year after the latest finalized one, with the rotation rule's reason", () => {
    expect(rows.slice(-3)).toEqual([
      "Gợi ý Khối trưởng, Khối phó năm 2023",
      "Khối trưởng: Sở Tư pháp; Khối phó: chưa xác định",
      "Bầu cử: Khối trưởng: Sở Tư pháp (trúng cử 7/8 phiếu); Khối phó: chưa xác định, Hội nghị bầu",
    ]);
  });

  it("says so when the latest result was finalized before the reason was kept, in English too", () => {
    const older = { ...input, finalized: finalized.slice(0, 1), trends: unitTrends(finalized.slice(0, 1)) };
    const en = rowsOf(historySheetPlan(older, { lang: "en" }));
    expect(en[0]).toBe("EMULATION HISTORY – ha-giang-noi-chinh");
    expect(en.slice(-3)).toEqual([
      "Suggested leader and deputy for 2022",
      "Leader: Công an tỉnh; deputy: Sở Tư pháp",
      "(The 2021 result was finalized before the rotation's reason was kept.)",
    ]);
  });

  it("without a finalized year says so and plans no chart", () => {
    const empty = historySheetPlan({ ...input, finalized: [], trends: [] });
    expect(rowsOf(empty)[1]).toBe("Chưa có kết quả tổng kết năm nào được chốt.");
    expect(empty.chart).toBeUndefined();
    expect(historyWorkbookPlan(input).sheets.map((s) => s.name)).toEqual(["Lịch sử"]);
  });
});
